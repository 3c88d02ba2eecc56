"""Build the bundled datasets (``sample_data/``) from the reference files, the curation
decisions and the curation records.

    python -m curation.build [--reference DIR] [--records DIR] [--out DIR]

Inputs:

- ``shared/reference-data/`` (``--reference``; default ``<repo>/../shared/reference-data``):
  the curated timeline, the White House table of 2021-08-03, the COVAX-MENA file and the
  CBP monthly file (see that folder's README);
- ``curation/decisions/``: every mapping decision as data (``timeline.csv`` places each
  timeline row, ``names.toml`` maps spellings to codes, ``wh_names.csv``, ``mena.csv``,
  ``drops.csv`` and ``datasets.toml`` for licences, sources and "as of" dates);
- ``curation/records/*.csv`` (``--records``): sourced records in the format of the
  curation brief (kind, id, date, date_precision, ..., quote, notes), any number of files.

Codes are checked with the app's own registries (``tracker.domain.actors``,
``tracker.domain.vaccines``, ``tracker.domain.enums``). The output is deterministic: two
runs write the same bytes. Any refused row stops the build with a :class:`CurationError`
naming the file, the row and the reason, and nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

from tracker.domain import enums
from tracker.domain.actors import actors
from tracker.domain.vaccines import vaccines

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
DECISIONS = HERE / "decisions"
DEFAULT_RECORDS = HERE / "records"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference-data"
DEFAULT_OUT = ROOT / "sample_data"
NOTICE_SOURCE = HERE / "NOTICE.md"

# The app's format (docs/data-format.md): columns, in this order.
SOURCE_FIELDS = ["source", "other_sources", "confidence", "notes"]
COLUMNS = {
    "commitments": ["id", "date", "donor", "recipient", "vaccine", "doses", "deal_type",
                    "channel", "status", "target_date", "revision_of", "part_of",
                    *SOURCE_FIELDS],
    "deliveries": ["id", "date", "donor", "recipient", "vaccine", "doses", "status",
                   "commitment", "deal_type", "channel", "expiry_date", *SOURCE_FIELDS],
    "tallies": ["id", "date", "donor", "recipient", "vaccine", "doses", *SOURCE_FIELDS],
    "events": ["id", "date", "end_date", "title", "description", "category", "actors",
               *SOURCE_FIELDS],
    "series": ["series", "title", "unit", "date", "value", "source", "notes"],
}
RECORD_FILES = ("commitments", "deliveries", "tallies", "events")
DATE_FIELDS = {"date", "target_date", "expiry_date", "end_date"}
INTEGER_FIELDS = {"doses", "value"}
MAX_TITLE = 45

#: The header of a curation record file (the curation brief).
RECORD_HEADER = ["kind", "id", "date", "date_precision", "donor", "recipient", "vaccine",
                 "doses", "deal_type", "channel", "status", "target_date", "part_of",
                 "commitment", "end_date", "title", "description", "category", "actors",
                 "source", "other_sources", "confidence", "quote", "notes"]
RECORD_KINDS = {"commitment": "commitments", "delivery": "deliveries", "tally": "tallies",
                "event": "events"}
DATE_PRECISIONS = ("day", "month")
#: What a tally counts, said in its notes (tallies have no deal_type/channel column).
TALLY_COUNTS = {"donation": "donations", "sale": "sales", "allocation": "COVAX allocations",
                "loan": "loans", "pledge": "pledges"}

#: Codes of the app's enums.
DEAL_TYPES = {e.value for e in enums.DealType}
CHANNELS = {e.value for e in enums.Channel}
COMMITMENT_STATUSES = {e.value for e in enums.CommitmentStatus}
DELIVERY_STATUSES = {e.value for e in enums.DeliveryStatus}
EVENT_CATEGORIES = {e.value for e in enums.EventCategory}
CONFIDENCES = {e.value for e in enums.Confidence}


class CurationError(Exception):
    """A row the build refuses: the file, the row (line number or id) and why."""

    def __init__(self, file: str, row: str | int, reason: str) -> None:
        super().__init__(f"{file}, row {row}: {reason}")
        self.file = file
        self.row = row
        self.reason = reason


# =====================================================================================
# Reading.
# =====================================================================================
def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_toml(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def join_urls(urls) -> str:
    return " ".join(dict.fromkeys(u for u in urls if u))


def fmt_int(n: int) -> str:
    return f"{n:,}"


class Decisions:
    """Everything under curation/decisions/."""

    def __init__(self, folder: Path = DECISIONS) -> None:
        self.folder = folder
        self.names = read_toml(folder / "names.toml")
        self.datasets = read_toml(folder / "datasets.toml")
        self.timeline = read_csv(folder / "timeline.csv")
        self.wh_names = {r["as_written"]: r for r in read_csv(folder / "wh_names.csv")}
        self.mena = {(r["country"], r["shipment"]): r for r in read_csv(folder / "mena.csv")}
        self.drops = {r["id"]: r for r in read_csv(folder / "drops.csv")}
        self.ref = self.datasets["reference"]
        self.urls = self.datasets["urls"]

    def as_of(self, kind: str) -> str | None:
        return self.datasets.get("as_of", {}).get(kind)


# =====================================================================================
# Rows from the reference files.
# =====================================================================================
def origin(row: dict) -> tuple[str, str | int]:
    return row["_origin"]


def reject(row: dict, reason: str) -> NoReturn:
    """Stop the build at ``row``: where it comes from, its id and what is wrong with it."""
    raise CurationError(*origin(row), f"{row['id']}: {reason}")


def new_row(kind: str, origin_: tuple[str, str | int], **values) -> dict:
    row = {c: "" for c in COLUMNS[kind]}
    row.update(values)
    row["_origin"] = origin_
    return row


def timeline_rows(dec: Decisions, ref_rows: dict[str, dict]) -> tuple[dict, list, set]:
    """Rows placed by decisions/timeline.csv; merges into generated rows; refs placed."""
    names = dec.names
    out: dict[str, list[dict]] = {k: [] for k in RECORD_FILES}
    merges: list[tuple[dict, dict]] = []
    placed: set[str] = set()
    for line, d in enumerate(dec.timeline, start=2):
        where = ("curation/decisions/timeline.csv", line)
        ref = ref_rows.get(d["ref"])
        if ref is None:
            raise CurationError(*where, f"unknown timeline row {d['ref']!r}")
        placed.add(ref["id"])
        kind = d["file"]
        if kind not in RECORD_FILES:
            raise CurationError(*where, f"unknown output file {kind!r}")
        if d["id"].startswith(("WH-", "MENA-")):
            merges.append((d, ref))
            continue
        want = "tallies" if ref["subtype"] == "cumulative-tally" else \
            {"commitment": "commitments", "delivery": "deliveries", "event": "events"}[ref["kind"]]
        if kind != want and not d["why"]:
            raise CurationError(*where, f"{ref['id']} ({ref['kind']}/{ref['subtype']}) goes to "
                                        f"{kind} without a reason in 'why'")
        row = new_row(kind, where, id=d["id"], _ref=ref["id"], date=d["date"] or ref["date"])
        try:
            if kind != "events":
                row["donor"] = d["donor"] or names["actors"][ref["donor"]]
                row["recipient"] = d["recipient"] or names["actors"][ref["recipient"]]
                row["vaccine"] = d["vaccine"] or names["vaccines"][ref["vaccine"]]
                row["doses"] = d["doses"] or ref["doses"]
            if kind in ("commitments", "deliveries"):
                row["deal_type"] = d["deal_type"] or names["subtype_deal"][ref["subtype"]]
        except KeyError as exc:
            raise CurationError(*where, f"no code for {exc.args[0]!r} in names.toml") from None
        if kind == "deliveries":
            row["status"] = d["status"] or "delivered"
        if kind == "events":
            row["description"] = d["description"] or ref["description"]
            mapped = names["subtype_category"].get(ref["subtype"])
            if d["category"] and mapped and d["category"] != mapped and not d["why"]:
                raise CurationError(*where, f"category {d['category']!r} differs from "
                                            f"{mapped!r} without a reason in 'why'")
            row["category"] = d["category"] or mapped or ""
        row["source"] = d["source"] or ref["source"]
        row["confidence"] = d["confidence"] or ref["confidence"]
        for key in ("channel", "status", "target_date", "revision_of", "part_of", "commitment",
                    "end_date", "title", "actors", "other_sources", "notes"):
            if d[key] and key in row:
                row[key] = d[key]
            elif d[key]:
                raise CurationError(*where, f"{key!r} does not apply to {kind}")
        out[kind].append(row)
    return out, merges, placed


def apply_merge(d: dict, ref: dict, target: dict, where: tuple) -> None:
    """A timeline row that is the same fact as a generated row: one row, both sources."""
    same = (ref["date"] == target["date"] and int(ref["doses"]) == int(target["doses"]))
    if not same:
        raise CurationError(*where, f"{ref['id']} does not match {target['id']} "
                                    "(date and doses must agree to merge)")
    target["other_sources"] = join_urls([*target["other_sources"].split(), ref["source"]])
    target["other_sources"] = join_urls(u for u in target["other_sources"].split()
                                        if u != target["source"])
    target["confidence"] = d["confidence"] or ref["confidence"]
    if d["notes"]:
        target["notes"] = f"{target['notes']} {d['notes']}".strip()
    target["_ref"] = ref["id"]


def wh_rows(dec: Decisions, reference: Path) -> list[dict]:
    name = dec.ref["wh_table"]
    rows = read_csv(reference / name)
    if len(rows) != dec.ref["wh_rows"]:
        raise CurationError(name, "-", f"{len(rows)} rows, expected {dec.ref['wh_rows']}")
    total = sum(int(r["doses_donated_and_shipped"]) for r in rows)
    if total != dec.ref["wh_total"]:
        raise CurationError(name, "-", f"rows sum to {total}, the table says "
                                       f"{dec.ref['wh_total']}")
    out = []
    for line, r in enumerate(rows, start=2):
        written = r["recipient_as_written"]
        if written not in dec.wh_names:
            raise CurationError(name, line, f"no code for {written!r} in wh_names.csv")
        if r["as_of_date"] != dec.ref["wh_date"]:
            raise CurationError(name, line, f"dated {r['as_of_date']}")
        code = dec.wh_names[written]["code"]
        note = ("White House table of U.S. doses donated and shipped to date (bilateral and "
                "COVAX channel together; no vaccine make).")
        spelled = dec.wh_names[written]["spelled_out"]
        if spelled:
            note += f" Written '{written}' ({spelled})."
        out.append(new_row("tallies", (name, line), id=f"WH-{r['as_of_date']}-{code}",
                           date=r["as_of_date"], donor="USA", recipient=code, vaccine="mixed",
                           doses=r["doses_donated_and_shipped"], source=r["source_url"],
                           confidence="high", notes=note, _ref=None))
    return out


def mena_rows(dec: Decisions, reference: Path) -> list[dict]:
    name = dec.ref["mena"]
    rows = read_csv(reference / name)
    if len(rows) != dec.ref["mena_rows"] or \
            len({r["Country"] for r in rows}) != dec.ref["mena_countries"]:
        raise CurationError(name, "-", "unexpected number of rows or countries")
    vaccine_names = dec.names["mena_vaccines"]
    out = []
    for line, r in enumerate(rows, start=2):
        fix = dec.mena.get((r["Country"], r["Number_of_Shipment"]), {})
        urls = fix.get("sources", "").split() or [r["Source"]]
        note = (f"COVAX shipment {r['Number_of_Shipment']} to {r['Country']}; "
                f"{fmt_int(int(r['Doses_Allocated']))} doses allocated (file's Doses_Allocated).")
        if fix.get("doses"):
            note += f" The file gives {fmt_int(int(r['Doses_Recieved']))} doses received."
        if fix.get("notes"):
            note += " " + fix["notes"]
        out.append(new_row(
            "deliveries", (name, line), id=f"MENA-{r['Country']}-{r['Number_of_Shipment']}",
            date=r["Date_Recieved"], donor="COVAX", recipient=r["Country"],
            vaccine=vaccine_names[r["Type_Recieved"]], doses=fix.get("doses") or r["Doses_Recieved"],
            status="delivered", deal_type="allocation", channel="covax", source=urls[0],
            other_sources=join_urls([*urls[1:], dec.urls["mena_dataset"]]),
            confidence=fix.get("confidence") or "medium", notes=note, _ref=None))
    return out


def series_rows(dec: Decisions, reference: Path) -> list[dict]:
    name = dec.ref["cbp"]
    cbp = read_csv(reference / name)
    if not cbp or cbp[0]["month"] != dec.ref["cbp_first_month"] or \
            cbp[-1]["month"] != dec.ref["cbp_last_month"]:
        raise CurationError(name, "-", "does not cover the expected months")
    fy: Counter = Counter()
    for line, r in enumerate(cbp, start=2):
        total, t8, t42 = (int(r[k]) for k in ("sw_encounters_total", "sw_title8",
                                               "sw_title42_expulsions"))
        if total != t8 + t42:
            raise CurationError(name, line, "total != Title 8 + Title 42")
        fy[int(r["fiscal_year"])] += total
    published = {int(k): v for k, v in dec.ref["cbp_fy_totals"].items()}
    if dict(fy) != published:
        raise CurationError(name, "-", f"FY totals {dict(fy)} != published {published}")
    notes = dec.datasets["series_notes"]["text"]
    out = []
    for s in dec.datasets["series"]:
        for r in cbp:
            out.append({"series": s["series"], "title": s["title"], "unit": s["unit"],
                        "date": r["month"] + "-01", "value": int(r[s["column"]]),
                        "source": dec.urls["cbp"], "notes": notes})
    march = next(p["value"] for p in out
                 if p["series"] == "cbp-sw-encounters" and p["date"] == "2021-03-01")
    if march != dec.ref["cbp_march_2021"]:
        raise CurationError(name, "2021-03", f"March 2021 is {march}")
    return out


# =====================================================================================
# Rows from the curation records.
# =====================================================================================
def record_notes(r: dict, kind: str) -> str:
    parts = []
    if kind == "tallies":
        what = TALLY_COUNTS.get(r["deal_type"], r["deal_type"])
        via = {"covax": " via COVAX", "avat": " via AVAT", "bilateral": " (bilateral)",
               "other": " (all channels)"}.get(r["channel"], "")
        if r["deal_type"] == "allocation":
            via = ""
        parts.append(f"Counts {what}{via}.")
    if r["notes"].strip():
        parts.append(r["notes"].strip())
    if r["quote"].strip():
        parts.append(f'Source: "{r["quote"].strip()}" (date precision: {r["date_precision"]}).')
    else:
        parts.append(f"(date precision: {r['date_precision']}).")
    return " ".join(parts)


def record_rows(folder: Path, aliases: dict[str, str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in RECORD_FILES}
    for path in sorted(folder.glob("*.csv")):
        name = f"curation/records/{path.name}" if folder == DEFAULT_RECORDS else str(path)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != RECORD_HEADER:
                raise CurationError(name, 1, f"header is not the brief's: {reader.fieldnames}")
            rows = list(reader)
        for line, r in enumerate(rows, start=2):
            where = (name, line)
            if None in r or any(v is None for v in r.values()):
                raise CurationError(*where, "wrong number of fields")
            r = {k: v.strip() for k, v in r.items()}
            kind = RECORD_KINDS.get(r["kind"])
            if kind is None:
                raise CurationError(*where, f"unknown kind {r['kind']!r}")
            if r["date_precision"] not in DATE_PRECISIONS:
                raise CurationError(*where, f"date_precision {r['date_precision']!r} is not "
                                            "day or month")
            if r["date_precision"] != "day" and r["confidence"] == "high":
                raise CurationError(*where, "a record not exact to the day is at most medium "
                                            "confidence")

            def code(value: str) -> str:
                return aliases.get(value, value)

            row = new_row(kind, where, id=r["id"], date=r["date"], source=r["source"],
                          other_sources=r["other_sources"], confidence=r["confidence"],
                          notes=record_notes(r, kind), _ref=None)
            if kind == "events":
                row.update(end_date=r["end_date"], title=r["title"],
                           description=r["description"], category=r["category"],
                           actors=";".join(code(a) for a in r["actors"].split(";") if a))
            else:
                row.update(donor=code(r["donor"]), recipient=code(r["recipient"]),
                           vaccine=r["vaccine"], doses=r["doses"])
            if kind in ("commitments", "deliveries"):
                row.update(deal_type=r["deal_type"], channel=r["channel"], status=r["status"])
            if kind == "tallies":
                # Not columns of the app's tallies; checked all the same.
                row["_deal_type"], row["_channel"] = r["deal_type"], r["channel"]
            if kind == "commitments":
                row.update(target_date=r["target_date"], part_of=r["part_of"])
            if kind == "deliveries":
                row["commitment"] = r["commitment"]
            out[kind].append(row)
    return out


# =====================================================================================
# Checks. Each failure names the file and row the value came from.
# =====================================================================================
def validate(files: dict[str, list[dict]], dec: Decisions, ref_text: str) -> None:
    reg_actors, reg_vaccines = actors(), vaccines()
    forbidden = dec.datasets.get("forbidden_sources", {})
    added_urls = dec.datasets.get("added_urls", {})
    seen: dict[str, tuple] = {}

    for kind in RECORD_FILES:
        as_of = dec.as_of(kind)
        for r in files[kind]:
            where = origin(r)

            def fail(reason: str, where=where, rid=r["id"]) -> None:
                raise CurationError(*where, f"{rid}: {reason}")

            if not r["id"]:
                fail("no id")
            if r["id"] in seen:
                fail(f"duplicate id (also {seen[r['id']][0]}, row {seen[r['id']][1]})")
            seen[r["id"]] = where
            for f in DATE_FIELDS & set(r):
                if r[f]:
                    try:
                        day(r[f])
                    except ValueError:
                        fail(f"{f} {r[f]!r} is not a date (YYYY-MM-DD)")
            if not r["date"]:
                fail("no date")
            if as_of and r["date"] > as_of:
                fail(f"dated {r['date']}, after the {kind} dataset's as-of date {as_of}")
            urls = [r["source"], *r["other_sources"].split()]
            if not r["source"].startswith(("http://", "https://")):
                fail(f"source {r['source']!r} is not an http(s) URL")
            for url in urls:
                if not url.startswith(("http://", "https://")):
                    fail(f"other source {url!r} is not an http(s) URL")
                for bad, why in forbidden.items():
                    if bad in url:
                        fail(f"cites {url}: {why}")
                if r.get("_ref") and not r["_origin"][0].startswith("curation/records") \
                        and url not in ref_text and url not in added_urls:
                    fail(f"{url} is not in the reference material nor in datasets.toml "
                         "[added_urls]")
            if r["source"] in r["other_sources"].split():
                fail("source repeated in other_sources")
            if r["confidence"] not in CONFIDENCES:
                fail(f"unknown confidence {r['confidence']!r}")
            if kind == "events":
                if r["category"] not in EVENT_CATEGORIES:
                    fail(f"unknown category {r['category']!r}")
                if not 0 < len(r["title"]) <= MAX_TITLE:
                    fail(f"title empty or over {MAX_TITLE} characters")
                if not r["description"]:
                    fail("no description")
                if r["end_date"] and r["end_date"] < r["date"]:
                    fail("ends before it starts")
                if not r["actors"]:
                    fail("no actors")
                for a in r["actors"].split(";"):
                    if a not in reg_actors:
                        fail(f"unknown actor {a!r}")
                continue
            doses = str(r["doses"])
            if not doses.isdigit() or int(doses) <= 0:
                fail(f"doses {doses!r} is not a positive whole number")
            r["doses"] = int(doses)
            for f in ("donor", "recipient"):
                if r[f] not in reg_actors:
                    fail(f"unknown actor {r[f]!r} ({f})")
            if r["donor"] == r["recipient"]:
                fail("donor is the recipient")
            if r["vaccine"] not in reg_vaccines:
                fail(f"unknown vaccine {r['vaccine']!r}")
            if kind in ("commitments", "deliveries"):
                if r["deal_type"] not in DEAL_TYPES:
                    fail(f"unknown deal_type {r['deal_type']!r}")
                if r["channel"] not in CHANNELS:
                    fail(f"unknown channel {r['channel']!r}")
            if kind == "tallies" and "_deal_type" in r:
                if r["_deal_type"] not in DEAL_TYPES:
                    fail(f"unknown deal_type {r['_deal_type']!r}")
                if r["_channel"] not in CHANNELS:
                    fail(f"unknown channel {r['_channel']!r}")
            if kind == "commitments":
                if r["status"] not in COMMITMENT_STATUSES:
                    fail(f"unknown commitment status {r['status']!r}")
                if r["target_date"] and r["target_date"] < r["date"]:
                    fail("target date before the announcement")
            if kind == "deliveries" and r["status"] not in DELIVERY_STATUSES:
                fail(f"unknown delivery status {r['status']!r}")

    # references between records
    by_id = {c["id"]: c for c in files["commitments"]}
    for c in files["commitments"]:
        if c["revision_of"]:
            base = by_id.get(c["revision_of"])
            if base is None or base["revision_of"]:
                reject(c, f"revision_of {c['revision_of']!r} is not an original commitment")
            if (c["donor"], c["recipient"], c["vaccine"]) != \
                    (base["donor"], base["recipient"], base["vaccine"]):
                reject(c, "a revision keeps donor, recipient and vaccine")
            if c["date"] < base["date"]:
                reject(c, f"revision predates {base['id']}")
    parts: dict[str, list[dict]] = defaultdict(list)
    for c in files["commitments"]:
        if not c["part_of"]:
            continue
        whole = by_id.get(c["part_of"])
        if whole is None or whole["revision_of"] or whole["id"] == c["id"]:
            reject(c, f"part_of {c['part_of']!r} is not another original commitment")
        seen_chain = {c["id"]}
        while whole is not None:
            if whole["id"] in seen_chain:
                reject(c, "part_of makes a cycle")
            seen_chain.add(whole["id"])
            whole = by_id.get(whole["part_of"]) if whole["part_of"] else None
        parts[c["part_of"]].append(c)
    for whole_id, members in parts.items():
        whole = by_id[whole_id]
        if sum(m["doses"] for m in members) > whole["doses"]:
            reject(whole, "its parts add up to more than it")
    for d in files["deliveries"]:
        if d["commitment"]:
            c = by_id.get(d["commitment"])
            if c is None or c["revision_of"]:
                reject(d, f"commitment {d['commitment']!r} is not an original commitment in the "
                       "output")
            group = reg_actors.get(c["recipient"]).kind.value != "country"
            if c["donor"] != d["donor"] or (c["recipient"] != d["recipient"] and not group):
                reject(d, f"linked to {c['id']}, a commitment between other actors")
    keys: dict[tuple, dict] = {}
    for t in files["tallies"]:
        key = (t["date"], t["donor"], t["recipient"], t["vaccine"])
        if key in keys:
            reject(t, f"a second tally for {key} (also {keys[key]['id']})")
        keys[key] = t


# =====================================================================================
# Building.
# =====================================================================================
def build(reference: Path = DEFAULT_REFERENCE, records: Path = DEFAULT_RECORDS,
          decisions: Path = DECISIONS) -> dict[str, list[dict]]:
    """Every output file's rows, checked. Raises CurationError; writes nothing."""
    dec = Decisions(decisions)
    timeline = read_csv(reference / dec.ref["timeline"])
    ref_rows = {r["id"]: r for r in timeline}
    if len(ref_rows) != len(timeline) or len(timeline) != dec.ref["timeline_rows"]:
        raise CurationError(dec.ref["timeline"], "-", "unexpected rows or duplicate ids")

    placed_rows, merges, placed = timeline_rows(dec, ref_rows)
    files: dict[str, list[dict]] = {k: list(v) for k, v in placed_rows.items()}
    files["tallies"] += wh_rows(dec, reference)
    files["deliveries"] += mena_rows(dec, reference)
    generated = {r["id"]: r for k in ("tallies", "deliveries") for r in files[k]}
    for d, ref in merges:
        where = ("curation/decisions/timeline.csv", dec.timeline.index(d) + 2)
        target = generated.get(d["id"])
        if target is None:
            raise CurationError(*where, f"merge into unknown row {d['id']!r}")
        apply_merge(d, ref, target, where)

    # coverage: every timeline row is placed, or dropped with a reason
    missing = sorted(set(ref_rows) - placed - set(dec.drops))
    if missing:
        raise CurationError(dec.ref["timeline"], missing[0],
                            "not placed in timeline.csv nor dropped in drops.csv")

    from_records = record_rows(records, dec.names.get("record_actor_aliases", {}))
    for kind in RECORD_FILES:
        files[kind] += from_records[kind]

    # drops (a timeline row replaced by a sourced record, or a record duplicating another)
    by_id = {r["id"]: r for k in RECORD_FILES for r in files[k]}
    forbidden = dec.datasets.get("forbidden_sources", {})
    for drop_id, drop in dec.drops.items():
        if not drop["why"]:
            raise CurationError("curation/decisions/drops.csv", drop_id, "no reason given")
        row = by_id.get(drop_id)
        if row is None:
            if drop_id in ref_rows and drop_id not in placed:
                continue  # a timeline row that is simply not placed
            raise CurationError("curation/decisions/drops.csv", drop_id, "no such row")
        kind = next(k for k in RECORD_FILES if row in files[k])
        files[kind].remove(row)
        if drop["merged_into"]:
            keep = by_id.get(drop["merged_into"])
            if keep is None:
                raise CurationError("curation/decisions/drops.csv", drop_id,
                                    f"merged_into {drop['merged_into']!r} is not a row")
            urls = [u for u in [row["source"], *row["other_sources"].split()]
                    if not any(bad in u for bad in forbidden) and u != keep["source"]]
            keep["other_sources"] = join_urls([*keep["other_sources"].split(), *urls])

    validate(files, dec, reference_text(reference))

    def sort_key(r: dict) -> tuple:
        return (r["date"], 1 if r.get("revision_of") else 0, r["id"])

    out = {k: sorted(files[k], key=sort_key) for k in RECORD_FILES}
    out["series"] = series_rows(dec, reference)
    return out


