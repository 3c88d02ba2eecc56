"""Vaccine products: canonical codes, names and aliases."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tracker.domain.names import NameRegistry


@dataclass(frozen=True)
class Vaccine:
    code: str
    name: str
    aliases: tuple[str, ...]
    #: The name in Spanish where it is not a product's own (brand names are the same).
    name_es: str = ""

    def name_in(self, lang: str) -> str:
        return self.name_es if lang == "es" and self.name_es else self.name


VACCINES: tuple[Vaccine, ...] = (
    Vaccine(
        "astrazeneca",
        "Oxford/AstraZeneca",
        ("AstraZeneca", "AZ", "Oxford-AstraZeneca", "Vaxzevria", "ChAdOx1", "AZD1222"),
    ),
    Vaccine(
        "pfizer",
        "Pfizer/BioNTech",
        ("Pfizer", "Pfizer-BioNTech", "BioNTech", "Comirnaty", "BNT162b2"),
    ),
    Vaccine("moderna", "Moderna", ("Spikevax", "mRNA-1273")),
    Vaccine(
        "janssen",
        "Janssen (J&J)",
        ("Janssen", "Johnson & Johnson", "J&J", "Janssen (Johnson & Johnson)", "Ad26.COV2.S"),
    ),
    Vaccine("coronavac", "Sinovac CoronaVac", ("Sinovac", "CoronaVac", "Sinovac (CoronaVac)")),
    Vaccine(
        "sinopharm", "Sinopharm BBIBP", ("Sinopharm", "BBIBP", "BBIBP-CorV", "Sinopharm (BBIBP)")
    ),
    Vaccine("sputnik-v", "Sputnik V", ("Sputnik", "Gam-COVID-Vac", "Sputnik V (Gamaleya)")),
    Vaccine(
        "covishield",
        "Covishield",
        ("Covishield (SII-made AstraZeneca)", "Serum Institute AstraZeneca"),
    ),
    Vaccine("covaxin", "Covaxin", ("BBV152", "Bharat Biotech")),
    Vaccine("cansino", "CanSino", ("CanSino (Ad5-nCoV)", "Ad5-nCoV", "Convidecia")),
    Vaccine(
        "mixed",
        "Mixed / unspecified",
        ("mixed", "unspecified", "various", "mixta", "varias", "sin especificar", ""),
        name_es="Mixta / sin especificar",
    ),
)


class VaccineRegistry(NameRegistry[Vaccine]):
    """Resolves vaccine codes, names and aliases to codes."""

    _cutoff = 0.5

    def __init__(self) -> None:
        super().__init__()
        for v in VACCINES:
            self._add(v, (v.name, *v.aliases, *([v.name_es] if v.name_es else [])))


@cache
def vaccines() -> VaccineRegistry:
    return VaccineRegistry()
