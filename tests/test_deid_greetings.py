"""The one home of greetings, thanks, farewells and interjections (`casebook.deid.greetings`):
each class holds what its rule needs and no more. Every sentence here was written for this
test; the stranger names are made up (in no lexicon)."""

from __future__ import annotations

import pytest
from casebook.deid import closed_words, greetings, lexicon
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in redact(text, Registry([])).spans]


@pytest.mark.parametrize("word", ["kiitos", "tack", "hejdå", "thx", "regards", "morning"])
def test_a_greeting_that_is_no_name_is_cut_from_a_stranger(word: str) -> None:
    assert greetings.no_name_edge(word)


@pytest.mark.parametrize("word", ["terve", "moro", "tak", "hade", "dear", "our"])
def test_a_greeting_that_may_be_a_name_or_no_greeting_is_not_cut(word: str) -> None:
    # "Moro", "Tak" are family names, "hade" no whole greeting, "terve" is cut through
    # closed_words; "dear" and "our" are read elsewhere.
    assert not greetings.no_name_edge(word)


def test_letter_openers_are_no_farewells() -> None:
    assert greetings.opens_greeting("dear") and greetings.opens_greeting("kära")
    assert not greetings.opens_greeting("kiitos")
    assert not (greetings.OPENERS & greetings.FAREWELLS)  # `vocatives.greeted` reads both


def test_letter_closings_are_whole_formulas_and_not_cut_words() -> None:
    assert {"mvh", "best regards", "terveisin", "med vennlig hilsen"} <= greetings.CLOSINGS
    # "love" and "yours" close a letter but are words of a sentence: never cut from a name.
    assert "love" in greetings.CLOSINGS and not greetings.no_name_edge("love")
    assert not greetings.no_name_edge("yours")


def test_the_hand_written_formulas_reach_the_closed_words_file() -> None:
    names = lexicon.all_names() | lexicon.places()
    formulas = {w for words in greetings.FORMULAS.values() for w in words.split()}
    kept = {w for w in formulas if w not in names and len(w) >= 2}
    assert {"kiitos", "takk", "unnskyld", "undskyld", "tjena"} <= kept
    assert all(closed_words.closed(w) for w in ("kiitos", "takk", "tjena", "undskyld"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kiitos Vormenak, nähdään huomenna.", ["Vormenak"]),
        ("Thx Vormenak Quissel", ["Vormenak Quissel"]),
        ("Hejdå Vormenak!", ["Vormenak"]),
        ("Jag hör av mig.\nMvh\nVormenak Quissel", ["Vormenak Quissel"]),
    ],
)
def test_the_greeting_stays_and_the_name_goes(text: str, names: list[str]) -> None:
    assert _removed(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Your visit\n\nDear Gitte Ostergaard,\nThank you for the tour.\n",
        "Emne: Besøg\n\nKære Maja,\nTak for sidst.\n",
        "Emne: Besøk\n\nKjære Ola Nordmann,\nTakk for sist.\n",
    ],
)
def test_a_salutation_is_no_part_nor_slip_of_a_name(text: str) -> None:
    registry = Registry(
        [NameEntry("p:1", "Dean Holm", "[P-1]"), NameEntry("p:2", "Maja Lund", "[P-2]")]
    )
    removed = [text[s.start : s.end] for s in redact(text, registry).spans]
    assert removed and not any(r.split()[0] in ("Dear", "Kære", "Kjære") for r in removed), removed


def test_a_registered_name_after_a_salutation_is_still_removed() -> None:
    registry = Registry([NameEntry("p:1", "Dean Holm", "[P-1]")])
    text = "Subject: Your visit\n\nDear Dean,\nThank you for the tour.\n"
    assert any("Dean" in r for r in (text[s.start : s.end] for s in redact(text, registry).spans))
    text = "Subject: Your visit\n\nDear Holm called today about the tour.\n"  # a slip of Dean?
    assert not greetings.salutation_word(text, text.index("Dear"), text.index("Dear") + 4)


def test_a_salutation_opens_a_line_of_a_name_and_its_comma() -> None:
    text = "Hej,\n\nKære Maja,\nTak.\nHe said, dear Maja, that it was fine."
    assert greetings.salutation_word(text, 6, 10)
    at = text.index("dear")
    assert not greetings.salutation_word(text, at, at + 4)  # not opening its line


