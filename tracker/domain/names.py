"""Name lookup shared by the actor and vaccine registries: codes, names and aliases
folded by :func:`normalise`, resolved to codes, with "did you mean …" suggestions."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar


def normalise(text: str) -> str:
    """Fold case, accents, dots and spacing so "EE. UU." and "eeuu" meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.casefold().replace(".", "").replace(",", " ").replace("’", "'")
    return " ".join(plain.split())


class Named(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def name(self) -> str: ...


T = TypeVar("T", bound=Named)


class NameRegistry(Generic[T]):
    """Items by code, and an index from every normalised name, alias and code to a code.

    Subclasses fill it with :meth:`_add`; ``_cutoff`` is how close a suggestion must be.
    """

    _cutoff = 0.6

    def __init__(self) -> None:
        self._by_code: dict[str, T] = {}
        self._index: dict[str, str] = {}

    def _add(self, item: T, aliases: Iterable[str], extra_keys: Iterable[str] = ()) -> None:
        self._by_code[item.code] = item
        # Codes win over names: index them last so no alias can shadow one.
        for alias in aliases:
            self._index.setdefault(normalise(alias), item.code)
        self._index[normalise(item.code)] = item.code
        for key in extra_keys:
            self._index.setdefault(normalise(key), item.code)

    def _label(self, code: str) -> str:
        """How :meth:`suggest` names the item with ``code``."""
        return self._by_code[code].name

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[T]:
        return iter(self._by_code.values())

    def get(self, code: str) -> T:
        return self._by_code[code]

    def resolve(self, text: str) -> str | None:
        """Return the code for a code, name or alias, or ``None``."""
        text = (text or "").strip()
        if text in self._by_code:
            return text
        return self._index.get(normalise(text))

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Names close to an unknown ``text``, for "did you mean …"."""
        keys = difflib.get_close_matches(
            normalise(text), list(self._index), n=limit * 3, cutoff=self._cutoff
        )
        seen: list[str] = []
        for key in keys:
            label = self._label(self._index[key])
            if label not in seen:
                seen.append(label)
        return seen[:limit]