def reference_text(reference: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(reference.iterdir())
                     if p.suffix in (".md", ".csv", ".psv"))


# =====================================================================================
# Writing.
# =====================================================================================
def csv_text(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else str(r.get(c, "")) for c in columns])
    return buf.getvalue()


def as_of(kind: str, rows: list[dict], dec: Decisions) -> str:
    """The date the file's data is current to: declared, or its latest date."""
    if dec.as_of(kind):
        return dec.as_of(kind)
    if kind == "series":  # monthly points: current to the end of the last month
        last = max(day(r["date"]) for r in rows)
        nxt = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return max([r["date"] for r in rows] + [r["end_date"] for r in rows if r.get("end_date")])


def field_type(name: str) -> str:
    if name in INTEGER_FIELDS:
        return "integer"
    if name in DATE_FIELDS:
        return "date"
    return "string"


def resource_sources(kind: str, rows: list[dict], dec: Decisions) -> list[dict]:
    spec = dec.datasets["resources"][kind]
    titles = dec.datasets.get("titles", {})
    cited: dict[str, list[str]] = {url: [] for url in spec["extra_sources"]}
    for r in rows:
        cited.setdefault(r["source"], []).append(r.get("id") or r.get("series"))
    out = []
    for url, ids in cited.items():
        ids = list(dict.fromkeys(i for i in ids if i))
        if url in titles:
            title = titles[url]
        else:
            shown = ", ".join(ids[:6]) + (f" and {len(ids) - 6} more" if len(ids) > 6 else "")
            title = f"{urlsplit(url).netloc}, cited by {shown}"
        out.append({"title": title, "path": url})
    return out


