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

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

MIXED = "mixed"
STALE_AFTER_DAYS = 180
OLD_DATASET_DAYS = 365

# Statuses of a commitment, in the order a reader cares about them.
CANCELLED = "cancelled"
OVER_DELIVERED = "over-delivered"
FULFILLED = "fulfilled"
LATE = "late"
STALE = "stale"
OPEN = "open"
NOT_RECORDED = "not-recorded"
COMMITMENT_STATUSES = (OPEN, FULFILLED, OVER_DELIVERED, LATE, STALE, NOT_RECORDED, CANCELLED)

# How a balance's delivered figure was reached.
BASIS_LINKED = "linked"
BASIS_MATCHED = "matched"
BASIS_NONE = "none"

# Statuses of a tally checkpoint.
MATCHES = "matches"
MISSING = "missing"  # the tally is above what the deliveries recorded add up to
EXCEEDS = "exceeds"  # recorded deliveries add up to more than the tally
TALLY_NOT_RECORDED = "not-recorded"
TALLY_STATUSES = (MATCHES, MISSING, EXCEEDS, TALLY_NOT_RECORDED)


# -- inputs -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CommitmentIn:
    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    committed: int  # the figure in force (0 once cancelled is handled by ``cancelled``)
    announced_on: dt.date
    cancelled: bool
    target_date: dt.date | None = None
    several_recipients: bool = False
    part_of: int | None = None  # the id of a commitment that contains this one


@dataclass(frozen=True)
class DeliveryIn:
    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    doses: int
    arrived_on: dt.date
    delivered: bool  # arrived (not scheduled or in transit)
    commitment_id: int | None = None
    has_source: bool = True


@dataclass(frozen=True)
class TallyIn:
    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    doses: int
    as_of: dt.date
    several_recipients: bool = False


@dataclass(frozen=True)
class DatasetIn:
    name: str
    kind: str
    as_of: dt.date | None


# -- outputs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Promise:
    """One commitment's balance."""

    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    announced_on: dt.date
    target_date: dt.date | None
    committed: int
    delivered: int
    outstanding: int | None  # None when the data does not record this pair's deliveries
    first_delivery: dt.date | None
    last_delivery: dt.date | None
    days_to_first: int | None
    days_to_final: int | None
    days_late: int | None
    status: str
    basis: str
    as_of: dt.date | None
    several_recipients: bool
    tally: int | None = None  # the pair's latest official tally (same vaccine or mixed)
    part_of: int | None = None  # contained in that commitment: totals count only one
    tally_as_of: dt.date | None = None
    delivery_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return self.ref or f"#{self.id}"

    @property
    def covered(self) -> bool:
        """Whether the data records this commitment's deliveries (or its cancellation)."""
        return self.status not in (NOT_RECORDED,) and not self.several_recipients

    @property
    def percent(self) -> float | None:
        if not self.covered or not self.committed:
            return None
        return 100.0 * self.delivered / self.committed


@dataclass(frozen=True)
class Checkpoint:
    """An official running total compared with the recorded deliveries behind it."""

    id: int
    ref: str | None
    donor: str
    recipient: str
    vaccine: str
    as_of: dt.date
    tally: int
    recorded: int
    status: str
    delivery_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return self.ref or f"#{self.id}"

    @property
    def difference(self) -> int:
        """Tally minus recorded: positive when deliveries are missing from the data."""
        return self.tally - self.recorded


@dataclass(frozen=True)
class PairTotal:
    donor: str
    recipient: str
    committed: int
    delivered: int
    outstanding: int
    as_of: dt.date | None
    several_recipients: bool


@dataclass(frozen=True)
class DonorFulfilment:
    donor: str
    committed: int  # of the covered commitments only
    delivered: int
    covered: int  # commitments the data covers
    total: int  # bilateral, not cancelled commitments of the donor in view

    @property
    def percent(self) -> float | None:
        return 100.0 * self.delivered / self.committed if self.committed else None


