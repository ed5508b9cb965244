"""The Discord bot: the client, its cogs, the buttons and the embed formatting.

Thin glue: the answers come from ``perfm_bot.engine`` (through the batcher), organizer updates
from ``perfm_bot.store``, the question log and queue from ``perfm_bot.question_log``. Named
``bot`` rather than ``discord`` so it never shadows the library.
"""
