"""Keeping the garbage collector's full passes off the event loop.

A full collection walks every live object. Once the model, the knowledge and its index are
loaded that is millions of objects, and a pass took 226 ms: it runs whenever allocation counts
say so, on whichever thread allocates, so in the middle of a burst of questions it stalled the
event loop (heartbeats, every other user) for that long.
"""

from __future__ import annotations

import gc


def settle_long_lived() -> None:
    """What is alive now (the model, the libraries, the first knowledge and index) lives as long as
    the process: one full collection now, at startup, then those objects are frozen out of later
    ones (``gc.freeze``). Reference counting still frees a frozen object that a reload drops; only
    a cycle among them would stay, and the loaded structures hold none that matter."""
    gc.collect()
    gc.freeze()
