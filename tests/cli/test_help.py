"""Issue 15, item 13: every command explains itself with a description and an example."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tracker.cli import build_parser, main

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


def _help(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "tracker", *args, "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return out.stdout


def test_the_top_level_help_lists_every_command_with_a_description_and_examples():
    text = _help()
    for name in COMMANDS:
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(name + " "))
        assert len(line.split(None, 1)[1]) > 10, line
    assert "examples:" in text and "vaccine-tracker summary" in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_a_description_and_an_example(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    description = text.split("\n\n")[1].strip()
    assert description and not description.startswith(("options", "positional")), text
    assert f"examples:\n  vaccine-tracker {command}" in text or (
        "vaccine-tracker --db" in text and "examples:" in text
    ), text
    assert "{,,.,none}" not in text


def test_thousands_choices_are_spelled_out_and_take_their_names(capsys):
    parser = build_parser()
    args = parser.parse_args(["import", "x.csv", "--thousands", "dot"])
    assert args.thousands == "."
    assert parser.parse_args(["import", "x.csv", "--thousands", "comma"]).thousands == ","
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert '"comma" (1,500,000), "dot" (1.500.000), "space" (1 500 000) or "none"' in text