def datapackage(files: dict[str, list[dict]], dec: Decisions) -> dict:
    licences = dec.datasets["licences"]
    resources = []
    for kind, rows in files.items():
        spec = dec.datasets["resources"][kind]
        schema: dict = {"fields": [{"name": c, "type": field_type(c)} for c in COLUMNS[kind]]}
        if kind != "series":
            schema["primaryKey"] = "id"
        if kind == "commitments":
            schema["foreignKeys"] = [
                {"fields": "revision_of", "reference": {"resource": "", "fields": "id"}},
                {"fields": "part_of", "reference": {"resource": "", "fields": "id"}}]
        if kind == "deliveries":
            schema["foreignKeys"] = [{"fields": "commitment",
                                      "reference": {"resource": "commitments", "fields": "id"}}]
        resources.append({
            "name": kind, "path": f"{kind}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "title": spec["title"], "description": spec["description"],
            "as_of": as_of(kind, rows, dec),
            "licenses": [licences[k] for k in spec["licences"]],
            "sources": resource_sources(kind, rows, dec),
            "schema": schema,
        })
    pkg = dec.datasets["package"]
    titles = dec.datasets.get("titles", {})
    return {
        "profile": "tabular-data-package",
        "name": pkg["name"], "title": pkg["title"], "description": pkg["description"],
        "licenses": [licences[k] for k in pkg["licences"]],
        "notice": pkg["notice"],
        "sources": [{"title": "Curated records (project compilation, CC BY 4.0; each record "
                              "cites its own source URL)"}]
                   + [{"title": t, "path": u} for u, t in titles.items()],
        "resources": resources,
    }


