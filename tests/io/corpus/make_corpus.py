"""Build the import test corpus: malformed and awkward CSV/XLSX files plus manifest.json.

Run ``python tests/io/corpus/make_corpus.py`` to (re)write ``files/`` and
``manifest.json``; the output is deterministic. Files over 200 KB are not committed:
:func:`make_large` writes them at test time (entries marked ``"generated": true``).

Each manifest entry: ``file``, ``options`` (ReadOptions fields, plus ``skip_invalid``),
optional ``setup`` (files imported first, which must be accepted) and ``expect``:
``{"outcome": "rejected", "message": fragment, "row": n, "column": name}`` or
``{"outcome": "accepted", "rows", "new", "updated", "unchanged", "rejected",
"records": [subset of fields per stored record, in date order]}``.
"""

from __future__ import annotations

import codecs
import io
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
FILES = HERE / "files"
D_HEAD = "id,date,donor,recipient,vaccine,doses,status,commitment,source,notes\n"
C_HEAD = "id,date,donor,recipient,vaccine,doses,deal_type,status,revision_of,source\n"
GOOD = "G1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,,https://a.example/1,\n"

ENTRIES: list[dict] = []
CONTENT: dict[str, bytes] = {}


def add(name: str, data: bytes | str, expect: dict, encoding: str = "utf-8", **options) -> None:
    if isinstance(data, str):
        data = data.encode(encoding)
    CONTENT[name] = data
    entry(name, expect, **options)


def entry(name: str, expect: dict, setup: list[str] | None = None, **options) -> None:
    options.setdefault("kind", "deliveries")
    e = {"file": name, "options": options, "expect": expect}
    if setup:
        e["setup"] = setup
    ENTRIES.append(e)


def rejected(message: str, row: int | None = None, column: str | None = None) -> dict:
    out: dict = {"outcome": "rejected", "message": message}
    if row is not None:
        out["row"] = row
    if column is not None:
        out["column"] = column
    return out


def accepted(rows, new, updated=0, unchanged=0, rejected=0, records=None) -> dict:
    out = {
        "outcome": "accepted",
        "rows": rows,
        "new": new,
        "updated": updated,
        "unchanged": unchanged,
        "rejected": rejected,
    }
    if records is not None:
        out["records"] = records
    return out


def bad_delivery(name: str, changes: dict, why: str, column: str, **options) -> None:
    """A file of one delivery with ``changes``, refused at row 2 in ``column`` with ``why``."""
    add(name, D_HEAD + delivery(1, **changes), rejected(why, 2, column), **options)


def read_as(name: str, column: str, read: dict[str, object], **options) -> None:
    """A file of deliveries 1, 2, … whose ``column`` holds each text of ``read``, all
    accepted, the stored value of each that text's value in ``read``."""
    add(
        name,
        D_HEAD + "".join(delivery(i, **{column: text}) for i, text in enumerate(read, 1)),
        accepted(len(read), len(read), records=[{column: v} for v in read.values()]),
        **options,
    )


def declared_thousands(
    names: tuple[str, str], sep: str, doses: dict[str, int], misgrouped: str, why: str
) -> None:
    """Two files declaring ``sep`` as the digit grouping: ``names[0]``, two deliveries whose
    ``doses`` (text -> the number read) are accepted; ``names[1]``, one delivery whose
    ``misgrouped`` doses are refused with ``why``."""
    read_as(names[0], "doses", doses, thousands=sep)
    bad_delivery(names[1], {"doses": misgrouped}, why, "doses", thousands=sep)


def delivery(i: int, **kw) -> str:
    v = {
        "id": f"D{i}",
        "date": f"2021-03-{i % 28 + 1:02d}",
        "donor": "USA",
        "recipient": "MEX",
        "vaccine": "astrazeneca",
        "doses": str(1000 * (i + 1)),
        "status": "delivered",
        "commitment": "",
        "source": f"https://a.example/{i}",
        "notes": "",
    }
    v.update(kw)
    return ",".join(v[k] for k in D_HEAD.strip().split(",")) + "\n"


