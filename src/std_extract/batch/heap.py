"""The run's own process and CPython's cyclic garbage collector.

A batch run's own process holds two sets of long-lived objects: the rule data and models loaded
before the workers fork, and the records as they come back from the workers.  Neither is cyclic
garbage, yet collections are triggered by allocation, and loading, collecting the records and the
reduce step allocate millions of objects that each collection walks again.  Measured on 515
documents with 2 jobs: 1.2-1.4 of the 6.5 CPU seconds of the run's own process went to the
collector (0.5 s while loading, most of the rest in full collections over models and records),
all of it serial: the workers wait for the loading, the outputs for the reduce step.

The remedy is the one the :mod:`gc` documentation gives for a process that forks workers: no
automatic collections in the parent (:func:`collector_paused`: around the loading, the records
coming in from a local pool and the reduce step), :func:`gc.freeze` right before the fork
(``batch.pool``), collections back on early in the children (:func:`collector_on_in_worker`).
A run's own process makes little cyclic garbage of its own (records and rankings form no cycles);
it is collected once the run is over.  (A Dask client's event loop does make such garbage, all the
time: with the Dask engine, collections go on while the records come in.)  With it, the
collector's share of that process fell to 0.2 CPU s (the run's end, for what the reduce left).

The pause does not make the process grow on a long batch (benchmarks/batch_gc.py, 515 documents,
2 jobs, the pause against none in the same invocation): when the last record is in, a collection
finds no cyclic garbage at all (0 objects); the peak is 2% higher (what loading and the reduce step
leave until their pause ends), and the process's CPU 8-17% lower.  So no periodic collection is
needed while the records come in.  (The records themselves, 9 MiB per 100 documents then, are no
longer held while they come in: batch.spool.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from std_extract.collector import collector_on_in_worker, collector_paused

__all__ = ["collector_on_in_worker", "collector_paused", "frozen_for_fork"]


@contextmanager
def frozen_for_fork() -> Iterator[None]:
    """The objects alive now moved out of the collector's reach while forked workers run: the
    :mod:`gc` documentation's recipe for a process that forks without exec (:func:`gc.freeze` right
    before the fork).  A forked worker's collections then neither walk them nor write to their
    headers, so the pages holding them stay shared instead of being copied into every worker.
    Undone at the end (they go to the oldest generation); left to the caller when it froze objects
    itself."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
