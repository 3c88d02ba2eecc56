#!/usr/bin/env python3
"""Build the bundled sample datasets of the Vaccine Diplomacy Tracker.

Reads the researched reference files in ``shared/reference-data`` and writes, next to
this script, the five CSV files described in ``docs/data-format.md`` plus a Frictionless
``datapackage.json``.  Every curation decision (which reference row goes where, with
which codes, and why) is an explicit table below, so a reviewer can read each one.
The script is re-runnable and deterministic (no timestamps are written).

    python3 sample_data/build_sample_data.py [REFERENCE_DIR] [--out DIR]

REFERENCE_DIR defaults to ``<repo root>/../shared/reference-data``, i.e.
``Path(__file__).resolve().parents[2] / "shared" / "reference-data"``.

Only the standard library is needed.  If the ``pycountry`` package is importable, every
ISO 3166-1 alpha-3 code written is also checked against it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
DEFAULT_REFERENCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference-data"

TIMELINE_FILE = "vaccine_diplomacy_timeline_2020-2021.csv"
WH_TABLE_FILE = "us_vaccine_donations_by_country_2021-08-03.csv"
MENA_FILE = "covax_deliveries_mena_2021.csv"
CBP_FILE = "cbp_sw_border_encounters_monthly_fy2020-fy2023.csv"

# =====================================================================================
# The app's format (docs/data-format.md): columns, in this order.
# =====================================================================================
SOURCE_FIELDS = ["source", "other_sources", "confidence", "notes"]
COLUMNS = {
    "commitments": ["id", "date", "donor", "recipient", "vaccine", "doses", "deal_type",
                    "channel", "status", "target_date", "revision_of", *SOURCE_FIELDS],
    "deliveries": ["id", "date", "donor", "recipient", "vaccine", "doses", "status",
                   "commitment", "deal_type", "channel", "expiry_date", *SOURCE_FIELDS],
    "tallies": ["id", "date", "donor", "recipient", "vaccine", "doses", *SOURCE_FIELDS],
    "events": ["id", "date", "end_date", "title", "description", "category", "actors",
               *SOURCE_FIELDS],
    "series": ["series", "title", "unit", "date", "value", "source", "notes"],
}
DATE_FIELDS = {"date", "target_date", "expiry_date", "end_date"}
INTEGER_FIELDS = {"doses", "value"}

NON_COUNTRY_ACTORS = {"COVAX", "AVAT", "AFUNION", "EU", "CARICOM", "G7", "MULTI",
                      "SINOVAC", "SINOPHARM", "CANSINO", "RDIF", "SII", "ASTRAZENECA"}
VACCINE_CODES = {"astrazeneca", "pfizer", "moderna", "janssen", "coronavac", "sinopharm",
                 "sputnik-v", "covishield", "covaxin", "cansino", "mixed"}
DEAL_TYPES = {"donation", "loan", "sale", "allocation", "pledge"}
CHANNELS = {"bilateral", "covax", "avat", "other"}
COMMITMENT_STATUSES = {"announced", "confirmed", "cancelled"}
DELIVERY_STATUSES = {"scheduled", "in_transit", "delivered"}
EVENT_CATEGORIES = {"migration", "border", "diplomacy", "trade", "health", "other"}
CONFIDENCES = {"high", "medium", "low"}
MAX_TITLE = 45

# =====================================================================================
# Name tables: the reference files' spellings -> the app's codes.
# =====================================================================================
#: Donor / recipient as written in the timeline -> actor code.  Sellers of commercial
#: purchases are the company (rule: a purchase is a `sale` with the seller as donor).
ACTOR_NAMES = {
    "United States": "USA",
    "United States (via COVAX)": "USA",  # T2-38: U.S. donation, channel covax
    "Mexico": "MEX",
    "Canada": "CAN",
    "India": "IND",
    "China": "CHN",  # government gifts only
    "COVAX": "COVAX",
    "COVAX (UNICEF; SII-made AstraZeneca)": "COVAX",
    "G7+": "G7",
    "Russia (RDIF, commercial)": "RDIF",
    "Russia (commercial)": "RDIF",
    "Sinovac (China, commercial)": "SINOVAC",
    "Sinovac (China)": "SINOVAC",  # T2-22, sale/gift disputed: see its notes
    "CanSino (China, commercial)": "CANSINO",
    "Serum Institute of India (commercial)": "SII",
    "AstraZeneca (Argentine-made active ingredient, flown via U.S.)": "ASTRAZENECA",
    # recipients
    "Argentina": "ARG", "Bangladesh": "BGD", "Bhutan": "BTN", "Bolivia": "BOL",
    "Brazil": "BRA", "Brazil (Instituto Butantan)": "BRA", "Chile": "CHL",
    "Colombia": "COL", "Dominican Republic": "DOM", "Ghana": "GHA", "Guatemala": "GTM",
    "Honduras": "HND", "Maldives": "MDV", "Mauritius": "MUS", "Myanmar": "MMR",
    "Nepal": "NPL", "Pakistan": "PAK", "Seychelles": "SYC", "Sri Lanka": "LKA",
    "Venezuela": "VEN",
    # aggregates a source does not split
    "World": "MULTI",
    "65 countries": "MULTI",
    "92 low/lower-middle income countries + African Union": "MULTI",
    "Low and lower-middle income countries": "MULTI",
}

#: Vaccine as written in the timeline -> vaccine code.
VACCINE_NAMES = {
    "Oxford/AstraZeneca": "astrazeneca",
    "Pfizer-BioNTech": "pfizer",
    "Moderna": "moderna",
    "Janssen (Johnson & Johnson)": "janssen",
    "Sinovac (CoronaVac)": "coronavac",
    "Sinopharm (BBIBP)": "sinopharm",
    "Sputnik V (Gamaleya)": "sputnik-v",
    "Covishield (SII-made AstraZeneca)": "covishield",
    "CanSino (Ad5-nCoV)": "cansino",
    "mixed": "mixed",
    "AstraZeneca + U.S.-authorized vaccines": "mixed",
    "Chinese vaccines": "mixed",
    "CanSino; Sinovac; Sinopharm": "mixed",
    "Sinovac; CanSino": "mixed",
}

#: Reference sub-type -> deal_type (commitments and deliveries).
SUBTYPE_DEAL = {
    "loan": "loan",
    "donation": "donation",
    "purchase": "sale",
    "purchase (bulk active ingredient)": "sale",
    "purchase (disputed)": "sale",  # T2-22, see its notes
    "commercial (NOT a U.S. donation)": "sale",  # T1-13
    "covax": "allocation",
    "pledge": "pledge",
}

#: Reference event sub-type -> event category.
SUBTYPE_CATEGORY = {
    "leaders-call": "diplomacy",
    "leaders-meeting": "diplomacy",
    "dialogue": "diplomacy",
    "statement": "diplomacy",
    "announcement": "diplomacy",
    "border-restriction": "border",
    "border-reopening": "border",
    "border-enforcement": "border",
    "migration-cooperation": "migration",
    "statistics-release": "migration",
    "export-halt": "trade",
    # "policy" has no single category: each policy row states its own (Title 42 -> migration).
}
#: Events whose category differs from SUBTYPE_CATEGORY, and why.
CATEGORY_EXCEPTIONS = {
    "T3-20": "a statement, but about Title 42 staying in place: migration, not diplomacy",
}

#: White House table spellings (2021-08-03) -> ISO 3166-1 alpha-3.  Abbreviations and
#: short forms are spelt out in the comments.
WH_NAMES = {
    "Afghanistan": "AFG", "Argentina": "ARG", "Bangladesh": "BGD", "Benin": "BEN",
    "Bhutan": "BTN", "Bolivia": "BOL", "Brazil": "BRA", "Burkina Faso": "BFA",
    "CAR": "CAF",  # Central African Republic
    "Cambodia": "KHM", "Cameroon": "CMR", "Canada": "CAN", "Colombia": "COL",
    "Costa Rica": "CRI", "Djibouti": "DJI", "Ecuador": "ECU", "El Salvador": "SLV",
    "Eswatini": "SWZ", "Ethiopia": "ETH", "Fiji": "FJI",
    "Gambia": "GMB", "Georgia": "GEO",  # the country in the Caucasus
    "Guatemala": "GTM", "Guinea Bissau": "GNB", "Haiti": "HTI", "Honduras": "HND",
    "Indonesia": "IDN", "Jordan": "JOR",
    "Laos": "LAO",  # Lao People's Democratic Republic
    "Lesotho": "LSO", "Liberia": "LBR", "Madagascar": "MDG", "Malawi": "MWI",
    "Malaysia": "MYS", "Mali": "MLI", "Mauritania": "MRT", "Mexico": "MEX",
    "Moldova": "MDA", "Morocco": "MAR", "Mozambique": "MOZ", "Nepal": "NPL",
    "Niger": "NER", "Nigeria": "NGA",  # Niger != Nigeria
    "PNG": "PNG",  # Papua New Guinea
    "Pakistan": "PAK", "Panama": "PAN", "Paraguay": "PRY", "Peru": "PER",
    "Philippines": "PHL",
    "ROK": "KOR",  # Republic of Korea (South Korea)
    "Senegal": "SEN", "Somalia": "SOM", "South Africa": "ZAF", "Sri Lanka": "LKA",
    "Sudan": "SDN", "Taiwan": "TWN", "Tajikistan": "TJK", "Tanzania": "TZA",
    "Thailand": "THA", "Tunisia": "TUN", "Ukraine": "UKR", "Uruguay": "URY",
    "Uzbekistan": "UZB", "Vietnam": "VNM", "Zambia": "ZMB",
}
WH_SPELLED_OUT = {"CAR": "Central African Republic", "PNG": "Papua New Guinea",
                  "ROK": "Republic of Korea"}
WH_TABLE_TOTAL = 111_701_000  # the table's stated total (README, T2-43)

#: COVAX-MENA `Type_Recieved` -> vaccine code.  The file says "AstraZeneca"; it does not
#: say which plant made the doses, so they are not re-labelled `covishield`.
MENA_VACCINES = {"AstraZeneca": "astrazeneca", "Pfizer-BioNTech": "pfizer"}
MENA_DATASET_URL = ("https://github.com/inception-labs/covid-vaccine-mena/blob/main/"
                    "Distribution/COVAX-Distribution.csv")
MENA_CONFIDENCE = "medium"  # a secondary compilation citing Gavi/UNICEF/press (as T2-27)
#: The garbled Source value of the first JOR row, split into the two URLs run together.
MENA_SOURCE_FIXES = {
    ("JOR", "1"): ["https://www.gavi.org/covax-vaccine-roll-out/jordan",
                   "https://www.reuters.com/article/us-health-coronavirus-vaccine-idUSKBN2B20YL"],
}
#: URLs that do not appear verbatim in the reference files, and why they may be used.
URL_ALLOWLIST = {
    "https://www.gavi.org/covax-vaccine-roll-out/jordan":
        "the first JOR row's garbled Source, repaired (the same Gavi page pattern as the other rows)",
}
#: Extra notes on individual MENA rows.
MENA_NOTES = {
    ("JOR", "1"): ("Same shipment as reference T2-27 (merged: one delivery, both sources). "
                   "The file's Source value is garbled (two URLs run together); split into the "
                   "Gavi Jordan page and the Reuters article."),
    ("LBY", "2"): ("The file cites the same Reuters article as for Jordan's first shipment "
                   "(2021-03-13); not checked that it covers this 2021-05-19 shipment."),
    ("MAR", "1"): "The file cites the same article for both Morocco shipments.",
    ("MAR", "2"): "The file cites the same article for both Morocco shipments.",
}

WH_URL = ("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/08/03/"
          "fact-sheet-president-biden-announces-major-milestone-in-administrations-global-"
          "vaccination-efforts-more-than-100-million-u-s-covid-19-vaccine-doses-donated-and-"
          "shipped-abroad/")
T1_07_URL = ("https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2021/03/19/"
             "press-briefing-by-white-house-covid-19-response-team-and-public-health-officials-17/")
NYT_COPY_URL = ("https://www.staradvertiser.com/2021/03/18/breaking-news/u-s-to-send-millions-"
                "of-astrazeneca-vaccine-doses-to-mexico-and-canada/")
BRIDGE_URL = ("https://github.com/alinlzx/chinesevaccinesinvestment/blob/"
              "f11bd3810df7a20cb311ab59b716b3e70faa1e1f/Vaccines.csv")
REUTERS_MX_2021_03_29 = ("https://nationalpost.com/pmn/health-pmn/mexico-receives-1-5-mln-does-"
                         "of-astrazeneca-covid-19-vaccine-from-u-s")
CBP_URL = "https://www.cbp.gov/newsroom/stats/nationwide-encounters"
CBP_MIRROR_URL = "https://github.com/UWCHR/cbp"

# =====================================================================================
# Where each timeline row goes.  Fields not given are copied from the reference row:
# date, doses, source, confidence; donor/recipient via ACTOR_NAMES; vaccine via
# VACCINE_NAMES; deal_type via SUBTYPE_DEAL.  `ref` is the timeline id the record comes from.
# =====================================================================================

#: Dates that differ from the reference row, and why (each listed in docs/curation.md).
DATE_CHANGES = {
    "T2-11": ("2021-01-23", "the reference date 2021-01-22 is the dispatch date; "
                            "the arrival date (Fiocruz, 23 Jan) is in the row's note"),
    "T3-07": ("2021-03-19", "a period: the date it took effect (announced 2021-03-18)"),
    "T2-48": ("2021-05-24", "the Bridge row for Chile says 'Data verified as of 24/5'"),
}
#: Figures that differ from the reference row (splits stated in the source), and why.
DOSE_SPLITS = {
    "T2-17": {"T2-17a": 400_000, "T2-17b": 100_000},  # "400,000 purchased + 100,000 donated"
    "T2-46": {"T2-46-CANSINO": 5_325_000, "T2-46-SINOVAC": 17_000_000},  # "delivered 22.325M
    # (CanSino 5.325M, Sinovac 17M, Sinopharm 0)"; Sinopharm 0 gives no row
}

COMMITMENTS = [
    dict(id="T1-04", ref="T1-04", channel="bilateral", status="announced",
         other_sources=[NYT_COPY_URL, T1_07_URL],
         notes="Psaki: plan to lend 2.5 M of 7 M 'releasable' AstraZeneca doses ('not fully "
               "finalized yet'). Mexico cites 2.7 M: revision T1-08 is the figure that counts. "
               "Restated by Zients on 2021-03-19 ('around 4 million' with Canada, event T1-07)."),
    dict(id="T1-05", ref="T1-05", channel="bilateral", status="announced",
         other_sources=[NYT_COPY_URL, T1_07_URL],
         notes="Psaki: 1.5 M of the 7 M releasable AstraZeneca doses to be lent to Canada. "
               "Deal finalized 2021-03-25 (revision T1-09). Restated by Zients on 2021-03-19 "
               "(event T1-07)."),
    dict(id="T1-08", ref="T1-08", revision_of="T1-04", channel="bilateral", status="confirmed",
         other_sources=[REUTERS_MX_2021_03_29],
         notes="Ebrard: first 1.5 M arrive Sunday, of the 2.7 M the U.S. committed to send. "
               "Sources disagree: White House 2.5 M (T1-04), Mexico 2.7 M; 2.7 M chosen, as "
               "Mexico cites it consistently and the two deliveries (1.5 M + 'more than "
               "1.2 M') match it. Regional outlet, consistent with Reuters 2021-03-29."),
    dict(id="T1-09", ref="T1-09", revision_of="T1-05", channel="bilateral", status="confirmed",
         notes="Fortin: dose-sharing deal finalized, 1.5 M expected next week; Canada to send "
               "1.5 M back in coming months. A PSPC official (Global News) said they will be "
               "subtracted from Canada's 20 M-dose AstraZeneca contract. Same figure as T1-05."),
    dict(id="T1-15", ref="T1-15", channel="bilateral", status="announced",
         notes="López Obrador: after a call with Harris the U.S. agreed to send 1 M J&J doses "
               "(Reuters via aggregator). 1.35 M were delivered (T1-16); no revised pledge was "
               "found, so 1 M is kept."),
    dict(id="T1-20", ref="T1-20", channel="bilateral", status="announced",
         target_date="2021-08-31",
         notes="Ebrard (10 Aug), after the 9 Aug Harris–López Obrador call: 3.5 M Moderna in "
               "August (target_date = end of August). Reuters: the White House gave no "
               "specifics. Delivered in full (T1-22, T1-23)."),
    dict(id="T1-21", ref="T1-21", channel="bilateral", status="announced",
         target_date="2021-08-31",
         notes="Same announcement: 'up to five million' AstraZeneca doses in August (a ceiling). "
               "No delivery found; the U.S. Embassy total of 7.57 M (T1-24) does not appear to "
               "include them."),
    dict(id="T2-17a", ref="T2-17", donor="SINOPHARM", recipient="BOL", vaccine="sinopharm",
         deal_type="sale", channel="bilateral", status="announced", target_date="2021-02-28",
         notes="Bolivia–Sinopharm deal for 500,000 doses: 400,000 purchased (this row) + "
               "100,000 donated by China (T2-17b), split as the source states; to arrive by end "
               "of February. Reuters summary."),
    dict(id="T2-17b", ref="T2-17", donor="CHN", recipient="BOL", vaccine="sinopharm",
         deal_type="donation", channel="bilateral", status="announced", target_date="2021-02-28",
         notes="The 100,000 doses donated by China within Bolivia's 500,000-dose Sinopharm deal "
               "(400,000 purchased: T2-17a), split as the source states. Reuters summary."),
    dict(id="T2-29", ref="T2-29", channel="bilateral", status="announced",
         other_sources=[BRIDGE_URL],
         notes="Reuters: Mexico to sign a 20 M-dose Sinovac contract; 12 M Sinopharm 'also "
               "planned' (not recorded: no deal reported). The Bridge tracker snapshot lists "
               "Mexico's Sinovac purchase as 20 M."),
    dict(id="T2-31", ref="T2-31", recipient="MULTI", channel="other", status="announced",
         target_date="2021-06-30",
         notes="80 M by end of June: the 60 M AstraZeneca doses announced earlier + at least "
               "20 M U.S.-authorized doses. Aggregate, not split; its allocation (T1-14, T2-33, "
               "T2-36) is recorded as events and not counted again."),
    dict(id="T2-34", ref="T2-34", channel="other", status="announced", target_date="2022-06-30",
         notes="500 M Pfizer doses for 92 low/lower-middle income countries and the African "
               "Union: 200 M by end of 2021, the rest by June 2022; announced at the G7, "
               "Cornwall. Aggregate, not split."),
    dict(id="T2-35", ref="T2-35", channel="other", status="announced",
         notes="'More than one billion' doses: a floor. The White House counts ~2.3 billion "
               "committed by G7+ since 2020. A bloc total (the U.S. is a member): do not add it "
               "to members' own pledges."),
    dict(id="T2-44", ref="T2-44", channel="other", status="announced", target_date="2021-12-31",
         notes="Xi: China will 'strive to provide' 2 billion doses to the world in 2021 (supply, "
               "not only gifts) and donate US$100 M to COVAX. AFP: >700 M doses supplied abroad "
               "by late July. Aggregate, not split."),
    dict(id="T2-45", ref="T2-45", channel="other", status="announced",
         notes="A further 500 M Pfizer doses (shipping from January 2022), in addition to T2-34; "
               "U.S. donations over 1.1 billion, ~160 M already shipped to 100 countries. "
               "Aggregate, not split."),
]

DELIVERIES = [
    # --- U.S. -> Mexico / Canada ---------------------------------------------------------
    dict(id="T1-10", ref="T1-10", commitment="T1-04", channel="bilateral",
         notes="Reuters (dated 2021-03-29): landed in Mexico City on Sunday night, the first "
               "batch of ~2.7 M. El País: a further 1.2 M planned for 1 April."),
    dict(id="T1-11", ref="T1-11", commitment="T1-05", channel="bilateral",
         other_sources=[WH_URL],
         notes="Only the scheduled date was found: Anand (2021-03-26) said the doses would "
               "arrive by truck on Tuesday 30 March. The 2021-08-03 White House tally (Canada "
               "2.5 M = 1.5 M loan + 1 M Moderna) confirms they arrived."),
    dict(id="T1-12", ref="T1-12", commitment="T1-04", channel="bilateral",
         notes="'More than 1.2 million', the second and final shipment of the 2.7 M loan "
               "(El País, republished translation); exact count not given, 1,200,000 used."),
    dict(id="T1-13", ref="T1-13", channel="bilateral",
         notes="NOT U.S. aid. Reuters: 'nearly 1.2 million' doses arrived 'from the United "
               "States', origin unclear; a Mexican source said they were not part of an "
               "agreement with Washington. Reuters next day: ~1.3 M doses of Argentine-made "
               "active ingredient under the AstraZeneca/Mexico/Argentina deal. First report's "
               "1.2 M kept. Disambiguation record."),
    dict(id="T1-16", ref="T1-16", commitment="T1-15", channel="bilateral",
         other_sources=["https://www.explica.co/first-flight-of-johnson-johnson-vaccines-arrives.html"],
         notes="AP: arrived at Toluca, for adults in border cities. Some reports round to 1.3 M; "
               "1.35 M kept. More than the 1 M committed (T1-15). First U.S.-government-donated "
               "vaccines to any country (Direct Relief)."),
    dict(id="T1-17", ref="T1-17", channel="bilateral",
         notes="Canadian Press; Blinken: 'we delivered one million vaccine doses'. Part of the "
               "80 M pledge per the source; not linked to T2-31, an aggregate to several "
               "recipients."),
    dict(id="T1-22", ref="T1-22", commitment="T1-20", channel="bilateral",
         other_sources=["https://www.directrelief.org/2021/08/first-moderna-covid-19-vaccines-delivered-to-mexico/"],
         notes="Date from Mexico News Daily and the Mexican foreign ministry. Direct Relief "
               "(importer) says it landed in Mexico City; other reports say Toluca."),
    dict(id="T1-23", ref="T1-23", commitment="T1-20", channel="bilateral",
         notes="U.S. Embassy: arrived at Toluca, completing the 3.5 M Moderna (T1-20). The "
               "embassy's 2021 total is tally T1-24."),
    # --- Russia, India, China, companies ------------------------------------------------
    dict(id="T2-01", ref="T2-01", channel="bilateral",
         notes="First 300,000 Sputnik V doses of a 10 M-dose contract. TASS (2021-01-12) "
               "confirms delivery on 24 Dec."),
    dict(id="T2-02", ref="T2-02", channel="bilateral",
         notes="Second Aerolíneas flight (Sputnik via UrduPoint; TASS announced the flight)."),
    dict(id="T2-04", ref="T2-04", channel="bilateral",
         notes="Vaccine Maitri grant; the first delivery."),
    dict(id="T2-05", ref="T2-05", channel="bilateral", notes="Vaccine Maitri grant."),
    dict(id="T2-06", ref="T2-06", channel="bilateral", notes="Vaccine Maitri grant."),
    dict(id="T2-07", ref="T2-07", channel="bilateral", notes="Vaccine Maitri grant."),
    dict(id="T2-08", ref="T2-08", channel="bilateral",
         notes="Vaccine Maitri grant. The report gives the scheduled arrival that day."),
    dict(id="T2-09", ref="T2-09", channel="bilateral", notes="Vaccine Maitri grant."),
    dict(id="T2-10", ref="T2-10", channel="bilateral", notes="Vaccine Maitri grant."),
    dict(id="T2-11", ref="T2-11", channel="bilateral",
         notes="Commercial shipment (another 2 M to Morocco). The source gives the dispatch "
               "date, 2021-01-22; the arrival at Fiocruz on 2021-01-23 (Al Jazeera summary) is "
               "used."),
    dict(id="T2-12", ref="T2-12", channel="bilateral",
         notes="Vaccine Maitri grant, received by President Rajapaksa."),
    dict(id="T2-13", ref="T2-13", channel="bilateral",
         notes="Source: 'nearly 2 million'; the rounded 2,000,000 is used. Xinhua also."),
    dict(id="T2-14", ref="T2-14", channel="bilateral",
         notes="Xinhua: 'nearly 2 million'; the rounded 2,000,000 is used."),
    dict(id="T2-15", ref="T2-15", channel="bilateral",
         notes="First batch. Business Today (2021-03-18) confirms it was a Chinese donation."),
    dict(id="T2-16", ref="T2-16", channel="bilateral",
         notes="Bulk active ingredient for 2 M doses, to be filled at Drugmex, Querétaro "
               "(Reuters). Mexico agreed 35 M CanSino doses for 2021."),
    dict(id="T2-18", ref="T2-18", channel="bilateral",
         notes="Reuters text reproduced by the site: the first of 10 M doses ordered for "
               "US$200 M, so a sale (the page's address says 'donated')."),
    dict(id="T2-19", ref="T2-19", channel="bilateral",
         notes="Reuters: about 42% of 2 M doses ordered from India."),
    dict(id="T2-20", ref="T2-20", channel="bilateral",
         notes="From Hong Kong; 10 M more expected (Reuters). Before the 20 M contract (T2-29)."),
    dict(id="T2-21", ref="T2-21", channel="bilateral",
         notes="24 M contracted; Ebrard: 'This is not a donation'. Reuters (brecorder.com) same "
               "date and quantity."),
    dict(id="T2-22", ref="T2-22", channel="bilateral",
         notes="Sale or gift unresolved: one Dominican post called it a Chinese donation; the "
               "Bridge tracker lists it as purchased, so recorded as a sale. Xinhua: Tuesday night (23 Feb), "
               "CGTN: Wednesday; 23 Feb kept. The CGTN address says 'Dominica' but the article "
               "is about the Dominican Republic."),
    dict(id="T2-23", ref="T2-23", channel="covax",
         notes="First country to receive COVAX doses; SII-made AstraZeneca via UNICEF. AP same "
               "figures."),
    dict(id="T2-24", ref="T2-24", channel="covax",
         notes="First COVAX delivery in the Americas. EFE same figures."),
    dict(id="T2-25", ref="T2-25", channel="bilateral",
         notes="Arrived late on 1 March with 17 t of medical supplies; orinocotribune.com gives "
               "early 2 March; 1 March kept."),
    dict(id="T2-28", ref="T2-28", channel="bilateral",
         notes="Reuters. Before the 20 M contract (T2-29), so not linked to it."),
    dict(id="T2-32", ref="T2-32", channel="covax",
         notes="From Amsterdam; Mexico's second COVAX delivery (3,304,800 COVAX AstraZeneca "
               "doses received in total, Mexican government figures). Mexico contracted 51.5 M "
               "doses via COVAX for 2021."),
    # --- U.S. donations, June-July 2021 ---------------------------------------------------
    dict(id="T2-37", ref="T2-37", channel="bilateral",
         notes="State Department spokesperson; Agência Brasil confirms receipt on Friday 25 June."),
    dict(id="T2-38", ref="T2-38", channel="covax",
         other_sources=["https://cronica.com.gt/honduras-recibe-1-5-millones-de-dosis-de-vacunas-contra-el-coronavirus-donadas-por-estados-unidos"],
         notes="U.S.-donated doses delivered through COVAX (donor USA, channel covax). Reuters "
               "(2021-06-25): arriving 'on Sunday'; receipt confirmed by Crónica."),
    dict(id="T2-39", ref="T2-39", channel="bilateral",
         notes="Ready doses to Instituto Butantan; the article (2021-07-02) says 'Tuesday'. Most "
               "Butantan output is filled locally from imported active ingredient."),
    dict(id="T2-40", ref="T2-40", channel="bilateral",
         notes="First U.S. shipment to Guatemala (U.S. Embassy)."),
    dict(id="T2-41", ref="T2-41", channel="bilateral",
         notes="AFP: arrived Friday night 16 July; Bloomberg said Saturday. 16 July kept "
               "(uncertain by one day)."),
    dict(id="T2-42", ref="T2-42", channel="bilateral",
         notes="Second shipment, 4.5 M in two weeks (U.S. Embassy; AP same date)."),
]

#: Timeline tallies ("cumulative-tally").  The White House table rows are generated from
#: WH_TABLE_FILE; T1-18 and T1-19 are merged into its MEX and CAN rows (WH_MERGES).
TALLIES = [
    dict(id="T1-24", ref="T1-24",
         notes="U.S. Embassy: 7.57 M donated to Mexico in 2021 (counts the March AstraZeneca "
               "loan as a donation). The deliveries sum to 7,550,000 (2.7 M + 1.35 M + 3.5 M); "
               "the 20,000 difference is unexplained; the published figure is kept."),
    dict(id="T2-43", ref="T2-43", recipient="MULTI",
         notes="Total of the White House country table (the 65 WH-2021-08-03-* rows sum to "
               "111,701,000): 'more than 110 million doses ... to more than 60 countries'. "
               "Not to be added to those rows."),
    dict(id="T2-46-CANSINO", ref="T2-46", donor="CANSINO", vaccine="cansino",
         notes="Bridge China-vaccine tracker snapshot: Mexico's CanSino delivered 5.325 M of "
               "35 M purchased (split of the 22.325 M Chinese-vaccine total as given). "
               "Secondary compilation; 'as of October 26th' but rows carry earlier as-of notes."),
    dict(id="T2-46-SINOVAC", ref="T2-46", donor="SINOVAC", vaccine="coronavac",
         notes="Bridge snapshot: Mexico's Sinovac delivered 17 M of 20 M purchased (Sinopharm: "
               "12 M purchased, 0 delivered; no donations). Secondary compilation; 'as of "
               "October 26th' but rows carry earlier as-of notes."),
    dict(id="T2-47", ref="T2-47", donor="SINOVAC",
         notes="Bridge snapshot: Brazil purchased 100 M Sinovac, 95.91408 M delivered. "
               "Secondary compilation."),
    dict(id="T2-48", ref="T2-48", donor="CHN",
         notes="Bridge snapshot: Chile purchased 61.8 M (Sinovac 60 M, CanSino 1.8 M), "
               "delivered 20.647384 M, not split by maker, so donor CHN = Chinese-made vaccines "
               "(purchases, not gifts). Date: the row says 'Data verified as of 24/5'."),
]
WH_MERGES = {
    "T1-18": ("MEX", "Also reference T1-18 (merged). ≈ 2.7 M AstraZeneca loan + 1.35 M J&J; the "
                     "deliveries to this date sum to 4,050,000 (1,000 more; unexplained)."),
    "T1-19": ("CAN", "Also reference T1-19 (merged). = 1.5 M AstraZeneca loan (T1-11) + 1 M "
                     "Moderna (T1-17)."),
}

#: Events.  description = the reference row's description unless given.
EVENTS = [
    dict(id="T1-01", ref="T1-01", title="Biden–López Obrador virtual meeting",
         actors=["USA", "MEX"],
         notes="Joint declaration (text read in a CC0 mirror of whitehouse.gov). The 'video "
               "call' the NYT mentioned on 2021-03-18."),
    dict(id="T1-02", ref="T1-02", title="Psaki: no plan to share vaccine with Mexico",
         actors=["USA", "MEX"], notes="Official transcript."),
    dict(id="T1-03", ref="T1-03", title="Psaki: no vaccine commitment to Mexico",
         actors=["USA", "MEX"], notes="Official transcript."),
    dict(id="T1-06", ref="T1-06", title="Psaki: border among 'parallel' talks",
         actors=["USA", "MEX"],
         notes="Official transcript."),
    dict(id="T1-07", ref="T1-07", title="Zients: ~4 M doses lent to Mexico and Canada",
         category="diplomacy", actors=["USA", "MEX", "CAN"],
         notes="Reclassified from commitment: 'around 4 million' = 2.5 M to Mexico (T1-04) + "
               "1.5 M to Canada (T1-05) announced on 18 March; as a commitment it would double "
               "count."),
    dict(id="T1-14", ref="T1-14", title="US to share ~6 M of first 25 M doses directly",
         category="diplomacy", actors=["USA", "MEX", "CAN", "KOR"],
         other_sources=["https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/06/03/statement-by-senior-advisor-and-chief-spokesperson-symone-sanders-on-vice-president-kamala-harriss-calls-with-foreign-leaders-on-the-global-allocation-plan-for-the-first-25-million-doses-of-c/"],
         notes="Reclassified from commitment (allocation): the ~6 M direct share (several "
               "recipients, not Mexico alone) is part of the 80 M pledge T2-31; not counted "
               "again. COVAX share: event T2-33."),
    dict(id="T2-03", ref="T2-03", title="India announces Vaccine Maitri gifts",
         actors=["IND", "BTN", "MDV", "BGD", "NPL", "MMR", "SYC"],
         notes="Deliveries: T2-04 to T2-10 and T2-12."),
    dict(id="T2-26", ref="T2-26", title="Chinese Sinopharm gift arrives in Dominica",
         category="diplomacy", actors=["CHN", "DMA"],
         notes="Reclassified from delivery: the source gives no dose figure (a delivery needs "
               "doses > 0). The Bridge snapshot lists 0.02 M donated to Dominica (not a dated "
               "shipment figure, not used). Handover 4 March."),
    dict(id="T2-30", ref="T2-30", title="India halts Covishield exports",
         actors=["IND", "COVAX"],
         notes="Reuters. No exports shown on the MEA site since Thursday 25 March."),
    dict(id="T2-33", ref="T2-33", title="US to share ~19 M of first 25 M via COVAX",
         category="diplomacy", actors=["USA", "COVAX", "AFUNION"],
         notes="Reclassified from commitment (allocation): part of the 80 M pledge T2-31; not "
               "counted again. Direct share: event T1-14."),
    dict(id="T2-36", ref="T2-36", title="US allocates remaining 55 M of 80 M doses",
         category="diplomacy",
         actors=["USA", "COVAX", "COL", "ARG", "HTI", "CARICOM", "DOM", "CRI", "PAN"],
         notes="Reclassified from commitment (allocation): the rest of the 80 M pledge T2-31; "
               "not counted again. Regional split from a Reuters summary of the fact sheet."),
    dict(id="T3-01", ref="T3-01", title="CDC Title 42 expulsion order takes effect",
         category="migration", actors=["USA", "MEX", "CAN"],
         other_sources=["https://regulations.vlex.com/vid/notice-of-order-under-842440124"],
         notes="Federal Register text read at vLex (other source)."),
    dict(id="T3-02", ref="T3-02", title="US land borders: essential travel only",
         category="border", actors=["USA", "MEX", "CAN"],
         notes="Date as stated in a 2021 article ('Since March 21, 2020'); EFE gives the same "
               "date. Renewed monthly; no end date in the source (reopening: T3-21)."),
    dict(id="T3-03", ref="T3-03", title="CDC extends Title 42 order indefinitely",
         category="migration", actors=["USA"], notes=""),
    dict(id="T3-04", ref="T3-04", title="Biden–López Obrador call", actors=["USA", "MEX"],
         notes="The readout dated 23 Jan says the call was 'yesterday'."),
    dict(id="T3-05", ref="T3-05", title="Title 42 exception for lone children",
         category="migration", actors=["USA"],
         notes=""),
    dict(id="T3-06", ref="T3-06", title="Biden–Giammattei call", actors=["USA", "GTM"],
         notes="Official readout."),
    dict(id="T3-07", ref="T3-07", title="Mexico restricts southern border", end_date="2021-04-21",
         actors=["MEX", "GTM", "BLZ", "USA"],
         notes="A period: announced 2021-03-18, in force 19 March to 23:59 on 21 April 2021, at "
               "the southern (Guatemala, Belize) and northern borders. AP and AFP same day."),
    dict(id="T3-08", ref="T3-08", title="Report: Mexico to take back more expellees",
         actors=["MEX", "USA"],
         notes="Anonymous-source reporting (Washington Post, syndicated); officials deny a quid "
               "pro quo."),
    dict(id="T3-09", ref="T3-09", title="Harris–López Obrador call (migration)",
         actors=["USA", "MEX"], notes="Official readout."),
    dict(id="T3-10", ref="T3-10", title="CBP: >172,000 SW border encounters in March",
         actors=["USA"],
         notes="Initial figure; CBP's later FY20–FY23 file gives 173,277 for March 2021 "
               "(series cbp-sw-encounters)."),
    dict(id="T3-11", ref="T3-11", title="Mexico, Guatemala, Honduras deploy troops",
         actors=["MEX", "GTM", "HND", "USA"],
         notes="AP. Ebrard (13 Apr): ~12,000 deployed for over a month; Honduras' ambassador "
               "denied any agreement (AFP)."),
    dict(id="T3-12", ref="T3-12", title="Harris–López Obrador virtual meeting",
         actors=["USA", "MEX"], notes="Official statement."),
    dict(id="T3-13", ref="T3-13", title="Harris visits Guatemala", actors=["USA", "GTM"],
         other_sources=["https://cactus24.com.ve/2021/06/08/kamala-harris-sobre-migrantes-si-vienen-a-nuestra-frontera-seran-devueltos/"],
         notes="AFP. A White House fact sheet on U.S.–Guatemala cooperation is dated "
               "2021-06-07."),
    dict(id="T3-14", ref="T3-14", title="Harris meets López Obrador in Mexico City",
         actors=["USA", "MEX"], notes="Official fact sheet."),
    dict(id="T3-15", ref="T3-15", title="US extends land-border travel limits",
         end_date="2021-08-21", actors=["USA", "MEX", "CAN"],
         notes="Reuters. The period is the extension's span as the source gives it (through "
               "21 August); later extended to 21 Sep and 21 Oct."),
    dict(id="T3-16", ref="T3-16", title="Canada reopens to vaccinated Americans",
         actors=["CAN", "USA"], notes=""),
    dict(id="T3-17", ref="T3-17", title="Harris–López Obrador call (vaccines)",
         actors=["USA", "MEX"],
         notes="Official readout (NSC, dated 2021-08-11)."),
    dict(id="T3-18", ref="T3-18", title="US–Mexico High-Level Economic Dialogue",
         actors=["USA", "MEX"], notes="Official fact sheet."),
    dict(id="T3-19", ref="T3-19", title="US–Mexico High-Level Security Dialogue",
         actors=["USA", "MEX"], notes="Official fact sheet."),
    dict(id="T3-20", ref="T3-20", title="Psaki: Title 42 remains in place",
         category="migration", actors=["USA"], notes="Official transcript."),
    dict(id="T3-21", ref="T3-21", title="US land borders reopen to the vaccinated",
         actors=["USA", "MEX", "CAN"], notes="Announced 25 Oct."),
    dict(id="T3-22", ref="T3-22", title="Biden–López Obrador meeting in Washington",
         actors=["USA", "MEX"], notes="The readout dated 19 Nov says they 'met yesterday'."),
]

#: Timeline rows whose file is not the one their `kind` suggests, and why.
RECLASSIFIED = {
    "T1-07": "event: restates T1-04 + T1-05; a commitment would double count",
    "T1-14": "event: allocation of part of an existing pledge (T2-31)",
    "T2-33": "event: allocation of part of an existing pledge (T2-31)",
    "T2-36": "event: allocation of part of an existing pledge (T2-31)",
    "T2-26": "event: a delivery with no dose figure",
}

#: Context series from the CBP monthly file.
SERIES = [
    dict(series="cbp-sw-encounters", column="sw_encounters_total",
         title="US south-west border encounters (CBP, monthly)", unit="encounters"),
    dict(series="cbp-sw-title42", column="sw_title42_expulsions",
         title="US south-west border encounters (CBP, monthly), of which Title 42 expulsions",
         unit="encounters"),
]
SERIES_NOTES = ("CBP 'Nationwide Encounters' FY20–FY23 file (copy from github UWCHR/cbp), "
                "Southwest Land Border summed over states, demographics, citizenships and "
                "authorities; encounters are events, not people. CBP revises figures: March 2021 "
                "was first announced as >172,000; 173,277 here.")
CBP_FY_TOTALS = {2020: 458_088, 2021: 1_734_686, 2022: 2_378_944, 2023: 2_475_669}

# =====================================================================================
# Data package metadata.
# =====================================================================================
LICENCES = {
    "CC-BY-4.0": {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                  "path": "https://creativecommons.org/licenses/by/4.0/"},
    "MIT": {"name": "MIT", "title": "MIT License (Copyright (c) 2020 Inception Health)",
            "path": "https://opensource.org/licenses/MIT"},
    "PD": {"title": "Public domain (U.S. Government Work, 17 U.S.C. § 105)",
           "path": "https://creativecommons.org/publicdomain/mark/1.0/"},
}
KNOWN_SOURCE_TITLES = {
    WH_URL: "White House fact sheet, 2021-08-03: more than 100 million U.S. COVID-19 vaccine "
            "doses donated and shipped abroad (country table)",
    MENA_DATASET_URL: "inception-labs/covid-vaccine-mena, Distribution/COVAX-Distribution.csv "
                      "(MIT)",
    CBP_URL: "U.S. Customs and Border Protection, Nationwide Encounters",
    CBP_MIRROR_URL: "UWCHR/cbp (GitHub mirror of the CBP FY20–FY23 file)",
    BRIDGE_URL: "Bridge China-vaccine tracker snapshot (alinlzx/chinesevaccinesinvestment)",
}
RESOURCES = {
    "commitments": dict(
        title="Vaccine commitments and their revisions",
        description="Announced loans, donations, sales and pledges (announcement date), with "
                    "revisions as rows whose revision_of names the commitment revised; the "
                    "latest figure counts. Aggregates to several recipients use MULTI and are "
                    "never split.",
        licences=["CC-BY-4.0"], extra_sources=[]),
    "deliveries": dict(
        title="Vaccine deliveries (arrivals)",
        description="Doses that arrived, by arrival date, linked to the commitment they fulfil "
                    "where the sources say so. Curated timeline rows plus the 26 COVAX "
                    "shipments to Middle East and North Africa countries (COVAX-MENA file).",
        licences=["CC-BY-4.0", "MIT"], extra_sources=[MENA_DATASET_URL]),
    "tallies": dict(
        title="Official running totals (checkpoints)",
        description="Cumulative figures published by a source on a date; checkpoints to compare "
                    "deliveries against, never summed. Includes the White House table of U.S. "
                    "doses donated and shipped by country as of 2021-08-03.",
        licences=["CC-BY-4.0", "PD"], extra_sources=[WH_URL]),
    "events": dict(
        title="Policy events",
        description="Leaders' calls and meetings, statements, border and migration measures, "
                    "allocation announcements; periods have an end_date.",
        licences=["CC-BY-4.0"], extra_sources=[]),
    "series": dict(
        title="US south-west border encounters (CBP, monthly)",
        description="Monthly CBP encounters at the Southwest land border, FY2020-FY2023 "
                    "(October 2019 to September 2023), total and Title 42 expulsions.",
        licences=["PD"], extra_sources=[CBP_URL, CBP_MIRROR_URL]),
}


# =====================================================================================
# Building.
# =====================================================================================
class CurationError(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CurationError(message)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def join_urls(urls: list[str]) -> str:
    return " ".join(dict.fromkeys(u for u in urls if u))


def fmt_int(n: int) -> str:
    return f"{n:,}"


def build_from_ref(spec: dict, ref_rows: dict[str, dict], kind: str) -> dict:
    """One output record from a mapping entry and its reference row."""
    spec = dict(spec)
    ref = ref_rows[spec.pop("ref")]
    out = {"id": spec.pop("id")}
    out["_ref"] = ref["id"]
    date = DATE_CHANGES.get(ref["id"], (ref["date"],))[0]
    out["date"] = spec.pop("date", date)
    if kind in ("commitments", "deliveries", "tallies"):
        out["donor"] = spec.pop("donor", None) or ACTOR_NAMES[ref["donor"]]
        out["recipient"] = spec.pop("recipient", None) or ACTOR_NAMES[ref["recipient"]]
        out["vaccine"] = spec.pop("vaccine", None) or VACCINE_NAMES[ref["vaccine"]]
        split = DOSE_SPLITS.get(ref["id"], {})
        out["doses"] = split[out["id"]] if split else int(ref["doses"])
    if kind in ("commitments", "deliveries"):
        out["deal_type"] = spec.pop("deal_type", None) or SUBTYPE_DEAL[ref["subtype"]]
    if kind == "deliveries":
        out["status"] = spec.pop("status", "delivered")
    if kind == "events":
        out["description"] = spec.pop("description", ref["description"])
        category = SUBTYPE_CATEGORY.get(ref["subtype"])
        given = spec.pop("category", None)
        if given and category and given != category:
            check(ref["id"] in CATEGORY_EXCEPTIONS,
                  f"{ref['id']}: category {given!r} differs from {category!r} without a reason")
        out["category"] = given or category
        check(out["category"] is not None, f"{ref['id']}: no category for {ref['subtype']!r}")
        out["actors"] = ";".join(dict.fromkeys(spec.pop("actors")))
    out["source"] = spec.pop("source", ref["source"])
    out["other_sources"] = join_urls(spec.pop("other_sources", []))
    out["confidence"] = spec.pop("confidence", ref["confidence"])
    for key, value in spec.items():  # remaining explicit fields (notes, channel, ...)
        out[key] = value
    for column in COLUMNS[kind]:  # optional columns not given stay empty
        out.setdefault(column, "")
    return out


def build(reference_dir: Path) -> tuple[dict[str, list[dict]], dict]:
    timeline = read_csv(reference_dir / TIMELINE_FILE)
    ref_rows = {r["id"]: r for r in timeline}
    check(len(ref_rows) == len(timeline) == 94, "the timeline should hold 94 rows, unique ids")
    facts: dict = {}

    # -- commitments, deliveries, timeline tallies, events ------------------------------
    commitments = [build_from_ref(s, ref_rows, "commitments") for s in COMMITMENTS]
    deliveries = [build_from_ref(s, ref_rows, "deliveries") for s in DELIVERIES]
    tallies = [build_from_ref(s, ref_rows, "tallies") for s in TALLIES]
    events = [build_from_ref(s, ref_rows, "events") for s in EVENTS]

    for ref_id, parts in DOSE_SPLITS.items():
        check(sum(parts.values()) == int(ref_rows[ref_id]["doses"]),
              f"{ref_id}: the split {parts} does not add up to the reference figure")

    # -- White House table (65 tallies; T1-18 and T1-19 merged in) ----------------------
    wh_rows = read_csv(reference_dir / WH_TABLE_FILE)
    check(len(wh_rows) == 65, "the White House table should have 65 rows")
    wh_sum = sum(int(r["doses_donated_and_shipped"]) for r in wh_rows)
    check(wh_sum == WH_TABLE_TOTAL == int(ref_rows["T2-43"]["doses"]),
          f"White House table sums to {wh_sum}, expected {WH_TABLE_TOTAL}")
    facts["wh_table_sum"] = wh_sum
    merged_by_code = {code: (ref_id, note) for ref_id, (code, note) in WH_MERGES.items()}
    for r in wh_rows:
        code = WH_NAMES[r["recipient_as_written"]]
        check(r["as_of_date"] == "2021-08-03", f"WH row {r} has another date")
        written = r["recipient_as_written"]
        note = ("White House table of U.S. doses donated and shipped to date (bilateral and "
                "COVAX channel together; no vaccine make).")
        if written in WH_SPELLED_OUT:
            note += f" Written '{written}' ({WH_SPELLED_OUT[written]})."
        row = {"id": f"WH-2021-08-03-{code}", "date": r["as_of_date"], "donor": "USA",
               "recipient": code, "vaccine": "mixed", "doses": int(r["doses_donated_and_shipped"]),
               "source": r["source_url"], "other_sources": "", "confidence": "high", "notes": note,
               "_ref": None}
        if code in merged_by_code:
            ref_id, merge_note = merged_by_code[code]
            ref = ref_rows[ref_id]
            check(ref["subtype"] == "cumulative-tally" and ref["date"] == row["date"]
                  and int(ref["doses"]) == row["doses"]
                  and ACTOR_NAMES[ref["recipient"]] == code,
                  f"{ref_id} does not match the table's {code} row")
            row["other_sources"] = join_urls([u for u in [ref["source"]] if u != row["source"]])
            row["confidence"] = ref["confidence"]
            row["notes"] = note + " " + merge_note
            row["_ref"] = ref_id
        tallies.append(row)
    check(set(WH_MERGES) <= {t["_ref"] for t in tallies}, "a WH merge was not applied")

    # -- COVAX-MENA file (26 deliveries; T2-27 merged into MENA-JOR-1) ------------------
    mena = read_csv(reference_dir / MENA_FILE)
    check(len(mena) == 26 and len({r["Country"] for r in mena}) == 15,
          "the COVAX-MENA file should have 26 rows for 15 countries")
    for r in mena:
        key = (r["Country"], r["Number_of_Shipment"])
        urls = MENA_SOURCE_FIXES.get(key, [r["Source"]])
        note = (f"COVAX shipment {r['Number_of_Shipment']} to {r['Country']}; "
                f"{fmt_int(int(r['Doses_Allocated']))} doses allocated (file's Doses_Allocated).")
        if key in MENA_NOTES:
            note += " " + MENA_NOTES[key]
        row = {"id": f"MENA-{r['Country']}-{r['Number_of_Shipment']}", "date": r["Date_Recieved"],
               "donor": "COVAX", "recipient": r["Country"],
               "vaccine": MENA_VACCINES[r["Type_Recieved"]], "doses": int(r["Doses_Recieved"]),
               "status": "delivered", "commitment": "", "deal_type": "allocation",
               "channel": "covax", "expiry_date": "", "source": urls[0],
               "other_sources": join_urls([*urls[1:], MENA_DATASET_URL]),
               "confidence": MENA_CONFIDENCE, "notes": note, "_ref": None}
        if key == ("JOR", "1"):  # reference T2-27 is the same shipment
            t227 = ref_rows["T2-27"]
            check((t227["date"], int(t227["doses"]), ACTOR_NAMES.get(t227["recipient"], "JOR"))
                  == (row["date"], row["doses"], "JOR"), "T2-27 does not match MENA JOR 1")
            check(t227["confidence"] == row["confidence"], "T2-27 confidence differs")
            row["other_sources"] = join_urls([*urls[1:], t227["source"]])
            row["_ref"] = "T2-27"
        deliveries.append(row)

    # -- series -------------------------------------------------------------------------
    cbp = read_csv(reference_dir / CBP_FILE)
    check(len(cbp) == 48 and cbp[0]["month"] == "2019-10" and cbp[-1]["month"] == "2023-09",
          "the CBP file should cover 2019-10 .. 2023-09 (48 months)")
    fy = Counter()
    for r in cbp:
        total, t8, t42 = (int(r[k]) for k in ("sw_encounters_total", "sw_title8",
                                               "sw_title42_expulsions"))
        check(total == t8 + t42, f"CBP {r['month']}: total != Title 8 + Title 42")
        fy[int(r["fiscal_year"])] += total
    check(dict(fy) == CBP_FY_TOTALS, f"CBP FY totals {dict(fy)} != published {CBP_FY_TOTALS}")
    facts["cbp_fy_totals"] = dict(fy)
    series = []
    for s in SERIES:
        for r in cbp:
            series.append({"series": s["series"], "title": s["title"], "unit": s["unit"],
                           "date": r["month"] + "-01", "value": int(r[s["column"]]),
                           "source": CBP_URL, "notes": SERIES_NOTES})
    march = next(p["value"] for p in series
                 if p["series"] == "cbp-sw-encounters" and p["date"] == "2021-03-01")
    check(march == 173_277, "CBP March 2021 should be 173,277 (the revised figure)")

    def sort_key(r: dict) -> tuple:
        return (r["date"], 1 if r.get("revision_of") else 0, r["id"])

    files = {"commitments": sorted(commitments, key=sort_key),
             "deliveries": sorted(deliveries, key=sort_key),
             "tallies": sorted(tallies, key=sort_key),
             "events": sorted(events, key=sort_key),
             "series": series}
    validate(files, ref_rows, reference_dir, facts)
    return files, facts


# =====================================================================================
# Checks.
# =====================================================================================
def reference_text(reference_dir: Path) -> str:
    parts = []
    for path in sorted(reference_dir.iterdir()):
        if path.suffix in (".md", ".csv", ".psv"):
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def latest_figure(c: dict, revisions: dict[str, list[dict]], on: dt.date) -> int:
    history = [c, *revisions.get(c["id"], [])]
    in_force = [r for r in history if day(r["date"]) <= on]
    latest = max(in_force, key=lambda r: (r["date"], r["id"] != c["id"]))
    return 0 if latest.get("status") == "cancelled" else latest["doses"]


def committed(files: dict, donor: str, recipient: str, on: dt.date) -> int:
    rows = files["commitments"]
    revisions = defaultdict(list)
    for r in rows:
        if r["revision_of"]:
            revisions[r["revision_of"]].append(r)
    return sum(latest_figure(c, revisions, on) for c in rows
               if not c["revision_of"] and c["donor"] == donor and c["recipient"] == recipient
               and day(c["date"]) <= on)


def delivered(files: dict, donor: str, recipient: str, start: dt.date, end: dt.date) -> int:
    return sum(d["doses"] for d in files["deliveries"]
               if d["donor"] == donor and d["recipient"] == recipient
               and d["status"] == "delivered" and start <= day(d["date"]) <= end)


def validate(files: dict, ref_rows: dict, reference_dir: Path, facts: dict) -> None:
    try:
        import pycountry  # optional
    except ImportError:
        pycountry = None
        print("note: pycountry is not importable; ISO codes checked against the format only",
              file=sys.stderr)
    facts["pycountry"] = getattr(pycountry, "__version__", None) if pycountry else None

    ref_text = reference_text(reference_dir)
    all_ids: Counter = Counter()
    iso_codes: set[str] = set()

    def actor(code: str, where: str) -> None:
        check(bool(code), f"{where}: empty actor")
        if code in NON_COUNTRY_ACTORS:
            return
        check(len(code) == 3 and code.isalpha() and code.isupper(),
              f"{where}: {code!r} is neither ISO3 nor a listed non-country code")
        iso_codes.add(code)

    def url_ok(url: str, where: str) -> None:
        check(url.startswith(("http://", "https://")) and " " not in url, f"{where}: bad URL {url!r}")
        check(url in ref_text or url in URL_ALLOWLIST,
              f"{where}: {url} does not appear in the reference material")

    for kind, rows in files.items():
        for r in rows:
            where = f"{kind}:{r.get('id') or r.get('series')}:{r['date']}"
            for f in DATE_FIELDS & set(r):
                if r[f]:
                    day(r[f])  # raises ValueError for a bad date
            if kind == "series":
                check(isinstance(r["value"], int) and r["value"] >= 0, f"{where}: bad value")
                check(day(r["date"]).day == 1, f"{where}: monthly points fall on the 1st")
                url_ok(r["source"], where)
                continue
            all_ids[r["id"]] += 1
            check(r["confidence"] in CONFIDENCES, f"{where}: bad confidence")
            url_ok(r["source"], where)
            for u in r["other_sources"].split():
                url_ok(u, where)
            check(r["source"] not in r["other_sources"].split(), f"{where}: source repeated")
            if kind == "events":
                check(r["category"] in EVENT_CATEGORIES, f"{where}: bad category")
                check(0 < len(r["title"]) <= MAX_TITLE, f"{where}: title over {MAX_TITLE} chars")
                check(bool(r["description"]), f"{where}: no description")
                if r.get("end_date"):
                    check(day(r["end_date"]) >= day(r["date"]), f"{where}: ends before it starts")
                for code in r["actors"].split(";"):
                    actor(code, where)
                continue
            check(isinstance(r["doses"], int) and not isinstance(r["doses"], bool)
                  and r["doses"] > 0, f"{where}: doses must be a positive int")
            actor(r["donor"], where)
            actor(r["recipient"], where)
            check(r["donor"] != r["recipient"], f"{where}: donor == recipient")
            check(r["vaccine"] in VACCINE_CODES, f"{where}: bad vaccine {r['vaccine']!r}")
            if kind in ("commitments", "deliveries"):
                check(r["deal_type"] in DEAL_TYPES, f"{where}: bad deal_type")
                check(r["channel"] in CHANNELS, f"{where}: bad channel")
            if kind == "commitments":
                check(r["status"] in COMMITMENT_STATUSES, f"{where}: bad status")
                if r.get("target_date"):
                    check(day(r["target_date"]) >= day(r["date"]), f"{where}: target before date")
            if kind == "deliveries":
                check(r["status"] in DELIVERY_STATUSES, f"{where}: bad status")
    dupes = [i for i, n in all_ids.items() if n > 1]
    check(not dupes, f"duplicate ids: {dupes}")

    # references between records
    by_id = {c["id"]: c for c in files["commitments"]}
    for c in files["commitments"]:
        if c.get("revision_of"):
            base = by_id.get(c["revision_of"])
            check(base is not None and not base.get("revision_of"),
                  f"{c['id']}: revision_of {c['revision_of']!r} is not an original commitment")
            check((c["donor"], c["recipient"], c["vaccine"])
                  == (base["donor"], base["recipient"], base["vaccine"]),
                  f"{c['id']}: a revision must keep donor, recipient and vaccine")
            check(day(c["date"]) >= day(base["date"]), f"{c['id']}: revision predates {base['id']}")
    for d in files["deliveries"]:
        if d["commitment"]:
            c = by_id.get(d["commitment"])
            check(c is not None and not c.get("revision_of"),
                  f"{d['id']}: commitment {d['commitment']!r} does not exist")
            check((c["donor"], c["recipient"]) == (d["donor"], d["recipient"]),
                  f"{d['id']}: linked to a commitment between other actors")
    # one tally per (date, donor, recipient, vaccine)
    keys = Counter((t["date"], t["donor"], t["recipient"], t["vaccine"]) for t in files["tallies"])
    check(all(n == 1 for n in keys.values()), f"duplicate tallies: {keys.most_common(3)}")

    # ISO codes
    if pycountry is not None:
        for code in sorted(iso_codes):
            check(pycountry.countries.get(alpha_3=code) is not None,
                  f"{code} is not an ISO 3166-1 alpha-3 code (pycountry)")
        for written, code in WH_NAMES.items():
            try:
                found = pycountry.countries.lookup(written).alpha_3
            except LookupError:
                found = None  # abbreviations such as "CAR", "ROK": the explicit table decides
            check(found in (None, code), f"WH {written!r}: table says {code}, pycountry {found}")
    facts["iso_codes"] = len(iso_codes)

    # coverage: every timeline row ends up somewhere, in the file its kind implies
    expected = {"commitment": "commitments", "delivery": "deliveries", "event": "events"}
    placed = defaultdict(list)
    for kind in ("commitments", "deliveries", "tallies", "events"):
        for r in files[kind]:
            if r.get("_ref"):
                placed[r["_ref"]].append((kind, r["id"]))
    missing = sorted(set(ref_rows) - set(placed))
    check(not missing, f"timeline rows not placed anywhere: {missing}")
    for ref_id, where in placed.items():
        ref = ref_rows[ref_id]
        want = "tallies" if ref["subtype"] == "cumulative-tally" else expected[ref["kind"]]
        for kind, _ in where:
            check(kind == want or ref_id in RECLASSIFIED,
                  f"{ref_id} ({ref['kind']}/{ref['subtype']}) went to {kind} without a reason")
        if ref["subtype"] == "cumulative-tally":
            check(all(k == "tallies" for k, _ in where), f"{ref_id}: a tally outside tallies.csv")
    facts["placed"] = {k: v for k, v in sorted(placed.items())}

    # the key figures
    y2021 = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    apr30 = dt.date(2021, 4, 30)
    facts["usa_mex_delivered_2021"] = delivered(files, "USA", "MEX", *y2021)
    check(facts["usa_mex_delivered_2021"] == 1_500_000 + 1_200_000 + 1_350_000 + 1_750_000
          + 1_750_000 == 7_550_000, f"USA→MEX 2021 deliveries: {facts['usa_mex_delivered_2021']}")
    for donor, recipient, want in (("USA", "MEX", 2_700_000), ("USA", "CAN", 1_500_000)):
        c = committed(files, donor, recipient, apr30)
        d = delivered(files, donor, recipient, dt.date(2020, 1, 1), apr30)
        facts[f"{donor.lower()}_{recipient.lower()}_by_2021-04-30"] = (c, d)
        check(c == d == want, f"{donor}→{recipient} by 2021-04-30: committed {c}, delivered {d}")
    # tallies against the bundled deliveries (informational, except where they must agree)
    comparisons = []
    for t in files["tallies"]:
        summed = delivered(files, t["donor"], t["recipient"], dt.date(2020, 1, 1), day(t["date"]))
        if summed:
            comparisons.append((t["id"], t["doses"], summed))
    facts["tally_vs_deliveries"] = comparisons
    must_match = {"WH-2021-08-03-CAN", "WH-2021-08-03-GTM", "WH-2021-08-03-ARG",
                  "WH-2021-08-03-BRA"}
    for tid, tally, summed in comparisons:
        if tid in must_match:
            check(tally == summed, f"{tid}: tally {tally} != deliveries {summed}")
    check(("T1-24", 7_570_000, 7_550_000) in comparisons, "T1-24 comparison changed")
    check(("WH-2021-08-03-MEX", 4_049_000, 4_050_000) in comparisons, "WH MEX comparison changed")


# =====================================================================================
# Writing.
# =====================================================================================
def cell(value) -> str:
    return "" if value is None else str(value)


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([cell(r.get(c, "")) for c in columns])


def field_type(name: str) -> str:
    if name in INTEGER_FIELDS:
        return "integer"
    if name in DATE_FIELDS:
        return "date"
    return "string"


def as_of(kind: str, rows: list[dict]) -> str:
    """The latest date the file's data is known to be current for."""
    if kind == "series":  # monthly points: current to the end of the last month
        last = max(day(r["date"]) for r in rows)
        nxt = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    dates = [r["date"] for r in rows] + [r["end_date"] for r in rows if r.get("end_date")]
    return max(dates)


