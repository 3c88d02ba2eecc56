"""``vaccine-tracker summary``: totals per pair, per commitment and per donor."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from tracker.cli.common import EXIT_OK, filters, opened

if TYPE_CHECKING:
    from tracker.domain import reconcile as rc
    from tracker.domain.filters import Filters


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}


def _per_100(p: rc.PairTotal | rc.Promise) -> dict[str, Any]:
    """Doses delivered per 100 people of the recipient, on the UN WPP 2024 population
    of the pair's as-of year (2019–2023), with the year it used."""
    from tracker.io.per_capita import per_100

    value, year = per_100(p.recipient, p.delivered, p.as_of)
    return {"per_100": value, "population_year": year}


def _pairs(rec: rc.Reconciliation) -> list[dict[str, Any]]:
    return [
        {
            "donor": p.donor,
            "recipient": p.recipient,
            "committed": p.committed,
            "delivered": p.delivered,
            "outstanding": p.outstanding,
            "as_of": p.as_of.isoformat() if p.as_of else None,
            "several_recipients": p.several_recipients,
            **_per_100(p),
        }
        for p in rec.pairs
    ]


def _summary_json(
    f: Filters, rec: rc.Reconciliation, pairs: list[dict[str, Any]]
) -> dict[str, Any]:
    """What ``summary --json`` prints."""
    from tracker.store.balance_rows import checkpoint_row, promise_row

    commitments = []
    for p in rec.promises:
        row = _jsonable(promise_row(p))
        del row["record_id"], row["date"]
        row.update(_per_100(p))
        row["days_to_first_delivery"] = row.pop("days_to_first")
        row["days_to_final_delivery"] = row.pop("days_to_final")
        commitments.append({"announced_on": p.announced_on.isoformat(), **row})
    tallies = []
    for c in rec.checkpoints:
        row = _jsonable(checkpoint_row(c))
        row["as_of"] = row.pop("date")
        del row["record_id"], row["deliveries"]
        tallies.append(row)
    donors = [
        {
            "donor": d.donor,
            "committed": d.committed,
            "delivered": d.delivered,
            "kept": None if d.percent is None else round(d.percent, 1),
            "covered": d.covered,
            "commitments": d.total,
        }
        for d in rec.donors
    ]
    return {
        "filters": {
            "donor": list(f.donors),
            "recipient": list(f.recipients),
            "vaccine": list(f.vaccines),
            "from": f.date_from.isoformat() if f.date_from else None,
            "to": f.date_to.isoformat() if f.date_to else None,
        },
        "as_of": rec.as_of.isoformat() if rec.as_of else None,
        "pairs": pairs,
        "commitments": commitments,
        "tallies": tallies,
        "donors": donors,
    }


def cmd_summary(args: argparse.Namespace) -> int:
    from tracker.store.reconcile import reconcile

    f = filters(args)
    with opened(args) as store:
        rec = reconcile(store, f)
    pairs = _pairs(rec)
    if args.json:
        json.dump(_summary_json(f, rec, pairs), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    if not pairs:
        print("No commitments or deliveries match.")
        return EXIT_OK
    print(
        f"{'donor':<12} {'recipient':<12} {'committed':>15} {'delivered':>15} {'outstanding':>15}"
    )
    for p in pairs:
        print(
            f"{p['donor']:<12} {p['recipient']:<12} {p['committed']:>15,} {p['delivered']:>15,} "
            f"{p['outstanding']:>15,}"
        )
    return EXIT_OK
