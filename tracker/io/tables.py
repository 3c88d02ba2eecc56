"""Reading CSV and XLSX files as columns of text, chunk by chunk, with one clear
:class:`InputError` for every kind of bad file.

A file is opened as a :class:`Table`: its columns are known up front and its rows come
as frames of strings (index = the spreadsheet row number, header = row 1), so memory
stays bounded however long the file is. Nothing is converted here; ``"NA"`` stays the
text ``"NA"`` (Namibia), never "missing".
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from tracker.domain.errors import InputError
from tracker.io import heuristics
from tracker.io.xlsx_safety import cell_text, check_zip, first_line, refuse_ole, xlsx_problem

#: Bigger than any honest spreadsheet cell; a guard against runaway quoting.
MAX_FIELD_CHARS = 1_000_000
#: Rows per chunk: validation, writing, progress and cancel all step by this.
CHUNK_ROWS = 25_000
EXCEL_MAX_ROWS = 1_048_576
#: More columns than any honest table has; a header of a million empty cells would
#: otherwise take minutes and gigabytes to read.
MAX_COLUMNS = 1_000
SAMPLE_BYTES = 1 << 16
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "a gzip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}


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
    #: The date the file's data covers: an official tally dated after it is refused.
    as_of: dt.date | None = None

    def column_for(self, field_name: str) -> str:
        return self.mapping.get(field_name, field_name)


def text_encoding(name: str) -> str:
    """The codec for ``name``, refusing what is not a text encoding (rot13, hex, base64).

    Raises
    ------
    InputError
        Python knows no such codec, or it transforms bytes or text instead of decoding.
    """
    try:
        info = codecs.lookup(name)
    except LookupError as exc:
        raise InputError(f"unknown encoding {name!r} (e.g. utf-8, latin-1, cp1252)") from exc
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(
            f"unknown encoding {name!r}: it is a transform, not a text encoding "
            "(e.g. utf-8, latin-1, cp1252)"
        )
    return info.name


def check_input_path(path: Path) -> None:
    """Refuse what cannot be read as a file before anything else looks at it."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    detect_format(path)


def sniff_delimiter(sample: str) -> str:
    return heuristics.guess_delimiter(sample)


def _column_names(header: Sequence[object], path: Path, row: int = 1) -> list[str]:
    if len(header) > MAX_COLUMNS:
        raise InputError(
            f"{path}: row {row}: the header has {len(header):,} columns (the limit is "
            f"{MAX_COLUMNS:,}); is this really a table?"
        )
    names = [("" if h is None else cell_text(h)).strip() for h in header]
    while names and not names[-1]:
        names.pop()
    names = [n or f"(column {i + 1})" for i, n in enumerate(names)]
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise InputError(f"{path}: row {row}: the column {n!r} appears twice in the header")
        seen.add(n)
    if not names:
        raise InputError(f"{path}: row {row}: the header row is empty")
    return names


