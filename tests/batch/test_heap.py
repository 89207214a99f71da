"""The batch run's own process and the garbage collector (std_extract.batch.heap)."""

from __future__ import annotations

import gc

import srsly

from std_extract.batch.heap import collector_paused
from std_extract.batch.pool import helper_pool


def _collections_while(work) -> int:
    """How many automatic collections ran while ``work()`` did."""
    seen = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(callback)
    try:
        work()
    finally:
        gc.callbacks.remove(callback)
    return len(seen)


def _allocate() -> list:
    # Containers the collector tracks, far more than one young generation's threshold.
    return [[n] for n in range(50_000)]


def test_heap_collector_paused_survives_a_library_switching_it_back_on():
    # srsly's msgpack reader (spaCy loads with it) calls gc.disable() then gc.enable() itself.
    before = gc.get_threshold()
    assert _collections_while(_allocate) > 0  # the collector runs here normally
    with collector_paused():
        message = srsly.msgpack_dumps({"words": ["零", "点"] * 100})
        assert srsly.msgpack_loads(message)["words"][:2] == ["零", "点"]
        assert gc.isenabled()  # switched back on by srsly, and still no collection:
        assert _collections_while(_allocate) == 0
    assert gc.get_threshold() == before
    assert _collections_while(_allocate) > 0


def test_heap_collector_paused_is_restored_after_an_error():
    before = gc.get_threshold()
    try:
        with collector_paused():
            raise ValueError("a failed run")
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_heap_forked_helpers_run_their_collector():
    before = gc.get_threshold()
    with collector_paused(), helper_pool(2) as pool:
        assert pool is not None
        assert gc.get_threshold()[0] == 0
        assert pool.submit(gc.get_threshold).result() == before


def test_heap_forked_helpers_start_with_the_parent_objects_frozen():
    """The reduce step's helpers are forked with what the run holds out of their collector's reach
    (gc.freeze right before the fork, the gc documentation's recipe): their collections neither walk
    the parent's objects nor write to them, so those pages stay shared.  Unfrozen afterwards."""
    assert gc.get_freeze_count() == 0
    kept = _allocate()
    with collector_paused(), helper_pool(2) as pool:
        assert pool is not None
        assert pool.submit(gc.get_freeze_count).result() >= len(kept)
    assert gc.get_freeze_count() == 0
