"""The PDF report, read back: pages, the promises table and the sources cited."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import run_cli
from tests.factories import add_commitment, add_delivery


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs pdftotext (poppler-utils) to read reports back")
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.replace("\ufb01", "fi").replace("\ufb02", "fl")  # typographic ligatures


def test_report_from_the_command_line(seeded_path, tmp_path):
    out = tmp_path / "report.pdf"
    res = run_cli(
        "--db",
        str(seeded_path),
        "report",
        str(out),
        "--donor",
        "USA",
        "--recipient",
        "MEX",
        "--to",
        "2021-12-31",
    )
    assert res.returncode == 0, res.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data
    text = pdf_text(out)
    assert "Vaccine commitments and deliveries" in text
    assert "T1-04" in text and "2,700,000" in text and "fulfilled" in text
    assert "Fulfilment by donor" in text and "Lead time" in text
    assert "bidenwhitehouse.archives.gov" in text
    assert "Data as of 2021-12-31" in text


def test_report_refuses_other_formats(seeded_path, tmp_path):
    res = run_cli("--db", str(seeded_path), "report", str(tmp_path / "r.docx"))
    assert res.returncode == 2
    assert ".pdf" in res.stderr


def test_the_report_reads_the_same_data_from_a_file_or_memory(tmp_path, qapp):
    # An in-memory database has one connection (another would be another, empty,
    # database): the report, its chart and its tables read it in one thread. Both give
    # the same pages.
    from tracker.domain.filters import Filters
    from tracker.store import open_store
    from tracker.timeline.report import write_report

    texts = {}
    for where in ("file", "memory"):
        store = open_store(str(tmp_path / "r.sqlite") if where == "file" else "sqlite://")
        try:
            add_commitment(store, ref="PLEDGE-1", doses=3_000_000)
            add_delivery(store, doses=1_250_000, sources=["https://example.org/shipment"])
            texts[where] = pdf_text(write_report(store, tmp_path / f"{where}.pdf", Filters()))
        finally:
            store.close()
    assert "PLEDGE-1" in texts["file"] and "3,000,000" in texts["file"]
    assert "1,250,000" in texts["file"] and "example.org" in texts["file"]
    assert texts["file"] == texts["memory"]
