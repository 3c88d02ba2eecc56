"""Reading CSV and XLSX files into columns of text, with clear errors for bad files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from tracker.domain.errors import InputError

#: Bigger than any honest spreadsheet cell; a guard against runaway quoting.
MAX_FIELD_BYTES = 1_000_000


@dataclass
class ReadOptions:
    """How to read a file. Every field maps to a CLI flag and a wizard control."""

    kind: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # app field -> file column
    delimiter: str | None = None
    encoding: str | None = None
    date_format: str | None = None
    thousands: str | None = None
    sheet: str | None = None

    def column_for(self, field_name: str) -> str:
        return self.mapping.get(field_name, field_name)


def sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _decode_probe(raw: bytes, encoding: str | None, path: Path) -> str:
    if b"\x00" in raw:
        raise InputError(
            f"{path}: contains NUL bytes; it is not a text CSV file "
            "(binary file or UTF-16? save it as UTF-8 CSV)"
        )
    enc = encoding or "utf-8-sig"
    try:
        return raw.decode(enc)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = "" if encoding else "; try --encoding latin-1 (or cp1252)"
        raise InputError(f"{path}: line {line} is not valid {enc} text{hint}") from exc
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}") from exc


def read_csv(path: Path, opts: ReadOptions) -> pd.DataFrame:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    text = _decode_probe(raw, opts.encoding, path)
    delimiter = opts.delimiter or sniff_delimiter(text[:20_000])
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            engine="python" if len(delimiter) > 1 else "c",
            skipinitialspace=False,
        )
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"{path}: the file has no header row") from exc
    except pd.errors.ParserError as exc:
        raise InputError(f"{path}: not a well-formed CSV file ({_first_line(exc)})") from exc
    except csv.Error as exc:
        raise InputError(f"{path}: not a well-formed CSV file ({exc})") from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    for col in frame.columns:
        if frame[col].str.len().max() > MAX_FIELD_BYTES if len(frame) else False:
            raise InputError(
                f"{path}: column {col!r} holds a field over 1 MB; an unterminated quote?"
            )
    return frame


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: Path, opts: ReadOptions) -> pd.DataFrame:
    import openpyxl  # uses defusedxml for the XML parts when it is installed

    if path.suffix.lower() == ".xls":
        raise InputError(f"{path}: legacy .xls files are not supported; save it as .xlsx or CSV")
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(i.file_size for i in zf.infolist())
            if total > 500_000_000:
                raise InputError(f"{path}: unpacks to {total // 1_000_000} MB; refusing a zip bomb")
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"{path}: not an XLSX workbook (encrypted, legacy .xls or damaged)"
        ) from exc
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise InputError(f"{path}: cannot be opened as a workbook ({_first_line(exc)})") from exc
    try:
        if opts.sheet:
            if opts.sheet not in wb.sheetnames:
                raise InputError(
                    f"{path}: no sheet named {opts.sheet!r} (sheets: {', '.join(wb.sheetnames)})"
                )
            ws = wb[opts.sheet]
        else:
            ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError(f"{path}: the sheet {ws.title!r} is empty")
        names = [_cell_text(h).strip() for h in header]
        data = [
            [_cell_text(v) for v in row[: len(names)]]
            for row in rows
            if any(v not in (None, "") for v in row)
        ]
    finally:
        wb.close()
    data = [r + [""] * (len(names) - len(r)) for r in data]
    return pd.DataFrame(data, columns=names, dtype=str)


def read_table(path: Path | str, opts: ReadOptions) -> pd.DataFrame:
    """Read a CSV or XLSX file into a frame of strings (nothing converted yet)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        return read_xlsx(path, opts)
    return read_csv(path, opts)
