"""The bundled datasets: described by ``datapackage.json``, loaded into a new database."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.enums import RecordKind
from tracker.domain.errors import InputError
from tracker.io.paths import sample_data_dir
from tracker.store.database import Store

if TYPE_CHECKING:
    from tracker.store.batch import ImportResult

#: Load order: commitments before the deliveries that point at them.
ORDER: tuple[RecordKind, ...] = tuple(RecordKind)


@dataclass(frozen=True)
class BundledResource:
    name: str
    path: Path
    kind: str
    title: str
    as_of: dt.date | None
    licence: str
    sources: tuple[str, ...]


def bundled_resources(folder: Path | None = None) -> list[BundledResource]:
    folder = folder or sample_data_dir()
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    out = []
    for res in package["resources"]:
        path = folder / res["path"]
        kind = Path(res["path"]).stem
        licences = ", ".join(
            lic.get("name") or lic.get("title", "") for lic in res.get("licenses", [])
        )
        as_of = dt.date.fromisoformat(res["as_of"]) if res.get("as_of") else None
        out.append(
            BundledResource(
                res["name"],
                path,
                kind,
                res.get("title", res["name"]),
                as_of,
                licences,
                tuple(s.get("path", "") for s in res.get("sources", [])),
            )
        )
    out.sort(key=lambda r: ORDER.index(r.kind) if r.kind in ORDER else len(ORDER))
    return out


def bundled_as_of(folder: Path | None = None) -> dt.date | None:
    """The oldest "as of" date among the bundled files: the data is current to then."""
    dates = [r.as_of for r in bundled_resources(folder) if r.as_of]
    return min(dates) if dates else None


def seed_bundled(store: Store, folder: Path | None = None) -> ImportResult:
    """Load every bundled file in one transaction (all or nothing)."""
    # Imported here: opening an existing database should not pay for the parser.
    from tracker.io.parse import parse_file
    from tracker.io.tables import ReadOptions
    from tracker.store.batch import ImportBatch
    from tracker.store.importer import import_batch

    batch = ImportBatch()
    for res in bundled_resources(folder):
        parsed = parse_file(res.path, ReadOptions(kind=res.kind, as_of=res.as_of))
        if parsed.errors:
            raise InputError(
                f"bundled dataset {res.path.name} is invalid: {parsed.errors[0]}", parsed.errors
            )
        for name in ("commitments", "revisions", "deliveries", "tallies", "events", "series"):
            getattr(batch, name).extend(getattr(parsed.batch, name))
        batch.datasets.append(
            {
                "name": res.name,
                "title": res.title,
                "kind": res.kind,
                "as_of": res.as_of,
                "licence": res.licence,
                "sources": " ".join(res.sources),
            }
        )
    return import_batch(store, batch)


def open_database(url: str | None = None, *, empty: bool = False, read_only: bool = False) -> Store:
    """Open a database; a new one is seeded with the bundled datasets unless ``empty``."""
    from tracker.store.opening import open_store

    store = open_store(url, read_only=read_only)
    if store.created and not empty and not read_only:
        try:
            seed_bundled(store)
        except Exception:
            store.close()
            raise
    return store
