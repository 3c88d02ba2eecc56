"""The one audit writer: who, when, what, as every caller (import, undo, edit) records it."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa

from tracker.domain.enums import RecordKind
from tracker.store.audit import audit_log, write_audit
from tracker.store.models import AuditRow


def test_write_audit_records_user_time_and_detail(empty_store, monkeypatch) -> None:
    monkeypatch.setenv("TRACKER_USER", "ana")
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with empty_store.write() as conn:
        write_audit(conn, RecordKind.DELIVERY, 7, "edit", {"on": dt.date(2021, 5, 1), "n": 3})
        write_audit(conn, RecordKind.TALLY, None, "import", {"rows": 12})
    edit, imported = audit_log(empty_store)
    assert (edit.user, edit.kind, edit.record_id, edit.action) == ("ana", "deliveries", 7, "edit")
    assert edit.detail == {"on": "2021-05-01", "n": 3}  # dates as ISO text
    assert before <= edit.at <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert (imported.kind, imported.record_id, imported.detail) == ("tallies", None, {"rows": 12})
    with empty_store.read() as conn:
        raw = conn.scalars(sa.select(AuditRow.__table__.c.detail).order_by(AuditRow.id)).all()
    assert [json.loads(d) for d in raw] == [{"on": "2021-05-01", "n": 3}, {"rows": 12}]