def _finish(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Drop blank rows (keeping row numbers) and refuse runaway fields."""
    if frame.empty:
        return frame
    blank: np.ndarray | None = None
    for col in frame.columns:  # usually settled by the first column
        empty = frame[col].to_numpy(dtype=object) == ""
        blank = empty if blank is None else blank & empty
        if not blank.any():
            break
    else:
        if blank is not None:  # a frame with rows has columns (it is not empty)
            frame = frame[~blank]
    for col in frame.columns:
        values = frame[col].tolist()
        if len("".join(values)) <= MAX_FIELD_CHARS:
            continue  # no cell is longer than the column's cells together (C speed)
        longest = max(map(len, values), default=0)
        if longest > MAX_FIELD_CHARS:
            row = int(frame.index[next(i for i, v in enumerate(values) if len(v) == longest)])
            raise InputError(
                f"{path}: row {row}, column {col!r}: a value of {longest:,} "
                f"characters (the limit is {MAX_FIELD_CHARS:,}); an unterminated quote?"
            )
    return frame


class Table:
    """An open file: ``columns`` now, rows later through :meth:`chunks`."""

    path: Path
    columns: list[str]

    def chunks(self, rows: int | None = None) -> Iterator[pd.DataFrame]:
        raise NotImplementedError

    def fraction_read(self) -> float:
        """How far :meth:`chunks` has got, 0..1 (for a progress bar)."""
        return 0.0

    def close(self) -> None:
        pass

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- CSV --------------------------------------------------------------------------------
def _line_of(text: str, pos: int, before: int) -> int:
    return before + text.count("\n", 0, pos) + 1


def _scan_text(path: Path, encoding: str) -> None:
    """Decode the whole file once (bounded memory) to name the line of bad bytes or NULs."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    lines = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError as exc:
                good = block[: exc.start].decode(encoding, errors="replace")
                line = lines + good.count("\n") + 1
                hint = "; choose another encoding (e.g. latin-1 or cp1252)"
                raise InputError(f"{path}: line {line} is not valid {encoding} text{hint}") from exc
            nul = text.find("\x00")
            if nul >= 0:
                raise InputError(
                    f"{path}: line {_line_of(text, nul, lines)} contains a NUL byte; "
                    "this is binary data, not a text CSV file"
                )
            lines += text.count("\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: the file ends inside a {encoding} character") from exc


class CsvTable(Table):
    def __init__(self, path: Path, opts: ReadOptions, *, scan: bool = True) -> None:
        self.path = path
        with path.open("rb") as fh:
            raw = fh.read(16 * SAMPLE_BYTES)
        self.size = path.stat().st_size
        if not raw.strip():
            raise InputError(f"{path}: the file is empty")
        bom = heuristics.bom_encoding(raw)
        if bom:  # a byte-order mark is unambiguous: it wins over --encoding
            self.encoding = bom
        elif opts.encoding:
            self.encoding = text_encoding(opts.encoding)
        else:
            self.encoding = heuristics.looks_utf16(raw) or "utf-8"
            if b"\x00" in raw and not self.encoding.startswith("utf-16"):
                line = raw[: raw.index(b"\x00")].count(b"\n") + 1
                raise InputError(
                    f"{path}: line {line} contains a NUL byte; this is binary data, not a "
                    "text CSV file (UTF-16 text? save it as UTF-8 CSV)"
                )
        if scan:
            _scan_text(path, self.encoding)
        self.encoding_errors = "strict" if scan else "replace"
        sample = raw.decode(self.encoding, errors="replace").lstrip("\ufeff")
        if "\n" not in sample and "\r" in sample:
            sample = sample.replace("\r", "\n")  # old Mac line ends: read them too
        if "\n" not in sample and len(raw) == 16 * SAMPLE_BYTES:
            raise InputError(f"{path}: the first line is over 1 MB long; not a CSV file")
        self.skip = len(sample) - len(sample.lstrip("\r\n"))
        self.skip = sample[: self.skip].count("\n")
        sample = sample.lstrip("\r\n")
        self.delimiter = opts.delimiter or heuristics.guess_delimiter(sample[:SAMPLE_BYTES])
        if self.delimiter == "\\t":
            self.delimiter = "\t"
        if len(self.delimiter) != 1:
            raise InputError(f"the delimiter must be one character (got {self.delimiter!r})")
        try:
            header = next(csv.reader(io.StringIO(sample), delimiter=self.delimiter))
        except (csv.Error, StopIteration) as exc:
            raise InputError(f"{path}: row 1: the header row cannot be read ({exc})") from exc
        self.columns = _column_names(header, path)
        self._fh: io.BufferedReader | None = None

    def chunks(self, rows: int | None = None) -> Iterator[pd.DataFrame]:
        rows = rows or CHUNK_ROWS
        self._fh = self.path.open("rb")
        width = len(self.columns)
        try:
            reader = pd.read_csv(
                self._fh,
                sep=self.delimiter,
                encoding=self.encoding,
                encoding_errors=self.encoding_errors,
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,
                skiprows=self.skip,
                header=0,
                chunksize=rows,
                engine="c",
                on_bad_lines="error",
            )
            with reader:
                for chunk in reader:
                    if not isinstance(chunk.index, pd.RangeIndex):
                        # pandas read the first row's extra value as a row label.
                        raise InputError(
                            f"{self.path}: row {2 + self.skip}: one value more than the "
                            f"header's {width} columns; is the delimiter "
                            f"{self.delimiter!r} right, or is a value with a "
                            f"{self.delimiter!r} missing its quotes?"
                        )
                    if chunk.shape[1] != width:
                        # Trailing empty header cells were dropped: keep their values out.
                        extra = chunk.iloc[:, width:]
                        if (extra != "").any(axis=None):
                            row = int(chunk.index[(extra != "").any(axis=1).to_numpy()][0])
                            raise InputError(
                                f"{self.path}: row {row + 2 + self.skip}: a value in a column "
                                "with no header"
                            )
                        chunk = chunk.iloc[:, :width]
                    chunk.columns = self.columns
                    chunk.index = chunk.index + 2 + self.skip
                    yield _finish(chunk, self.path)
        except pd.errors.ParserError as exc:
            raise InputError(self._explain(exc)) from exc
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"{self.path}: not a well-formed CSV file ({exc})") from exc
        except pd.errors.EmptyDataError as exc:
            raise InputError(f"{self.path}: the file has no header row") from exc
        finally:
            self.close()

    def _explain(self, exc: Exception) -> str:
        text = first_line(exc)
        if m := re.search(r"EOF inside string starting at row (\d+)", text):
            row = int(m.group(1)) + 1 + self.skip
            return (
                f"{self.path}: row {row}: a quoted value is never closed (unterminated quote); "
                "nothing after it can be read"
            )
        if m := re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", text):
            want, line, saw = (int(g) for g in m.groups())
            return (
                f"{self.path}: row {line + self.skip}: {saw} values but the header has {want} "
                f"columns; is the delimiter {self.delimiter!r} right, or is a value with a "
                f"{self.delimiter!r} missing its quotes?"
            )
        return f"{self.path}: not a well-formed CSV file ({text})"

    def fraction_read(self) -> float:
        if self._fh is None or self._fh.closed or not self.size:
            return 1.0 if self._fh is not None else 0.0
        return min(1.0, self._fh.tell() / self.size)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


