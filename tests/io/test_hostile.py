"""Hostile workbooks: defusedxml really guards openpyxl, even without our own pre-check."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.io import hostile
from tracker.domain.errors import InputError
from tracker.io import tables
from tracker.io.importing import import_file

FILES = Path(__file__).parent / "corpus" / "files"
BOMBS = ["xlsx_billion_laughs.xlsx", "xlsx_billion_laughs_in_sheet.xlsx"]


def test_openpyxl_parses_xml_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("name", BOMBS)
def test_openpyxl_alone_refuses_entity_bombs(name):
    from defusedxml import DefusedXmlException

    with pytest.raises(ValueError) as info:  # openpyxl wraps the parser's error
        openpyxl.load_workbook(FILES / name, read_only=True)
    chain, cause = [], info.value
    while cause is not None:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    assert any(isinstance(c, DefusedXmlException) for c in chain)


@pytest.mark.parametrize("name", BOMBS)
def test_without_our_precheck_the_import_still_fails_cleanly(name, monkeypatch, empty_store):
    monkeypatch.setattr(tables, "check_zip", lambda path: None)
    with pytest.raises(InputError, match="billion-laughs"):
        import_file(empty_store, FILES / name)
    hostile.record("import files (XML bombs, no pre-check)", refused=True)


def test_a_lying_extension_is_read_by_content(tmp_path, empty_store):
    """An XLSX saved as .csv is still a workbook; a CSV saved as .txt is still a CSV."""
    src = FILES / "good.xlsx"
    disguised = tmp_path / "deliveries.csv"
    disguised.write_bytes(src.read_bytes())
    assert import_file(empty_store, disguised).new == 2
