"""The fault suite reuses the bot tests' harness (a real PerfmBot, never connected, HTTP captured)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BOT_TESTS = Path(__file__).resolve().parent.parent / "bot"
sys.path.insert(0, str(BOT_TESTS))  # bot_helpers, as the bot tests import it

_spec = importlib.util.spec_from_file_location("bot_test_fixtures", BOT_TESTS / "conftest.py")
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

warm_state = _fixtures.warm_state
make_harness = _fixtures.make_harness
harness = _fixtures.harness