@dataclass(frozen=True)
class Finding:
    """One data-quality finding; ``code`` is stable, ``message`` is its English wording."""

    severity: str  # warning / info
    code: str
    kind: str  # record kind it points at: deliveries, commitments, tallies, datasets
    record_id: int | None
    ref: str
    message: str
    params: tuple[tuple[str, object], ...] = ()


@dataclass
class Reconciliation:
    as_of: dt.date | None
    promises: list[Promise] = field(default_factory=list)
    checkpoints: list[Checkpoint] = field(default_factory=list)
    pairs: list[PairTotal] = field(default_factory=list)
    donors: list[DonorFulfilment] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def promise(self, label: str) -> Promise | None:
        return next((p for p in self.promises if p.label == label), None)

    def checkpoint(self, label: str) -> Checkpoint | None:
        return next((c for c in self.checkpoints if c.label == label), None)


# -- the computation ----------------------------------------------------------------------
def data_as_of(
    datasets: Iterable[DatasetIn], deliveries: Iterable[DeliveryIn], cap: dt.date | None = None
) -> dt.date | None:
    """The date the delivery data covers: the deliveries datasets' "as of" date, or the
    latest recorded arrival when records (hand-entered ones) go further; ``cap`` (a
    filter's end date) limits it."""
    dates = [d.as_of for d in datasets if d.as_of and d.kind == "deliveries"]
    arrivals = [d.arrived_on for d in deliveries if d.delivered]
    if arrivals:
        dates.append(max(arrivals))
    if not dates:
        return cap
    best = max(dates)
    return min(best, cap) if cap else best


def _attribute(
    commitments: list[CommitmentIn], deliveries: list[DeliveryIn], as_of: dt.date | None
) -> tuple[dict[int, list[DeliveryIn]], dict[int, str], dict[int, int]]:
    """Which delivered shipments count for which commitment, and how (linked/matched).

    Returns (deliveries per commitment, basis per commitment, matched commitment per
    unlinked delivery)."""
    ids = {c.id for c in commitments}
    per: dict[int, list[DeliveryIn]] = {c.id: [] for c in commitments}
    basis: dict[int, str] = {c.id: BASIS_NONE for c in commitments}
    matched: dict[int, int] = {}
    arrived = [d for d in deliveries if d.delivered and (as_of is None or d.arrived_on <= as_of)]
    free: list[DeliveryIn] = []
    for d in arrived:
        if d.commitment_id is not None and d.commitment_id in ids:
            per[d.commitment_id].append(d)
            basis[d.commitment_id] = BASIS_LINKED
        elif d.commitment_id is None:
            free.append(d)
    remaining = {
        c.id: c.committed - sum(x.doses for x in per[c.id])
        for c in commitments
        if not c.cancelled and not c.several_recipients
    }
    by_pair: dict[tuple[str, str], list[CommitmentIn]] = defaultdict(list)
    for c in sorted(commitments, key=lambda c: (c.announced_on, c.id)):
        if c.id in remaining:
            by_pair[(c.donor, c.recipient)].append(c)
    for d in sorted(free, key=lambda d: (d.arrived_on, d.id)):
        # A pair's list is in announcement order, and a commitment with nothing left
        # leaves it for good (remaining only falls): the scan stops at the first one
        # announced after the shipment.
        open_ = []
        for c in by_pair.get((d.donor, d.recipient), ()):
            if c.announced_on > d.arrived_on:
                break
            if remaining[c.id] > 0 and (c.vaccine == d.vaccine or c.vaccine == MIXED):
                open_.append(c)
        if not open_:
            continue
        # The earliest commitment with room for the whole shipment; else the earliest.
        c = next((c for c in open_ if remaining[c.id] >= d.doses), open_[0])
        per[c.id].append(d)
        remaining[c.id] -= d.doses
        if remaining[c.id] <= 0:
            by_pair[(c.donor, c.recipient)].remove(c)
        matched[d.id] = c.id
        if basis[c.id] == BASIS_NONE:
            basis[c.id] = BASIS_MATCHED
    return per, basis, matched


