"""Actors: countries (ISO 3166-1 alpha-3 via pycountry) and non-country actors, with aliases.

Names resolve in English and Spanish, with or without accents ("México", "Mexico",
"EE. UU."). Codes are the stored form; "NAM" is Namibia, never "missing". An ISO 3166
code (alpha-2 or alpha-3) always means its country: organisations get codes that cannot
collide with one ("AFUNION", not "AU", which is Australia).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import cache

import pycountry

from tracker.domain.enums import ActorKind
from tracker.domain.names import NameRegistry


@dataclass(frozen=True)
class Actor:
    code: str
    name: str
    kind: ActorKind
    name_es: str
    aliases: tuple[str, ...] = field(default=())


# Non-country actors: code, English name, Spanish name, kind, extra aliases.
_OTHER_ACTORS: tuple[tuple[str, str, str, ActorKind, tuple[str, ...]], ...] = (
    ("COVAX", "COVAX", "COVAX", ActorKind.MULTILATERAL, ("COVAX Facility", "Mecanismo COVAX")),
    (
        "AVAT",
        "African Vaccine Acquisition Trust",
        "Fondo Africano de Adquisición de Vacunas",
        ActorKind.MULTILATERAL,
        ("AVAT",),
    ),
    # Never "AU": ISO 3166 codes always mean their country (AU is Australia, UA Ukraine).
    ("AFUNION", "African Union", "Unión Africana", ActorKind.BLOC, ("Union africaine",)),
    ("EU", "European Union", "Unión Europea", ActorKind.BLOC, ("EU", "UE", "Team Europe")),
    ("CARICOM", "Caribbean Community", "Comunidad del Caribe", ActorKind.BLOC, ("Caricom",)),
    ("G7", "G7", "G7", ActorKind.BLOC, ("G7+", "Group of Seven", "Grupo de los Siete")),
    (
        "MULTI",
        "Several recipients",
        "Varios receptores",
        ActorKind.GROUP,
        ("World", "Mundo", "multiple", "various", "varios"),
    ),
    ("SINOVAC", "Sinovac", "Sinovac", ActorKind.COMPANY, ("Sinovac Biotech",)),
    (
        "SINOPHARM",
        "Sinopharm",
        "Sinopharm",
        ActorKind.COMPANY,
        ("China National Pharmaceutical Group",),
    ),
    ("CANSINO", "CanSino Biologics", "CanSino Biologics", ActorKind.COMPANY, ("CanSino",)),
    (
        "RDIF",
        "Russian Direct Investment Fund",
        "Fondo Ruso de Inversión Directa",
        ActorKind.COMPANY,
        ("RDIF", "FRID"),
    ),
    (
        "SII",
        "Serum Institute of India",
        "Serum Institute of India",
        ActorKind.COMPANY,
        ("Serum Institute",),
    ),
    ("ASTRAZENECA", "AstraZeneca", "AstraZeneca", ActorKind.COMPANY, ("AstraZeneca plc",)),
)

OTHER_ACTOR_COUNT = len(_OTHER_ACTORS)
#: Codes organisations had before, which a country's ISO code now means: old -> new.
RENAMED_ACTORS: dict[str, str] = {"AU": "AFUNION"}

# Everyday names the ISO tables do not carry, in English and Spanish.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": (
        "U.S.",
        "US",
        "U.S.A.",
        "United States of America",
        "America",
        "EE. UU.",
        "EE.UU.",
        "EEUU",
        "Estados Unidos de América",
    ),
    "MEX": ("Méjico", "Estados Unidos Mexicanos"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "Reino Unido"),
    "KOR": ("ROK", "South Korea", "Republic of Korea", "Corea del Sur"),
    "PRK": ("North Korea", "Corea del Norte"),
    "RUS": ("Russia", "Rusia"),
    "CAF": ("CAR", "Central African Republic"),
    "PNG": ("PNG",),
    "COD": ("DRC", "DR Congo", "Democratic Republic of the Congo", "RDC"),
    "COG": ("Republic of the Congo", "Congo-Brazzaville"),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "IRN": ("Iran",),
    "SYR": ("Syria", "Siria"),
    "LAO": ("Laos",),
    "VNM": ("Vietnam", "Viet Nam"),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "PSE": ("Palestine", "West Bank and Gaza", "Palestina"),
    "TWN": ("Taiwan",),
    "CIV": ("Côte d'Ivoire", "Ivory Coast", "Costa de Marfil"),
    "CPV": ("Cabo Verde", "Cape Verde"),
    "SWZ": ("Eswatini", "Swaziland"),
    "TUR": ("Turkey", "Türkiye", "Turquía"),
    "CZE": ("Czech Republic", "Czechia", "Chequia"),
    "DOM": ("Dominican Republic", "República Dominicana"),
    "BHS": ("Bahamas", "The Bahamas"),
    "GMB": ("Gambia", "The Gambia"),
    "FSM": ("Micronesia",),
    "BRN": ("Brunei",),
    "TLS": ("Timor-Leste", "East Timor"),
}


class ActorRegistry(NameRegistry[Actor]):
    """Every known actor, and the resolver from names/codes to codes."""

    def __init__(self) -> None:
        super().__init__()
        spanish = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True
        )
        for country in pycountry.countries:
            code = country.alpha_3
            names = [country.name]
            for attr in ("common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names.append(value)
            name_es = spanish.gettext(country.name)
            display = getattr(country, "common_name", None) or country.name
            aliases = tuple(dict.fromkeys([*names, name_es, *_COUNTRY_ALIASES.get(code, ())]))
            actor = Actor(code, display, ActorKind.COUNTRY, name_es, aliases)
            self._add(actor, actor.aliases, extra_keys=(country.alpha_2,))
        for code, name, name_es, kind, aliases in _OTHER_ACTORS:
            actor = Actor(code, name, kind, name_es, (name, name_es, *aliases))
            self._add(actor, actor.aliases)

    def _label(self, code: str) -> str:
        return f"{self._by_code[code].name} ({code})"


@cache
def actors() -> ActorRegistry:
    """The process-wide registry (building it reads pycountry once)."""
    return ActorRegistry()
