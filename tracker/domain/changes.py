"""Qt-free change records: what an edit does, and what undoes it.

The store applies a :class:`Change` in one transaction and returns its inverse, so undo
is "apply the inverse" and redo is "apply the change again" (Orange's paint-data
transforms, glue's command objects). The UI wraps these in ``QUndoCommand``\\ s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["add", "edit", "delete", "revise", "unrevise"]


@dataclass(frozen=True)
class Change:
    """One change to one record.

    Parameters
    ----------
    kind:
        ``commitments``, ``deliveries``, ``tallies`` or ``events``.
    action:
        ``add`` (``values`` is the whole record, optionally with ``id`` to restore a
        deleted row), ``edit`` (``values`` holds the changed fields only), ``delete``,
        ``revise`` (``values``: ``revised_on``, ``doses``, ``status``, ``notes``) and its
        inverse ``unrevise`` (``values``: ``revision_id``).
    expected_version:
        For edit and delete: the version the user saw. A different version in the
        database means someone else changed the record: a conflict.
    """

    kind: str
    action: Action
    record_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    expected_version: int | None = None
    #: For undo/redo steps: the values this record must still hold (what the step being
    #: reversed wrote). Version numbers cannot serve here: every undo bumps them.
    expected_values: dict[str, object] | None = None


@dataclass(frozen=True)
class Applied:
    """What the store did: the inverse change, and which records changed (for refresh)."""

    inverse: Change
    kind: str
    record_id: int
    version: int
