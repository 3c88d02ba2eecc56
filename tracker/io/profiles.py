"""Saved import profiles: a named mapping plus reading options, as JSON.

The CLI reads one with ``--profile P.json``; the import wizard saves and lists them in
a profiles folder. Unknown keys and wrong types are refused with one clear message.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict
from pathlib import Path

from tracker.domain.errors import InputError
from tracker.io.tables import ReadOptions

KEYS = {"kind", "mapping", "delimiter", "encoding", "date_format", "thousands", "sheet", "as_of"}


def load_profile(path: Path) -> ReadOptions:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the profile ({exc.strerror})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f"line {exc.lineno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else exc
        raise InputError(f"{path}: not valid JSON ({where})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: a profile is a JSON object")
    unknown = set(data) - KEYS - {"name"}
    if unknown:
        raise InputError(f"{path}: unknown profile keys {', '.join(sorted(unknown))}")
    mapping = data.get("mapping") or {}
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise InputError(f"{path}: 'mapping' must be an object of FIELD: COLUMN")
    for key in KEYS - {"mapping"}:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{path}: {key!r} must be text or null")
    thousands = data.get("thousands")
    as_of = None
    if data.get("as_of"):
        try:
            as_of = dt.date.fromisoformat(data["as_of"])
        except ValueError as exc:
            raise InputError(f"{path}: 'as_of' must be a date like 2021-12-31") from exc
    return ReadOptions(
        kind=data.get("kind"),
        mapping=dict(mapping),
        delimiter=data.get("delimiter"),
        encoding=data.get("encoding"),
        date_format=data.get("date_format"),
        thousands=None if thousands in ("", "none") else thousands,
        sheet=data.get("sheet"),
        as_of=as_of,
    )


def profile_dict(opts: ReadOptions, name: str) -> dict[str, object]:
    """A profile as JSON-ready data (dates as ISO text)."""
    data = {"name": name, **asdict(opts)}
    data["as_of"] = opts.as_of.isoformat() if opts.as_of else None
    return data


def save_profile(path: Path, opts: ReadOptions, name: str = "") -> None:
    data = profile_dict(opts, name or Path(path).stem)
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def profile_path(folder: Path, name: str) -> Path:
    """Where the profile called ``name`` lives in ``folder`` (a safe file name)."""
    stem = re.sub(r"[^\w\-]+", "-", name.strip(), flags=re.UNICODE).strip("-") or "profile"
    return Path(folder) / f"{stem[:60]}.json"


def list_profiles(folder: Path | None) -> dict[str, Path]:
    """Profile name → file, for the profiles saved in ``folder`` (sorted by name)."""
    found: dict[str, Path] = {}
    if folder is None or not Path(folder).is_dir():
        return found
    for path in sorted(Path(folder).glob("*.json")):
        try:
            name = json.loads(path.read_text(encoding="utf-8")).get("name") or path.stem
        except (OSError, ValueError, AttributeError):
            continue  # not ours, or damaged: not offered
        found[str(name)] = path
    return dict(sorted(found.items(), key=lambda kv: kv[0].casefold()))
