"""Concurrent imports on a real PostgreSQL server wait for each other, as on SQLite."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa

from tests.conftest import run_cli
from tests.io import hostile
from tests.reliability.conftest import child_env, write_deliveries_csv

pytestmark = pytest.mark.postgres


def test_concurrent_imports_of_one_file_are_serialised(pg_url, tmp_path):
    assert run_cli("--db", pg_url, "--empty", "summary").returncode == 0
    src = write_deliveries_csv(tmp_path / "d.csv", 3000, "PGC")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "--db", pg_url, "import", str(src)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for _ in range(4)
    ]
    outcomes = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for code, out, err in outcomes:
        hostile.record(
            "PostgreSQL concurrent imports", handled=code == 0, traceback="Traceback" in err
        )
        assert code == 0, (out, err)
    assert sum("3000 new" in out for _, out, _ in outcomes) == 1, outcomes
    assert sum("3000 unchanged" in out for _, out, _ in outcomes) == 3, outcomes
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.scalar(sa.text("SELECT count(*) FROM deliveries")) == 3000
    finally:
        engine.dispose()
