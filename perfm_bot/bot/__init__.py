"""The Discord bot: the client, its cogs, the buttons and the embed formatting.

Thin glue: the answers come from ``perfm_bot.answering.engine`` (through the batcher), organizer updates
from ``perfm_bot.editing.store``, the question log and queue from ``perfm_bot.records.question_log``. Named
``bot`` rather than ``discord`` so it never shadows the library.
"""
