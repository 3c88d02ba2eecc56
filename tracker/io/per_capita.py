"""Doses per 100 people, on the UN WPP 2024 population of a stated year (2019–2023).

One function for every output that shows the figure (``summary --json``, the Promises
table, the map), so the same doses for the same country give the same figure.
"""

from __future__ import annotations

import datetime as dt

from tracker.io.geo import population


def per_100(recipient: str, doses: int, as_of: dt.date | None) -> tuple[float | None, int | None]:
    """(doses per 100 people of ``recipient``, the population year used), or (None, None)
    for a recipient that is not a country (several recipients, a bloc) or has no figure."""
    if as_of is None:
        return None, None
    people = population()
    year = people.year_for(as_of.year)
    pop = people.get(recipient, year)
    if not pop:
        return None, None
    return round(100 * doses / pop, 3), year
