"""List every bundled tally with its reconciliation status, as docs/curation.md shows them.

    python -m curation.tally_status [--notes]

Runs ``vaccine-tracker --db <new database> summary --json`` (a new database is seeded with
the bundled datasets), reads its ``tallies`` and prints one Markdown table row per tally:
id, as-of date, donor → recipient, the tally, the recorded deliveries it is compared with,
the difference and the status. Paste the output into docs/curation.md after a rebuild.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def summary_tallies() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "x.sqlite"
        out = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", str(db), "summary", "--json"],
            capture_output=True, text=True, check=True,
        )
    return json.loads(out.stdout)["tallies"]


def table(tallies: list[dict]) -> str:
    lines = ["| tally | as of | donor → recipient | tally doses | recorded deliveries | "
             "difference | status |",
             "|---|---|---|---:|---:|---:|---|"]
    for t in sorted(tallies, key=lambda t: (t["as_of"], t["id"])):
        lines.append(
            f"| {t['id']} | {t['as_of']} | {t['donor']} → {t['recipient']} | {t['tally']:,} | "
            f"{t['recorded']:,} | {t['difference']:,} | {t['status']} |")
    return "\n".join(lines)


def main() -> int:
    print(table(summary_tallies()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
