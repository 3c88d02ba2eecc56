"""The typed errors that travel from the lower layers up to the CLI and the UI.

Nothing below ``ui`` shows a dialog or prints; it raises one of these and the caller
turns it into one clear message.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from tracker.domain.messages import wording


class TrackerError(Exception):
    """Base of every expected error (bad input, conflicts, database trouble)."""


@dataclass
class ValidationError(TrackerError):
    """One field of one record is unacceptable.

    Parameters
    ----------
    field:
        The app's own field name (``doses``, ``donor``...).
    reason:
        Why, in words a user understands.
    row:
        1-based data row in a file (the header is row 0), or ``None`` for a form.
    column:
        The column name as written in the file, when it differs from ``field``.
    file:
        The file the row came from, if any.
    code:
        The reason's code (a key of :data:`tracker.domain.messages.TEMPLATES`), empty for
        a reason worded elsewhere (a form's own check, already translated).
    params:
        The values the code's wording names.
    """

    field: str
    reason: str
    row: int | None = None
    column: str | None = None
    file: str | None = None
    code: str = ""
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, field_name: str, code: str, /, **params: object) -> ValidationError:
        """The problem ``code`` with ``params`` about ``field_name``, worded in English."""
        return cls(field_name, wording(code, params), code=code, params=params)

    def worded(self, language: str = "en") -> str:
        """The reason in ``language`` (a reason without a code is returned as it is)."""
        return wording(self.code, self.params, language) if self.code else self.reason

    def __post_init__(self) -> None:
        super().__init__(self.message())

    def message(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        where.append(
            f"column {self.column or self.field!r}" if self.column else f"field {self.field!r}"
        )
        return f"{', '.join(where)}: {self.reason}"

    def __str__(self) -> str:  # dataclass would otherwise print the fields
        return self.message()


class InputError(TrackerError):
    """A whole input (file, argument) is unusable; carries one or more validation errors."""

    def __init__(self, message: str, errors: list[ValidationError] | None = None) -> None:
        super().__init__(message)
        self.errors = list(errors or [])


class ConflictError(TrackerError):
    """Someone else changed the record since it was read (optimistic locking)."""

    def __init__(self, message: str, kind: str = "", record_id: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id


class DatabaseError(TrackerError):
    """The database cannot be opened, is damaged, read-only or otherwise unusable."""


class ReadOnlyError(DatabaseError):
    """A write was attempted on a database opened read-only (e.g. a bundled review copy)."""


class ResourceError(DatabaseError):
    """The storage cannot be used right now (disk full, read-only, no permission).

    Never damage: the file itself is intact, so nothing should be restored or moved.
    """