def _balance(
    c: CommitmentIn,
    shipped: list[DeliveryIn],
    basis: str,
    as_of: dt.date | None,
    recorded_pair: bool,
    tally: TallyIn | None,
    stale_after_days: int,
) -> Promise:
    shipped = sorted(shipped, key=lambda d: (d.arrived_on, d.id))
    delivered = sum(d.doses for d in shipped)
    committed = 0 if c.cancelled else c.committed
    first = shipped[0].arrived_on if shipped else None
    last = shipped[-1].arrived_on if shipped else None
    final = None
    if committed > 0 and delivered >= committed:
        running = 0
        for d in shipped:
            running += d.doses
            if running >= committed:
                final = d.arrived_on
                break
    late = None
    if c.target_date and not c.cancelled:
        end = final or as_of
        if end is not None:
            late = max((end - c.target_date).days, 0)
    if c.cancelled:
        status = CANCELLED
    elif not shipped and (c.several_recipients or not recorded_pair):
        status = NOT_RECORDED
    elif delivered > committed:
        status = OVER_DELIVERED
    elif delivered == committed:
        status = FULFILLED
    elif not recorded_pair:
        # Some shipments recorded, but an official tally says more arrived than the
        # records hold: what is owed cannot be read from them (shown with the tally).
        status = NOT_RECORDED
    elif late and c.target_date and as_of and c.target_date < as_of:
        status = LATE
    elif as_of and (as_of - (last or c.announced_on)).days > stale_after_days:
        status = STALE
    else:
        status = OPEN
    show_tally = tally is not None and (tally.vaccine in (MIXED, c.vaccine))
    return Promise(
        id=c.id,
        ref=c.ref,
        donor=c.donor,
        recipient=c.recipient,
        vaccine=c.vaccine,
        announced_on=c.announced_on,
        target_date=c.target_date,
        committed=committed,
        delivered=delivered,
        outstanding=None if status == NOT_RECORDED else max(committed - delivered, 0),
        first_delivery=first,
        last_delivery=last,
        days_to_first=(first - c.announced_on).days if first else None,
        days_to_final=(final - c.announced_on).days if final else None,
        days_late=late if status not in (NOT_RECORDED, CANCELLED) else None,
        status=status,
        basis=basis,
        as_of=as_of,
        several_recipients=c.several_recipients,
        part_of=c.part_of,
        tally=tally.doses if show_tally else None,
        tally_as_of=tally.as_of if show_tally else None,
        delivery_ids=tuple(d.id for d in shipped),
    )


def _checkpoint(t: TallyIn, arrived: list[DeliveryIn]) -> Checkpoint:
    """``t`` against ``arrived`` (any superset of its donor's arrived shipments)."""
    behind = [
        d
        for d in arrived
        if d.donor == t.donor
        and (t.several_recipients or d.recipient == t.recipient)
        and (t.vaccine == MIXED or d.vaccine == t.vaccine)
        and d.arrived_on <= t.as_of
    ]
    recorded = sum(d.doses for d in behind)
    if not behind:
        status = TALLY_NOT_RECORDED
    elif recorded == t.doses:
        status = MATCHES
    elif recorded < t.doses:
        status = MISSING
    else:
        status = EXCEEDS
    return Checkpoint(
        id=t.id,
        ref=t.ref,
        donor=t.donor,
        recipient=t.recipient,
        vaccine=t.vaccine,
        as_of=t.as_of,
        tally=t.doses,
        recorded=recorded,
        status=status,
        delivery_ids=tuple(d.id for d in sorted(behind, key=lambda d: (d.arrived_on, d.id))),
    )


