"""Validation rules shared by forms, imports and the store.

Each ``check_*`` returns a list of :class:`ValidationError` (empty when valid) so a form
can show every problem at once and an import can report every row.
"""

from __future__ import annotations

import datetime as dt

from tracker.domain.actors import actors
from tracker.domain.errors import ValidationError
from tracker.domain.records import Commitment, Delivery, PolicyEvent, Tally
from tracker.domain.vaccines import vaccines

#: Vaccine dose records before 2020 or far in the future are typing mistakes.
EARLIEST_DOSE_DATE = dt.date(2020, 1, 1)
#: Policy events and context series may reach further back.
EARLIEST_EVENT_DATE = dt.date(1990, 1, 1)
#: Scheduled deliveries and target dates may lie ahead, but not decades ahead.
FUTURE_YEARS = 5
#: More than the world's annual vaccine output is not a plausible single figure.
MAX_DOSES = 20_000_000_000


def latest_sane_date(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return today.replace(year=today.year + FUTURE_YEARS)


def check_doses(value: object, field: str = "doses") -> list[ValidationError]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [ValidationError(field, "doses must be a whole number")]
    if value <= 0:
        return [ValidationError(field, "doses must be greater than 0")]
    if value > MAX_DOSES:
        return [
            ValidationError(field, f"{value} doses is implausibly large (more than 20 billion)")
        ]
    return []


def check_date(
    value: object,
    field: str,
    earliest: dt.date,
    *,
    required: bool = True,
    today: dt.date | None = None,
) -> list[ValidationError]:
    if value is None:
        return [ValidationError(field, "a date is required")] if required else []
    if not isinstance(value, dt.date):
        return [ValidationError(field, "not a calendar date")]
    latest = latest_sane_date(today)
    if value < earliest:
        return [ValidationError(field, f"{value.isoformat()} is before {earliest.isoformat()}")]
    if value > latest:
        return [ValidationError(field, f"{value.isoformat()} is after {latest.isoformat()}")]
    return []


def check_actor(code: str, field: str) -> list[ValidationError]:
    if not code:
        return [ValidationError(field, f"{field} is required")]
    if code not in actors():
        hint = actors().suggest(code)
        extra = f"; did you mean {', '.join(hint)}?" if hint else ""
        return [ValidationError(field, f"unknown actor {code!r}{extra}")]
    return []


def check_vaccine(code: str, field: str = "vaccine") -> list[ValidationError]:
    if code not in vaccines():
        hint = vaccines().suggest(code)
        extra = f"; did you mean {', '.join(hint)}?" if hint else ""
        return [ValidationError(field, f"unknown vaccine {code!r}{extra}")]
    return []


def check_pair(donor: str, recipient: str) -> list[ValidationError]:
    errors = check_actor(donor, "donor") + check_actor(recipient, "recipient")
    if donor and donor == recipient:
        errors.append(ValidationError("recipient", "donor and recipient must differ"))
    return errors


def check_commitment(c: Commitment, today: dt.date | None = None) -> list[ValidationError]:
    errors = check_pair(c.donor, c.recipient) + check_vaccine(c.vaccine) + check_doses(c.doses)
    errors += check_date(c.announced_on, "date", EARLIEST_DOSE_DATE, today=today)
    errors += check_date(
        c.target_date, "target_date", EARLIEST_DOSE_DATE, required=False, today=today
    )
    if c.target_date and c.announced_on and c.target_date < c.announced_on:
        errors.append(ValidationError("target_date", "the target date is before the announcement"))
    for rev in c.revisions:
        errors += check_doses(rev.doses)
        errors += check_date(rev.revised_on, "date", EARLIEST_DOSE_DATE, today=today)
        if isinstance(rev.revised_on, dt.date) and rev.revised_on < c.announced_on:
            errors.append(ValidationError("date", "a revision cannot predate the announcement"))
    return errors


def check_delivery(d: Delivery, today: dt.date | None = None) -> list[ValidationError]:
    errors = check_pair(d.donor, d.recipient) + check_vaccine(d.vaccine) + check_doses(d.doses)
    errors += check_date(d.arrived_on, "date", EARLIEST_DOSE_DATE, today=today)
    errors += check_date(
        d.expiry_on, "expiry_date", EARLIEST_DOSE_DATE, required=False, today=today
    )
    return errors


def check_tally(t: Tally, today: dt.date | None = None) -> list[ValidationError]:
    errors = check_pair(t.donor, t.recipient) + check_vaccine(t.vaccine) + check_doses(t.doses)
    errors += check_date(t.as_of, "date", EARLIEST_DOSE_DATE, today=today)
    return errors


def check_event(e: PolicyEvent, today: dt.date | None = None) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not e.title.strip():
        errors.append(ValidationError("title", "a title is required"))
    errors += check_date(e.start_on, "date", EARLIEST_EVENT_DATE, today=today)
    errors += check_date(e.end_on, "end_date", EARLIEST_EVENT_DATE, required=False, today=today)
    if e.end_on and isinstance(e.start_on, dt.date) and e.end_on < e.start_on:
        errors.append(ValidationError("end_date", "the end date is before the start date"))
    for code in e.actors:
        errors += check_actor(code, "actors")
    return errors
