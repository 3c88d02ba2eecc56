"""Vaccine products: canonical codes, names and aliases."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tracker.domain.actors import normalise


@dataclass(frozen=True)
class Vaccine:
    code: str
    name: str
    aliases: tuple[str, ...]


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
    ),
)


class VaccineRegistry:
    """Resolves vaccine codes, names and aliases to codes."""

    def __init__(self) -> None:
        self._by_code = {v.code: v for v in VACCINES}
        self._index: dict[str, str] = {}
        for v in VACCINES:
            for alias in (v.name, *v.aliases):
                self._index.setdefault(normalise(alias), v.code)
            self._index[normalise(v.code)] = v.code

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Vaccine]:
        return iter(self._by_code.values())

    def get(self, code: str) -> Vaccine:
        return self._by_code[code]

    def resolve(self, text: str) -> str | None:
        text = (text or "").strip()
        if text in self._by_code:
            return text
        return self._index.get(normalise(text))

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        keys = difflib.get_close_matches(
            normalise(text), list(self._index), n=limit * 3, cutoff=0.5
        )
        out: list[str] = []
        for key in keys:
            name = self._by_code[self._index[key]].name
            if name not in out:
                out.append(name)
        return out[:limit]


@cache
def vaccines() -> VaccineRegistry:
    return VaccineRegistry()