def reconcile(
    commitments: list[CommitmentIn],
    deliveries: list[DeliveryIn],
    tallies: list[TallyIn],
    datasets: list[DatasetIn],
    *,
    as_of: dt.date | None = None,
    date_from: dt.date | None = None,
    today: dt.date | None = None,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> Reconciliation:
    """Reconcile what is in view.

    ``deliveries`` are those of the pairs in view up to the end of the range (they are
    attributed, summed per pair and compared with tallies); ``as_of`` defaults to
    :func:`data_as_of`. Pair totals count deliveries from ``date_from`` on (balances
    count every delivery up to the as-of date). ``today`` only dates the datasets (an old
    dataset is a finding).
    """
    as_of = as_of or data_as_of(datasets, deliveries)
    arrived = [d for d in deliveries if d.delivered and (as_of is None or d.arrived_on <= as_of)]
    recorded_pairs = {(d.donor, d.recipient) for d in arrived}
    # A tally looks only at its donor's (or its pair's) shipments, indexed once.
    by_donor: dict[str, list[DeliveryIn]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[DeliveryIn]] = defaultdict(list)
    for d in arrived:
        by_donor[d.donor].append(d)
        by_pair[(d.donor, d.recipient)].append(d)
    checkpoints = [
        _checkpoint(
            t,
            by_donor.get(t.donor, [])
            if t.several_recipients
            else by_pair.get((t.donor, t.recipient), []),
        )
        for t in sorted(tallies, key=lambda t: (t.as_of, t.id))
    ]
    latest_tally: dict[tuple[str, str], TallyIn] = {}
    incomplete: set[tuple[str, str]] = set()  # an official tally says deliveries are missing
    by_id = {t.id: t for t in tallies}
    for c in checkpoints:
        latest_tally[(c.donor, c.recipient)] = by_id[c.id]
        key = (c.donor, c.recipient)
        if c.status == MISSING:
            incomplete.add(key)
        else:
            incomplete.discard(key)
    # How far each pair's deliveries are known: to its last recorded shipment (a record's
    # own date), or further when an official tally matches what is recorded by a later date.
    known: dict[tuple[str, str], dt.date] = {}
    for d in arrived:
        key = (d.donor, d.recipient)
        known[key] = max(known.get(key, d.arrived_on), d.arrived_on)
    for c in checkpoints:
        if c.status in (MATCHES, EXCEEDS) and (as_of is None or c.as_of <= as_of):
            key = (c.donor, c.recipient)
            known[key] = max(known.get(key, c.as_of), c.as_of)
    per, basis, matched = _attribute(commitments, deliveries, as_of)
    promises = [
        _balance(
            c,
            per[c.id],
            basis[c.id],
            known.get((c.donor, c.recipient), as_of),
            (c.donor, c.recipient) in recorded_pairs and (c.donor, c.recipient) not in incomplete,
            latest_tally.get((c.donor, c.recipient)),
            stale_after_days,
        )
        for c in sorted(commitments, key=lambda c: (c.announced_on, c.id))
    ]

    pair: dict[tuple[str, str], list[int]] = {}
    several: dict[tuple[str, str], bool] = {}
    in_view = {p.id for p in promises}
    for p in promises:
        if p.part_of in in_view:  # its container is counted: never both
            continue
        e = pair.setdefault((p.donor, p.recipient), [0, 0])
        e[0] += p.committed
        several[(p.donor, p.recipient)] = p.several_recipients
    in_range = [d for d in arrived if date_from is None or d.arrived_on >= date_from]
    for d in in_range:
        pair.setdefault((d.donor, d.recipient), [0, 0])[1] += d.doses
    pairs = [
        PairTotal(
            donor,
            recipient,
            committed,
            delivered,
            max(committed - delivered, 0),
            known.get((donor, recipient), as_of),
            several.get((donor, recipient), False),
        )
        for (donor, recipient), (committed, delivered) in sorted(pair.items())
    ]

    donors: dict[str, list[int]] = {}
    for p in promises:
        if p.status == CANCELLED or p.several_recipients or p.part_of in in_view:
            continue
        e = donors.setdefault(p.donor, [0, 0, 0, 0])
        e[3] += 1
        if p.covered:
            e[0] += p.committed
            e[1] += p.delivered
            e[2] += 1
    fulfilment = sorted(
        (DonorFulfilment(d, c, dl, n, total) for d, (c, dl, n, total) in donors.items()),
        key=lambda x: (-x.committed, x.donor),
    )
    result = Reconciliation(as_of, promises, checkpoints, pairs, fulfilment)
    result.findings = findings(result, deliveries, matched, datasets, today)
    return result


# -- data-quality findings ----------------------------------------------------------------
def _duplicates(deliveries: list[DeliveryIn]) -> list[Finding]:
    groups: dict[tuple, list[DeliveryIn]] = defaultdict(list)
    for d in deliveries:
        groups[(d.donor, d.recipient, d.vaccine, d.arrived_on, d.doses)].append(d)
    out = []
    for (donor, recipient, _v, day, doses), group in groups.items():
        if len(group) > 1:
            first = min(group, key=lambda d: d.id)
            out.append(
                Finding(
                    "warning",
                    "look-alike",
                    "deliveries",
                    first.id,
                    first.ref or f"#{first.id}",
                    f"{len(group)} deliveries look alike: {donor}→{recipient}, "
                    f"{doses:,} doses on {day.isoformat()}",
                    (("n", len(group)), ("donor", donor), ("recipient", recipient),
                     ("doses", doses), ("date", day)),
                )
            )  # fmt: skip
    return out


def findings(
    result: Reconciliation,
    deliveries: list[DeliveryIn],
    matched: dict[int, int],
    datasets: list[DatasetIn],
    today: dt.date | None = None,
) -> list[Finding]:
    """Every data-quality finding, one rule set for the window and ``check`` alike."""
    today = today or dt.date.today()
    labels = {p.id: p.label for p in result.promises}
    out: list[Finding] = []
    for d in sorted(deliveries, key=lambda d: d.id):
        if not d.has_source:
            out.append(
                Finding("warning", "no-source", "deliveries", d.id, d.ref or f"#{d.id}",
                        "delivery has no source")
            )  # fmt: skip
    for p in result.promises:
        if p.status == OVER_DELIVERED:
            out.append(
                Finding(
                    "warning",
                    "over-delivered",
                    "commitments",
                    p.id,
                    p.label,
                    f"delivered {p.delivered:,} exceeds the {p.committed:,} committed",
                    (("delivered", p.delivered), ("committed", p.committed)),
                )
            )
    out.extend(_duplicates(deliveries))
    for c in result.checkpoints:
        if c.status in (MISSING, EXCEEDS):
            out.append(
                Finding(
                    "info",
                    "tally-" + c.status,
                    "tallies",
                    c.id,
                    c.label,
                    f"official tally {c.tally:,} for {c.donor}→{c.recipient} on "
                    f"{c.as_of.isoformat()}; recorded deliveries sum to {c.recorded:,}",
                    (("tally", c.tally), ("recorded", c.recorded), ("donor", c.donor),
                     ("recipient", c.recipient), ("date", c.as_of)),
                )
            )  # fmt: skip
    for d in sorted(deliveries, key=lambda d: (d.arrived_on, d.id)):
        if d.id in matched:
            cid = matched[d.id]
            out.append(
                Finding(
                    "info",
                    "not-linked",
                    "deliveries",
                    d.id,
                    d.ref or f"#{d.id}",
                    f"{d.donor}→{d.recipient} delivery is not linked; it is counted for "
                    f"commitment {labels[cid]} (same donor, recipient and vaccine)",
                    (("donor", d.donor), ("recipient", d.recipient), ("commitment", labels[cid])),
                )
            )
    for ds in sorted(datasets, key=lambda d: d.name):
        if ds.as_of and (today - ds.as_of).days > OLD_DATASET_DAYS:
            out.append(
                Finding(
                    "info",
                    "old-dataset",
                    "datasets",
                    None,
                    ds.name,
                    f"data as of {ds.as_of.isoformat()} ({(today - ds.as_of).days} days old)",
                    (("date", ds.as_of), ("days", (today - ds.as_of).days)),
                )
            )
    return out
