"""Team mode: the same store on a real PostgreSQL server.

Runs when ``TRACKER_TEST_POSTGRES_URL`` points at a server (``.ci/run`` starts one with
``scripts/test-postgres.sh``). Without it the tests are skipped with that reason, except
under CI, where a missing server is a failure rather than a silent pass.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import run_cli
from tests.factories import delivery_values
from tracker.domain.changes import Change
from tracker.domain.errors import ConflictError
from tracker.domain.filters import Filters

pytestmark = pytest.mark.postgres

SERVER = os.environ.get("TRACKER_TEST_POSTGRES_URL")


def test_new_postgres_database_is_migrated_seeded_and_summarises_like_sqlite(pg_url, seeded_path):
    args = ("summary", "--json", "--to", "2021-04-30", "--donor", "USA")
    pg = run_cli("--db", pg_url, *args)
    assert pg.returncode == 0, pg.stderr
    lite = run_cli("--db", str(seeded_path), *args)
    assert json.loads(pg.stdout)["pairs"] == json.loads(lite.stdout)["pairs"]
    mex = next(p for p in json.loads(pg.stdout)["pairs"] if p["recipient"] == "MEX")
    assert (mex["committed"], mex["delivered"]) == (2_700_000, 2_708_700)  # 1.5 M + 1,208,700


def test_postgres_changes_and_conflicts(pg_url):
    from tracker.io.seed import open_database
    from tracker.store import frames
    from tracker.store.reconcile import reconcile
    from tracker.store.repository import apply

    store = open_database(pg_url, empty=True)
    try:
        values = delivery_values(sources=["https://example.org/a"])
        added = apply(store, Change("deliveries", "add", values=values))
        apply(
            store, Change("deliveries", "edit", added.record_id, {"doses": 2}, expected_version=1)
        )
        with pytest.raises(ConflictError):
            apply(
                store,
                Change("deliveries", "edit", added.record_id, {"doses": 3}, expected_version=1),
            )
        assert list(frames.deliveries(store)["doses"]) == [2]
        assert reconcile(store, Filters()).pairs[0].delivered == 2
    finally:
        store.close()


def test_postgres_import_is_all_or_nothing(pg_url, tmp_path):
    src = tmp_path / "deliveries.csv"
    src.write_text(
        "date,donor,recipient,vaccine,doses\n2021-03-28,USA,MEX,moderna,5\n"
        "2021-03-29,USA,MEX,moderna,0\n"
    )
    bad = run_cli("--db", pg_url, "--empty", "import", str(src))
    assert bad.returncode == 1
    out = run_cli("--db", pg_url, "summary", "--json")
    assert json.loads(out.stdout)["pairs"] == []
