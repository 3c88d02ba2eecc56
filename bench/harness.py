"""Timing harness: interleaved runs of app and floor, medians, one line per workload."""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Result:
    name: str
    app_s: float
    floor_s: float
    ratio: float
    target: str
    passed: bool
    note: str = ""

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        return (
            f"{self.name:<44} app {self.app_s * 1000:9.1f} ms  floor {self.floor_s * 1000:9.1f} ms  "
            f"ratio {self.ratio:6.2f}  target {self.target:<24} {verdict}"
            + (f"  ({self.note})" if self.note else "")
        )

    def as_json(self) -> dict:
        d = asdict(self)
        d["pass"] = bool(d.pop("passed"))  # numpy booleans are not JSON
        for key in ("app_s", "floor_s", "ratio"):
            d[key] = float(d[key])
        return d


def ratio_result(
    name: str, app_s: float, floor_s: float, limit: float, note: str = "", target: str = ""
) -> Result:
    """The usual verdict: the app at most ``limit`` times the floor (``target`` says so,
    by default ``<= limit``)."""
    ratio = app_s / floor_s if floor_s else float("inf")
    return Result(name, app_s, floor_s, ratio, target or f"<= {limit}", bool(ratio <= limit), note)


def measure(
    app: Callable[[], object],
    floor: Callable[[], object] | None,
    runs: int = 5,
    setup: Callable[[], object] | None = None,
    floor_setup: Callable[[], object] | None = None,
    reported: bool = False,
) -> tuple[float, float]:
    """Median seconds of ``app`` and ``floor``, run alternately ``runs`` times each;
    ``setup`` runs (untimed) before each, ``floor_setup`` instead of it before the floor.
    ``reported``: each call returns its own seconds (a child process's moment of
    interest), which count instead of the call's duration."""
    app_times, floor_times = [], []
    for _ in range(runs):
        for fn, bucket, prepare in (
            (app, app_times, setup),
            (floor, floor_times, floor_setup or setup),
        ):
            if fn is None:
                continue
            if prepare is not None:
                prepare()
            # Each side starts with no garbage pending: a full collection of what the
            # other side left would otherwise land in whichever call happens to trigger
            # it (B4 moved by 0.1 s from one side to the other with allocation patterns).
            gc.collect()
            start = time.perf_counter()
            seconds = fn()
            bucket.append(float(seconds) if reported else time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(floor_times) if floor_times else 0.0


def write_results(results: list[Result], path: Path) -> None:
    path.write_text(json.dumps([r.as_json() for r in results], indent=2) + "\n", encoding="utf-8")
