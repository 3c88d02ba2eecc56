"""Child processes for the fault-injection tests: ``python -m tests.reliability.workers``.

Each command is a separate app process working on a real SQLite file through the same
store code the app uses, and reports what it did on stdout (one line per committed step,
then one JSON line), so the parent can kill it at any moment and check what survived.

    edit-loop DB ID               edit delivery ID's doses again and again: "saved N",
                                  each time waiting for a line on stdin (the parent's
                                  acknowledgement) before the next edit
    writer DB ID INCREMENTS ADDS [STOPFILE]
                                  increment ID's doses and add deliveries, interleaved;
                                  with STOPFILE, go on (past the counts) until it exists
    insert-loop DB STOPFILE BATCH insert BATCH rows per transaction until STOPFILE exists
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from tracker.domain.changes import Change
from tracker.domain.errors import ConflictError, TrackerError
from tracker.store import Store, open_store
from tracker.store.repository import apply, read_record

NEW_DELIVERY = {
    "donor": "USA",
    "recipient": "MEX",
    "vaccine": "astrazeneca",
    "doses": 1000,
    "arrived_on": dt.date(2021, 4, 1),
    "status": "delivered",
    "confidence": "high",
    "notes": "",
}


def _set_doses(store: Store, record_id: int, doses: Callable[[int], int]) -> int:
    """Edit delivery ``record_id`` as a user does: read it, save with the version seen."""
    record = read_record(store, "deliveries", record_id)
    new = doses(record["doses"])
    apply(
        store,
        Change("deliveries", "edit", record_id, {"doses": new}, expected_version=record["version"]),
    )
    return new


def edit_loop(db: str, record_id: int) -> None:
    store = open_store(db)
    i = 0
    while True:
        i += 1
        _set_doses(store, record_id, lambda _old, i=i: 1_000_000 + i)
        # Only now is the edit "reported as saved".
        print(f"saved {1_000_000 + i}", flush=True)
        # The next edit starts only once the parent has read this report: a busy
        # machine cannot let the worker run ahead of what the parent has seen.
        if not sys.stdin.readline():
            return


def writer(db: str, record_id: int, increments: int, adds: int, stop_file: str = "") -> None:
    """Increment a counter the way a user edits (read, then save with the version seen),
    and add deliveries noted "writer <pid> #n"; at least ``increments`` and ``adds`` of
    each, and more until ``stop_file`` exists (when given)."""
    store = open_store(db)
    conflicts = 0
    errors: list[str] = []
    done_inc = done_add = 0
    tag = os.getpid()
    stop = Path(stop_file) if stop_file else None

    def going_on() -> bool:
        return stop is not None and not stop.exists()

    while done_inc < increments or done_add < adds or going_on():
        more = going_on()
        try:
            if done_inc < increments or more:
                try:
                    _set_doses(store, record_id, lambda old: old + 1)
                    done_inc += 1
                except ConflictError:
                    conflicts += 1  # the other process saved first: read again, retry
            if done_add < adds or more:
                values = {**NEW_DELIVERY, "notes": f"writer {tag} #{done_add}"}
                apply(store, Change("deliveries", "add", values=values))
                done_add += 1
        except TrackerError as exc:  # what would reach the user as a message
            errors.append(f"{type(exc).__name__}: {exc}")
            if len(errors) > 20:
                break
    store.close()
    print(
        json.dumps(
            {"increments": done_inc, "adds": done_add, "conflicts": conflicts, "errors": errors}
        ),
        flush=True,
    )


def insert_loop(db: str, stop_file: str, batch: int) -> None:
    """Commit ``batch`` rows per transaction; print the table's count after each commit."""
    import sqlalchemy as sa

    from tracker.store.models import DeliveryRow

    store = open_store(db)
    t = DeliveryRow.__table__
    now = dt.datetime(2021, 1, 1)
    rows = [{**NEW_DELIVERY, "version": 1, "created_at": now, "updated_at": now}] * batch
    stop = Path(stop_file)
    while not stop.exists():
        with store.write() as conn:
            conn.execute(sa.insert(t), rows)
            count = conn.scalar(sa.select(sa.func.count()).select_from(t))
        print(f"committed {count}", flush=True)
    store.close()


def main(argv: list[str]) -> int:
    command, *args = argv
    if command == "edit-loop":
        edit_loop(args[0], int(args[1]))
    elif command == "writer":
        writer(args[0], int(args[1]), int(args[2]), int(args[3]), *args[4:5])
    elif command == "insert-loop":
        insert_loop(args[0], args[1], int(args[2]))
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
