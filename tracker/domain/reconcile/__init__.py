"""Reconciliation: the one computation behind every figure the app shows.

Commitments, deliveries and official tallies go in; per-commitment balances, per-pair
totals, tally checkpoints, fulfilment by donor and data-quality findings come out. The
window, ``summary --json``, ``check``, the report and the chart all read this result,
so a figure shown in two places is the same figure.

Rules (stated in the README's "Reading the figures"):

- **Attribution.** A delivery linked to a commitment counts for it. An unlinked
  delivery counts for the earliest commitment of the same donor, recipient and vaccine
  (a "mixed" commitment takes any vaccine) announced on or before its arrival that
  has room for it (else the earliest with any balance left); the balance says its
  basis is "matched". What no
  commitment can take stays with the pair, not with a promise.
- **As of.** Status is measured against the date up to which the pair's deliveries are
  known — its last recorded shipment (a record's own date), or a later official tally
  that the recorded shipments match — never against today's clock. A commitment is
  "stale" or "late" only when the data shows nothing arrived by then, not merely
  because later shipments were never entered. The data's own as-of date (the deliveries
  datasets' date, or the latest record; a filter's end date caps it) is ``as_of`` of the
  whole reconciliation.
- **Not recorded is not "not delivered".** A commitment with no delivery counted for
  it reads "not-recorded" (with the latest official tally of the pair where one exists),
  never 0 % kept, when its pair has no recorded delivery up to the as-of date or when
  the pair's latest official tally is above what its recorded deliveries add up to (the
  data is known to be incomplete there). Fulfilment by donor counts only covered
  commitments and says how many of them there are.
- **Several recipients.** A commitment to a group (MULTI, COVAX, a bloc) is kept out
  of bilateral totals and of fulfilment; deliveries are not matched to it.
"""

from tracker.domain.reconcile.findings import findings
from tracker.domain.reconcile.reconciliation import data_as_of, reconcile
from tracker.domain.reconcile.records import (
    BASIS_LINKED,
    BASIS_MATCHED,
    BASIS_NONE,
    CANCELLED,
    COMMITMENT_STATUSES,
    EXCEEDS,
    FULFILLED,
    LATE,
    MATCHES,
    MISSING,
    MIXED,
    NOT_RECORDED,
    OLD_DATASET_DAYS,
    OPEN,
    OVER_DELIVERED,
    STALE,
    STALE_AFTER_DAYS,
    TALLY_NOT_RECORDED,
    TALLY_STATUSES,
    Checkpoint,
    CommitmentIn,
    DatasetIn,
    DeliveryIn,
    DonorFulfilment,
    Finding,
    PairRecord,
    PairTotal,
    Promise,
    Reconciliation,
    TallyIn,
)

__all__ = [
    "MIXED",
    "STALE_AFTER_DAYS",
    "OLD_DATASET_DAYS",
    "CANCELLED",
    "OVER_DELIVERED",
    "FULFILLED",
    "LATE",
    "STALE",
    "OPEN",
    "NOT_RECORDED",
    "COMMITMENT_STATUSES",
    "BASIS_LINKED",
    "BASIS_MATCHED",
    "BASIS_NONE",
    "MATCHES",
    "MISSING",
    "EXCEEDS",
    "TALLY_NOT_RECORDED",
    "TALLY_STATUSES",
    "CommitmentIn",
    "DeliveryIn",
    "TallyIn",
    "DatasetIn",
    "Promise",
    "Checkpoint",
    "PairRecord",
    "PairTotal",
    "DonorFulfilment",
    "Finding",
    "Reconciliation",
    "data_as_of",
    "findings",
    "reconcile",
]
