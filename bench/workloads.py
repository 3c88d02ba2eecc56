"""The workloads: each builds its data once (fixed seed) and returns app and floor callables."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from bench.common import (
    CSV_DTYPES,
    app_import,
    floor_insert,
    import_dbs,
    import_result,
    peak_memory,
    remove_db,
)
from bench.harness import Result, measure, ratio_result

SEED = 20210318
DONORS = np.array(["USA", "CHN", "IND", "RUS", "COVAX", "GBR", "JPN", "NAM"])
RECIPIENTS = np.array(["MEX", "CAN", "BRA", "ARG", "GTM", "HND", "PAK", "BGD", "NGA", "KEN"])
VACCINES = np.array(["astrazeneca", "pfizer", "moderna", "janssen", "coronavac", "sinopharm"])
STATUSES = np.array(["delivered", "scheduled", "in_transit"])


def deliveries_frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    days = np.datetime64("2021-01-01") + rng.integers(0, 700, n).astype("timedelta64[D]")
    donors = DONORS[rng.integers(0, len(DONORS), n)]
    recipients = RECIPIENTS[rng.integers(0, len(RECIPIENTS), n)]
    return pd.DataFrame(
        {
            "id": [f"B{i}" for i in range(n)],
            "date": days.astype(str),
            "donor": donors,
            "recipient": recipients,
            "vaccine": VACCINES[rng.integers(0, len(VACCINES), n)],
            "doses": rng.integers(1_000, 5_000_000, n),
            "status": STATUSES[rng.integers(0, len(STATUSES), n)],
            "source": "https://example.org/shipments",
            "notes": "",
        }
    )


def b1_import_csv(n: int, runs: int, tmp: Path) -> Result:
    csv = tmp / "deliveries.csv"
    deliveries_frame(n).to_csv(csv, index=False)
    target, floor_db, setup = import_dbs(tmp, "b1")

    def app() -> None:
        app_import(target, csv)

    def floor() -> None:
        frame = pd.read_csv(csv, dtype=CSV_DTYPES, keep_default_na=False)
        floor_insert(floor_db, frame.itertuples(index=False, name=None))

    a, f = measure(app, floor, runs, setup)
    setup()
    return import_result(f"B1 import {n:,}-row CSV", a, f, 2.0, peak_memory(csv, target), n)


def _model(frame: pd.DataFrame):
    from tracker.ui.table_models import DELIVERY_COLUMNS, RecordTableModel

    model = RecordTableModel("deliveries", DELIVERY_COLUMNS)
    model.set_frame(frame)
    return model


def _table_frame(n: int) -> pd.DataFrame:
    f = deliveries_frame(n)
    f["record_id"] = np.arange(n)
    f["date"] = pd.to_datetime(f["date"]).dt.date
    f["commitment"] = ""
    f["confidence"] = "high"
    f["version"] = 1
    return f


def _first_page(model, rows: int = 40) -> None:
    for r in range(min(rows, model.rowCount())):
        for c in range(model.columnCount()):
            model.index(r, c).data()


def b6_filter(n: int, runs: int) -> Result:
    from tracker.domain.filters import Filters
    from tracker.ui.filtering import mask_for

    frame = _table_frame(n)
    model = _model(frame)
    donors, statuses = frame["donor"].to_numpy(), frame["status"].to_numpy()
    f = Filters(donors=("CHN",), statuses=("delivered",))

    def app() -> None:
        model.set_filter(mask_for("deliveries", f))
        _first_page(model)

    def floor() -> None:
        idx = np.flatnonzero((donors == "CHN") & (statuses == "delivered"))
        _ = [frame.iat[i, 0] for i in idx[:40]]

    a, fl = measure(app, floor, runs)
    ok = a <= 0.2 and a <= 10 * fl + 0.1
    return Result(
        f"B6 filter {n:,} rows by donor+status", a, fl, a / fl, "<=0.2 s, <=10x+100ms", ok
    )


def b7_sort(n: int, runs: int) -> Result:
    from PySide6.QtCore import Qt

    frame = _table_frame(n)
    model = _model(frame)
    doses = frame["doses"].to_numpy()
    col = [c.key for c in model.columns].index("doses")
    order = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    state = {"i": 0}

    def app() -> None:
        model.sort(col, order[state["i"] % 2])
        state["i"] += 1
        _first_page(model)

    def floor() -> None:
        np.argsort(doses, kind="stable")

    a, fl = measure(app, floor, runs)
    return Result(f"B7 sort {n:,} rows by doses", a, fl, a / fl, "<=10x+100ms", a <= 10 * fl + 0.1)


def b8_open(n_big: int, n_small: int, runs: int) -> Result:
    big, small = _table_frame(n_big), _table_frame(n_small)

    def app() -> None:
        _first_page(_model(big))

    def floor() -> None:
        _first_page(_model(small))

    a, fl = measure(app, floor, runs)
    return ratio_result(
        f"B8 open {n_big:,} vs {n_small:,} rows",
        a,
        fl,
        1.5,
        "floor = the same model on 10x fewer rows",
    )


def b9_save_edit(runs: int, tmp: Path) -> Result:
    from tracker.domain.changes import Change
    from tracker.io.seed import open_database
    from tracker.store.repository import apply

    path = tmp / "b9.sqlite"
    remove_db(path)
    store = open_database(str(path))
    rid = int(store.engine.connect().exec_driver_sql("SELECT min(id) FROM deliveries").scalar())
    raw = sqlite3.connect(path, isolation_level=None)
    counter = {"n": 0}
    samples: list[float] = []

    def app() -> None:
        counter["n"] += 1
        t = time.perf_counter()
        apply(store, Change("deliveries", "edit", rid, {"notes": f"edit {counter['n']}"}))
        samples.append(time.perf_counter() - t)

    def floor() -> None:
        counter["n"] += 1
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE deliveries SET notes = ? WHERE id = ?", (f"raw {counter['n']}", rid))
        raw.execute("COMMIT")

    a, fl = measure(app, floor, max(runs, 20))
    p95 = float(np.percentile(samples, 95))
    raw.close()
    store.close()
    ok = a / fl <= 5.0 and p95 <= 0.05
    return Result(
        "B9 save one hand edit",
        a,
        fl,
        a / fl,
        "<= 5.0, p95 <= 50 ms",
        ok,
        f"p95 {p95 * 1000:.1f} ms",
    )


# The first paint is the real main window (title, menus, filter panel, tabs with empty
# tables, status bar saying "Loading the database…"), before the database is opened;
# argv[2] == "data" runs on until the tables are filled and the title names the database
# ("timeline": and the timeline drawn), then prints the moment (time.time()).
COLD_APP = """
import os, sys, time
mode = sys.argv[2] if sys.argv[2:] else ""
if mode:
    os.environ["TRACKER_EXIT_AFTER_DATA"] = mode
