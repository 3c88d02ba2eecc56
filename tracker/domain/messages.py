"""The words of every validation problem, in English and Spanish, keyed by reason code.

Validation (:mod:`tracker.domain.validation`) and the file parser (:mod:`tracker.io.parse`)
report a problem as a code plus parameters (:class:`~tracker.domain.errors.ValidationError`
``code`` and ``params``); this module is the one place that words them. The CLI and the
import reports use English; the interface asks for the wording in its own language.
Qt-free, so the wording is tested without a window.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

#: Languages with a wording for every code.
LANGUAGES = ("en", "es")

#: code -> (English, Spanish) templates, ``str.format`` style with named parameters.
TEMPLATES: dict[str, tuple[str, str]] = {
    # -- doses ------------------------------------------------------------------------
    "doses_not_whole": (
        "doses must be a whole number",
        "las dosis deben ser un número entero",
    ),
    "doses_not_positive": (
        "doses must be greater than 0",
        "las dosis deben ser más de 0",
    ),
    "doses_not_positive_got": (
        "doses must be greater than 0 (got {value})",
        "las dosis deben ser más de 0 (hay {value})",
    ),
    "doses_too_large": (
        "{value} doses is implausibly large (more than 20 billion)",
        "{value} dosis es una cifra inverosímil (más de 20 000 millones)",
    ),
    "doses_required": ("doses are required", "faltan las dosis"),
    # -- numbers as written in a file ---------------------------------------------------
    "number_other_script": (
        "{value!r} is not a whole number: it holds a digit of another script "
        "(only the digits 0-9 are read)",
        "{value!r} no es un número entero: contiene una cifra de otra escritura "
        "(solo se leen las cifras 0-9)",
    ),
    "number_odd_character": (
        "{value!r} is not a whole number: it holds the character {char!r} "
        "(only the digits 0-9 are read)",
        "{value!r} no es un número entero: contiene el carácter {char!r} "
        "(solo se leen las cifras 0-9)",
    ),
    "number_bad_grouping": (
        "{value!r} is not a whole number grouped by {sep!r} in thousands",
        "{value!r} no es un número entero agrupado en miles con {sep!r}",
    ),
    "number_not_whole": (
        "{value!r} is not a whole number",
        "{value!r} no es un número entero",
    ),
    "number_thousands_hint": (
        "{value!r} is not a whole number (a thousands separator? use --thousands {option})",
        "{value!r} no es un número entero (¿un separador de miles? use --thousands {option})",
    ),
    "number_space_hint": (
        "{value!r} is not a whole number (a space is read only as a declared thousands separator)",
        "{value!r} no es un número entero "
        "(un espacio solo se lee como separador de miles declarado)",
    ),
    "number_too_large": (
        "{value!r} is implausibly large",
        "{value!r} es una cifra inverosímil",
    ),
    "not_a_number": ("{value!r} is not a number", "{value!r} no es un número"),
    # -- dates ----------------------------------------------------------------------------
    "date_required": ("a date is required", "falta la fecha"),
    "not_a_date": ("not a calendar date", "no es una fecha del calendario"),
    "bad_date": (
        "{value!r} is not a real date in the format {format}",
        "{value!r} no es una fecha real en el formato {format}",
    ),
    "date_too_early": (
        "{value} is before {earliest}",
        "{value} está fuera del rango admitido (es anterior a {earliest})",
    ),
    "date_too_late": (
        "{value} is after {latest}",
        "{value} está fuera del rango admitido (es posterior a {latest})",
    ),
    "target_before_announcement": (
        "the target date is before the announcement",
        "la fecha objetivo es anterior al anuncio",
    ),
    "revision_before_announcement": (
        "a revision cannot predate the announcement",
        "una revisión no puede ser anterior al anuncio",
    ),
    "revision_before_parent": (
        "a revision cannot predate {parent}'s announcement",
        "una revisión no puede ser anterior al anuncio de {parent}",
    ),
    "end_before_start": (
        "the end date is before the start date",
        "la fecha de fin es anterior a la de inicio",
    ),
    "tally_after_as_of": (
        "the tally is dated {value}, after the dataset's as-of date {limit}",
        "el recuento tiene fecha {value}, posterior a la fecha de corte del conjunto {limit}",
    ),
    # -- actors, vaccines, choices --------------------------------------------------------
    "required": ("{field} is required", "falta {field}"),
    "unknown_actor": ("unknown actor {value!r}", "actor desconocido {value!r}"),
    "unknown_field_actor": ("unknown {field} {value!r}", "{field} desconocido {value!r}"),
    "unknown_vaccine": ("unknown vaccine {value!r}", "vacuna desconocida {value!r}"),
    "same_actor": (
        "donor and recipient must differ",
        "donante y receptor deben ser distintos",
    ),
    "not_one_of": ("{value!r} is not one of: {allowed}", "{value!r} no es ninguno de: {allowed}"),
    "title_required": ("a title is required", "falta el título"),
    "series_required": ("a series code is required", "falta el código de la serie"),
    # -- rows of a file -------------------------------------------------------------------
    "duplicate_id": (
        "id {ref!r} appears twice in the file (first in row {first})",
        "el id {ref!r} aparece dos veces en el archivo (primero en la fila {first})",
    ),
    "duplicate_row": (
        "the same {what} as row {first}; rows without an id must differ "
        "(add an id column to keep both)",
        "{what} iguales que en la fila {first}; las filas sin id deben diferir "
        "(añada una columna id para conservar ambas)",
    ),
    "revision_other_parties": (
        "revises {parent} but names a different donor, recipient or vaccine",
        "revisa {parent} pero nombra otro donante, receptor o vacuna",
    ),
    "part_of_itself": (
        "a commitment cannot be part of itself",
        "una promesa no puede formar parte de sí misma",
    ),
    "no_such_commitment": (
        "no commitment with id {ref!r} in the file or the database",
        "ninguna promesa con id {ref!r} en el archivo ni en la base de datos",
    ),
}

#: Appended when a problem carries ``suggestions`` (close names the user may have meant).
SUGGESTION = ("; did you mean {0}?", "; ¿quiso decir {0}?")

#: Words passed as the ``field`` or ``what`` parameter, worded per language.
TERMS: dict[str, tuple[str, str]] = {
    "donor": ("donor", "donante"),
    "recipient": ("recipient", "receptor"),
    "actors": ("actors", "actores"),
    "vaccine": ("vaccine", "vacuna"),
    "natural": (
        "donor, recipient, vaccine, date and doses",
        "donante, receptor, vacuna, fecha y dosis",
    ),
    "date_title": ("date and title", "fecha y título"),
    "series_date": ("series and date", "serie y fecha"),
}

_WORDED = ("field", "what")


def parameters(template: str) -> set[str]:
    """The named parameters a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def wording(code: str, params: Mapping[str, object] | None = None, language: str = "en") -> str:
    """The problem ``code`` with ``params`` in ``language`` ("en" or "es")."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    params = dict(params or {})
    suggestions = params.pop("suggestions", ())
    for name in _WORDED:
        term = params.get(name)
        if isinstance(term, str) and term in TERMS:
            params[name] = TERMS[term][index]
    text = TEMPLATES[code][index].format(**params)
    if suggestions and isinstance(suggestions, tuple | list):
        text += SUGGESTION[index].format(", ".join(map(str, suggestions)))
    return text
