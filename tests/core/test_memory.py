"""The collector's full passes stay off the loaded model and knowledge (benchmarks: a 226 ms
event-loop stall in a burst of questions without it)."""

import gc

from perfm_bot.core.memory import settle_long_lived


def test_what_is_alive_at_startup_is_frozen_out_of_later_collections():
    loaded = [[n] for n in range(50_000)]  # lists are always tracked by the collector
    before = gc.get_freeze_count()
    try:
        settle_long_lived()
        assert gc.get_freeze_count() >= before + len(loaded)
    finally:
        gc.unfreeze()  # the rest of the suite runs with an ordinary collector
