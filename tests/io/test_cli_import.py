"""`vaccine-tracker import` as a user runs it: real processes, real exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tests.conftest import run_cli
from tracker.store import frames, open_store

SPANISH = (
    "Fecha;País donante;País receptor;Vacuna;Dosis;Estado;Fuente;Notas\n"
    "28/03/2021;Estados Unidos;México;AstraZeneca;1,500,000;entregado;"
    "https://www.gob.mx/sre/a;Préstamo; llegó a Querétaro\n"
    "30/03/2021;EE. UU.;Canadá;AstraZeneca;1,500,000;entregado;https://www.canada.ca/b;\n"
    "01/04/2021;Estados Unidos;México;AstraZeneca;1,000,000;entregado;https://www.gob.mx/sre/c;\n"
)
FLAGS = [
    "--kind",
    "deliveries",
    "--map",
    "date=Fecha",
    "--map",
    "donor=País donante",
    "--map",
    "recipient=País receptor",
    "--map",
    "vaccine=Vacuna",
    "--map",
    "doses=Dosis",
    "--map",
    "status=Estado",
    "--map",
    "source=Fuente",
    "--map",
    "notes=Notas",
    "--delimiter",
    ";",
    "--encoding",
    "latin-1",
    "--date-format",
    "%d/%m/%Y",
    "--thousands",
    ",",
]


def test_spanish_latin1_file_imports_with_flags_alone_and_twice_changes_nothing(
    tmp_path, empty_template
):
    # The notes hold a quoted semicolon: the field must be quoted in a ;-separated file.
    text = SPANISH.replace("Préstamo; llegó a Querétaro", '"Préstamo; llegó a Querétaro"')
    src = tmp_path / "entregas.csv"
    src.write_bytes(text.encode("latin-1"))
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")

    first = run_cli("--db", str(db), "import", str(src), *FLAGS)
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 unchanged, 0 rejected" in first.stdout

    second = run_cli("--db", str(db), "import", str(src), *FLAGS)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 3 unchanged, 0 rejected" in second.stdout

    store = open_store(str(db))
    try:
        df = frames.deliveries(store)
    finally:
        store.close()
    got = sorted(
        zip(df["date"].astype(str), df["donor"], df["recipient"], df["doses"], strict=True)
    )
    assert got == [
        ("2021-03-28", "USA", "MEX", 1_500_000),
        ("2021-03-30", "USA", "CAN", 1_500_000),
        ("2021-04-01", "USA", "MEX", 1_000_000),
    ]
    assert "Préstamo; llegó a Querétaro" in set(df["notes"])


def test_the_same_file_without_the_flags_fails_with_one_clear_message(tmp_path, empty_template):
    """The encoding, delimiter and mapping are guessed (issue 18); the unquoted ";" in
    the first row's notes is then the one problem, named by row."""
    src = tmp_path / "entregas.csv"
    src.write_bytes(SPANISH.encode("latin-1"))
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    before = db.read_bytes()
    result = run_cli("--db", str(db), "import", str(src), "--kind", "deliveries")
    assert result.returncode == 1
    assert "entregas.csv: row 2: one value more than the header" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def _rows(prefix: str, n: int, shared: int = 0) -> str:
    lines = ["id,date,donor,recipient,vaccine,doses,source"]
    for i in range(n):
        lines.append(
            f"{prefix}{i},2021-{i % 12 + 1:02d}-{i % 28 + 1:02d},USA,MEX,moderna,{i + 1},"
            f"https://s.example/{prefix}{i % 50}"
        )
    for i in range(shared):  # the same records in both files
        lines.append(f"S{i},2021-05-{i % 28 + 1:02d},CHN,BRA,coronavac,{i + 7},https://s.example/s")
    return "\n".join(lines) + "\n"


def test_two_imports_at_the_same_time_both_succeed_and_lose_nothing(tmp_path, empty_template):
    db = shutil.copyfile(empty_template, tmp_path / "shared.sqlite")
    a, b = tmp_path / "a_deliveries.csv", tmp_path / "b_deliveries.csv"
    a.write_text(_rows("A", 3000, shared=200), encoding="utf-8")
    b.write_text(_rows("B", 3000, shared=200), encoding="utf-8")
    env = {**os.environ}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "--db", str(db), "import", str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for f in (a, b)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    news = sorted(int(out.split(": ")[-1].split(" new")[0]) for out, _ in outs)
    assert news == [3000, 3200]  # whichever came second found the shared rows unchanged
    store = open_store(str(db))
    try:
        df = frames.deliveries(store)
    finally:
        store.close()
    assert len(df) == 6200
    assert df["id"].is_unique
    assert set(df["id"]) == {f"A{i}" for i in range(3000)} | {f"B{i}" for i in range(3000)} | {
        f"S{i}" for i in range(200)
    }
