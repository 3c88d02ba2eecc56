"""The bundled datasets: rebuilt byte for byte from the curation files, refused when a row
is bad, and holding the corrected and published figures (issue 16)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from curation import build as curation_build
from curation.build import CurationError
from tracker.io.paths import sample_data_dir

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = sample_data_dir()
REFERENCE = curation_build.DEFAULT_REFERENCE
RECORDS = curation_build.DEFAULT_RECORDS
DOCS = ROOT / "docs" / "curation.md"
needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"no reference data at {REFERENCE}"
)


def rows(kind: str) -> list[dict[str, str]]:
    with (SAMPLE / f"{kind}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def by_id(kind: str) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in rows(kind)}


# -- the build -------------------------------------------------------------------------
@needs_reference
def test_rebuild_matches_the_committed_files_byte_for_byte(tmp_path):
    out = tmp_path / "out"
    assert curation_build.main(["--out", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    shipped = sorted(p.name for p in SAMPLE.iterdir() if p.suffix in (".csv", ".json", ".md"))
    assert written == shipped
    for name in written:
        assert (out / name).read_bytes() == (SAMPLE / name).read_bytes(), name


BAD_ROWS = {
    "no http(s) source": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,MEX,moderna,1000,donation,bilateral,delivered,"
        ",,,,,,,,ftp://example.org/x,,high,a quote,",
        "is not an http(s) URL",
    ),
    "no source at all": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,MEX,moderna,1000,donation,bilateral,delivered,"
        ",,,,,,,,,,high,a quote,",
        "is not an http(s) URL",
    ),
    "unknown actor": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,XXQ,moderna,1000,donation,bilateral,delivered,"
        ",,,,,,,,https://example.org/a,,high,a quote,",
        "unknown actor 'XXQ'",
    ),
    "unknown event actor": (
        "event,ZZ-E-001,2021-05-01,day,,,,,,,,,,,,A title,A description.,diplomacy,USA;NARNIA,"
        "https://example.org/a,,high,a quote,",
        "unknown actor 'NARNIA'",
    ),
    "unknown vaccine": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,MEX,novavax,1000,donation,bilateral,delivered,"
        ",,,,,,,,https://example.org/a,,high,a quote,",
        "unknown vaccine 'novavax'",
    ),
    "unknown deal type": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,MEX,moderna,1000,gift,bilateral,delivered,"
        ",,,,,,,,https://example.org/a,,high,a quote,",
        "unknown deal_type 'gift'",
    ),
    "after the as-of date": (
        "delivery,ZZ-D-001,2022-01-05,day,USA,MEX,moderna,1000,donation,bilateral,delivered,"
        ",,,,,,,,https://example.org/a,,high,a quote,",
        "after the deliveries dataset's as-of date 2021-12-31",
    ),
    "duplicate id": (
        "delivery,T1-10,2021-05-01,day,USA,MEX,moderna,1000,donation,bilateral,delivered,"
        ",,,,,,,,https://example.org/a,,high,a quote,",
        "duplicate id",
    ),
    "unknown commitment link": (
        "delivery,ZZ-D-001,2021-05-01,day,USA,MEX,moderna,1000,donation,bilateral,delivered,"
        ",,NOPE-1,,,,,,https://example.org/a,,high,a quote,",
        "commitment 'NOPE-1'",
    ),
    "unknown part_of": (
        "commitment,ZZ-C-001,2021-05-01,day,USA,MEX,moderna,1000,donation,bilateral,announced,"
        ",NOPE-2,,,,,,,https://example.org/a,,high,a quote,",
        "part_of 'NOPE-2'",
    ),
    "the unlicensed Bridge snapshot": (
        "delivery,ZZ-D-001,2021-05-01,day,SINOVAC,CHL,coronavac,1000,sale,bilateral,delivered,"
        ",,,,,,,,https://github.com/alinlzx/chinesevaccinesinvestment/blob/main/Vaccines.csv"
        ",,medium,a quote,",
        "no licence",
    ),
}


@needs_reference
@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_a_bad_record_is_refused_with_file_row_and_reason_and_nothing_is_written(tmp_path, case):
    line, reason = BAD_ROWS[case]
    records = tmp_path / "records"
    shutil.copytree(RECORDS, records)
    bad = records / "zz_bad.csv"
    header = (RECORDS / "china.csv").read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(f"{header}\n{line}\n", encoding="utf-8")

    with pytest.raises(CurationError) as err:
        curation_build.build(REFERENCE, records)
    assert err.value.file.endswith("zz_bad.csv")
    assert err.value.row == 2
    assert reason in err.value.reason
    assert "zz_bad.csv, row 2: " in str(err.value)

    out = tmp_path / "out"
    assert curation_build.main(["--records", str(records), "--out", str(out)]) == 1
    assert not out.exists()


@needs_reference
def test_a_wrong_header_is_refused(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    (records / "x.csv").write_text("kind,id,date\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"x.csv, row 1: header"):
        curation_build.build(REFERENCE, records)


# -- corrected figures (issue 16) ------------------------------------------------------
def test_t1_12_is_the_bulletin_figure():
    d = by_id("deliveries")["T1-12"]
    assert (d["donor"], d["recipient"], d["date"], int(d["doses"])) == (
        "USA",
        "MEX",
        "2021-04-01",
        1_208_700,
    )


def test_t2_14_is_the_chilean_government_figure():
    d = by_id("deliveries")["T2-14"]
    assert int(d["doses"]) == 1_917_663
    assert d["source"].startswith("https://www.gob.cl/")


def test_chile_chinese_vaccines_are_sales_by_maker_from_the_health_ministry():
    tallies = by_id("tallies")
    assert "T2-48" not in tallies
    assert not any(t["donor"] == "CHN" and t["recipient"] == "CHL" for t in tallies.values())
    sinovac, cansino = tallies["CN-T-002"], tallies["CN-T-003"]
    assert (sinovac["donor"], sinovac["date"], int(sinovac["doses"])) == (
        "SINOVAC",
        "2021-06-26",
        18_671_476,
    )
    assert (cansino["donor"], cansino["date"], int(cansino["doses"])) == (
        "CANSINO",
        "2021-06-26",
        575_908,
    )
    assert sinovac["notes"].startswith("Counts sales")
    assert "20,071,476" in DOCS.read_text(encoding="utf-8")  # the dropped figure, explained


def test_t1_16_note_no_longer_claims_the_first_us_donation():
    note = by_id("deliveries")["T1-16"]["notes"]
    assert "South Korea on 5 June 2021" in note
    assert "First U.S.-government-donated vaccines to any country" not in note


def test_honduras_second_moderna_shipment_makes_the_white_house_tally():
    second = by_id("deliveries")["US-D-003"]  # usa.csv (was FX-D-001 before it arrived)
    assert (second["donor"], second["recipient"], second["vaccine"], second["date"]) == (
        "USA",
        "HND",
        "moderna",
        "2021-07-22",
    )
    assert (int(second["doses"]), second["channel"]) == (1_500_000, "covax")
    to_hnd = sum(
        int(d["doses"])
        for d in rows("deliveries")
        if d["donor"] == "USA" and d["recipient"] == "HND" and d["date"] <= "2021-08-03"
    )
    assert to_hnd == int(by_id("tallies")["WH-2021-08-03-HND"]["doses"]) == 3_000_000


def test_mexico_first_covax_shipment_and_bolivia_sinopharm_are_there_once():
    deliveries = rows("deliveries")
    mex = [
        d
        for d in deliveries
        if d["recipient"] == "MEX" and d["date"] == "2021-04-22" and d["donor"] == "COVAX"
    ]
    assert [(d["id"], int(d["doses"])) for d in mex] == [("CV-D-014", 1_075_200)]
    bol = sorted(
        (d["donor"], int(d["doses"]), d["deal_type"], d["commitment"])
        for d in deliveries
        if d["recipient"] == "BOL" and d["date"] == "2021-02-24" and d["vaccine"] == "sinopharm"
    )
    assert bol == [("CHN", 100_000, "donation", "T2-17b"), ("SINOPHARM", 400_000, "sale", "T2-17a")]


def test_mena_citations_fixed():
    d = by_id("deliveries")
    assert d["MENA-LBY-2"]["source"].startswith("https://www.libyaherald.com/")
    assert "idUSKBN2B20YL" not in d["MENA-LBY-2"]["source"] + d["MENA-LBY-2"]["other_sources"]
    mar1 = d["MENA-MAR-1"]
    assert int(mar1["doses"]) == 307_200
    assert "650000" not in mar1["source"]
    assert "307,200" in mar1["notes"] or "307.200" in mar1["notes"]


def test_event_citations_and_confidence_fixed():
    events = by_id("events")
    assert events["T3-05"]["source"] == (
        "https://regulations.justia.com/regulations/fedreg/2021/02/17/2021-03227.html"
    )
    assert "109,249" in events["T3-10"]["notes"] and "103,900" in events["T3-10"]["notes"]
    assert by_id("deliveries")["T2-08"]["confidence"] == "medium"


def test_part_of_relations_keep_overlapping_pledges_apart():
    c = by_id("commitments")
    assert c["T2-34"]["part_of"] == "T2-35"  # the U.S. 500 M inside the G7's billion
    # 1 M J&J to Mexico inside the ~6 M direct share (US-C-004) inside the 80 M
    assert c["T1-15"]["part_of"] == "US-C-004" and c["US-C-004"]["part_of"] == "T2-31"
    assert by_id("deliveries")["T1-17"]["commitment"] == "T2-31"
    ids = set(c)
    assert all(r["part_of"] in ids for r in c.values() if r["part_of"])
    assert all(r["commitment"] in ids for r in rows("deliveries") if r["commitment"])


# -- sources and licences -------------------------------------------------------------
def test_every_record_has_an_http_source_and_none_cites_bridge():
    for kind in ("commitments", "deliveries", "tallies", "events"):
        for r in rows(kind):
            assert re.match(r"https?://", r["source"]), (kind, r["id"])
    for path in SAMPLE.iterdir():
        if path.suffix in (".csv", ".json"):
            text = path.read_text(encoding="utf-8").lower()
            assert "alinlzx" not in text and "bridgebeijing" not in text, path.name


def test_every_resource_names_sources_and_licences_and_the_notices_ship():
    package = json.loads((SAMPLE / "datapackage.json").read_text(encoding="utf-8"))
    expected = {
        "commitments": {"CC-BY-4.0"},
        "deliveries": {"CC-BY-4.0", "MIT"},
        "tallies": {"CC-BY-4.0", "Public domain"},
        "events": {"CC-BY-4.0"},
        "series": {"Public domain"},
    }
    for res in package["resources"]:
        names = {lic.get("name") or lic["title"].split(" (")[0] for lic in res["licenses"]}
        assert names == expected[res["name"]], res["name"]
        assert res["sources"] and all(s["path"].startswith("http") for s in res["sources"])
        assert res["as_of"]
    notice = (SAMPLE / package["notice"]).read_text(encoding="utf-8")
    assert "Copyright (c) 2020 Inception Health" in notice
    assert "Permission is hereby granted, free of charge" in notice
    assert "creativecommons.org/licenses/by/4.0" in notice


# -- published totals -----------------------------------------------------------------
def test_white_house_table_sums_to_its_total_over_65_countries():
    wh = [t for t in rows("tallies") if t["id"].startswith("WH-2021-08-03-")]
    assert len(wh) == 65 and len({t["recipient"] for t in wh}) == 65
    assert sum(int(t["doses"]) for t in wh) == 111_701_000


def india_category_totals() -> list[tuple[str, str, str, int, int]]:
    """(id, date, donor, Ministry total, sum of the per-country tallies of that date)."""
    tallies = [t for t in rows("tallies") if t["id"].startswith("IN-T-")]
    per_country: dict[tuple[str, str], int] = defaultdict(int)
    for t in tallies:
        if t["recipient"] != "MULTI":
            per_country[(t["date"], t["donor"])] += int(t["doses"])
    return [
        (t["id"], t["date"], t["donor"], int(t["doses"]), per_country[(t["date"], t["donor"])])
        for t in tallies
        if t["recipient"] == "MULTI"
    ]


def test_india_category_totals_equal_the_per_country_sums_or_are_explained():
    docs = DOCS.read_text(encoding="utf-8")
    totals = india_category_totals()
    assert len(totals) >= 10
    matched = [t for t in totals if t[3] == t[4]]
    assert {t[0] for t in matched} >= {"IN-T-010", "IN-T-035", "IN-T-036"}
    for tid, _day, _donor, total, summed in totals:
        if total != summed:
            line = next((ln for ln in docs.splitlines() if f"| {tid} |" in ln), "")
            assert f"{total - summed:,}" in line, f"{tid}: difference not explained in docs"


def test_every_tally_has_its_reconciliation_status_in_the_docs():
    docs = DOCS.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| ([A-Z0-9-]+) \| \d{4}-\d\d-\d\d \|", docs, re.M))
    assert {t["id"] for t in rows("tallies")} <= listed