else:
    os.environ["TRACKER_EXIT_AFTER_FIRST_PAINT"] = "1"
from tracker.cli import main
code = main(["--db", sys.argv[1]])
print(time.time(), flush=True)
sys.exit(code)
"""
COLD_FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.show()
w.repaint()
print(time.time(), flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _cold(args: list[str], env: dict) -> float:
    """Seconds from just before the process is started to the moment it printed."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", *args], check=True, env=env, capture_output=True, text=True
    )
    return float(out.stdout.split()[-1]) - start


def _b5_db(tmp: Path) -> tuple[Path, dict]:
    from tracker.io.seed import open_database

    db = tmp / "b5.sqlite"
    if not db.exists():
        open_database(str(db)).close()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return db, env


def b5_cold_start(runs: int, tmp: Path) -> Result:
    db, env = _b5_db(tmp)

    def app() -> None:
        subprocess.run(
            [sys.executable, "-c", COLD_APP, str(db)], check=True, env=env, capture_output=True
        )

    def floor() -> None:
        subprocess.run([sys.executable, "-c", COLD_FLOOR], check=True, env=env, capture_output=True)

    a, fl = measure(app, floor, runs)
    note = "first paint = window frame, tables empty (B5d: the data)"
    return ratio_result("B5 cold start to first paint", a, fl, 4.0, note)


def b5d_data_on_screen(runs: int, tmp: Path) -> Result:
    """Start to the bundled data on screen (tables filled, the title names the database)
    against a bare PySide6 window appearing: each measured from just before the process
    starts to the moment it reports (its exit is not counted)."""
    db, env = _b5_db(tmp)
    a, fl = measure(
        lambda: _cold([COLD_APP, str(db), "data"], env),
        lambda: _cold([COLD_FLOOR], env),
        runs,
        reported=True,
    )
    drawn, _ = measure(
        lambda: _cold([COLD_APP, str(db), "timeline"], env), None, runs, reported=True
    )
    return ratio_result(
        "B5d cold start to data on screen",
        a,
        fl,
        5.0,
        target="<= 5.0 (aim 4.0)",
        note=f"floor = a bare window appearing; the timeline is drawn at {drawn * 1000:.0f} ms",
    )


def run_all(quick: bool, only: set[str] | None = None) -> list[Result]:
    """Every workload in order; ``only`` keeps those tags (``B1``, ``B1s``, ``B5``, ...).

    Quick sizes are a preview of the full run: each is large enough that the work, not
    fixed costs (opening a database, building a widget), decides the ratio; the
    heaviest workloads take the median of 3 runs there instead of 5, so that the quick
    run stays under three minutes. The full run is the record."""
    runs = 5

    def want(tag: str) -> bool:
        return only is None or tag in only

    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as name:
        tmp = Path(name)
        n_import = 100_000 if quick else 1_000_000
        n_rows = 100_000 if quick else 1_000_000
        if want("B1"):
            yield b1_import_csv(n_import, runs, tmp)
        from bench.import_workloads import b1_round_trip, b1_sourced, sourced_db

        n_sourced = 50_000 if quick else 1_000_000
        heavy = 3 if quick else runs
        exported = tmp / "b1s-result.sqlite"
        if want("B1s"):
            yield b1_sourced(n_sourced, None, heavy, tmp, keep=exported)
        if want("B1m"):
            yield b1_sourced(n_sourced, 1_000, heavy, tmp)
        if want("B1r"):
            if not exported.exists():
                sourced_db(n_sourced, tmp, exported)
            yield b1_round_trip(exported, n_sourced, heavy, tmp)
        if want("B5"):
            yield b5_cold_start(runs, tmp)
        if want("B5d"):
            yield b5d_data_on_screen(heavy, tmp)  # two cold starts a run (data, timeline)
        from bench.timeline_workloads import run_timeline, run_xlsx

        yield from run_timeline(quick, runs, tmp, want, heavy)
        if want("B6"):
            yield b6_filter(n_rows, runs)
        if want("B7"):
            yield b7_sort(n_rows, runs)
        if want("B8"):
            yield b8_open(n_rows, n_rows // 10, runs)
        if want("B9"):
            yield b9_save_edit(runs, tmp)
        if want("B2"):
            yield from run_xlsx(quick, tmp, heavy)
        if want("M"):
            from bench.map_workloads import run_map

            yield from run_map(quick, runs, tmp)


def today() -> str:
    return dt.date.today().isoformat()
