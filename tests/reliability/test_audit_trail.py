"""The audit trail: who changed what and when, per record, and its CSV export."""

from __future__ import annotations

import csv
import datetime as dt

from tracker.domain.changes import Change
from tracker.store.audit import audit_log, export_audit_csv, last_change, record_history
from tracker.store.repository import apply, read_record

NEW = {
    "donor": "USA",
    "recipient": "MEX",
    "vaccine": "astrazeneca",
    "doses": 2_500_000,
    "arrived_on": dt.date(2021, 3, 28),
    "status": "delivered",
    "confidence": "high",
    "notes": '=HYPERLINK("http://evil")',
    "sources": ["https://example.org/loan"],
}


def test_history_of_a_record_says_who_did_what_and_when(empty_store, monkeypatch):
    monkeypatch.setenv("TRACKER_USER", "ana")
    added = apply(empty_store, Change("deliveries", "add", values=NEW))
    rid = added.record_id
    monkeypatch.setenv("TRACKER_USER", "ben")
    apply(
        empty_store,
        Change("deliveries", "edit", rid, {"doses": 1_500_000}, expected_version=added.version),
    )
    monkeypatch.setenv("TRACKER_USER", "cy")
    current = read_record(empty_store, "deliveries", rid)
    apply(empty_store, Change("deliveries", "delete", rid, expected_version=current["version"]))

    history = record_history(empty_store, "deliveries", rid)
    assert [(e.user, e.action) for e in history] == [
        ("ana", "add"),
        ("ben", "edit"),
        ("cy", "delete"),
    ]
    assert history[0].at <= history[1].at <= history[2].at
    edit = history[1]
    assert [(c.field, c.before, c.after) for c in edit.changes] == [("doses", 2_500_000, 1_500_000)]
    assert edit.summary() == "doses: 2500000 → 1500000"
    assert last_change(empty_store, "deliveries", rid).user == "cy"
    assert last_change(empty_store, "deliveries", 10_000) is None


def test_imported_records_get_their_first_entry_from_the_import_batch(store):
    history = record_history(store, "deliveries", 1)
    assert len(history) == 1
    first = history[0]
    assert (first.id, first.action) == (0, "import")
    assert first.detail["rows"] > 1


def test_export_has_one_row_per_changed_field_and_is_safe_in_a_spreadsheet(
    empty_store, tmp_path, monkeypatch
):
    monkeypatch.setenv("TRACKER_USER", "=cmd|' /C calc'!A0")
    added = apply(empty_store, Change("deliveries", "add", values=NEW))
    apply(
        empty_store,
        Change(
            "deliveries",
            "edit",
            added.record_id,
            {"doses": 1, "status": "scheduled"},
            expected_version=added.version,
        ),
    )
    out = tmp_path / "audit.csv"
    n = export_audit_csv(empty_store, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n
    edits = [r for r in rows if r["action"] == "edit"]
    assert {(r["field"], r["before"], r["after"]) for r in edits} == {
        ("doses", "2500000", "1"),
        ("status", "delivered", "scheduled"),
    }
    assert all(r["user"].startswith("'=") for r in rows if r["record_id"])  # not a formula
    notes = next(r for r in rows if r["action"] == "add" and r["field"] == "notes")
    assert notes["after"].startswith("'=HYPERLINK")
    assert all(r["at_utc"].endswith("Z") for r in rows)
    assert len(audit_log(empty_store, "deliveries")) >= 2
