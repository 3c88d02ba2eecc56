import pytest

from tracker.domain.actors import actors
from tracker.domain.vaccines import vaccines


@pytest.mark.parametrize(
    "text,code",
    [
        ("United States", "USA"),
        ("U.S.", "USA"),
        ("EE. UU.", "USA"),
        ("Estados Unidos", "USA"),
        ("México", "MEX"),
        ("Mexico", "MEX"),
        ("mexico", "MEX"),
        ("Canadá", "CAN"),
        ("CAN", "CAN"),
        ("NA", "NAM"),
        ("Namibia", "NAM"),
        ("NAM", "NAM"),
        ("COVAX", "COVAX"),
        ("ROK", "KOR"),
        ("Sinovac", "SINOVAC"),
        ("Serum Institute of India", "SII"),
    ],
)
def test_names_in_english_and_spanish_resolve_to_codes(text, code):
    assert actors().resolve(text) == code


def test_unknown_name_gets_did_you_mean():
    assert actors().resolve("Mexcio") is None
    assert any("MEX" in s for s in actors().suggest("Mexcio"))


def test_every_country_has_a_spanish_name():
    countries = [a for a in actors() if a.kind == "country"]
    assert len(countries) >= 249
    assert actors().get("MEX").name_es == "México"


@pytest.mark.parametrize(
    "text,code",
    [
        ("AstraZeneca", "astrazeneca"),
        ("Pfizer-BioNTech", "pfizer"),
        ("J&J", "janssen"),
        ("Sinovac (CoronaVac)", "coronavac"),
        ("Sputnik V (Gamaleya)", "sputnik-v"),
        ("mixed", "mixed"),
    ],
)
def test_vaccine_names_resolve(text, code):
    assert vaccines().resolve(text) == code
