"""Validation rules shared by forms, imports and the store.

Each ``check_*`` returns a list of :class:`ValidationError` (empty when valid) so a form
can show every problem at once and an import can report every row. Every problem carries
a reason code and its parameters; :mod:`tracker.domain.messages` words them.

The rules of a delivery are a table (:data:`DELIVERY_RULES`): :func:`check_delivery`
applies it to one record, and the file parser's column-wise fast path applies the same
table to whole columns, so a rule added here holds on both paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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


Problems = list[ValidationError]


def check_doses(value: object, field: str = "doses") -> Problems:
    if isinstance(value, bool) or not isinstance(value, int):
        return [ValidationError.of(field, "doses_not_whole")]
    if value <= 0:
        return [ValidationError.of(field, "doses_not_positive")]
    if value > MAX_DOSES:
        return [ValidationError.of(field, "doses_too_large", value=value)]
    return []


def check_date(
    value: object,
    field: str,
    earliest: dt.date,
    *,
    required: bool = True,
    today: dt.date | None = None,
) -> Problems:
    if value is None:
        return [ValidationError.of(field, "date_required")] if required else []
    if not isinstance(value, dt.date):
        return [ValidationError.of(field, "not_a_date")]
    latest = latest_sane_date(today)
    if value < earliest:
        return [
            ValidationError.of(
                field, "date_too_early", value=value.isoformat(), earliest=earliest.isoformat()
            )
        ]
    if value > latest:
        return [
            ValidationError.of(
                field, "date_too_late", value=value.isoformat(), latest=latest.isoformat()
            )
        ]
    return []


def suggestions(hint: Sequence[str]) -> dict[str, object]:
    """The ``suggestions`` parameter of an "unknown ..." problem (none: no parameter)."""
    return {"suggestions": tuple(hint)} if hint else {}


def check_actor(code: str, field: str) -> Problems:
    if not code:
        return [ValidationError.of(field, "required", field=field)]
    if code not in actors():
        hint = suggestions(actors().suggest(code))
        return [ValidationError.of(field, "unknown_actor", value=code, **hint)]
    return []


def check_vaccine(code: str, field: str = "vaccine") -> Problems:
    if code not in vaccines():
        hint = suggestions(vaccines().suggest(code))
        return [ValidationError.of(field, "unknown_vaccine", value=code, **hint)]
    return []


def check_differ(donor: str, recipient: str) -> Problems:
    if donor and donor == recipient:
        return [ValidationError.of("recipient", "same_actor")]
    return []


def check_pair(donor: str, recipient: str) -> Problems:
    return (
        check_actor(donor, "donor")
        + check_actor(recipient, "recipient")
        + check_differ(donor, recipient)
    )


#: Codes of problems about a name not in the registries (a form's picker reports these).
UNKNOWN = frozenset({"unknown_actor", "unknown_vaccine"})
#: Codes of problems about a value that is missing or not recognised at all; a parser
#: that already reported the value (or filled a placeholder for it) skips these.
UNREADABLE = frozenset({"required", "date_required", "unknown_actor", "unknown_vaccine"})


@dataclass(frozen=True)
class Rule:
    """One rule of a record kind, read by the row check and the column-wise fast path.

    Parameters
    ----------
    fields:
        The record attributes the rule reads, in the order ``check`` takes them.
    check:
        ``check(*values, today=...)``: the problems (each names the field as a form or a
        file calls it).
    bounds:
        For a rule on one whole number: the smallest and largest accepted value, which
        the fast path compares a whole column against at once. ``check`` must agree.
    """

    fields: tuple[str, ...]
    check: Callable[..., Problems]
    bounds: tuple[int, int] | None = None


def _dose_date(field: str, required: bool) -> Callable[..., Problems]:
    def check(value: object, today: dt.date | None = None) -> Problems:
        return check_date(value, field, EARLIEST_DOSE_DATE, required=required, today=today)

    return check


def _actor(field: str) -> Callable[..., Problems]:
    def check(code: str, today: dt.date | None = None) -> Problems:
        return check_actor(code, field)

    return check


def _vaccine(code: str, today: dt.date | None = None) -> Problems:
    return check_vaccine(code)


def _doses(value: object, today: dt.date | None = None) -> Problems:
    return check_doses(value)


def _differ(donor: str, recipient: str, today: dt.date | None = None) -> Problems:
    return check_differ(donor, recipient)


#: Who gave what to whom, and how much: the rules every dose record starts with.
_PAIR_RULES: tuple[Rule, ...] = (
    Rule(("donor",), _actor("donor")),
    Rule(("recipient",), _actor("recipient")),
    Rule(("donor", "recipient"), _differ),
    Rule(("vaccine",), _vaccine),
    Rule(("doses",), _doses, bounds=(1, MAX_DOSES)),
)
#: The rules of a delivery, in the order their problems are reported.
DELIVERY_RULES: tuple[Rule, ...] = (
    *_PAIR_RULES,
    Rule(("arrived_on",), _dose_date("date", True)),
    Rule(("expiry_on",), _dose_date("expiry_date", False)),
)
TALLY_RULES: tuple[Rule, ...] = (*_PAIR_RULES, Rule(("as_of",), _dose_date("date", True)))
_COMMITMENT_RULES: tuple[Rule, ...] = (
    *_PAIR_RULES,
    Rule(("announced_on",), _dose_date("date", True)),
    Rule(("target_date",), _dose_date("target_date", False)),
)


def apply_rules(rules: Sequence[Rule], record: object, today: dt.date | None = None) -> Problems:
    """Every problem ``rules`` find in ``record``, in the table's order."""
    errors: Problems = []
    for rule in rules:
        errors += rule.check(*(getattr(record, f) for f in rule.fields), today=today)
    return errors


def check_commitment(c: Commitment, today: dt.date | None = None) -> Problems:
    errors = apply_rules(_COMMITMENT_RULES, c, today)
    if c.target_date and c.announced_on and c.target_date < c.announced_on:
        errors.append(ValidationError.of("target_date", "target_before_announcement"))
    for rev in c.revisions:
        errors += check_doses(rev.doses)
        errors += check_date(rev.revised_on, "date", EARLIEST_DOSE_DATE, today=today)
        if isinstance(rev.revised_on, dt.date) and rev.revised_on < c.announced_on:
            errors.append(ValidationError.of("date", "revision_before_announcement"))
    return errors


def check_delivery(d: Delivery, today: dt.date | None = None) -> Problems:
    return apply_rules(DELIVERY_RULES, d, today)


def check_tally(t: Tally, today: dt.date | None = None) -> Problems:
    return apply_rules(TALLY_RULES, t, today)


def check_event(e: PolicyEvent, today: dt.date | None = None) -> Problems:
    errors: Problems = []
    if not e.title.strip():
        errors.append(ValidationError.of("title", "title_required"))
    errors += check_date(e.start_on, "date", EARLIEST_EVENT_DATE, today=today)
    errors += check_date(e.end_on, "end_date", EARLIEST_EVENT_DATE, required=False, today=today)
    if e.end_on and isinstance(e.start_on, dt.date) and e.end_on < e.start_on:
        errors.append(ValidationError.of("end_date", "end_before_start"))
    for code in e.actors:
        errors += check_actor(code, "actors")
    return errors
