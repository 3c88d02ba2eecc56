"""Calendar dates never shift: the same x and tick labels under three time zones."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r"""
import datetime as dt, json, sys, time
time.tzset()
from tracker.present.formats import date_of, day_number
from tracker.timeline.axes import calendar_ticks, tick_label
from tracker.timeline.export import ensure_app, render_chart
from tracker.present.chart_spec import build_chart_spec
from tracker.domain.filters import Filters
from tracker.store import open_store
from PySide6.QtCore import QPointF

x = day_number(dt.date(2021, 3, 18))
kind, n, ticks = calendar_ticks(day_number(dt.date(2021, 3, 1)), day_number(dt.date(2021, 4, 1)), 1200)
labels = [tick_label(d, kind, i == 0, "en") for i, d in enumerate(ticks)]
ensure_app()
store = open_store(sys.argv[1])
f = Filters(donors=("USA",), recipients=("MEX",), date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 12, 31))
chart = render_chart(build_chart_spec(store, f), 1600, 900)
scene_x = chart.doses.vb.mapViewToScene(QPointF(x, 0)).x()
axis = chart.context.getAxis("bottom")
values = axis.tickValues(*chart.x_range(), 1400)[0][1]
march = [v for v, s in zip(values, axis.tickStrings(values, 1, 1)) if s == "Mar"]
print(json.dumps({"x": x, "back": str(date_of(x)), "ticks": [str(t) for t in ticks],
                  "labels": labels, "scene_x": scene_x, "march_label_x": march,
                  "tz": time.tzname}))
"""


def run_in(tz: str, db) -> dict:
    env = {**os.environ, "TZ": tz, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)], capture_output=True, text=True, env=env,
        timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_2021_03_18_maps_to_the_same_x_and_label_in_every_zone(seeded_path):
    seen = []
    for tz in ("UTC", "America/Mexico_City", "Australia/Lord_Howe"):
        got = run_in(tz, seeded_path)
        assert got["x"] == 18704.0 and got["back"] == "2021-03-18", tz
        assert got["ticks"][0] == "2021-03-01" and got["labels"][0] == "1 Mar 2021", tz
        assert "15 Mar" in got["labels"] and "22 Mar" in got["labels"], tz
        # "Mar" sits in the middle of March: 15.5 days after 1 March.
        assert got["march_label_x"] == [18687.0 + 15.5], tz
        seen.append((got["scene_x"], got["labels"], tuple(got["tz"])))
    assert len({(x, tuple(labels)) for x, labels, _ in seen}) == 1
    assert len({zone for *_, zone in seen}) == 3  # the zones really differed