# Registered people whose given names are also English words, for the sign-off slot.
_WORD_NAMES = Registry(
    [NameEntry("p:1", "Temple Holm", "[T]"), NameEntry("p:2", "Glen Bach", "[G]")]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tak for i dag.\nMange hilsner\ntemple\n", "Tak for i dag.\nMange hilsner\n[T]\n"),
        ("Tack för i dag.\nBästa hälsningar\nglen\n", "Tack för i dag.\nBästa hälsningar\n[G]\n"),
        ("Kiitos tästä.\nLämpimin terveisin\ntemple\n", "Kiitos tästä.\nLämpimin terveisin\n[T]\n"),
        ("Takk for sist.\nBeste hilsener\nglen\n", "Takk for sist.\nBeste hilsener\n[G]\n"),
        ("We fixed it.\n\nThanks again,\nglen\n", "We fixed it.\n\nThanks again,\n[G]\n"),
    ],
)
def test_a_nordic_closing_with_its_quantifier_or_adjective_signs_off_a_registered_name(
    text: str, expected: str
) -> None:
    # The greeting noun with "mange", "bästa", "lämpimin", "beste" before it is a closing as
    # "hilsner" alone is: the writer's lower-case name on the next line is the person.
    assert {"mange hilsner", "bästa hälsningar", "lämpimin terveisin"} <= greetings.CLOSINGS
    assert redact(text, _WORD_NAMES).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mange hilsner\nthe temple team\n",
        "Vi så et gammelt temple.\nMange hilsner fra alle i klubben\n",
        "Bästa hälsningar från oss alla i glen.\nVi ses!\n",
    ],
)
def test_words_after_or_beside_a_nordic_closing_stay(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Good thanks, how about you?",
        "A volunteer asked how I was. Good thanks!",
        "Pasted from the support chat: Good thanks for your response.",
    ],
)
def test_thanks_as_an_answer_names_no_one_before_it(text: str) -> None:
    assert "Good" not in " ".join(_removed(text))


def test_thanks_alone_is_not_the_verb() -> None:
    assert greetings.thanks_alone("good thanks, how about you?", 4)
    assert greetings.thanks_alone("fine thanks\nok", 4)
    assert not greetings.thanks_alone("anna thanks the staff", 4)
    assert greetings.thanks_alone("no thanks have a nice day", 2)
    assert greetings.thanks_for("good thanks for your response.", 4)
    assert not greetings.thanks_for("anna thanks her for the flowers", 4)
    assert not greetings.thanks_for("anna thanks fort william", 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Noreen thanks you for the lift.", "Noreen"),
        ("Zlatko thanks for the help, says the note.", "Zlatko"),
        ("Okrent thanks for the flowers.", "Okrent"),  # "tackar för": what Okrent said
        ("Nicke thanks her for the help.", "Nicke"),
    ],
)
def test_a_person_before_thanks_stays_redacted(text: str, name: str) -> None:
    assert name in " ".join(_removed(text))


def test_the_colloquial_finnish_closing_signs_off_a_stranger() -> None:
    # "Terkuin", Kielitoimisto's colloquial "terveisin": the line under it is the writer.
    assert "terkuin" in greetings.CLOSINGS
    assert _removed("Korjasimme läppärin.\n\nTerkuin\nTorstein\n") == ["Torstein"]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Dear Per,\n\nThe lamp works again.\n\nWarmly,\nwheat\n", "Warmly,\n[W]\n"),
        ("Dear Per,\n\nThe lamp works again.\n\nWarmly,\nWheat Moen\n", "Warmly,\n[W]\n"),
    ],
)
def test_warmly_closes_a_letter_before_its_writer(text: str, tag: str) -> None:
    assert tag in redact(text, Registry([NameEntry("p:1", "Wheat Moen", "[W]")])).text


def test_warmly_inside_a_sentence_closes_nothing() -> None:
    text = "Dear Per,\n\nHe greeted us warmly,\nwheat in hand.\n"
    assert "wheat in hand" in redact(text, Registry([NameEntry("p:1", "Wheat Moen", "[W]")])).text
