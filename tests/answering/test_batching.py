import asyncio
import threading

import pytest

from perfm_bot.answering.compose import Answer
from perfm_bot.answering.batching import AnswerBatcher
from perfm_bot.core.errors import InputError


def echo_many(calls: list[list[str]], release: threading.Event | None = None, entered: threading.Event | None = None):
    def ask_many(questions):
        if entered is not None:
            entered.set()
        if release is not None:
            assert release.wait(60), "the test never released the model call"
        calls.append(list(questions))
        return [Answer(q, True, q.upper(), (), 1.0, "faq") for q in questions]

    return ask_many


async def test_a_lone_question_is_sent_at_once():
    calls: list[list[str]] = []
    batcher = AnswerBatcher(echo_many(calls))
    answer = await batcher.ask("  when   is it? ")
    assert answer.text == "WHEN IS IT?" and calls == [["when is it?"]]
    batcher.close()


async def test_questions_arriving_while_the_model_works_share_one_call():
    calls: list[list[str]] = []
    release, entered = threading.Event(), threading.Event()
    batcher = AnswerBatcher(echo_many(calls, release, entered))
    first = asyncio.create_task(batcher.ask("q0"))
    assert await asyncio.to_thread(entered.wait, 60), "q0 never reached the model"  # q0 is inside the model call
    rest = [asyncio.create_task(batcher.ask(f"q{i}")) for i in range(1, 100)]
    # One turn of the event loop runs every new task up to its first await, and ``ask`` queues its
    # question before its first await: all 99 are queued now, without waiting on the clock.
    await asyncio.sleep(0)
    release.set()
    answers = await asyncio.gather(first, *rest)
    assert [a.text for a in answers] == [f"Q{i}" for i in range(100)]
    assert batcher.batch_sizes == [1, 99] and len(calls) == 2
    batcher.close()


async def test_bad_input_is_refused_before_queueing_and_failures_reach_every_waiter():
    def broken(questions):
        raise RuntimeError("model crashed")

    batcher = AnswerBatcher(broken)
    with pytest.raises(InputError):
        await batcher.ask("x" * 501)
    results = await asyncio.gather(batcher.ask("a"), batcher.ask("b"), return_exceptions=True)
    assert all(isinstance(r, RuntimeError) for r in results)
    assert sum(batcher.batch_sizes) == 2
    batcher.close()


async def test_a_big_batch_wakes_its_askers_in_turns_so_the_loop_breathes():
    """500 answers at once must not wake 500 askers in one turn of the loop: the bot's heartbeat and
    scheduler would wait behind all of them (the burst benchmark's event-loop stall)."""
    from perfm_bot.answering.batching import WAKE_GROUP

    calls: list[list[str]] = []
    release, entered = threading.Event(), threading.Event()
    batcher = AnswerBatcher(echo_many(calls, release, entered))
    events: list[str] = []

    async def asker(i: int) -> None:
        await batcher.ask(f"q{i}")
        events.append("asker")

    first = asyncio.create_task(asker(0))
    assert await asyncio.to_thread(entered.wait, 60), "q0 never reached the model"
    rest = [asyncio.create_task(asker(i)) for i in range(1, 8 * WAKE_GROUP + 1)]
    await asyncio.sleep(0)  # all queued behind q0's call: they share the next one
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            events.append("tick")
            await asyncio.sleep(0)

    ticking = asyncio.create_task(ticker())
    release.set()
    await asyncio.gather(first, *rest)
    done.set()
    await ticking
    assert [len(c) for c in calls] == [1, 8 * WAKE_GROUP]
    runs, run = [], 0
    for event in events:
        run = run + 1 if event == "asker" else 0
        runs.append(run)
    assert max(runs) <= WAKE_GROUP + 1, f"{max(runs)} askers woke in one turn"
    batcher.close()
