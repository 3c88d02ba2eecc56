"""One truth: every commitment's and every tally's figures are the same wherever shown.

The window's Promises and Checkpoints tables, ``summary --json``, ``check`` and the PDF
report (read back with pdftotext) are compared figure by figure on the bundled data.
"""

from __future__ import annotations

import json
import re

from PySide6.QtCore import Qt

from tests.conftest import run_cli
from tests.timeline.test_report import pdf_text
from tracker.ui.table_models import RecordIdRole

STATUS_WORDS = {  # the report's and check's wording of each status code
    "not-recorded": "deliveries not recorded",
    "missing": "deliveries missing",
    "exceeds": "recorded exceeds tally",
    "matches": "matches",
}


def _model_rows(model) -> dict[str, dict]:
    """Each row of a table model as {column key: EditRole value} keyed by its label."""
    rows = {}
    for r in range(model.rowCount()):
        values = {
            c.key: model.data(model.index(r, i), Qt.ItemDataRole.EditRole)  # the raw figure
            for i, c in enumerate(model.columns)
        }
        values["status_code"] = model.value(r, "status")
        values["record_id"] = model.index(r, 0).data(RecordIdRole)
        rows[values["id"]] = values
    return rows


def _num(text: str) -> int:
    return int(text.replace(",", ""))


def test_every_figure_is_the_same_in_window_summary_check_and_report(
    make_main_window, store, seeded_path, tmp_path
):
    summary = json.loads(run_cli("--db", str(seeded_path), "summary", "--json").stdout)
    check = run_cli("--db", str(seeded_path), "check").stdout
    report = tmp_path / "report.pdf"
    assert run_cli("--db", str(seeded_path), "report", str(report)).returncode == 0
    text = pdf_text(report)
    w = make_main_window(store)
    promises = _model_rows(w.models["promises"])
    checkpoints = _model_rows(w.models["checkpoints"])

    assert summary["commitments"] and summary["tallies"]
    assert {c["id"] for c in summary["commitments"]} == set(promises)
    assert {t["id"] for t in summary["tallies"]} == set(checkpoints)

    report_lines = text.splitlines()
    for c in summary["commitments"]:
        row = promises[c["id"]]
        for key in ("committed", "delivered", "outstanding"):
            shown = row[key]
            assert (None if shown in ("", None) else int(shown)) == c[key], (c["id"], key)
        assert row["status_code"] == c["status"], c["id"]
        per_100 = row["per_100"]
        assert (None if per_100 in ("", None) else per_100) == c["per_100"], c["id"]
        # The report's row: the id first, then the figures in the same order.
        line = next(x for x in report_lines if x.split() and x.split()[0] == c["id"])
        figures = [_num(n) for n in re.findall(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b", line)]
        assert c["committed"] in figures and c["delivered"] in figures, (c["id"], line)
        if c["outstanding"] is not None:
            assert c["outstanding"] in figures, (c["id"], line)
        if c["kept"] is not None:
            assert f"{c['kept']:.1f} %" in line, (c["id"], line)
        first_word = STATUS_WORDS.get(c["status"], c["status"]).split()[0]
        assert first_word in line, (c["id"], line)

    for t in summary["tallies"]:
        row = checkpoints[t["id"]]
        assert (int(row["tally"]), int(row["recorded"]), int(row["difference"])) == (
            t["tally"],
            t["recorded"],
            t["difference"],
        ), t["id"]
        assert row["status_code"] == t["status"]
        words = STATUS_WORDS[t["status"]]
        check_line = f"{t['tally']:,}, recorded {t['recorded']:,}, difference {t['difference']:,}"
        assert re.search(rf"^  {re.escape(t['id'])} .*{re.escape(check_line)}", check, re.M), t
        report_line = next(x for x in report_lines if x.split() and x.split()[0] == t["id"])
        assert [_num(n) for n in re.findall(r"-?\d{1,3}(?:,\d{3})+|-?\b\d+\b", report_line)][
            -3:
        ] == [t["tally"], t["recorded"], t["difference"]], report_line
        assert words in report_line or words in check

    # The window's Data quality panel lists exactly what `check` lists.
    w.quality_panel.refresh()
    panel = [(f.kind, f.ref, f.message) for f in w.quality_panel.findings]
    listed = re.findall(r"^  \[(?:warning|info)\] (\S+) (\S+): (.+)$", check, re.M)
    assert panel == [tuple(x) for x in listed]
    assert f"{len(panel)} data-quality finding(s)" in check


def test_no_bundled_commitment_reads_zero_kept_for_missing_data(seeded_path):
    summary = json.loads(run_cli("--db", str(seeded_path), "summary", "--json").stdout)
    as_of = summary["as_of"]
    assert as_of and as_of < "2026-01-01"  # the data's date, not the clock
    for c in summary["commitments"]:
        if c["delivered"] == 0 and c["status"] != "cancelled":
            assert c["status"] in ("not-recorded", "open", "late"), c
            assert c["kept"] is None or c["status"] != "not-recorded", c
        assert c["as_of"] <= as_of  # what the data knows of its pair
    for p in summary["pairs"]:
        assert p["as_of"] is not None
    # Mexico's 20 M Sinovac contract: the Health Ministry's tally (CN-T-005, 18 M by 24 July)
    # is above the recorded shipments, so it does not read as a broken promise.
    sinovac = next(c for c in summary["commitments"] if c["id"] == "T2-29")
    assert sinovac["status"] in ("open", "not-recorded")
    assert sinovac["tally"] is not None
