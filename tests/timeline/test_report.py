"""The PDF report, read back: pages, the promises table and the sources cited."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import run_cli


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
