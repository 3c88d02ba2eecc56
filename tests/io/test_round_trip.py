"""Export → import → export gives identical files: no field of any record is lost."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

KINDS = ("commitments", "deliveries", "tallies", "events", "series")


def _export_all(db, folder, suffix):
    from tracker.io.export import export_data
    from tracker.store import open_store

    folder.mkdir()
    store = open_store(str(db))
    try:
        for kind in KINDS:
            export_data(store, folder / f"{kind}{suffix}", kind)
    finally:
        store.close()


def _cells(path):
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_kind_survives_export_import_export(suffix, seeded_path, empty_store, tmp_path):
    from tracker.io.importing import import_file
    from tracker.io.tables import ReadOptions

    first, second = tmp_path / "first", tmp_path / "second"
    _export_all(seeded_path, first, suffix)
    for kind in KINDS:
        report = import_file(empty_store, first / f"{kind}{suffix}", ReadOptions(kind=kind))
        assert report.rejected == 0 and report.new > 0, report.summary()
    _export_all(empty_store.path, second, suffix)
    for kind in KINDS:
        assert _cells(first / f"{kind}{suffix}") == _cells(second / f"{kind}{suffix}"), kind


def test_revisions_keep_their_sources(seeded_path, tmp_path):
    out = tmp_path / "c.csv"
    assert (
        run_cli(
            "--db", str(seeded_path), "export-data", str(out), "--kind", "commitments"
        ).returncode
        == 0
    )
    import csv

    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert rows["T1-08"]["source"].startswith("https://morelia.me/")
    assert rows["T1-08"]["other_sources"].startswith("https://nationalpost.com/")
    assert rows["T1-09"]["source"].startswith("https://www.ctvnews.ca/")
