"""Charts are read, built and written with automatic garbage collection paused.

A full collection walks every object of the process: at 100,000 deliveries four of them
took 0.4 s of the window's 2 s timeline redraw. ``gc_pause.collection_paused`` holds
collection off for such a step, and turns it back on only when the last overlapping
step ends, in whichever thread.
"""

from __future__ import annotations

import gc
import sys
import threading

from tracker.domain.filters import Filters
from tracker.timeline.gc_pause import collection_paused


def test_overlapping_pauses_in_two_threads_hold_collection_off_until_the_last_ends():
    assert gc.isenabled()  # no qtbot here: tests/conftest.py leaves collection on
    entered, release, seen = threading.Event(), threading.Event(), []

    def other() -> None:
        with collection_paused():
            entered.set()
            release.wait(timeout=30)
        seen.append(gc.isenabled())  # the main thread's pause still holds

    worker = threading.Thread(target=other)
    worker.start()
    assert entered.wait(timeout=30)
    with collection_paused():
        release.set()
        worker.join(timeout=30)
        assert not gc.isenabled()
        with collection_paused():  # nested
            pass
        assert not gc.isenabled()
    assert seen == [False]
    assert gc.isenabled()


def test_a_pause_inside_disabled_collection_leaves_it_disabled():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_export_runs_without_automatic_collection(store, qapp, tmp_path):
    from tracker.timeline.export import export_chart_file

    export_chart_file(store, tmp_path / "warm.svg", Filters())  # imports, fonts, caches
    started: list[str] = []  # the step of the export each collection began in
    steps = {"build_chart_spec", "render_chart", "write_chart"}

    def count(phase: str, info: dict) -> None:
        if phase != "start":
            return
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name not in steps:
            frame = frame.f_back
        if frame is not None:
            started.append(frame.f_code.co_name)

    threshold = gc.get_threshold()
    gc.callbacks.append(count)
    gc.set_threshold(1, 1, 1)  # without the pause: a collection at almost every allocation
    try:
        out = export_chart_file(store, tmp_path / "chart.svg", Filters())
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(count)
    assert out.stat().st_size > 10_000
    assert started == []
    assert gc.isenabled()
