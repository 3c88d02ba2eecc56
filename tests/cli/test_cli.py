"""Every subcommand, run as a real process against real files."""

import json
import sqlite3

from tests.conftest import run_cli


def pair(data, donor, recipient):
    return next(p for p in data["pairs"] if (p["donor"], p["recipient"]) == (donor, recipient))


def test_new_database_is_seeded_and_tells_the_march_2021_story(tmp_path):
    db = tmp_path / "new.sqlite"
    out = run_cli("--db", str(db), "summary", "--json", "--to", "2021-04-30", "--donor", "USA")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    mex, can = pair(data, "USA", "MEX"), pair(data, "USA", "CAN")
    assert (mex["committed"], mex["delivered"], mex["outstanding"]) == (2_700_000, 2_708_700, 0)
    assert (can["committed"], can["delivered"]) == (1_500_000, 1_500_000)


def test_2021_deliveries_sum_shipments_not_running_totals(seeded_path):
    out = run_cli(
        "--db",
        str(seeded_path),
        "summary",
        "--json",
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
        "--donor",
        "United States",
        "--recipient",
        "México",
    )
    data = json.loads(out.stdout)
    # 1.5 M + 1,208,700 AstraZeneca, 1.35 M J&J, 1.75 M + 1.75 M Moderna, 3,412,900 +
    # 2,160,900 AstraZeneca (Oct, Dec); the 4.049 M, 7.57 M, 10.9 M and 13.14 M official
    # tallies are checkpoints, not shipments.
    assert pair(data, "USA", "MEX")["delivered"] == 13_132_500


def test_summary_commitments_list(seeded_path):
    out = run_cli(
        "--db", str(seeded_path), "summary", "--json", "--donor", "USA", "--recipient", "MEX"
    )
    loan = next(
        c
        for c in json.loads(out.stdout)["commitments"]
        if c["vaccine"] == "astrazeneca" and c["announced_on"] == "2021-03-18"
    )
    assert (loan["committed"], loan["delivered"], loan["status"]) == (
        2_700_000,
        2_708_700,  # the bulletin's 1,208,700 on 1 April (issue 16)
        "over-delivered",
    )
    assert loan["days_to_first_delivery"] == 10


def test_empty_flag_starts_empty(tmp_path):
    out = run_cli("--db", str(tmp_path / "e.sqlite"), "--empty", "summary", "--json")
    assert out.returncode == 0
    assert json.loads(out.stdout)["pairs"] == []


def test_text_summary_has_thousands_separators(seeded_path):
    out = run_cli("--db", str(seeded_path), "summary", "--donor", "USA", "--to", "2021-04-30")
    assert "2,700,000" in out.stdout


def test_check_ok_then_truncated_copy_exits_3(seeded_path, tmp_path):
    ok = run_cli("--db", str(seeded_path), "check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "integrity" in ok.stdout
    broken = tmp_path / "broken.sqlite"
    data = seeded_path.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    before = broken.read_bytes()
    bad = run_cli("--db", str(broken), "check")
    assert bad.returncode == 3
    assert "DAMAGED" in bad.stdout
    assert broken.read_bytes() == before


def test_unwritable_db_path_is_one_line_exit_3(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run_cli("--db", str(blocker / "db.sqlite"), "summary")
    assert out.returncode == 3
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2(seeded_path):
    out = run_cli("--db", str(seeded_path), "summary", "--donor", "Mexcio")
    assert out.returncode == 2
    assert "did you mean" in out.stderr
    assert run_cli("summary", "--from", "March").returncode == 2


def test_import_bad_file_exits_1_naming_row_and_column(seeded_path, tmp_path):
    src = tmp_path / "deliveries.csv"
    src.write_text("date,donor,recipient,vaccine,doses\n2021-03-28,USA,MEX,moderna,0\n")
    before = seeded_path.read_bytes()
    out = run_cli("--db", str(seeded_path), "import", str(src))
    assert out.returncode == 1
    assert "row 2" in out.stderr and "'doses'" in out.stderr
    assert seeded_path.read_bytes() == before


def test_import_then_export_data(tmp_path):
    db = str(tmp_path / "x.sqlite")
    src = tmp_path / "deliveries.csv"
    src.write_text("date,donor,recipient,vaccine,doses\n2021-03-28,USA,NA,moderna,1000\n")
    out = run_cli("--db", db, "--empty", "import", str(src))
    assert out.returncode == 0, out.stderr
    assert "1 new" in out.stdout
    target = tmp_path / "out.csv"
    exp = run_cli("--db", db, "export-data", str(target), "--kind", "deliveries")
    assert exp.returncode == 0, exp.stderr
    text = target.read_text(encoding="utf-8-sig")
    assert "USA,NAM,moderna,1000" in text


def test_backup_and_restore(seeded_path, tmp_path):
    copy = tmp_path / "copy.sqlite"
    out = run_cli("--db", str(seeded_path), "backup", str(copy))
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(copy)
    n = conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    conn.close()
    assert n > 0
    target = tmp_path / "restored.sqlite"
    res = run_cli("--db", str(target), "restore", str(copy))
    assert res.returncode == 0, res.stderr
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM deliveries").fetchone()[0] == n
    conn.close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    bad = run_cli("--db", str(target), "restore", str(junk))
    assert bad.returncode == 1


def test_summary_states_doses_per_100_people_with_its_population_year(seeded_path):
    from tracker.io.geo import population

    out = run_cli("--db", str(seeded_path), "summary", "--json", "--donor", "USA", "--to",
                  "2021-04-30")  # fmt: skip
    mex = next(p for p in json.loads(out.stdout)["pairs"] if p["recipient"] == "MEX")
    assert mex["population_year"] == 2021
    people = population().get("MEX", 2021)
    assert mex["per_100"] == round(100 * mex["delivered"] / people, 3)
    several = [p for p in json.loads(out.stdout)["pairs"] if p["several_recipients"]]
    assert all(p["per_100"] is None for p in several)  # no population for "several"
