"""`vaccine-tracker import FILE` guesses like the wizard; explicit options win (issue 18)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.io import hostile

SPANISH = (
    "Fecha;Donante;Receptor;Vacuna;Dosis;Notas\n"
    "28/03/2021;EE. UU.;México;AstraZeneca;1.500.000;envío aéreo\n"
    "01/04/2021;Estados Unidos;México;AstraZeneca;1.200.000;segundo envío\n"
)


run_cli = hostile.counted_cli("guessed imports")


@pytest.fixture
def db(empty_template, tmp_path):
    return shutil.copyfile(empty_template, tmp_path / "t.sqlite")


def _deliveries(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT arrived_on, donor, recipient, vaccine, doses, notes FROM deliveries "
            "ORDER BY arrived_on"
        ).fetchall()
    finally:
        conn.close()


def test_a_spanish_latin1_semicolon_file_imports_with_no_options(db, tmp_path):
    src = tmp_path / "envios.csv"
    src.write_bytes(SPANISH.encode("latin-1"))
    done = run_cli("--db", str(db), "import", str(src))
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for line in (
        "guessed encoding: cp1252",
        "guessed delimiter: ';'",
        "guessed kind: deliveries",
        "guessed columns: date=Fecha, donor=Donante",
        "guessed date format: %d/%m/%Y",
        "guessed thousands separator: '.'",
    ):
        assert line in out, out
    assert "2 new" in out
    assert _deliveries(db) == [
        ("2021-03-28", "USA", "MEX", "astrazeneca", 1_500_000, "envío aéreo"),
        ("2021-04-01", "USA", "MEX", "astrazeneca", 1_200_000, "segundo envío"),
    ]


def test_a_bad_row_is_named_by_row_column_and_reason(db, tmp_path):
    src = tmp_path / "envios.csv"
    src.write_bytes((SPANISH + "02/04/2021;EE. UU.;México;AstraZeneca;mucho;\n").encode("latin-1"))
    done = run_cli("--db", str(db), "import", str(src))
    assert done.returncode == 1
    assert "row 4" in done.stderr and "'Dosis'" in done.stderr, done.stderr
    assert "mucho" in done.stderr and "utf-8" not in done.stderr
    assert _deliveries(db) == []


def test_show_guess_prints_a_profile_that_imports_the_file(db, tmp_path):
    src = tmp_path / "envios.csv"
    src.write_bytes(SPANISH.encode("latin-1"))
    done = run_cli("--db", str(db), "import", str(src), "--show-guess")
    assert done.returncode == 0, done.stderr
    profile = json.loads(done.stdout)
    assert profile["delimiter"] == ";" and profile["thousands"] == "."
    assert profile["mapping"]["doses"] == "Dosis"
    assert _deliveries(db) == [], "--show-guess imports nothing"
    saved = tmp_path / "p.json"
    saved.write_text(done.stdout, encoding="utf-8")
    done = run_cli("--db", str(db), "import", str(src), "--profile", str(saved))
    assert done.returncode == 0 and "2 new" in done.stdout, done.stderr


def test_an_ambiguous_guess_is_refused_naming_the_option(db, tmp_path):
    src = tmp_path / "envios.csv"
    src.write_text(
        "Fecha,Donante,Receptor,Vacuna,Dosis\n03/04/2021,USA,MEX,astrazeneca,1000\n",
        encoding="utf-8",
    )
    done = run_cli("--db", str(db), "import", str(src))
    assert done.returncode == 2 and "--date-format" in done.stderr, done.stderr
    assert _deliveries(db) == []
    done = run_cli("--db", str(db), "import", str(src), "--date-format", "%m/%d/%Y")
    assert done.returncode == 0, done.stderr
    assert _deliveries(db)[0][0] == "2021-03-04"


def test_explicit_options_win_over_guesses(db, tmp_path):
    src = tmp_path / "envios.csv"
    src.write_bytes(SPANISH.encode("latin-1"))
    done = run_cli(
        "--db", str(db), "import", str(src), "--encoding", "latin-1", "--thousands", "none"
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "guessed encoding" not in done.stdout and "guessed thousands" not in done.stdout
    assert "'1.500.000' is not a whole number" in done.stderr, done.stderr
    done = run_cli("--db", str(db), "import", str(src), "--encoding", "latin-1")
    assert done.returncode == 0, done.stderr
    assert _deliveries(db)[0][5] == "envío aéreo"
