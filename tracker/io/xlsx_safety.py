"""What is checked before and while a workbook is read: legacy and encrypted Excel files,
zip bombs, XML entity bombs, and openpyxl's many exceptions turned into one message.

Part of :mod:`tracker.io.tables` (which opens the files); kept apart because none of it
needs the table classes.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from tracker.domain.errors import InputError
from tracker.io import heuristics

#: An XLSX whose parts unpack to more than this is refused (zip bomb).
MAX_XLSX_UNPACKED = 400_000_000
#: Real sheets compress about 10:1; a part compressed 200:1 and large is a bomb.
MAX_XLSX_RATIO = 200


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return str(value)


_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def refuse_ole(path: Path, head: bytes) -> None:
    if not head.startswith(heuristics.OLE_MAGIC):
        return
    with path.open("rb") as fh:
        body = fh.read(8 << 20)
    if _ENCRYPTED in body:
        raise InputError(
            f"{path}: a password-protected (encrypted) Excel file; remove the password "
            "in Excel (File > Info > Protect Workbook) and save it again as .xlsx"
        )
    raise InputError(
        f"{path}: a legacy Excel 97-2003 (.xls) or password-protected Excel file; "
        "save it as .xlsx (without a password) or as CSV"
    )


def check_zip(path: Path) -> None:
    """Refuse zip bombs, XML entity bombs and ZIPs that are not Excel workbooks."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                what = "an OpenDocument spreadsheet" if "content.xml" in names else "a ZIP file"
                raise InputError(f"{path}: {what}, not an Excel workbook; save it as .xlsx")
            if len(infos) > 10_000:
                raise InputError(f"{path}: {len(infos)} parts; refusing a damaged workbook")
            total = sum(i.file_size for i in infos)
            if total > MAX_XLSX_UNPACKED:
                raise InputError(
                    f"{path}: unpacks to {total // 1_000_000:,} MB; refusing a possible zip bomb"
                )
            for i in infos:
                ratio = i.file_size / max(i.compress_size, 1)
                if i.file_size > 20_000_000 and ratio > MAX_XLSX_RATIO:
                    raise InputError(
                        f"{path}: {i.filename} is compressed {ratio:,.0f}:1; "
                        "refusing a possible zip bomb"
                    )
                if i.filename.endswith((".xml", ".rels")):
                    with zf.open(i) as part:
                        head = part.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(
                            f"{path}: {i.filename} declares XML entities, which Excel never "
                            "writes; refusing a possible billion-laughs attack"
                        )
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: a damaged XLSX workbook ({first_line(exc)})") from exc
    except (OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise InputError(f"{path}: the workbook cannot be unpacked ({first_line(exc)})") from exc


def xlsx_problem(path: Path, exc: BaseException, where: str) -> InputError:
    """One message for anything openpyxl raises; entity bombs named as such."""
    cause: BaseException | None = exc
    while cause is not None:
        if type(cause).__module__.startswith("defusedxml"):
            return InputError(
                f"{path}: the workbook declares XML entities ({type(cause).__name__}), which "
                "Excel never writes; refusing a possible billion-laughs attack"
            )
        cause = cause.__cause__ or cause.__context__
    return InputError(f"{path}: {where} ({type(exc).__name__}: {first_line(exc)})")
