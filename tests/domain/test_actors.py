import pytest

from tracker.domain.actors import actors
from tracker.domain.vaccines import vaccines


@pytest.mark.parametrize(
    "registry,text,code",
    [
        # Actors: English and Spanish names, with or without accents, and codes.
        (actors, "United States", "USA"),
        (actors, "U.S.", "USA"),
        (actors, "EE. UU.", "USA"),
        (actors, "Estados Unidos", "USA"),
        (actors, "México", "MEX"),
        (actors, "Mexico", "MEX"),
        (actors, "mexico", "MEX"),
        (actors, "Canadá", "CAN"),
        (actors, "CAN", "CAN"),
        (actors, "NA", "NAM"),
        (actors, "Namibia", "NAM"),
        (actors, "NAM", "NAM"),
        (actors, "COVAX", "COVAX"),
        (actors, "ROK", "KOR"),
        (actors, "Sinovac", "SINOVAC"),
        (actors, "Serum Institute of India", "SII"),
        # Vaccines: product names and aliases.
        (vaccines, "AstraZeneca", "astrazeneca"),
        (vaccines, "Pfizer-BioNTech", "pfizer"),
        (vaccines, "J&J", "janssen"),
        (vaccines, "Sinovac (CoronaVac)", "coronavac"),
        (vaccines, "Sputnik V (Gamaleya)", "sputnik-v"),
        (vaccines, "mixed", "mixed"),
    ],
)
def test_names_resolve_to_codes(registry, text, code):
    assert registry().resolve(text) == code


def test_unknown_name_gets_did_you_mean():
    assert actors().resolve("Mexcio") is None
    assert any("MEX" in s for s in actors().suggest("Mexcio"))


def test_every_country_has_a_spanish_name():
    countries = [a for a in actors() if a.kind == "country"]
    assert len(countries) >= 249
    assert actors().get("MEX").name_es == "México"
