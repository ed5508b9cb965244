"""What the cogs work with: the engine behind its batcher, the organizer store, the question log, the clock.

One object, built once at start-up and handed to every cog's constructor, so a test builds a
cog with a small engine and temporary folders in one line. No discord import: nothing here
talks to Discord.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from perfm_bot.answering.batching import AnswerBatcher
from perfm_bot.core.clock import Clock, utc_now
from perfm_bot.core.memory import settle_long_lived
from perfm_bot.core.settings import Settings
from perfm_bot.records.question_log import QuestionLog
from perfm_bot.editing.store import KnowledgeStore

if TYPE_CHECKING:
    from perfm_bot.answering.engine import Engine, RefreshResult

QUESTION_LOG_FILE = "questions.sqlite"
T = TypeVar("T")


@dataclass
class BotServices:
    engine: Engine
    batcher: AnswerBatcher  # the one way to the model: ``await batcher.ask(q)``, ``await batcher.run(fn)``
    store: KnowledgeStore
    questions: QuestionLog
    clock: Clock
    settings: Settings

    @classmethod
    def open(cls, settings: Settings, clock: Clock = utc_now) -> BotServices:
        """Load the model, the knowledge and its index (seconds), then the rest."""
        from perfm_bot.answering.engine import Engine

        engine = Engine.open(settings, clock)
        settle_long_lived()  # a full collection over all of it would stall the event loop
        return cls.around(engine, clock)

    @classmethod
    def around(cls, engine: Engine, clock: Clock | None = None) -> BotServices:
        clock = clock or engine.clock
        settings = engine.settings
        return cls(
            engine=engine,
            batcher=AnswerBatcher(engine.ask_many),
            store=KnowledgeStore(settings.knowledge_dir, settings.state_dir, clock),
            questions=QuestionLog(settings.state_dir / QUESTION_LOG_FILE, clock),
            clock=clock,
            settings=settings,
        )

    async def update(self, change: Callable[[KnowledgeStore], T]) -> tuple[T, RefreshResult | None]:
        """Apply an organizer change, then reload, on the model's worker: answerable when this returns.

        Off the event loop (file locks, validation and embedding take a while), and in turn with
        the questions being answered, so no answer ever sees half a change.
        """

        def work() -> tuple[T, RefreshResult | None]:
            result = change(self.store)
            return result, self.engine.refresh()

        return await self.batcher.run(work)

    async def reindex(self) -> RefreshResult | None:
        """Re-read every knowledge file (hand edits included) and update the index."""
        return await self.batcher.run(lambda: self.engine.refresh(force=True))

    def close(self) -> None:
        self.batcher.close()
        self.questions.shutdown()
