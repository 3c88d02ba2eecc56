"""What a hostile run broke (issue 18), each case through the real command line."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import digest as _digest
from tests.factories import postgres_server
from tests.io import hostile
from tests.store.disks import read_only_mount, small_disk

run_cli = hostile.counted_cli("command line (issue 18)")

GOOD_CSV = "date,donor,recipient,vaccine,doses\n2021-05-01,USA,MEX,astrazeneca,1000\n"


def _good_csv(folder: Path) -> Path:
    """``folder/d.csv``: one valid delivery, without an id."""
    src = folder / "d.csv"
    src.write_text(GOOD_CSV, encoding="utf-8")
    return src


def _import(db, src, *flags: str, **how):
    """``vaccine-tracker --db DB import SRC FLAGS…`` (``how``: run_cli's watch, timeout…)."""
    return run_cli("--db", str(db), "import", str(src), *flags, **how)


# -- 2: another program's SQLite file is never converted ---------------------------------
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    conn.commit()
    conn.close()
    before = _digest(other)
    for command in (["summary"], ["check"], ["export-data", str(tmp_path / "x.csv")]):
        done = run_cli("--db", str(other), *command, watch=other)
        assert done.returncode == 3, (command, done.stdout, done.stderr)
        assert "not a Vaccine Diplomacy Tracker database" in done.stderr, done.stderr
        assert _digest(other) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_tracker_database_carries_its_application_id(tmp_path):
    db = tmp_path / "t.sqlite"
    assert run_cli("--db", str(db), "--empty", "summary").returncode == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x56445472
    finally:
        conn.close()


def test_an_empty_sqlite_file_may_become_a_tracker_database(tmp_path):
    db = tmp_path / "fresh.sqlite"
    sqlite3.connect(db).close()  # a file with a header, no tables
    assert run_cli("--db", str(db), "--empty", "summary").returncode == 0


# -- 3: passwords are never printed; postgresql:// means psycopg 3 ----------------------
def test_a_password_in_a_url_is_never_echoed(tmp_path):
    url = "postgresql://tracker:S3cretPW@127.0.0.1:1/nodb"
    done = run_cli("--db", url, "summary", timeout=60)
    assert done.returncode == 3, done.stderr
    assert "S3cretPW" not in done.stdout + done.stderr
    assert "psycopg2" not in done.stderr, "postgresql:// must use psycopg 3"
    done = run_cli("--db", "mysql://u:S3cretPW@127.0.0.1:1/x", "summary", timeout=60)
    assert "S3cretPW" not in done.stdout + done.stderr, done.stderr


def test_redaction_covers_every_url_in_a_text():
    from tracker.store.database import describe_url, normalise_url, redact

    assert redact("a postgresql+psycopg://u:p%40ss@h/db b") == "a postgresql+psycopg://u:***@h/db b"
    assert "pw" not in describe_url("postgresql://u:pw@h:5432/db")
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.fixture
def postgres_url() -> str:
    return postgres_server()


def test_check_on_postgres_hides_the_password_and_accepts_plain_postgresql(postgres_url):
    from sqlalchemy.engine import make_url

    u = make_url(postgres_url).set(drivername="postgresql", password="S3cretPW")
    url = u.render_as_string(hide_password=False)
    assert url.startswith("postgresql://")
    done = run_cli("--db", url, "check", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "S3cretPW" not in done.stdout + done.stderr
    assert "OK: postgresql+psycopg://tracker:***@" in done.stdout, done.stdout


# -- 4: a read-only folder or file: reads work, writes say "read-only" -----------------
@pytest.fixture
def read_only_db(tmp_path, seeded_template):
    with small_disk(tmp_path / "ro") as folder:
        db = folder / "tracker.sqlite"
        shutil.copyfile(seeded_template, db)
        with read_only_mount(folder):
            yield db


def test_reads_work_on_a_read_only_folder_and_file(read_only_db, tmp_path):
    db = read_only_db
    before = _digest(db)
    done = run_cli("--db", str(db), "check")
    assert done.returncode == 0 and "OK:" in done.stdout, done.stdout + done.stderr
    done = run_cli("--db", str(db), "summary", "--json")
    assert done.returncode == 0 and '"pairs"' in done.stdout, done.stderr
    out = tmp_path / "out.csv"
    done = run_cli("--db", str(db), "export-data", str(out))
    assert done.returncode == 0 and out.stat().st_size > 100, done.stderr
    copy = tmp_path / "copy.sqlite"
    done = run_cli("--db", str(db), "backup", str(copy))
    assert done.returncode == 0, done.stderr
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM deliveries").fetchone()[0] > 0
    assert _digest(db) == before


def test_writes_to_a_read_only_database_say_read_only(read_only_db, tmp_path):
    src = _good_csv(tmp_path)
    done = _import(read_only_db, src, "--kind", "deliveries", watch=read_only_db)
    assert done.returncode == 3, done.stderr
    assert "read-only" in done.stderr and "damaged" not in done.stderr.lower(), done.stderr


# -- 8: backup never overwrites a file unasked ------------------------------------------
def test_backup_refuses_to_overwrite_unless_forced(seeded_path, tmp_path):
    out = tmp_path / "thesis.docx"
    out.write_bytes(b"four years of work")
    done = run_cli("--db", str(seeded_path), "backup", str(out), watch=out)
    assert done.returncode == 1 and "--force" in done.stderr, done.stderr
    assert out.read_bytes() == b"four years of work"
    done = run_cli("--db", str(seeded_path), "backup", str(out), "--force")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"SQLite format 3")


# -- 13: --db "" is a usage error --------------------------------------------------------
def test_an_empty_db_option_is_a_usage_error(tmp_path):
    done = run_cli("--db", "", "summary")
    assert done.returncode == 2 and "--db" in done.stderr, done.stderr


# -- 11: | head -1 is quiet -------------------------------------------------------------
def test_summary_into_a_closed_pipe_is_silent(seeded_path):
    """`summary --json | head -1`: the reader has gone; no message, no internal error."""
    read, write = os.pipe()
    os.close(read)  # every write now fails with EPIPE, as after head exits
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", str(seeded_path), "summary", "--json"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    done.stdout = ""
    hostile.cli("command line (issue 18)", done, refused=False)
    assert done.stderr == "", done.stderr
    assert done.returncode == 0


# -- 5: a damaged index found only by integrity_check refuses an import -----------------
def test_an_import_into_a_file_with_a_damaged_index_is_refused(seeded_path, tmp_path):
    conn = sqlite3.connect(seeded_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_deliveries_pair ON deliveries "
        "(recipient, donor)' WHERE name = 'ix_deliveries_pair'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(seeded_path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # only the full check sees it
    conn.close()
    before = _digest(seeded_path)
    src = _good_csv(tmp_path)
    done = _import(seeded_path, src, "--kind", "deliveries", watch=seeded_path)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "damaged" in done.stderr and "ix_deliveries_pair" in done.stderr, done.stderr
    assert _digest(seeded_path) == before


# -- 10: no hangs, no unbounded memory ---------------------------------------------------


def test_a_fifo_is_refused_at_once_and_stdin_works(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done = _import(db, fifo, "--kind", "deliveries", timeout=30)
    assert done.returncode == 1 and "not a regular file" in done.stderr, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db), "import", "-", "--kind", "deliveries"],
        input=GOOD_CSV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    hostile.cli("command line (issue 18)", done, refused=False)
    assert done.returncode == 0 and "1 new" in done.stdout, done.stderr


def test_a_profile_that_never_ends_or_nests_deeply_is_refused(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    src = _good_csv(tmp_path)
    done = _import(db, src, "--profile", "/dev/zero", timeout=30)
    assert done.returncode == 1 and "regular file" in done.stderr, done.stderr
    big = tmp_path / "big.json"
    big.write_text('{"name": "' + "x" * 1_000_000 + '"}', encoding="utf-8")
    done = _import(db, src, "--profile", str(big), timeout=30)
    assert done.returncode == 1 and "not an import profile" in done.stderr, done.stderr
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    done = _import(db, src, "--profile", str(deep), timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr


def test_a_header_of_a_million_empty_columns_is_refused_quickly(empty_template, tmp_path):
    import time

    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    wide = tmp_path / "wide.csv"
    wide.write_text(
        "date,donor,recipient,vaccine,doses" + "," * 1_000_000 + "\n"
        "2021-05-01,USA,MEX,astrazeneca,1000\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    done = _import(db, wide, "--kind", "deliveries", timeout=60)
    assert done.returncode == 1 and "the limit is 1,000" in done.stderr, done.stderr
    assert time.monotonic() - started < 20


# -- 11: clear messages, not internal errors ---------------------------------------------
@pytest.mark.parametrize("encoding", ["rot13", "hex", "base64"])
def test_a_transform_codec_is_not_an_encoding(encoding, empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    src = _good_csv(tmp_path)
    done = _import(db, src, "--encoding", encoding)
    assert done.returncode == 1 and "not a text encoding" in done.stderr, done.stderr


def test_a_missing_input_file_is_named(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    done = _import(db, tmp_path / "nope.csv")
    assert done.returncode == 1 and "no such file" in done.stderr, done.stderr


def test_a_database_from_a_newer_version_says_which_is_needed(seeded_path):
    conn = sqlite3.connect(seeded_path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before = _digest(seeded_path)
    done = run_cli("--db", str(seeded_path), "summary", watch=seeded_path)
    assert done.returncode == 3 and "newer version" in done.stderr, done.stderr
    assert "0099" in done.stderr
    assert _digest(seeded_path) == before


def test_a_cr_only_csv_is_read(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    src = tmp_path / "mac.csv"
    src.write_bytes(GOOD_CSV.replace("\n", "\r").encode())
    done = _import(db, src, "--kind", "deliveries")
    assert done.returncode == 0 and "1 new" in done.stdout, done.stderr


# -- 13: small contract gaps ------------------------------------------------------------
def test_a_dry_run_with_rejected_rows_exits_1(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    src = tmp_path / "d.csv"
    src.write_text(GOOD_CSV + "2021-05-02,USA,MEX,astrazeneca,-5\n", encoding="utf-8")
    done = _import(db, src, "--kind", "deliveries", "--dry-run")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 rejected" in done.stdout


def test_control_characters_in_file_names_are_escaped(empty_template, tmp_path):
    db = shutil.copyfile(empty_template, tmp_path / "t.sqlite")
    odd = tmp_path / "evil\x1b[31mred\x07.csv"
    done = _import(db, odd)
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr, repr(done.stderr)
    assert "\\x1b" in done.stderr, done.stderr