# -- XLSX -------------------------------------------------------------------------------
class XlsxTable(Table):
    def __init__(self, path: Path, opts: ReadOptions) -> None:
        import openpyxl  # uses defusedxml for every XML part when it is installed

        self.path = path
        check_zip(path)
        # A file object, not the path: openpyxl would refuse a workbook named .csv.
        self._fh = path.open("rb")
        try:
            self._wb = openpyxl.load_workbook(self._fh, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for damaged files
            self._fh.close()
            raise xlsx_problem(path, exc, "cannot be opened as a workbook") from exc
        try:
            self._open_sheet(opts)
        except BaseException:
            self.close()
            raise

    def _open_sheet(self, opts: ReadOptions) -> None:
        wb, path = self._wb, self.path
        if opts.sheet:
            if opts.sheet not in wb.sheetnames:
                raise InputError(
                    f"{path}: no sheet named {opts.sheet!r} (sheets: {', '.join(wb.sheetnames)})"
                )
            ws = wb[opts.sheet]
        else:
            ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None or not hasattr(ws, "reset_dimensions"):
            raise InputError(f"{path}: the first sheet is a chart, not a table; use --sheet")
        self.sheet = ws.title
        self._estimate = max(1, min(ws.max_row or 1, EXCEL_MAX_ROWS))
        ws.reset_dimensions()  # a wrong <dimension> must not make us pad millions of cells
        self._rows = enumerate(
            ws.iter_rows(min_row=1, max_row=EXCEL_MAX_ROWS, values_only=True), start=1
        )
        self._at = 0
        header = None
        for at, row in self._rows:
            self._at = at
            if any(v not in (None, "") for v in row):
                header = row
                break
        if header is None:
            raise InputError(f"{path}: the sheet {ws.title!r} is empty")
        self.header_row = self._at
        self.columns = _column_names(list(header), path, self.header_row)

    def chunks(self, rows: int | None = None) -> Iterator[pd.DataFrame]:
        rows = rows or CHUNK_ROWS
        width = len(self.columns)
        try:
            while True:
                data, index = [], []
                for at, row in self._rows:
                    self._at = at
                    cells = [cell_text(v) for v in row[:width]]
                    data.append(cells + [""] * (width - len(cells)))
                    index.append(at)
                    if len(data) >= rows:
                        break
                if not data:
                    return
                yield _finish(pd.DataFrame(data, columns=self.columns, index=index), self.path)
        except InputError:
            raise
        except Exception as exc:  # damaged sheet XML, entity bombs (defusedxml)
            where = f"sheet {self.sheet!r} cannot be read after row {self._at}"
            raise xlsx_problem(self.path, exc, where) from exc
        finally:
            self.close()

    def fraction_read(self) -> float:
        return min(1.0, self._at / self._estimate)

    def close(self) -> None:
        wb = getattr(self, "_wb", None)
        if wb is not None:
            wb.close()
        self._fh.close()


# -- entry points -----------------------------------------------------------------------
def detect_format(path: Path) -> str:
    """``csv`` or ``xlsx`` from the content (extensions lie); refuses other formats."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: a folder, not a file")
    if not path.is_file():
        # A pipe with no writer would hang; a device may never end.
        raise InputError(
            f"{path}: not a regular file (a pipe, device or socket); save the data to a "
            "file, or give - to read standard input"
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    refuse_ole(path, head)
    if head.startswith(heuristics.ZIP_MAGIC):
        return "xlsx"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if not head:
            raise InputError(f"{path}: the file is empty")
        raise InputError(f"{path}: not an XLSX workbook (damaged, or another format renamed)")
    if path.suffix.lower() == ".xls":
        raise InputError(f"{path}: a legacy Excel 97-2003 (.xls) file; save it as .xlsx or as CSV")
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"{path}: {what}, not a CSV or XLSX file")
    return "csv"


def open_table(path: Path | str, opts: ReadOptions, *, scan: bool = True) -> Table:
    """Open ``path`` for reading in chunks (raises :class:`InputError` for a bad file).

    ``scan`` decodes a CSV file once up front so a bad byte is named by line before any
    row is used; a preview skips it.
    """
    path = Path(path)
    try:
        if detect_format(path) == "xlsx":
            return XlsxTable(path, opts)
        return CsvTable(path, opts, scan=scan)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def sheet_names(path: Path | str) -> list[str]:
    """The worksheets of an XLSX file (empty for a CSV file)."""
    path = Path(path)
    if detect_format(path) != "xlsx":
        return []
    import openpyxl

    check_zip(path)
    with path.open("rb") as fh:
        try:
            wb = openpyxl.load_workbook(fh, read_only=True)
        except Exception as exc:
            raise xlsx_problem(path, exc, "cannot be opened as a workbook") from exc
        try:
            return [ws.title for ws in wb.worksheets]
        finally:
            wb.close()


def read_table(path: Path | str, opts: ReadOptions, *, limit: int | None = None) -> pd.DataFrame:
    """The whole file (or its first ``limit`` rows) as one frame of strings."""
    with open_table(path, opts, scan=limit is None) as table:
        parts, n = [], 0
        for chunk in table.chunks(min(limit, CHUNK_ROWS) if limit else None):
            parts.append(chunk)
            n += len(chunk)
            if limit is not None and n >= limit:
                break
        if not parts:
            return pd.DataFrame(columns=table.columns, dtype=str)
        frame = pd.concat(parts) if len(parts) > 1 else parts[0]
        return frame.iloc[:limit] if limit is not None else frame
