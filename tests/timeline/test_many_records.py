"""5,000 events and 100,000 deliveries: built and exported in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.timeline.synthetic import fill

SCRIPT = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tracker.domain.filters import Filters
from tracker.present.chart_spec import build_chart_spec
from tracker.store import open_store
from tracker.timeline.export import export_chart_file
from tracker.timeline.widget import TimelineWidget
store = open_store(sys.argv[1])
t = time.perf_counter()
spec = build_chart_spec(store, Filters())
t_spec = time.perf_counter() - t
w = TimelineWidget()
w.resize(1400, 800)
w.show()
t = time.perf_counter()
w.set_spec(spec)
w.chart.grab()
t_draw = time.perf_counter() - t
t = time.perf_counter()
x0, x1 = w.chart.x_range()
w.chart.set_x_range(x0 + (x1 - x0) * 0.4, x0 + (x1 - x0) * 0.45)
w.chart.grab()
t_zoom = time.perf_counter() - t
items = len(w.chart.doses.items) + len(w.chart.events.items)
t = time.perf_counter()
out = export_chart_file(store, Path(sys.argv[2]), Filters())
t_export = time.perf_counter() - t
print(json.dumps({"deliveries": len(spec.deliveries), "events": len(spec.events), "items": items,
                  "spec": t_spec, "draw": t_draw, "zoom": t_zoom, "export": t_export,
                  "size": out.stat().st_size}))
"""


def test_five_thousand_events_and_a_hundred_thousand_deliveries(empty_store, tmp_path):
    fill(empty_store, events=5_000, deliveries=100_000)
    path = empty_store.path
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "many.png")],
        capture_output=True, text=True, timeout=600,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["deliveries"] == 100_000 and got["events"] == 5_000
    assert got["items"] < 20  # few items whatever the number of records
    assert got["size"] > 10_000
    print(got)
