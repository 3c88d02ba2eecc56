"""A run of new records citing one list, linked by reading their ids from the records'
table, writes exactly the links the counted run and the row-by-row insert write."""

from __future__ import annotations

import datetime as dt
import shutil

from tests.factories import link_source_lists
from tracker.domain.records import SourceRef
from tracker.store import open_store
from tracker.store.models import DeliveryRow, utc_now
from tracker.store.sources import link_many


def _links(store) -> list[tuple]:
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT id, kind, record_id, source_id, position FROM record_sources ORDER BY id"
            )
        ]


def test_links_of_a_run_read_from_the_table_are_those_of_the_other_paths(
    empty_template, tmp_path
) -> None:
    one, several = link_source_lists()
    calls = [(one, 1, 40), (several, 41, 7), ([SourceRef("")], 48, 3), (several, 51, 12)]
    table = DeliveryRow.__table__
    now = utc_now()
    rows = [
        {"donor": "USA", "recipient": "MEX", "vaccine": "moderna", "doses": 1_000 + i,
         "arrived_on": dt.date(2021, 5, 1), "status": "delivered", "confidence": "high",
         "notes": "", "version": 1, "created_at": now, "updated_at": now}
        for i in range(62)
    ]  # fmt: skip
    written = {}
    for name, ids, of in (
        ("table", lambda a, n: range(a, a + n), table),
        ("counted", lambda a, n: range(a, a + n), None),
        ("rows", lambda a, n: list(range(a, a + n)), None),
    ):
        db = tmp_path / f"{name}.sqlite"
        shutil.copyfile(empty_template, db)
        store = open_store(str(db))
        try:
            with store.write() as conn:
                conn.execute(table.insert(), rows)
            for cited, first, n in calls:
                with store.write() as conn:
                    link_many(conn, "deliveries", ids(first, n), [cited] * n, of)
            written[name] = _links(store)
        finally:
            store.close()
    assert written["table"] == written["counted"] == written["rows"]
    links = written["table"]
    assert len(links) == 40 + 7 * 3 + 12 * 3
    assert [r[2] for r in links] == sorted(r[2] for r in links)  # in the records' order
    assert [(r[2], r[4]) for r in links if r[2] == 52] == [(52, 0), (52, 2), (52, 4)]
