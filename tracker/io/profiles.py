"""Saved import profiles: a named mapping plus reading options, as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from tracker.domain.errors import InputError
from tracker.io.tables import ReadOptions

KEYS = {"kind", "mapping", "delimiter", "encoding", "date_format", "thousands", "sheet"}


def load_profile(path: Path) -> ReadOptions:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the profile ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: a profile is a JSON object")
    unknown = set(data) - KEYS - {"name"}
    if unknown:
        raise InputError(f"{path}: unknown profile keys {', '.join(sorted(unknown))}")
    mapping = data.get("mapping") or {}
    if not isinstance(mapping, dict):
        raise InputError(f"{path}: 'mapping' must be an object of FIELD: COLUMN")
    return ReadOptions(
        kind=data.get("kind"),
        mapping=dict(mapping),
        delimiter=data.get("delimiter"),
        encoding=data.get("encoding"),
        date_format=data.get("date_format"),
        thousands=data.get("thousands"),
        sheet=data.get("sheet"),
    )


def save_profile(path: Path, opts: ReadOptions, name: str = "") -> None:
    data = {"name": name or Path(path).stem, **asdict(opts)}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
