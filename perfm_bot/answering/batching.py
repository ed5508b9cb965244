"""Answering from the event loop: the model off the loop, questions that arrive together encoded together.

After a deadline announcement hundreds of questions can arrive within seconds. Encoding them one
by one would take hundreds of model calls and, on the event loop, freeze the bot. Here one worker
thread runs the model; while it works, new questions queue up, and the next call takes all of
them in one batch. A lone question never waits for company: it is sent at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from perfm_bot.answering.compose import Answer, check_question

T = TypeVar("T")
WAKE_GROUP = 16  # askers woken per turn of the event loop after a batch


class AskMany(Protocol):
    """``Engine.ask_many``: questions, and per question the previous message of its thread (or None)."""

    def __call__(self, questions: Sequence[str], *, contexts: Sequence[str | None] | None = None) -> list[Answer]: ...


class AnswerBatcher:
    def __init__(self, ask_many: AskMany, max_batch: int = 512):
        self._ask_many = ask_many
        self._max_batch = max_batch
        self._pending: list[tuple[str, str | None, asyncio.Future[Answer]]] = []
        self._worker: asyncio.Task[None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="perfm-model")
        self.batch_sizes: list[int] = []  # what each model call carried (for tests and benchmarks)

    async def ask(self, question: str, context: str | None = None) -> Answer:
        """The answer to ``question`` (a follow-up read with ``context``, the previous message of its
        thread); InputError at once if it is empty or too long."""
        cleaned = check_question(question)
        future: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()
        self._pending.append((cleaned, context, future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def run(self, function: Callable[[], T]) -> T:
        """Run other model or index work (a reload, an update) on the same worker, in turn."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, function)

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending:
            batch = self._pending[: self._max_batch]
            del self._pending[: self._max_batch]
            self.batch_sizes.append(len(batch))
            try:
                answers = await loop.run_in_executor(self._executor, self._ask_batch, batch)
            except Exception as exc:  # noqa: BLE001 - every waiter must hear about the failure
                for _, _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for n, ((_, _, future), answer) in enumerate(zip(batch, answers), 1):
                if not future.done():  # the asker may have given up (cancelled)
                    future.set_result(answer)
                if n % WAKE_GROUP == 0:
                    # Each woken asker records and replies on the loop: wake 500 at once and the
                    # loop's timers (heartbeats, the scheduler) wait behind all of them.
                    await asyncio.sleep(0)

    def _ask_batch(self, batch: list[tuple[str, str | None, asyncio.Future[Answer]]]) -> list[Answer]:
        contexts = [c for _, c, _ in batch]
        questions = [q for q, _, _ in batch]
        return self._ask_many(questions, contexts=contexts) if any(contexts) else self._ask_many(questions)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
