"""The newest migration's id, so opening an up-to-date database needs no Alembic import,
and the one rule for "nothing to migrate or sync" (the store's opening and the first page
at start-up both read it).

A test checks SCHEMA_HEAD equals Alembic's own head; a new migration must update it.
"""

from __future__ import annotations

SCHEMA_HEAD = "0004"


def is_current(version: str | None, n_actors: int | None, old_codes: int | None) -> bool:
    """At the newest schema (``version``), with every known actor (``n_actors`` rows in
    ``actors``) and no organisation's old code that collides with a country's
    (``old_codes`` rows with code 'AU', see ``domain.actors``): nothing to migrate or sync."""
    import pycountry

    from tracker.domain.actors import OTHER_ACTOR_COUNT

    return (
        version == SCHEMA_HEAD
        and not old_codes
        and (n_actors or 0) >= len(pycountry.countries) + OTHER_ACTOR_COUNT
    )
