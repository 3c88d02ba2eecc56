"""Text heuristics for reading a file: encoding, delimiter, record kind, column mapping,
date format and thousands separator, from a sample of bytes or cell values.

The lowest io module: it imports nothing of tracker but the domain's kinds, so
:mod:`tracker.io.tables` (which reads files) and :mod:`tracker.io.parse` (which checks
rows) use it, and
:mod:`tracker.io.guess` (which guesses for a whole file) builds on all three.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from tracker.domain.enums import RecordKind

DELIMITERS = (",", ";", "\t", "|")

#: Formats tried on a date column, most specific first. ISO needs no option.
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

#: Header words (English and Spanish, folded) for each of the app's field names.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "ref", "reference", "referencia", "codigo", "identificador", "record id"),
    "date": (
        "date",
        "fecha",
        "dia",
        "day",
        "announced on",
        "announcement date",
        "arrival date",
        "arrived on",
        "delivery date",
        "fecha de anuncio",
        "fecha de llegada",
        "fecha de entrega",
        "start date",
        "fecha de inicio",
        "fecha inicio",
        "month",
        "mes",
    ),
    "end_date": ("end date", "end", "until", "fecha fin", "fecha de fin", "fecha final", "hasta"),
    "donor": (
        "donor",
        "donor country",
        "from",
        "donante",
        "pais donante",
        "origen",
        "pais de origen",
        "provider",
        "proveedor",
    ),
    "recipient": (
        "recipient",
        "recipient country",
        "to",
        "receptor",
        "pais receptor",
        "destino",
        "pais de destino",
        "pais destino",
        "beneficiario",
    ),
    "vaccine": ("vaccine", "vacuna", "product", "producto", "brand", "marca"),
    "doses": (
        "doses",
        "dosis",
        "quantity",
        "cantidad",
        "number of doses",
        "numero de dosis",
        "amount",
    ),
    "status": ("status", "estado", "situacion", "state"),
    "source": ("source", "fuente", "url", "link", "enlace", "source url"),
    "other_sources": ("other sources", "otras fuentes", "more sources"),
    "confidence": ("confidence", "confianza"),
    "notes": ("notes", "notas", "note", "nota", "comments", "comentarios", "observaciones"),
    "title": ("title", "titulo", "event", "evento", "headline"),
    "description": ("description", "descripcion", "details", "detalle", "detalles"),
    "category": ("category", "categoria"),
    "actors": ("actors", "actores", "countries", "paises", "participants"),
    "deal_type": ("deal type", "deal", "type", "tipo", "tipo de acuerdo", "modalidad"),
    "channel": ("channel", "canal", "mechanism", "mecanismo", "via"),
    "target_date": ("target date", "fecha objetivo", "fecha prevista", "due date"),
    "revision_of": ("revision of", "revises", "revision de", "revisa"),
    "commitment": ("commitment", "commitment id", "compromiso", "id compromiso"),
    "expiry_date": (
        "expiry date",
        "expiry",
        "expiration",
        "vencimiento",
        "fecha de vencimiento",
        "caducidad",
        "fecha de caducidad",
    ),
    "series": ("series", "serie", "series code", "codigo de serie"),
    "unit": ("unit", "unidad", "units", "unidades"),
    "value": ("value", "valor", "count", "total"),
}

#: Spanish (and spelled-out) words for the coded choices, folded (see :func:`fold`).
CHOICE_ALIASES = {
    **dict.fromkeys(("donacion",), "donation"),
    **dict.fromkeys(("prestamo",), "loan"),
    **dict.fromkeys(("venta", "compra"), "sale"),
    **dict.fromkeys(("asignacion",), "allocation"),
    **dict.fromkeys(("promesa",), "pledge"),
    **dict.fromkeys(("otro", "otra"), "other"),
    **dict.fromkeys(("anunciado", "anunciada"), "announced"),
    **dict.fromkeys(("confirmado", "confirmada"), "confirmed"),
    **dict.fromkeys(("cancelado", "cancelada", "canceled"), "cancelled"),
    **dict.fromkeys(("programado", "programada"), "scheduled"),
    **dict.fromkeys(("en transito", "in transit"), "in_transit"),
    **dict.fromkeys(("entregado", "entregada", "entregadas", "entregados"), "delivered"),
    **dict.fromkeys(("migracion",), "migration"),
    **dict.fromkeys(("frontera",), "border"),
    **dict.fromkeys(("diplomacia",), "diplomacy"),
    **dict.fromkeys(("comercio",), "trade"),
    **dict.fromkeys(("salud",), "health"),
    **dict.fromkeys(("alta",), "high"),
    **dict.fromkeys(("media",), "medium"),
    **dict.fromkeys(("baja",), "low"),
}

#: File names (folded) that say the kind, in English and Spanish.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    RecordKind.COMMITMENT: ("commitment", "compromiso", "pledge", "promesa"),
    RecordKind.DELIVERY: ("deliver", "entrega", "shipment", "envio", "llegada"),
    RecordKind.TALLY: ("tall", "total", "recuento"),
    RecordKind.EVENT: ("event", "evento", "suceso"),
    RecordKind.SERIES: ("series", "serie"),
}


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation to spaces: "País donante" → "pais donante"."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    plain = re.sub(r"[^0-9a-z]+", " ", plain.casefold())
    return " ".join(plain.split())


# -- encoding and delimiter -------------------------------------------------------------
def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark announces, or ``None``."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def looks_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def guess_encoding(raw: bytes) -> str:
    """``utf-8-sig``/``utf-16`` by BOM, else UTF-8 if it decodes, else cp1252 or latin-1."""
    found = bom_encoding(raw) or looks_utf16(raw)
    if found:
        return found
    # A sample may end inside a multi-byte character: ignore an incomplete tail.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _complete_lines(sample: str) -> str:
    cut = sample.rfind("\n")
    return sample[: cut + 1] if cut > 0 else sample


def guess_delimiter(sample: str) -> str:
    """The delimiter that splits the header into most columns, consistently across rows.

    ``csv.Sniffer`` alone is fooled by a delimiter that appears inside quoted values
    (a note with semicolons), so each candidate is scored by parsing the sample.
    """
    text = _complete_lines(sample)
    best, best_score = ",", (-1.0, 0)
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(text), delimiter=delim) if r]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:50]
        consistent = sum(len(r) == width for r in body) / len(body) if body else 1.0
        score = (consistent, width)
        if score > best_score:
            best, best_score = delim, score
    if best_score[0] < 0:
        try:
            return csv.Sniffer().sniff(text, delimiters="".join(DELIMITERS)).delimiter
        except csv.Error:
            return ","
    return best


# -- kind and mapping -------------------------------------------------------------------
def guess_kind(file_name: str, columns: Sequence[str], kinds: dict[str, tuple[str, ...]]) -> str:
    """The record kind, from the file name, else from which fields the headers map to."""
    stem = fold(file_name.rsplit(".", 1)[0])
    for kind, words in KIND_WORDS.items():
        if any(w in stem for w in words):
            return kind
    best, best_score = RecordKind.DELIVERY.value, -1.0
    for kind, fields in kinds.items():
        mapped = guess_mapping(columns, fields)
        score = len(mapped) * 2 - len(fields) / 100
        if kind == RecordKind.SERIES and not {"series", "value"} <= set(mapped):
            continue
        if kind == RecordKind.EVENT and "title" not in mapped:
            continue
        if kind == RecordKind.TALLY:
            continue  # never guessed from columns: identical to deliveries'
        if kind == RecordKind.COMMITMENT and not {"revision_of", "deal_type", "target_date"} & set(
            mapped
        ):
            score -= 1
        if score > best_score:
            best, best_score = kind, score
    return best


def _is_word(key: str, word: str) -> bool:
    return key == word


def _starts_with_word(key: str, word: str) -> bool:
    return key.startswith(word + " ")


def guess_mapping(columns: Iterable[str], fields: Sequence[str]) -> dict[str, str]:
    """App field → file column, for the headers that name a field in English or Spanish."""
    folded = {c: fold(c) for c in columns}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    # Exact names first, then synonyms, so "date" wins over "fecha de entrega".
    for f in fields:
        for col, key in folded.items():
            if col not in used and key == fold(f):
                mapping[f] = col
                used.add(col)
                break
    # Then synonyms, then a synonym followed by more words: "Dosis entregadas".
    matchers: tuple[Callable[[str, str], bool], ...] = (_is_word, _starts_with_word)
    for matches in matchers:
        for f in fields:
            if f in mapping:
                continue
            for syn in SYNONYMS.get(f, ()):
                found = next(
                    (c for c, k in folded.items() if matches(k, syn) and c not in used), None
                )
                if found is not None:
                    mapping[f] = found
                    used.add(found)
                    break
    return mapping


# -- values -----------------------------------------------------------------------------
def _parses(values: Sequence[str], fmt: str) -> bool:
    try:
        for v in values:
            dt.datetime.strptime(v, fmt)
    except ValueError:
        return False
    return True


def guess_date_format(values: Iterable[str]) -> tuple[str | None, bool]:
    """(strftime format or ``None`` for ISO, ambiguous?) for a column of date text.

    The format that reads most values wins (a typo like 30/02 does not hide the
    pattern); ``%m/%d/%Y`` only when some day is over 12. When every value reads both
    ways, day-first wins (the convention of the Spanish-speaking sources) and the answer
    is flagged ambiguous.
    """
    sample = [v.strip()[:10] for v in values if v and v.strip()][:500]
    if not sample:
        return None, False
    scores = {f: sum(_parses([v], f) for v in sample) for f in DATE_FORMATS}
    best = max(DATE_FORMATS, key=lambda f: scores[f])  # ties: the earlier format
    if scores[best] * 2 < len(sample) or best == "%Y-%m-%d":
        return None, False
    ambiguous = best == "%d/%m/%Y" and scores["%m/%d/%Y"] == scores[best]
    return best, ambiguous


def guess_thousands(values: Iterable[str]) -> str | None:
    """``,`` or ``.`` when whole numbers are written with that grouping, else ``None``."""
    comma = dot = 0
    for v in values:
        v = v.strip()
        if re.fullmatch(r"\d{1,3}(,\d{3})+", v):
            comma += 1
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", v):
            dot += 1
    if comma > dot:
        return ","
    if dot:
        return "."
    return None