def render(files: dict[str, list[dict]], decisions: Path = DECISIONS) -> dict[str, str]:
    """File name -> text of every file written into sample_data/."""
    dec = Decisions(decisions)
    out = {f"{kind}.csv": csv_text(COLUMNS[kind], rows) for kind, rows in files.items()}
    out["datapackage.json"] = json.dumps(datapackage(files, dec), indent=2,
                                         ensure_ascii=False) + "\n"
    out[dec.datasets["package"]["notice"]] = NOTICE_SOURCE.read_text(encoding="utf-8")
    return out


def write(texts: dict[str, str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        with (out / name).open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)


def summary(files: dict[str, list[dict]]) -> list[str]:
    lines = [f"{kind + '.csv':18} {len(rows):5} rows" for kind, rows in files.items()]
    donors = Counter(r["donor"] for k in ("commitments", "deliveries", "tallies")
                     for r in files[k])
    lines.append("records by donor: " + ", ".join(f"{d} {n}" for d, n in donors.most_common()))
    wh = sum(t["doses"] for t in files["tallies"] if t["id"].startswith("WH-2021-08-03-"))
    lines.append(f"White House table 2021-08-03: {fmt_int(wh)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help=f"the reference data (default: {DEFAULT_REFERENCE})")
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS,
                        help="folder of curation record files (default: curation/records)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output folder (default: sample_data)")
    args = parser.parse_args(argv)
    try:
        files = build(args.reference, args.records)
    except CurationError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    write(render(files), args.out)
    print("\n".join(summary(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