# -- XLSX by hand: every part under our control -----------------------------------------
CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}"
    "</Types>"
)
SHEET_CT = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell(ref: str, v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<c r="{ref}"><v>{v}</v></c>'
    if isinstance(v, tuple) and v[0] == "f":  # a formula without a cached value
        return f'<c r="{ref}"><f>{v[1]}</f></c>'
    if isinstance(v, tuple) and v[0] == "date":  # an Excel serial date with a date style
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    text = str(v).replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def sheet_xml(rows: list[list], dimension: str = "", first_row: int = 1, merges: str = "") -> str:
    body = []
    for r, row in enumerate(rows, start=first_row):
        cells = "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(row))
        body.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}>{dim}'
        f"<sheetData>{''.join(body)}</sheetData>{merges}</worksheet>"
    )


STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def xlsx(
    sheets: dict[str, str], extra: dict[str, str] | None = None, workbook_head: str = ""
) -> bytes:
    names = list(sheets)
    wb = (
        f'<?xml version="1.0" encoding="UTF-8"?>{workbook_head}<workbook {NS}><sheets>'
        + "".join(
            f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)
        )
        + "</sheets></workbook>"
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(names))
        )
        + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + (
            f'<Relationship Id="rId{len(names) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            if "xl/sharedStrings.xml" in (extra or {})
            else ""
        )
        + "</Relationships>"
    )
    parts = {
        "[Content_Types].xml": CT.format(
            sheets="".join(SHEET_CT.format(n=i + 1) for i in range(len(names)))
            + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + (
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if "xl/sharedStrings.xml" in (extra or {})
                else ""
            )
        ),
        "_rels/.rels": RELS,
        "xl/workbook.xml": wb,
        "xl/_rels/workbook.xml.rels": wb_rels,
        "xl/styles.xml": STYLES,
    }
    for i, n in enumerate(names):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = sheets[n]
    parts.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2021, 3, 18, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text)
    return buf.getvalue()


XH = ["id", "date", "donor", "recipient", "vaccine", "doses", "status", "source", "notes"]


def xrow(i: int, **kw) -> list:
    v = dict(
        id=f"X{i}",
        date=("date", 44283 + i),  # 2021-03-28 onwards, as real Excel dates
        donor="USA",
        recipient="MEX",
        vaccine="astrazeneca",
        doses=1000 * (i + 1),
        status="delivered",
        source=f"https://x.example/{i}",
        notes="",
    )
    v.update(kw)
    return [v[k] for k in XH]


