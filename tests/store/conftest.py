"""Fixtures for storage faults: a small tmpfs mounted per test (root only)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.store.disks import small_disk


@pytest.fixture
def disk(tmp_path: Path):
    """An 8 MB filesystem of its own (a tmpfs), unmounted after the test."""
    with small_disk(tmp_path / "disk") as where:
        yield where


SERVER = os.environ.get("TRACKER_TEST_POSTGRES_URL")


@pytest.fixture
def pg_url():
    if not SERVER:
        if os.environ.get("CI"):
            pytest.fail("CI must provide TRACKER_TEST_POSTGRES_URL (see scripts/test-postgres.sh)")
        pytest.skip(
            "no PostgreSQL server: set TRACKER_TEST_POSTGRES_URL (scripts/test-postgres.sh)"
        )
    admin = sa.create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"tracker_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    from tests.io import hostile

    hostile.print_table(terminalreporter)
