"""Every phone number: the study's regions through libphonenumber, any number in international
form, and a generic shape for the rest; and the ordinary numbers that must stay."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers
import pytest
from casebook.deid import Redactor, Registry, verify_texts
from casebook.instruments.yamlfile import InstrumentError
from casebook.settings import load_settings
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# Countries of the largest groups of people born abroad living in Sweden, neighbours, and
# countries relatives often live in.
REGIONS = ["US", "GB", "FR", "DE", "NO", "DK", "FI", "PL", "TR", "IQ", "IR", "SO", "ER", "BA"]
REGIONS += ["RS", "ES", "IT", "NL"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _examples(number_format: int) -> list[tuple[str, str]]:
    found = []
    for region in REGIONS:
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                found.append((region, phonenumbers.format_number(number, number_format)))
    return found


@pytest.mark.parametrize(("region", "number"), _examples(PhoneNumberFormat.NATIONAL))
def test_national_formats_of_many_countries(redactor: Redactor, region: str, number: str) -> None:
    for text in (
        f"Her brother in {region} is on {number} most evenings.",
        f"{number} is the number she gave.",
        f"Ring {number}!",
    ):
        out = redactor.redact(text).text
        assert "[phone]" in out and not re.search(r"\d", out), (text, out)


@pytest.mark.parametrize(("region", "number"), _examples(PhoneNumberFormat.INTERNATIONAL))
def test_international_formats(redactor: Redactor, region: str, number: str) -> None:
    out = redactor.redact(f"Call her cousin on {number} after six.").text
    assert out == "Call her cousin on [phone] after six."


@pytest.mark.parametrize(
    "number",
    [
        "34 37 66 56",
        "020 7882 4170",
        "04.37.91.81.64",
        "337.223.2077",
        "(212) 555-0123",
        "212-555-0123",
        "07700 900123",
        "0501 234 56 78",
        "+49 30 901820",
        "0043 1 234567890",
        "22 12 34 56 78",
    ],
)
def test_foreign_shapes_without_a_configured_region(redactor: Redactor, number: str) -> None:
    assert redactor.redact(f"New number: {number}.").text == "New number: [phone]."
    assert (
        redactor.redact(f"Bor nu i Oslo, nås på {number}.").text == "Bor nu i Oslo, nås på [phone]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "call her on 5551234567 tonight",
        "ring 46701234567",
        "mobil 0047 41234567",
    ],
)
def test_a_bare_run_of_digits_after_a_phone_word(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert "[phone]" in out and not re.search(r"\d", out)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on 2026-03-14 was moved to 14.03.2027.",
        "Between 2019-2021 and again 2022 - 2024 she lived alone.",
        "Years: 2019 2020 2021.",
        "Group met 13.00-14.30 and 09.30 - 10.15 on Fridays.",
        "Her personnummer shape 811299-9876 is not valid, order 8112189870 either.",
        "Rent is 12 345 kr, savings 1 234 567 SEK, debt € 12 345 678.",
        "She owes 2 345 678,50 kr and 45 000 dollars.",
        "About 1 234 567 people live in the region.",
        "Population 9 500 000 in 2020; about 10 555 123 now.",
        "The budget grew to 2.500.000 and the grant to 12 000 000.",
        "She walks 12 000 steps, weighs 72.5 kg, takes 2.5 mg.",
        "Dosage 10 20 30 40 mg over four weeks.",
        "Case number 1234567890 was closed.",
        "Scores 3 4 5 on the three items; 7 out of 10 overall.",
        "The form 2026/27 covers 14/3 to 20/3.",
    ],
)
def test_ordinary_numbers_are_not_phones(redactor: Redactor, text: str) -> None:
    assert "[phone]" not in redactor.redact(text).text


def test_phone_regions_sharpen_what_is_found() -> None:
    # (no group and no phone word: "number" would make a trunk 0 and eleven digits a phone;
    # a trunk 0 and ten, "02079460958" in London, is one anywhere, test_deid_number_atlas.py)
    text = "The Berlin line 015123456789 still works."
    assert Redactor(Registry([])).redact(text).text == text
    berlin = Redactor(Registry([]), phone_regions=("SE", "DE")).redact(text).text
    assert berlin == "The Berlin line [phone] still works."
    with pytest.raises(ValueError, match="XX"):
        Redactor(Registry([]), phone_regions=("XX",))


def test_study_settings_name_the_phone_regions(tmp_path: Path) -> None:
    base = "title: T\nroles: [{id: patient, label: P}]\nwaves: [{id: b, label: B}]\n"
    (tmp_path / "study.yaml").write_text(base, encoding="utf-8")
    assert load_settings(tmp_path).phone_regions == ("SE",)
    (tmp_path / "study.yaml").write_text(base + "country: NO\n", encoding="utf-8")
    assert load_settings(tmp_path).phone_regions == ("NO",)
    text = base + "release:\n  phone_regions: [SE, GB]\n"
    (tmp_path / "study.yaml").write_text(text, encoding="utf-8")
    assert load_settings(tmp_path).phone_regions == ("SE", "GB")
    (tmp_path / "study.yaml").write_text(base + "release:\n  phone_regions: [XX]\n")
    with pytest.raises(InstrumentError, match="XX"):
        load_settings(tmp_path)


def test_the_verifier_finds_foreign_numbers_the_redactor_would_have_taken() -> None:
    raw = [
        "Ring 34 37 66 56 tonight.",
        "Call (212) 555-0123.",
        "Her mobile is 337.223.2077.",
        "Tel 04.37.91.81.64.",
        "Telefon 020 7882 4170.",
        "Rent is 12 345 kr, 1 234 567 people, 2019-2021, 13.00-14.30, 2026-03-14.",
    ]
    cells = [("notes", "text", i, t) for i, t in enumerate(raw)]
    leaks = verify_texts(cells, Registry([]))
    assert [(leak.row, leak.kind) for leak in leaks] == [(i, "phone") for i in range(5)]
    redactor = Redactor(Registry([]))
    clean = [("notes", "text", i, redactor(t)) for i, t in enumerate(raw)]
    assert verify_texts(clean, Registry([])) == []


def test_the_release_builder_passes_the_studys_regions_to_the_redactor(db, tmp_path: Path) -> None:
    from casebook.release.identities import Person
    from casebook.release.redaction import make_cleaner

    base = "title: T\nroles: [{id: patient, label: P}]\nwaves: [{id: b, label: B}]\n"
    (tmp_path / "study.yaml").write_text(base + "release:\n  phone_regions: [GB]\n")
    people = [Person(name="Elin Berg", tag="[patient P-7Y3M]", aliases=[])]
    cleaner = make_cleaner(people, db, load_settings(tmp_path), tmp_path)
    assert cleaner.redactor.phones.regions == ("GB",)
    text = "The London number 02079460958 still works, Elin said."
    assert cleaner.clean(text) == "The London number [phone] still works, [patient P-7Y3M] said."


def test_a_phone_in_groups_of_three_is_still_a_phone(redactor: Redactor) -> None:
    # the round-figure rule reads amounts only: a Polish mobile has the same groups
    assert redactor.redact("Call 601 234 567 now.").text == "Call [phone] now."
    assert redactor.redact("Her mobile is 601 234 000.").text == "Her mobile is [phone]."


def test_a_contact_field_of_digits_only_is_a_phone(redactor: Redactor) -> None:
    # A ticket's "Contact:" line with a Danish number (eight digits, no trunk 0) alone.
    text = "Reported by: IT\nContact: 56231847\nDescription: no wifi"
    assert redactor(text) == "Reported by: IT\nContact: [phone]\nDescription: no wifi"
    assert redactor("Kontakt: 56231847") == "Kontakt: [phone]"
    # the same digits in a sentence after "contact" need more than that word
    assert "[phone]" not in redactor("Please contact 56231847 as the case number says.")
    assert "[phone]" not in redactor("Contact: via the office, case 56231847")


@pytest.mark.parametrize(
    "text",
    [
        "On the form he wrote 1911716337 where the number goes.",
        "On the form he wrote 101297\u200b2894 where the number goes.",
        "She gave 41234567 and said the number was new.",
    ],
)
def test_a_weak_phone_word_after_a_bare_run_keeps_no_reference(
    redactor: Redactor, text: str
) -> None:
    """A weak word ("number") after the run names what it was written for, no reference."""
    out = redactor.redact(text).text
    assert not re.search(r"\d{4}", out)


@pytest.mark.parametrize(
    "text",
    ["Order nr 1911716337 was sent.", "The order 1911716337 is the number we need."],
)
def test_a_weak_phone_word_before_a_bare_run_still_keeps_it(redactor: Redactor, text: str) -> None:
    assert "1911716337" in redactor.redact(text).text
