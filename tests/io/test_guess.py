"""Guesses the import wizard starts from: encoding, delimiter, kind, mapping, formats."""

from __future__ import annotations

import codecs

import pytest

from tracker.io import heuristics
from tracker.io.parse import FIELDS


@pytest.mark.parametrize(
    "raw,expected",
    [
        (codecs.BOM_UTF8 + "México".encode(), "utf-8-sig"),
        ("México\n".encode("utf-16"), "utf-16"),
        ("date,donor\nMéxico,x\n".encode("utf-16-le"), "utf-16-le"),
        ("México".encode(), "utf-8"),
        ("“México” €".encode("cp1252"), "cp1252"),
        (b"M\xe9xico \x81", "latin-1"),  # 0x81 is undefined in cp1252
        ("México".encode()[:-1] + b"\xc3", "utf-8"),  # a sample cut inside a character
    ],
)
def test_encoding(raw, expected):
    assert heuristics.guess_encoding(raw) == expected


@pytest.mark.parametrize(
    "sample,expected",
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        # Semicolons inside quoted notes must not fool it (csv.Sniffer picks ";").
        ('id,date,notes\nR0,2021-03-01,";"\nR1,2021-03-02,";="\n', ","),
        ("Fecha;País donante;Dosis\n28/03/2021;Estados Unidos;1,500,000\n", ";"),
    ],
)
def test_delimiter(sample, expected):
    assert heuristics.guess_delimiter(sample) == expected


@pytest.mark.parametrize(
    "kind,mapping",
    [
        (
            "deliveries",
            {
                "date": "Fecha",
                "donor": "País donante",
                "recipient": "País receptor",
                "vaccine": "Vacuna",
                "doses": "Dosis",
                "status": "Estado",
                "source": "Fuente",
                "notes": "Notas",
            },
        ),
        (
            "events",
            {
                "date": "Fecha",
                "title": "Título",
                "description": "Descripción",
                "category": "Categoría",
                "actors": "Actores",
                "end_date": "Fecha fin",
            },
        ),
    ],
)
def test_spanish_headers_map_to_the_app_fields_and_tell_the_kind(kind, mapping):
    headers = list(mapping.values())
    assert heuristics.guess_mapping(headers, FIELDS[kind]) == mapping
    assert heuristics.guess_kind("datos.csv", headers, FIELDS) == kind


def test_a_known_word_followed_by_more_words_still_maps():
    headers = ["Fecha de llegada", "País donante", "País receptor", "Dosis entregadas", "Total"]
    mapping = heuristics.guess_mapping(headers, FIELDS["deliveries"])
    assert mapping["date"] == "Fecha de llegada" and mapping["doses"] == "Dosis entregadas"
    assert "Total" not in mapping.values()
    # An exact synonym elsewhere still wins over a longer heading.
    both = heuristics.guess_mapping(["Dosis previstas", "Dosis"], FIELDS["deliveries"])
    assert both["doses"] == "Dosis"


def test_own_names_win_and_each_column_is_used_once():
    mapping = heuristics.guess_mapping(
        ["fecha", "date", "Donante", "Receptor"], FIELDS["deliveries"]
    )
    assert mapping["date"] == "date"
    assert (mapping["donor"], mapping["recipient"]) == ("Donante", "Receptor")


@pytest.mark.parametrize(
    "name,headers,kind",
    [
        ("entregas_2021.csv", ["a"], "deliveries"),
        ("Compromisos.xlsx", ["a"], "commitments"),
        ("x.csv", ["id", "date", "donor", "recipient", "doses", "revision_of"], "commitments"),
        ("x.csv", ["date", "donor", "recipient", "vaccine", "doses"], "deliveries"),
        ("x.csv", ["Serie", "Fecha", "Valor"], "series"),
    ],
)
def test_kind(name, headers, kind):
    assert heuristics.guess_kind(name, headers, FIELDS) == kind


@pytest.mark.parametrize(
    "values,expected",
    [
        (["2021-03-28", "2021-04-01"], (None, False)),
        (["28/03/2021", "01/04/2021"], ("%d/%m/%Y", False)),
        (["03/28/2021", "04/01/2021"], ("%m/%d/%Y", False)),
        (["01/04/2021", "02/04/2021"], ("%d/%m/%Y", True)),
        (["28.03.2021"], ("%d.%m.%Y", False)),
        (["garbage"], (None, False)),
        ([], (None, False)),
    ],
)
def test_date_format(values, expected):
    assert heuristics.guess_date_format(values) == expected


@pytest.mark.parametrize(
    "values,expected",
    [
        (["1,500,000", "2500"], ","),
        (["1.500.000", "900"], "."),
        (["1500000", "2500"], None),
        (["1.5", "2"], None),
    ],
)
def test_thousands(values, expected):
    assert heuristics.guess_thousands(values) == expected