def ole(stream_name: str) -> bytes:
    """An OLE2/CFB header with a directory entry named ``stream_name`` (not a full CFB)."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
    name = stream_name.encode("utf-16-le") + b"\x00\x00"
    directory = name + bytes(64 - len(name)) + len(name).to_bytes(2, "little") + bytes(62)
    return header + directory + bytes(1024)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def build() -> None:
    rnd = random.Random(20210318)
    # -- structure ------------------------------------------------------------------
    add("empty.csv", b"", rejected("the file is empty"))
    add("whitespace_only.csv", "\n \r\n\t\n", rejected("the file is empty"))
    add("header_only.csv", D_HEAD, rejected("no data rows"))
    add("header_only_no_newline.csv", D_HEAD.strip(), rejected("no data rows"))
    garbage = bytes(rnd.randrange(256) for _ in range(4096)) + b"\x00"
    add("binary_garbage.csv", garbage, rejected("binary data"))
    add("pdf_renamed.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", rejected("a PDF document"))
    add(
        "nul_byte.csv",
        D_HEAD + GOOD + delivery(2).replace("MEX", "M\x00EX"),
        rejected("line 3 contains a NUL byte"),
    )
    add(
        "missing_required_column.csv",
        "id,date,donor,vaccine,doses\nA,2021-03-28,USA,moderna,5\n",
        rejected("missing required column(s) 'recipient'"),
    )
    add(
        "unterminated_quote.csv",
        D_HEAD + GOOD + delivery(2, notes='"never closed') + delivery(3),
        rejected("unterminated quote", 3),
    )
    add(
        "unquoted_delimiter_in_value.csv",
        D_HEAD + GOOD + delivery(2, notes="one, two"),
        rejected("values but the header has 10 columns", 3),
    )
    add(
        "duplicate_header.csv",
        "id,date,donor,recipient,doses,doses\n",
        rejected("appears twice in the header"),
    )
    add(
        "blank_lines_and_crlf.csv",
        (D_HEAD + "\n" + GOOD + ",,,,,,,,,\n" + "\n" + delivery(2) + "\n\n").replace("\n", "\r\n"),
        accepted(2, 2, records=[{"id": "D2"}, {"id": "G1"}]),
    )
    add(
        "trailing_delimiters.csv",
        D_HEAD.strip() + ",\n" + GOOD.strip() + ",\n",
        accepted(1, 1),
    )
    add(
        "error_row_number_after_blank_line.csv",
        D_HEAD + GOOD + "\n" + delivery(2, doses="-5"),
        rejected("doses must be greater than 0", 4, "doses"),
    )
    read_as(
        "quoted_newlines_and_semicolons.csv",
        "notes",
        {'"line one\nline two; three; four"': "line one\nline two; three; four", '";"': ";"},
    )
    # -- encodings ------------------------------------------------------------------
    spanish = D_HEAD + delivery(1, recipient="México", notes="Canadá después")
    add(
        "utf8_bom.csv",
        codecs.BOM_UTF8 + spanish.encode(),
        accepted(1, 1, records=[{"id": "D1", "recipient": "MEX"}]),
    )
    add(
        "utf16_bom.csv",
        spanish.encode("utf-16"),
        accepted(1, 1, records=[{"notes": "Canadá después"}]),
    )
    add(
        "utf16le_no_bom.csv",
        spanish.encode("utf-16-le"),
        accepted(1, 1, records=[{"recipient": "MEX"}]),
    )
    add(
        "latin1_without_flag.csv",
        spanish,
        rejected("line 2 is not valid utf-8"),
        encoding="latin-1",
    )
    add(
        "latin1_with_flag.csv",
        spanish,
        accepted(1, 1, records=[{"notes": "Canadá después"}]),
        encoding="latin-1",
    )
    CONTENT["latin1_with_flag.csv"] = spanish.encode("latin-1")
    ENTRIES[-1]["options"]["encoding"] = "latin-1"
    read_as(
        "cp1252_smart_quotes.csv", "notes", {"“quoted” – 5 €": "“quoted” – 5 €"}, encoding="cp1252"
    )
    ENTRIES[-1]["options"]["encoding"] = "cp1252"
    add(
        "unknown_encoding.csv",
        D_HEAD + GOOD,
        rejected("unknown encoding 'klingon'"),
        encoding="utf-8",
    )
    ENTRIES[-1]["options"]["encoding"] = "klingon"
    # -- delimiters -----------------------------------------------------------------
    semi = (D_HEAD + GOOD + delivery(2, notes="a, b")).replace(",", ";").replace("a; b", "a, b")
    add("semicolon_sniffed.csv", semi, accepted(2, 2))
    add(
        "semicolon_with_comma_flag.csv", semi, rejected("missing required column(s)"), delimiter=","
    )
    add("tab_separated.tsv", (D_HEAD + GOOD).replace(",", "\t"), accepted(1, 1))
    add("pipe_separated.txt", (D_HEAD + GOOD).replace(",", "|"), accepted(1, 1))
    add(
        "two_char_delimiter.csv",
        D_HEAD + GOOD,
        rejected("the delimiter must be one character"),
        delimiter="||",
    )
    # -- codes ----------------------------------------------------------------------
    add(
        "na_is_namibia.csv",
        D_HEAD
        + delivery(1, recipient="NA")
        + delivery(2, donor="NAM", recipient="Namibia", doses="7"),
        rejected("donor and recipient must differ", 3, "recipient"),
    )
    add(
        "na_namibia_accepted.csv",
        D_HEAD + delivery(1, recipient="NA") + delivery(2, recipient="Namibia", doses="7"),
        accepted(2, 2, records=[{"recipient": "NAM"}, {"recipient": "NAM"}]),
    )
    add(
        "spanish_names.csv",
        D_HEAD
        + delivery(1, donor="Estados Unidos", recipient="México")
        + delivery(2, donor="EE. UU.", recipient="Canadá")
        + delivery(3, donor="U.S.", recipient="Brasil"),
        accepted(3, 3, records=[{"donor": "USA", "recipient": r} for r in ("MEX", "CAN", "BRA")]),
    )
    add(
        "unknown_country.csv",
        D_HEAD + GOOD + delivery(2, recipient="Mexcio"),
        rejected("did you mean Mexico (MEX)", 3, "recipient"),
    )
    bad_delivery(
        "unknown_vaccine.csv",
        {"vaccine": "Astrazenca"},
        "unknown vaccine 'Astrazenca'",
        "vaccine",
    )
    bad_delivery(
        "donor_equals_recipient.csv",
        {"recipient": "USA"},
        "donor and recipient must differ",
        "recipient",
    )
    bad_delivery("missing_donor.csv", {"donor": ""}, "donor is required", "donor")
    read_as(
        "status_in_spanish.csv",
        "status",
        {"Entregado": "delivered", "programado": "scheduled", "en tránsito": "in_transit"},
    )
    bad_delivery("bad_status.csv", {"status": "arrived"}, "'arrived' is not one of", "status")
    # -- doses ----------------------------------------------------------------------
    bad_delivery("negative_doses.csv", {"doses": "-5"}, "greater than 0 (got -5)", "doses")
    bad_delivery("zero_doses.csv", {"doses": "0"}, "greater than 0 (got 0)", "doses")
    bad_delivery("decimal_doses.csv", {"doses": "1.5"}, "'1.5' is not a whole number", "doses")
    bad_delivery("scientific_doses.csv", {"doses": "1.5e6"}, "not a whole number", "doses")
    bad_delivery("huge_doses.csv", {"doses": "9" * 40}, "implausibly large", "doses")
    bad_delivery("over_world_supply.csv", {"doses": "30000000000"}, "more than 20 billion", "doses")
    bad_delivery(
        "thousands_without_flag.csv",
        {"doses": '"1,500,000"'},
        "use --thousands ,",
        "doses",
    )
    declared_thousands(
        ("thousands_with_flag.csv", "thousands_misgrouped.csv"),
        ",",
        {'"1,500,000"': 1_500_000, "2500": 2500},
        '"1,50,000"',
        "grouped by ','",
    )
    add(
        "thousands_dot_semicolon.csv",
        (D_HEAD + delivery(1, doses="1.500.000")).replace(",", ";"),
        accepted(1, 1, records=[{"doses": 1_500_000}]),
        thousands=".",
        delimiter=";",
    )
    # Spaces group digits only when declared (issue 18).
    read_as(
        "doses_with_spaces.csv",
        "doses",
        {"1 500 000": 1_500_000, "2\u00a0000": 2000},
        thousands=" ",
    )
    # -- dates ----------------------------------------------------------------------
    add(
        "impossible_date.csv",
        D_HEAD + GOOD + delivery(2, date="2021-02-30"),
        rejected("'2021-02-30' is not a real date", 3, "date"),
    )
    bad_delivery("far_future_date.csv", {"date": "2099-01-01"}, "2099-01-01 is after", "date")
    bad_delivery("too_early_date.csv", {"date": "1999-12-31"}, "is before 2020-01-01", "date")
    dmy = D_HEAD + delivery(1, date="28/03/2021") + delivery(2, date="01/04/2021")
    add(
        "ddmmyyyy_without_flag.csv",
        dmy,
        rejected("not a real date in the format YYYY-MM-DD", 2, "date"),
    )
    add(
        "ddmmyyyy_with_flag.csv",
        dmy,
        accepted(2, 2, records=[{"date": "2021-03-28"}, {"date": "2021-04-01"}]),
        date_format="%d/%m/%Y",
    )
    read_as("mmddyyyy_with_flag.csv", "date", {"03/28/2021": "2021-03-28"}, date_format="%m/%d/%Y")
    add(
        "wrong_date_flag.csv",
        dmy.replace("28/03", "13/28"),
        rejected("not a real date in the format %d/%m/%Y", 2, "date"),
        date_format="%d/%m/%Y",
    )
    read_as(
        "datetime_text.csv",
        "date",
        {"2021-03-28 14:30:00": "2021-03-28", "2021-03-29T00:00": "2021-03-29"},
    )
    # -- duplicates, updates, revisions ---------------------------------------------
    add(
        "duplicate_ids.csv",
        D_HEAD + GOOD + delivery(2, id="G1"),
        rejected("id 'G1' appears twice in the file (first in row 2)", 3, "id"),
    )
    noid = "date,donor,recipient,vaccine,doses\n2021-03-28,USA,MEX,astrazeneca,5\n"
    add(
        "duplicate_rows_without_id.csv",
        noid + noid.split("\n")[1] + "\n",
        rejected("rows without an id must differ", 3),
    )
    add("base.csv", D_HEAD + GOOD + delivery(2), accepted(2, 2))
    add(
        "same_again.csv",
        D_HEAD + GOOD + delivery(2),
        accepted(2, 0, unchanged=2),
        setup=["base.csv"],
    )
    add(
        "update_by_id.csv",
        D_HEAD + GOOD.replace("1500000", "1600000") + delivery(2) + delivery(3),
        accepted(
            3,
            1,
            updated=1,
            unchanged=1,
            records=[{"id": "D2"}, {"id": "D3"}, {"id": "G1", "doses": 1_600_000}],
        ),
        setup=["base.csv"],
    )
    add(
        "skip_invalid.csv",
        D_HEAD + GOOD + delivery(2, doses="0") + delivery(3),
        accepted(3, 2, rejected=1, records=[{"id": "D3"}, {"id": "G1"}]),
        skip_invalid=True,
    )
    add(
        "not_skipped.csv",
        D_HEAD + GOOD + delivery(2, doses="0") + delivery(3),
        rejected("1 of 3 rows rejected; nothing written"),
    )
    add(
        "commitments_with_revision.csv",
        C_HEAD
        + "C1,2021-03-18,USA,MEX,astrazeneca,2500000,loan,announced,,https://a.example/c\n"
        + "C1b,2021-03-25,USA,MEX,astrazeneca,2700000,loan,confirmed,C1,\n",
        accepted(2, 1, records=[{"id": "C1", "doses": 2_700_000, "status": "confirmed"}]),
        kind="commitments",
    )
    add(
        "revision_of_unknown.csv",
        C_HEAD + "C9b,2021-03-25,USA,MEX,astrazeneca,2700000,loan,confirmed,NOPE,\n",
        rejected("no commitment with id 'NOPE' in the file or the database", 2, "revision_of"),
        kind="commitments",
    )
    add(
        "revision_changes_donor.csv",
        C_HEAD
        + "C1,2021-03-18,USA,MEX,astrazeneca,2500000,loan,announced,,\n"
        + "C1b,2021-03-25,CHN,MEX,astrazeneca,2700000,loan,confirmed,C1,\n",
        rejected("names a different donor", 3, "revision_of"),
        kind="commitments",
    )
    bad_delivery(
        "delivery_of_unknown_commitment.csv",
        {"commitment": "ZZ-404"},
        "no commitment with id 'ZZ-404'",
        "commitment",
    )
    add(
        "delivery_of_known_commitment.csv",
        D_HEAD + delivery(1, commitment="C1"),
        accepted(1, 1, records=[{"commitment": "C1"}]),
        setup=["commitments_with_revision.csv"],
    )
    add(
        "events_awkward.csv",
        "id,date,end_date,title,category,actors\n"
        "E1,2021-03-19,2021-04-30,Frontera sur restringida,frontera,México;Estados Unidos\n"
        "E2,2021-03-18,,Llamada,diplomacia,USA;NA\n",
        accepted(
            2, 2, records=[{"id": "E2", "actors": "NAM;USA"}, {"id": "E1", "category": "border"}]
        ),
        kind="events",
    )
    add(
        "events_end_before_start.csv",
        "id,date,end_date,title\nE1,2021-03-19,2021-03-01,Border\n",
        rejected("the end date is before the start date", 2, "end_date"),
        kind="events",
    )
    add(
        "events_unknown_actor.csv",
        "id,date,title,actors\nE1,2021-03-19,Border,MEX;Atlantis\n",
        rejected("unknown actor 'Atlantis'", 2, "actors"),
        kind="events",
    )
    add(
        "series_duplicate_point.csv",
        "series,title,unit,date,value\ns1,S,u,2021-01-01,5\ns1,S,u,2021-01-01,6\n",
        rejected("the same series and date as row 2", 3),
        kind="series",
    )
    add(
        "series_nan.csv",
        "series,title,unit,date,value\ns1,S,u,2021-01-01,nan\n",
        rejected("'nan' is not a number", 2, "value"),
        kind="series",
    )
    # -- injection ------------------------------------------------------------------
    formulas = ['=HYPERLINK("http://evil")', "+1+1", "-2", "@SUM(A1)", "'=our own guard"]
    add(
        "formula_like_text.csv",
        D_HEAD
        + "".join(
            delivery(i, notes='"' + f.replace('"', '""') + '"') for i, f in enumerate(formulas)
        ),
        accepted(
            5,
            5,
            records=[
                {"notes": n}
                # A user's own leading apostrophe is their text (issue 18): kept.
                for n in ('=HYPERLINK("http://evil")', "+1+1", "-2", "@SUM(A1)", "'=our own guard")
            ],
        ),
    )
    # -- XLSX -----------------------------------------------------------------------
    add(
        "good.xlsx",
        xlsx({"Entregas": sheet_xml([XH, xrow(0), xrow(1, recipient="NA", doses=1500000.0)])}),
        accepted(
            2,
            2,
            records=[
                {"id": "X0", "date": "2021-03-28"},
                {"id": "X1", "recipient": "NAM", "doses": 1_500_000},
            ],
        ),
    )
    add(
        "xlsx_decimal_doses.xlsx",
        xlsx({"S": sheet_xml([XH, xrow(0, doses=1.5)])}),
        rejected("'1.5' is not a whole number", 2, "doses"),
    )
    add(
        "xlsx_header_below_blank_rows.xlsx",
        xlsx({"S": sheet_xml([XH, xrow(0), xrow(1, doses=-1)], first_row=3)}),
        rejected("greater than 0", 5, "doses"),
    )
    add(
        "xlsx_second_sheet.xlsx",
        xlsx({"Notes": sheet_xml([["read me"]]), "Data": sheet_xml([XH, xrow(0)])}),
        accepted(1, 1),
        sheet="Data",
    )
    add(
        "xlsx_wrong_sheet.xlsx",
        xlsx({"Data": sheet_xml([XH, xrow(0)])}),
        rejected("no sheet named 'Datos'"),
        sheet="Datos",
    )
    add(
        "xlsx_bogus_dimension.xlsx",
        xlsx({"S": sheet_xml([XH, xrow(0)], dimension="A1:XFD1048576")}),
        accepted(1, 1),
    )
    add(
        "xlsx_merged_donor.xlsx",
        xlsx(
            {
                "S": sheet_xml(
                    [XH, xrow(0), xrow(1, donor=None)],
                    merges='<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>',
                )
            }
        ),
        rejected("donor is required", 3, "donor"),
    )
    add(
        "xlsx_formula_without_value.xlsx",
        xlsx({"S": sheet_xml([XH, xrow(0, doses=("f", "1000*2"))])}),
        rejected("doses are required", 2, "doses"),
    )
    add(
        "xlsx_formula_like_text.xlsx",
        xlsx({"S": sheet_xml([XH, xrow(0, notes="=1+1"), xrow(1, notes="@cmd")])}),
        accepted(2, 2, records=[{"notes": "=1+1"}, {"notes": "@cmd"}]),
    )
    add("xlsx_empty_sheet.xlsx", xlsx({"S": sheet_xml([])}), rejected("is empty"))
    add(
        "xlsx_duplicate_header.xlsx",
        xlsx({"S": sheet_xml([["id", "date", "date"]])}),
        rejected("appears twice in the header"),
    )
    bomb_sst = (
        BILLION_LAUGHS
        + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    )
    shared = sheet_xml([XH, xrow(0)]).replace(
        "</row></sheetData>", '<c r="J2" t="s"><v>0</v></c></row></sheetData>'
    )
    add(
        "xlsx_billion_laughs.xlsx",
        xlsx({"S": shared}, {"xl/sharedStrings.xml": bomb_sst}),
        rejected("billion-laughs"),
    )
    add(
        "xlsx_billion_laughs_in_sheet.xlsx",
        xlsx(
            {
                "S": BILLION_LAUGHS
                + sheet_xml([XH, xrow(0, notes="&lol9;")])
                .split("?>", 1)[1]
                .replace("&amp;lol9;", "&lol9;")
            }
        ),
        rejected("billion-laughs"),
    )
    add(
        "xlsx_encrypted.xlsx",
        ole("EncryptedPackage"),
        rejected("password-protected (encrypted) Excel file"),
    )
    add(
        "legacy.xls", ole("Workbook"), rejected("legacy Excel 97-2003 (.xls) or password-protected")
    )
    add("csv_named.xls", D_HEAD + GOOD, rejected("legacy Excel 97-2003 (.xls) file"))
    good = CONTENT["good.xlsx"]
    add("xlsx_truncated.xlsx", good[: len(good) // 2], rejected("damaged XLSX workbook"))
    add("text_named.xlsx", D_HEAD + GOOD, rejected("not an XLSX workbook"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("word/document.xml", (2021, 1, 1, 0, 0, 0)), "<w/>")
    add("docx_renamed.xlsx", buf.getvalue(), rejected("a ZIP file, not an Excel workbook"))
    add("xlsx_small_zip_bomb.xlsx", small_bomb(), rejected("refusing a possible zip bomb"))
    hostile()
    # -- generated at test time (too big to commit) ---------------------------------
    entry(
        "huge_field.csv",
        rejected("characters (the limit is 1,000,000)", 3, "notes"),
        generated=True,
    )
    entry("zip_bomb.xlsx", rejected("refusing a possible zip bomb"), generated=True)
    entry("header_million_columns.csv", rejected("the limit is 1,000", 1), generated=True)


def hostile() -> None:
    """Cases from the hostile run (issue 18); each was accepted or crashed before."""
    # 6: digits are ASCII, grouped only by the declared separator.
    not_whole = "is not a whole number"
    for name, doses, why in (
        ("digits_space_inside.csv", "1 5", not_whole),
        ("digits_arabic_indic.csv", "\u0661\u0665\u0660\u0660", "another script"),
        ("digits_persian.csv", "\u06f1\u06f5\u06f0\u06f0", "another script"),
        ("digits_devanagari.csv", "\u0967\u096b\u0966\u0966", "another script"),
        ("digits_fullwidth.csv", "\uff11\uff15\uff10\uff10", "another script"),
        ("digits_mixed_scripts.csv", "1\u066500", "another script"),
        ("digits_nbsp_undeclared.csv", "1\u00a0500", not_whole),
    ):
        add(name, D_HEAD + delivery(1, doses=doses), rejected(why, 2, "doses"))
    declared_thousands(
        ("digits_space_declared.csv", "digits_space_declared_misgrouped.csv"),
        " ",
        {"1 500": 1500, "2\u00a0500": 2500},
        "15 00",
        "grouped by ' ' in thousands",
    )
    # 7: an ISO code always means its country.
    read_as("actor_au_is_australia.csv", "recipient", {"AU": "AUS", "African Union": "AFUNION"})
    # A first row with one value too many: pandas would take it as a row label.
    add(
        "extra_value_first_row.csv",
        D_HEAD + delivery(1).rstrip("\n") + ",surplus\n" + delivery(2),
        rejected("one value more than the header", 2),
    )
    # 13: a user's text is kept exactly; only an export's own guard is removed.
    export_head = (
        "id,date,donor,recipient,vaccine,doses,status,commitment,deal_type,channel,"
        "expiry_date,source,other_sources,confidence,notes\n"
    )
    add(
        "text_kept_exactly.csv",
        D_HEAD + delivery(1, notes='"\tindented"') + delivery(2, notes="'@handle"),
        accepted(2, 2, records=[{"notes": "\tindented"}, {"notes": "'@handle"}]),
    )
    add(
        "export_guard_removed.csv",
        export_head
        + "X1,2021-03-02,USA,MEX,astrazeneca,1000,delivered,,,,,,,high,'=1+1\n"
        + "X2,2021-03-03,USA,MEX,astrazeneca,2000,delivered,,,,,,,high,''=own\n",
        accepted(2, 2, records=[{"notes": "=1+1"}, {"notes": "'=own"}]),
    )
    # 13: the same delivery (no id) citing a new source: the citation is added.
    add(
        "dup_cites_first.csv",
        D_HEAD + delivery(1, id="", source="https://a.example/first"),
        accepted(1, 1),
    )
    add(
        "dup_cites_new_source.csv",
        D_HEAD + delivery(1, id="", source="https://b.example/second"),
        accepted(
            1,
            0,
            updated=1,
            records=[
                {"source": "https://a.example/first", "other_sources": "https://b.example/second"}
            ],
        ),
        setup=["dup_cites_first.csv"],
    )
    add(
        "dup_cites_same_source.csv",
        D_HEAD + delivery(1, id="", source="https://a.example/first"),
        accepted(1, 0, unchanged=1),
        setup=["dup_cites_first.csv"],
    )
    # 11: old Mac line ends are read; transform codecs are not encodings.
    add(
        "cr_only_line_ends.csv",
        (D_HEAD + delivery(1) + delivery(2)).replace("\n", "\r"),
        accepted(2, 2),
    )
    for codec in ("rot13", "hex", "base64"):
        CONTENT[f"encoding_{codec}.csv"] = (D_HEAD + delivery(1)).encode()
        entry(f"encoding_{codec}.csv", rejected("not a text encoding"), encoding=codec)
    bad_delivery(
        "date_arabic_indic_digits.csv",
        {"date": "\u0662\u0660\u0662\u0661-\u0660\u0663-\u0662\u0668"},
        "",
        "date",
    )


def _info(name: str) -> zipfile.ZipInfo:
    """A member with a fixed date, so the corpus is byte-for-byte reproducible."""
    info = zipfile.ZipInfo(name, date_time=(2021, 3, 18, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def small_bomb() -> bytes:
    """25 MB of one repeated cell compressed ~1000:1 (over the per-part ratio limit)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(_info("[Content_Types].xml"), CT.format(sheets=""))
        zf.writestr(_info("xl/workbook.xml"), "<workbook/>")
        with zf.open(_info("xl/worksheets/sheet1.xml"), "w") as part:
            block = b" " * (1 << 20)
            for _ in range(25):
                part.write(block)
    return buf.getvalue()


