"""perfm_bot: the PerFM workshop's assistant (answers, reminders, organizer updates)."""

__version__ = "0.1.0"
