"""Phone and identity numbers as people write them in notes, measured on a table of every
region's example numbers (`bench/phone_atlas.py`): a number broken over a line, after the
clock time of a timed observation, with "00 " and a spaced country code, a trunk code and a
slash, run together with no phone word near, after the neighbours' verbs and a contact
person; and what must stay (a number and a time on the next line, references, round
figures, codes)."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from casebook.deid import Redactor, Registry

from bench import phone_forms
from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text,written",
    [
        # a line break inside the number (phone_breaks.py)
        ("Tel +46 70 123\n45 67 after six", "+46 70 123\n45 67"),
        ("Tel +46 8 123 456\n78\nMore", "+46 8 123 456\n78"),
        ("Tel: 0046 70\n123 45 67\nMore", "0046 70\n123 45 67"),
        ("Ring +47 912\n34 567 etter seks.", "+47 912\n34 567"),
        # a clock time opening a timed observation (timed_numbers.py)
        ("14:20 0044 7781 123456 hörde av sig igen.", "0044 7781 123456"),
        ("14:20 00351 600 110 000 hörde av sig.", "00351 600 110 000"),
        ("10.42 290360Y718S stod i brevet.", "290360Y718S"),
        # "00", a space and the country code; a trunk code and a slash
        ("Søsteren kan nås på 00 229 01 95 12 34 56.", "00 229 01 95 12 34 56"),
        ("Mobil: 010/01234567", "010/01234567"),
        ("You can call him on 8/029 491-19-11 after six.", "8/029 491-19-11"),
        # the neighbours' verbs, a contact person, a Finnish genitive before "numero"
        ("Du kan ringe ham på 91234567 etter klokka seks.", "91234567"),
        ("Han kan ringes op på 28101351 om aftenen.", "28101351"),
        ("Contact person: the son, 81234567.", "81234567"),
        ("Yhteyshenkilö: poika, 4012345678.", "4012345678"),
        ("Tyttären numero on 0401234567.", "0401234567"),
        # an abbreviation's stop before a lower-case word ends no sentence
        ("Kontaktperson enl. pat.: systern, 15948894365.", "15948894365"),
        # a run of digits alone, no phone word near (bare_runs.py)
        ("Skrev upp 93970829 på en lapp åt honom.", "93970829"),
        ("I said I would be back before the end of the day on 9366945424.", "9366945424"),
        ("Landlord: 28101351", "28101351"),
        ("Ph 070-123 45 67 efter fem.", "070-123 45 67"),
        ("Kontaktnummer: 46712398", "46712398"),
        # a Danish CPR with a space, after an inflected word naming it (nordic_ids.py)
        ("Hun oppga fødselsnummeret 140900 5498 i skjemaet.", "140900 5498"),
        ("Hans CPR-nummer er 2211108832.", "2211108832"),
        # "no" before a word is no "no." of a number: the run is taken as alone
        ("If no answer, try 52718834 later.", "52718834"),
        ("No one picked up, so I wrote 52718834 down.", "52718834"),
        # a person's number named after it with "as"
        ("She gave 4471903325 as her number.", "4471903325"),
        ("The clinic used 461928735 as his contact number.", "461928735"),
    ],
)
def test_written_numbers_are_caught(redactor: Redactor, text: str, written: str) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        # a whole number, then a time or a figure on the next line
        ("Nytt nr: +468173468\n14:17 Kiitos viimeisestä.", "14:17 Kiitos"),
        ("Mobile: 08-92 24 95\n62 min later he came.", "62 min"),
        ("Ring 070-123 45 67\n3 gånger i veckan.", "3 gånger"),
        # a day and month before a year is a date, not a time before a number
        ("Möte 12.05 2024 kl 10.", "kl 10"),
        # references, amounts, round figures, repeated digits, codes
        ("Ordernummer 85010806 skickades i går.", "85010806"),
        ("Koden 48742612 fungerade inte.", "48742612"),
        ("Remiss nr 3960545 kom i går.", "3960545"),
        ("Medlemsnummer 45612379 i föreningen.", "45612379"),
        ("Avtalsnumret 45012378 gäller till maj.", "45012378"),
        ("Asiakasnumero: 45012378", "45012378"),
        ("Ärende 2021-32848 handläggs, dnr 657-1114-38.", "2021-32848 handläggs, dnr 657-1114-38"),
        ("Bankgiro 998-9557 för hyran.", "998-9557"),
        ("Kommunen budgeterade 25000000 för året.", "25000000"),
        ("Skrev 11111111 som lösenord.", "11111111"),
        ("Patient nr 12345678 i registret.", "12345678"),
        ("Filen v2/12345678/bild.png saknas.", "12345678"),
        ("He rang yesterday. The order 12345678 came.", "12345678"),
        # "no." of a number, and "as" with no one's number after it
        ("Order no. 52718834 was sent.", "52718834"),
        ("Use 461928735 as order number.", "461928735"),
        # "pH" is a blood gas's acidity, not "ph" for a phone
        ("pH 7.16/43/115, Hb 149 g/L.", "7.16/43/115"),
    ],
)
def test_other_numbers_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor(text), redactor(text)


def test_the_forms_table_writes_each_way_of_writing() -> None:
    number = phonenumbers.parse("+46 8 123 456 78")
    forms = phone_forms.phone_forms("SE", number)
    assert forms["00-space"] == "00 46 8 123 456 78"
    assert forms["intl-(0)"] == "+46 (0) 8 123 456 78"
    assert forms["line-break"] == "+46 8 123 456\n78"
    assert forms["nat-run"] == "0812345678"
    kinds = {form for _country, form, _written in phone_forms.identity_numbers(random.Random(1), 5)}
    assert {"se-century", "dk-space", "no-space"} <= kinds


@pytest.mark.parametrize("region", ["SE", "NO", "DK", "FI", "GB", "DE", "PL", "TR", "IQ", "US"])
def test_every_form_of_a_neighbours_example_numbers_after_a_phone_word(
    redactor: Redactor, region: str
) -> None:
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    for form, written in phone_forms.phone_forms(region, number).items():
        if form == "nat-slash" and not written.startswith("0"):
            continue  # ("560/1234": a ratio or a case number as much as a phone)
        text = f"Anteckning.\nRing henne på {written} efter sex.\n"
        assert covered(redactor, text, written), (form, redactor(text))


def test_a_name_in_the_slot_of_the_number_still_goes() -> None:
    from casebook.deid import NameEntry

    redactor = Redactor(Registry([NameEntry("p:1", "Tove Brekke", "[P-1]")]))
    assert redactor("If no answer, try Tove Brekke or 52718834.") == (
        "If no answer, try [P-1] or [phone]."
    )
