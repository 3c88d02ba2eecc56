"""Every validation reason code is worded in English and Spanish, with the same parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.messages import LANGUAGES, TEMPLATES, TERMS, parameters, wording

TRACKER = Path(__file__).resolve().parents[2] / "tracker"


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_code_has_an_english_and_a_spanish_wording_with_the_same_parameters(code):
    english, spanish = TEMPLATES[code]
    assert english.strip() and spanish.strip()
    assert english != spanish
    assert parameters(english) == parameters(spanish)
    sample = dict.fromkeys(parameters(english), "x")
    assert all(wording(code, sample, language) for language in LANGUAGES)


def test_every_term_has_both_languages():
    assert all(len(words) == len(LANGUAGES) and all(words) for words in TERMS.values())


def test_every_code_the_code_base_uses_is_worded():
    """Codes appear as the second argument of ``ValidationError.of``/``Row.fail`` or as
    the first item of a parser's ``(code, params)`` issue."""
    used = set()
    for path in TRACKER.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"(?:\.of|\.fail)\(\s*[\w\"]+,\s*\"(\w+)\"", text))
        used |= set(re.findall(r"return 0, \(\"(\w+)\"", text))
        used |= set(re.findall(r"return \"(\w+)\", \{", text))
    assert used, "the scan found no codes: its patterns are out of date"
    assert used - set(TEMPLATES) == set()


def test_a_problem_keeps_todays_english_and_words_itself_in_spanish():
    p = ValidationError.of("donor", "unknown_actor", value="Atlantis", suggestions=("ATA",))
    assert p.reason == "unknown actor 'Atlantis'; did you mean ATA?"
    assert p.worded("es") == "actor desconocido 'Atlantis'; ¿quiso decir ATA?"
    assert str(p) == "field 'donor': unknown actor 'Atlantis'; did you mean ATA?"
    dup = ValidationError.of("date", "duplicate_row", what="natural", first=3)
    assert dup.reason.startswith("the same donor, recipient, vaccine, date and doses as row 3")
    assert dup.worded("es").startswith("donante, receptor, vacuna, fecha y dosis iguales")


def test_a_reason_without_a_code_is_shown_as_it_is():
    assert ValidationError("doses", "requerido").worded("es") == "requerido"