def make_large(folder: Path) -> None:
    """Write the generated entries' files (too big to commit) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "header_million_columns.csv").write_text(
        D_HEAD.rstrip("\n") + "," * 1_000_000 + "\n" + delivery(1), encoding="utf-8"
    )
    _make_large(folder)


def _make_large(folder: Path) -> None:
    """Write the corpus files too big to commit into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    field = "x" * 10_000_000
    (folder / "huge_field.csv").write_text(
        D_HEAD + GOOD + delivery(2, notes=field), encoding="utf-8"
    )
    with zipfile.ZipFile(
        folder / "zip_bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=1
    ) as zf:
        zf.writestr("[Content_Types].xml", CT.format(sheets=""))
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(3):  # three parts of 150 MB: over the total limit, each part "ok"
            with zf.open(f"xl/worksheets/sheet{n + 1}.xml", "w", force_zip64=True) as part:
                block = bytes(1 << 20)
                for _ in range(150):
                    part.write(block)


def main() -> None:
    build()
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    for name, data in CONTENT.items():
        assert len(data) <= 200_000, name
        (FILES / name).write_bytes(data)
    (HERE / "manifest.json").write_text(
        json.dumps(ENTRIES, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(ENTRIES)} entries, {len(CONTENT)} files written to {FILES}")


if __name__ == "__main__":
    main()