def resource_sources(kind: str, rows: list[dict]) -> list[dict]:
    spec = RESOURCES[kind]
    cited: dict[str, list[str]] = {}
    for url in spec["extra_sources"]:
        cited.setdefault(url, [])
    for r in rows:
        cited.setdefault(r["source"], []).append(r.get("id") or r.get("series"))
    out = []
    for url, ids in cited.items():
        ids = list(dict.fromkeys(i for i in ids if i))
        if url in KNOWN_SOURCE_TITLES:
            title = KNOWN_SOURCE_TITLES[url]
        else:
            shown = ", ".join(ids[:6]) + (f" and {len(ids) - 6} more" if len(ids) > 6 else "")
            title = f"{urlsplit(url).netloc}, cited by {shown}"
        out.append({"title": title, "path": url})
    return out


def datapackage(files: dict[str, list[dict]]) -> dict:
    resources = []
    for kind, rows in files.items():
        spec = RESOURCES[kind]
        fields = [{"name": c, "type": field_type(c)} for c in COLUMNS[kind]]
        schema: dict = {"fields": fields}
        if kind != "series":
            schema["primaryKey"] = "id"
        if kind == "commitments":
            schema["foreignKeys"] = [{"fields": "revision_of",
                                      "reference": {"resource": "", "fields": "id"}}]
        if kind == "deliveries":
            schema["foreignKeys"] = [{"fields": "commitment",
                                      "reference": {"resource": "commitments", "fields": "id"}}]
        resources.append({
            "name": kind,
            "path": f"{kind}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": spec["title"],
            "description": spec["description"],
            "as_of": as_of(kind, rows),
            "licenses": [LICENCES[k] for k in spec["licences"]],
            "sources": resource_sources(kind, rows),
            "schema": schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "vaccine-diplomacy-tracker-sample-data",
        "title": "Vaccine Diplomacy Tracker: bundled sample data (2020–2023)",
        "description": "Vaccine commitments, deliveries and official tallies (U.S.→Mexico/Canada "
                       "and broader vaccine diplomacy, 2020–2021), policy events, and monthly "
                       "CBP south-west border encounters. Every record cites the URL it was "
                       "read from. Built by build_sample_data.py from shared/reference-data; "
                       "curation decisions in docs/curation.md.",
        "licenses": [LICENCES["CC-BY-4.0"], LICENCES["MIT"], LICENCES["PD"]],
        "sources": [
            {"title": "Curated vaccine-diplomacy timeline 2020–2021 (project reference data, "
                      "CC BY 4.0; each record cites its own source URL)"},
            {"title": KNOWN_SOURCE_TITLES[WH_URL], "path": WH_URL},
            {"title": KNOWN_SOURCE_TITLES[MENA_DATASET_URL], "path": MENA_DATASET_URL},
            {"title": KNOWN_SOURCE_TITLES[CBP_URL], "path": CBP_URL},
            {"title": KNOWN_SOURCE_TITLES[CBP_MIRROR_URL], "path": CBP_MIRROR_URL},
        ],
        "resources": resources,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference_dir", nargs="?", type=Path, default=DEFAULT_REFERENCE_DIR,
                        help=f"the reference data (default: {DEFAULT_REFERENCE_DIR})")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: here)")
    args = parser.parse_args(argv)

    files, facts = build(args.reference_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    for kind, rows in files.items():
        write_csv(args.out / f"{kind}.csv", COLUMNS[kind], rows)
    package = datapackage(files)
    (args.out / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    for kind, rows in files.items():
        print(f"{kind + '.csv':18} {len(rows):4} rows   as_of {as_of(kind, rows)}")
    print(f"ISO3 codes used: {facts['iso_codes']} "
          f"(pycountry {facts['pycountry'] or 'not available: not cross-checked'})")
    print(f"USA→MEX deliveries in 2021: {fmt_int(facts['usa_mex_delivered_2021'])}")
    for pair in ("usa_mex", "usa_can"):
        c, d = facts[f"{pair}_by_2021-04-30"]
        print(f"{pair.upper().replace('_', '→')} by 2021-04-30: committed {fmt_int(c)}, "
              f"delivered {fmt_int(d)}")
    print(f"White House table 2021-08-03: {fmt_int(facts['wh_table_sum'])} (= T2-43)")
    print("CBP FY totals: " + ", ".join(f"FY{y} {fmt_int(n)}"
                                        for y, n in sorted(facts["cbp_fy_totals"].items())))
    print("tallies vs bundled deliveries to their date:")
    for tid, tally, summed in facts["tally_vs_deliveries"]:
        mark = "=" if tally == summed else "≠"
        print(f"  {tid:20} tally {fmt_int(tally):>12} {mark} deliveries {fmt_int(summed):>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
