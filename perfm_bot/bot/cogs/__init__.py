"""The bot's cogs; ``PerfmBot.make_cogs`` builds them with their dependencies."""
