"""Synthetic records in bulk (Core inserts, one transaction, fixed seed) for load tests."""

from __future__ import annotations

import datetime as dt

import numpy as np

DONORS = ("USA", "CHN", "IND", "RUS")
RECIPIENTS = ("MEX", "CAN", "BRA", "ARG", "PER", "GTM")
VACCINES = ("astrazeneca", "pfizer", "moderna", "janssen", "coronavac", "sputnik-v")
CATEGORIES = ("migration", "border", "diplomacy", "trade", "health", "other")
START = dt.date(2020, 1, 1)


def fill(store, *, events: int, deliveries: int, seed: int = 20210318) -> None:
    """Add ``events`` policy events and ``deliveries`` delivered shipments over 2020-2022."""
    from tracker.store.models import DeliveryRow, EventActorRow, EventRow

    rng = np.random.default_rng(seed)
    days = rng.integers(0, 3 * 365, size=deliveries)
    d_rows = [
        {
            "ref": f"SYN-D{i}",
            "donor": DONORS[int(rng.integers(len(DONORS)))],
            "recipient": RECIPIENTS[int(rng.integers(len(RECIPIENTS)))],
            "vaccine": VACCINES[int(rng.integers(len(VACCINES)))],
            "doses": int(rng.integers(1_000, 2_000_000)),
            "arrived_on": START + dt.timedelta(days=int(days[i])),
            "status": "delivered",
            "confidence": "high",
            "notes": "",
        }
        for i in range(deliveries)
    ]
    e_days = rng.integers(0, 3 * 365, size=events)
    e_rows = [
        {
            "id": 100_000 + i,
            "ref": f"SYN-E{i}",
            "start_on": START + dt.timedelta(days=int(e_days[i])),
            "end_on": (
                START + dt.timedelta(days=int(e_days[i]) + int(rng.integers(5, 60)))
                if i % 25 == 0
                else None
            ),
            "title": f"Synthetic event {i}: talks on doses and border",
            "description": "",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "confidence": "high",
            "notes": "",
        }
        for i in range(events)
    ]
    with store.write() as conn:
        if d_rows:
            conn.execute(DeliveryRow.__table__.insert(), d_rows)
        if e_rows:
            conn.execute(EventRow.__table__.insert(), e_rows)
            conn.execute(
                EventActorRow.__table__.insert(),
                [{"event_id": r["id"], "actor": "USA"} for r in e_rows],
            )
