"""Print the coverage tables of the README's "Bundled data" section from sample_data/.

    python -m curation.coverage

Records by donor, kind, channel and deal type, with their date span; events by category.
A tally has no deal type or channel column: its notes say what it counts ("Counts sales."),
which is what the table shows for it.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from curation.build import DEFAULT_OUT

#: Donor codes grouped as the README reads them.
DONOR_GROUPS = {
    "USA": "United States", "CHN": "China (government)", "SINOVAC": "China (makers)",
    "SINOPHARM": "China (makers)", "CANSINO": "China (makers)", "IND": "India (government)",
    "SII": "India (Serum Institute)", "RUS": "Russia (government)", "RDIF": "Russia (RDIF)",
    "COVAX": "COVAX", "JPN": "Japan", "GBR": "United Kingdom", "EU": "EU / Team Europe",
    "DEU": "EU / Team Europe", "FRA": "EU / Team Europe", "ESP": "EU / Team Europe",
    "PRT": "EU / Team Europe", "ITA": "EU / Team Europe", "SWE": "EU / Team Europe",
    "G7": "G7", "ASTRAZENECA": "AstraZeneca",
}
KINDS = ("commitments", "deliveries", "tallies")


def read(folder: Path, kind: str) -> list[dict[str, str]]:
    with (folder / f"{kind}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tally_counts(t: dict[str, str]) -> str:
    m = re.match(r"Counts ([^.(]+?)(?: via COVAX| \(bilateral\)| \(all channels\))?\.", t["notes"])
    if m:
        return m.group(1)
    return "shipments (all channels)" if t["id"].startswith("WH-") else "donations"


def tables(folder: Path = DEFAULT_OUT) -> str:
    counts: Counter = Counter()
    spans: dict[str, list[str]] = defaultdict(list)
    by_group: Counter = Counter()
    for kind in KINDS:
        for r in read(folder, kind):
            group = DONOR_GROUPS.get(r["donor"], r["donor"])
            if kind == "tallies":
                key = (group, "tally", "—", tally_counts(r))
            else:
                key = (group, kind[:-1] if kind == "commitments" else "delivery",
                       r["channel"], r["deal_type"])
            counts[key] += 1
            spans[group].append(r["date"])
            by_group[group] += 1
    lines = ["| donor | kind | channel | deal type / tally counts | records |",
             "|---|---|---|---|---:|"]
    for (group, kind, channel, deal), n in sorted(counts.items()):
        lines.append(f"| {group} | {kind} | {channel} | {deal} | {n} |")
    lines += ["", "| donor | records | first | last |", "|---|---:|---|---|"]
    for group, n in sorted(by_group.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {group} | {n} | {min(spans[group])} | {max(spans[group])} |")
    events = read(folder, "events")
    cats = Counter(e["category"] for e in events)
    lines += ["", "| events by category | records |", "|---|---:|"]
    lines += [f"| {c} | {n} |" for c, n in sorted(cats.items())]
    lines.append(f"| all ({min(e['date'] for e in events)} to "
                 f"{max(e['date'] for e in events)}) | {len(events)} |")
    return "\n".join(lines)


def main() -> int:
    print(tables())
    return 0


if __name__ == "__main__":
    sys.exit(main())
