"""Pausing CPython's cyclic garbage collector around work that allocates millions of objects that
all survive and form no cycles (loading models, collecting records, building rankings): collections
triggered meanwhile free nothing but walk them all.  Used by the batch run's own process
(std_extract.batch.heap) and by the ranking engine (std_extract.rank.engine)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# The thresholds in force before each pause, the outermost first (a forked worker restores it).
_PAUSED: list[tuple[int, int, int]] = []


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collections in the block; the collector is restored after it.

    Paused by a first threshold of zero (the :mod:`gc` documentation: "Setting threshold0 to zero
    disables collection"), not by :func:`gc.disable`: libraries switch the collector back on
    behind the caller's back (srsly's msgpack reader, which spaCy loads with, calls
    ``gc.disable()`` then ``gc.enable()``), but leave thresholds alone.  At the end the objects made
    in the block and still alive go straight to the oldest generation (freeze, then unfreeze puts
    them there), so the first young collections after it do not walk them all; skipped when the
    caller froze objects itself (unfreezing would undo that)."""
    _PAUSED.append(gc.get_threshold())
    gc.set_threshold(0)
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.set_threshold(*_PAUSED.pop())


def collector_on_in_worker() -> None:
    """A forked worker inherits its parent's paused collector: a worker makes garbage with cycles
    (the PDF libraries' object trees) for as long as it lives, so its collector runs."""
    if _PAUSED:
        gc.set_threshold(*_PAUSED[0])
