"""Names nobody registered, spoken to in dialogue, chat and quoted speech
(`casebook.deid.vocatives`): opening or closing a sentence after a comma, after a greeting,
thanks or farewell, alone on a line with "!", "?" or one full stop; greetings, interjections, places
in the same slots stay."""

from __future__ import annotations

import pytest
from casebook.deid import lexicon, vocatives
from casebook.deid.redactor import redact
from casebook.deid.registry import Registry

from tests.deid_helpers import name_tags, numbered_redactor

# Made-up names: in no lexicon and no word of any language Casebook reads.
STRANGERS = ("Tamsiro", "Quelbo", "Ilvarek", "Zorvika")


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in redact(text, Registry([])).spans]


def test_the_strangers_are_unknown() -> None:
    assert not any(n.lower() in lexicon.all_names() for n in STRANGERS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsiro, we were there yesterday.", "Tamsiro"),
        ("Quelbo, jag kommer strax.", "Quelbo"),
        ("Ilvarek, mitä kuuluu?", "Ilvarek"),
        ("Zorvika, I can't find the keys.", "Zorvika"),
        ("we were there all day, Tamsiro.", "Tamsiro"),
        ("Det stämmer inte, Quelbo.", "Quelbo"),
        ("ja vel # så det var det, Ilvarek ?", "Ilvarek"),
        ("But he is in town, now, Zorvika?", "Zorvika"),
        ("Bye Tamsiro!", "Tamsiro"),
        ("Tack Quelbo, vi ses i morgon.", "Quelbo"),
        ("Kiitos Ilvarek.", "Ilvarek"),
        ("Kom igen Zorvika, nu går vi.", "Zorvika"),
        ("Come on Tamsiro", "Tamsiro"),
        ("Good morning Quelbo, sit down.", "Quelbo"),
        ("Tamsiro!\nWhat did you do?", "Tamsiro"),
        ("- Quelbo?\n- Ja, jag är här.", "Quelbo"),
        ("A year? What, Zorvika?", "Zorvika"),
        ("Ugh, Tamsiro!", "Tamsiro"),
        ("Ha det Quelbo, ja .", "Quelbo"),
        ("Takk Gjon", "Gjon"),  # one vowel will do after a greeting
    ],
)
def test_a_stranger_spoken_to_is_a_name(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tjena, vi ses i morgon.",
        "Hallo, ja .",
        "Moikka, nähdään huomenna!",
        "Terve!",
        '"Vadå?"',
        "bor i Lund, Skåne.",
        "Hmm, I don't know.",
        "Ugh!",
        "Läkarbesök, sjuksköterskan närvarande.",  # a compound noun heading a visit
        "Resursgruppsmöte, grupp 9\nBo själv vill hon inte.",
        "Uppsägningstid?\nHon har svårt att få ihop det.",
        "Lund, Skåne.",
        "Hereillä, rauhallinen ja yhteistyökykyinen.",  # a Finnish word of a care note
        "Kotirespiraattorissa, limaa rohisee.",  # a Finnish case: no one spoken to
        "Iltayöstä, kun nukahti, hapetus nousi.",
    ],
)
def test_greetings_interjections_and_places_stay(text: str) -> None:
    assert _removed(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Tamsiro, we were there.", 0, 7, True),
        ("Tamsiro, where she grew up, is far.", 0, 7, False),  # a relative: a place
        ("Tamsiro, Quelbo and Ilvarek came.", 0, 7, False),  # a list, not a call
        ("we were there, Tamsiro.", 15, 22, True),
        ("in Lund, Tamsiro.", 9, 16, False),  # a place after a place
        ("we were there, Tamsiro and more", 15, 22, False),  # the sentence goes on
        ("Tamsiro.\nThe next line.", 0, 7, True),  # a full stop: a line of a dialogue
        ("Ooh.\nThe next line.", 0, 3, False),  # a sound drawn out
        ("Tamsiro..\nThe next line.", 0, 7, False),  # one full stop only
        ("Pcv.\nThe next line.", 0, 3, False),  # one vowel: an abbreviation
        ("Danke für das\nTamsiro.", 14, 21, False),  # a sentence wrapped onto a new line
        ("Danke für das.\nTamsiro.", 15, 22, True),
        ("Tamsiro!\nThe next line.", 0, 7, True),
        ("Bye Tamsiro!", 4, 11, True),
        ("Bye Tamsiro Quelbo", 4, 11, False),  # a mark or the line's end must follow
        ("so goodbye Tamsiro.", 11, 18, True),
        ("Hon tackade Tamsiro.", 12, 19, False),  # a verb, no greeting
    ],
)
def test_addressed(text: str, start: int, end: int, expected: bool) -> None:
    assert vocatives.addressed(text, text.lower(), start, end) is expected


def test_a_heading_participle_before_a_comma_stays() -> None:
    # A note's heading, not someone spoken to: "avboka" with its particle written together.
    assert _removed("Avbokat, ny tid 17/11 kl 10.") == ["17/11"]
    assert _removed("Uppskjutet, ny tid i morgon.") == []


def test_a_greeting_is_cut_from_the_name_it_ran_into() -> None:
    assert _removed("Kiitos Ilvarek.") == ["Ilvarek"]
    assert _removed("Tack Quelbo Zorvika!") == ["Quelbo Zorvika"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("läkarbesök", True),
        ("resursgruppsmöte", True),
        ("uppsägningstid", True),
        ("familjegemenskapen", True),
        ("avbokat", True),  # av + bokat: a Swedish particle verb's participle
        ("uppskjutet", True),
        ("ingrid", False),  # in + grid: "grid" is no Swedish word
        ("avram", False),  # av + ram: "ram" too short to tell
        ("zorvika", False),
        ("tamsiro", False),
    ],
)
def test_compound(word: str, expected: bool) -> None:
    assert vocatives._compound(word) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peter, can you come here?", "Peter"),
        ("Linda, har du tid i morgon?", "Linda"),
        ("Sally, mitä sinä teet?", "Sally"),
        ("han har ett bra liv nu, Rita.", "Rita"),
        ("Hej Rita, hur mår du?", "Rita"),
        ("Bye Sally!", "Sally"),
    ],
)
def test_a_given_name_that_is_a_word_spoken_to(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Still, you must go.",  # no given name
        "Mark, as in grade.",  # no "you" after an opening
        "Rita en bild av huset.",  # Swedish "draw": no slot at all
    ],
)
def test_words_in_those_slots_stay(text: str) -> None:
    assert _removed(text) == []


def test_a_slip_of_a_word_is_a_name_only_where_no_word_stands() -> None:
    # "Lacy" is one letter from an ordinary word: after a closing comma it is called, and
    # opening a sentence before a comma it may be the word's slip.
    assert "Lacy" in _removed("Example of inner and outer row fields, Lacy.")
    assert "Lacy" in _removed("Heippa Lacy, kiinnostava tieto.")
    assert (
        vocatives.addressed("Lacy, the curtains.", "lacy, the curtains.", 0, 4, slip=True) is False
    )


def test_a_run_is_read_by_its_first_and_last_words() -> None:
    text = "Tamsiro Quelbo, we were there."
    assert vocatives.addressed(text, text.lower(), 0, 14) is True
    text = "Tamsiro Läkarbesök, sjuksköterskan närvarande."
    assert vocatives.addressed(text, text.lower(), 0, 18) is False


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsiro.\nWe were there all day.", "Tamsiro"),
        ("Quelbo.\nja det var det .", "Quelbo"),
        ("- Ilvarek.\n- Mitä nyt?", "Ilvarek"),
        ("Zorvika.", "Zorvika"),
        ("Best,\nTamsiro.", "Tamsiro"),  # a sign-off
        ("Vi ses.\n\nQuelbo.", "Quelbo"),
    ],
)
def test_a_stranger_alone_on_a_line_with_a_full_stop_is_a_name(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ooh.\nThat hurt.",  # a sound drawn out: two letters
        "Aah.\nDet gör ont.",
        "Förridare.\nHan red först.",  # a Swedish agent noun: rida, ridare
        "Handläggare.\nHon ringer i morgon.",
        "Bakgrund.\nHon bor själv.",  # a heading: an ordinary word
        "Tel.\n08 123 45.",
        "Danke für das\nBakgrund.",
        "Danke.\nViele Grüße",  # a German word quoted
    ],
)
def test_sounds_agent_nouns_and_headings_alone_with_a_full_stop_stay(text: str) -> None:
    removed = _removed(text)  # once: each call builds a redactor (~0.25 s)
    assert not any(w in removed for w in ("Ooh", "Aah", "Förridare", "Handläggare", "Danke"))
    assert not any(w in removed for w in ("Bakgrund", "Tel"))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("förridare", True), ("handläggare", True), ("läkare", True), ("tamsiro", False)]
    + [("clare", False), ("zorvika", False)],
)
def test_agent_noun(word: str, expected: bool) -> None:
    assert vocatives._agent_noun(word) is expected


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        # a registered family name that is a word, typed in lower case in a salutation line
        ("Subject: Friday\n\nDear brown,\n\nThank you for the forms.", "brown", "[P0]"),
        ("Hej lind,\nTack för sist, vi ses på fredag.", "lind", "[P1]"),
        ("Hei rask!\nTakk for sist.", "rask", "[P2]"),
    ],
)
def test_a_registered_word_in_a_salutation_line_is_the_person(
    text: str, word: str, tag: str
) -> None:
    redactor = numbered_redactor(["Ann Brown", "Ida Lind", "Mia Rask"])
    assert dict(name_tags(redactor, text)).get(word) == tag


@pytest.mark.parametrize(
    "text",
    [
        "It was a brown, quiet room.\nWe left.",  # no greeting before it
        "Dear brown, quiet reader, hello.",  # the line goes on
        "Dear all,\nThe forms are ready.",  # nobody named
        "Hej mamma,\nTack för sist.",  # a relation
    ],
)
def test_a_word_outside_a_salutation_line_stays(text: str) -> None:
    redactor = numbered_redactor(["Ann Brown", "Ida Lind", "All Berg", "Mamma Ek"])
    assert [w for w, _t in name_tags(redactor, text) if w in ("brown", "all", "mamma")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vi snakket lenge om det. Neida, det er for farlig.",  # "nei da": no, it is
        "Jeg spurte igjen i dag. Jada, det er helt i orden nå.",
    ],
)
def test_a_norwegian_copula_is_no_swedish_you(text: str) -> None:
    """Swedish "er" (you, your) after a word and a comma says someone is spoken to; in a
    Norwegian or Danish sentence "er" is "is", and the opening word keeps its reading."""
    assert _removed(text) == []


def test_swedish_er_still_speaks_to_someone() -> None:
    assert "Linda" in _removed("Vi pratade länge. Linda, är er mamma hemma i dag?")


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Emne: Timen din\n\nHallo gjerde,\n\nVi har flyttet timen.", "gjerde", True),
        ("Emne: Timen din\n\nGod dag tone,\n\nVi har flyttet timen.", "tone", True),
        ("Emne: Timen din\n\nKjære dal,\n\nVi har flyttet timen.", "dal", True),
        ("Vi sa god dag tone,\nog gikk videre.", "tone", False),
    ],
    ids=["hallo", "god-dag", "kjaere", "not-opening-its-line"],
)
def test_norwegian_letter_salutations(text: str, word: str, expected: bool) -> None:
    low = text.lower()
    start = low.index(word)
    assert vocatives.salutation(low, start, start + len(word)) is expected


def test_a_registered_word_name_after_a_norwegian_salutation_is_removed() -> None:
    from casebook.deid import NameEntry, Redactor

    registry = Registry([NameEntry("p:1", "Tone Gjerde", "[P1]")])
    text = "Emne: Timen din\n\nGod dag tone,\n\nVi har flyttet timen din til mandag."
    spans = [text[s.start : s.end] for s in Redactor(registry).spans(text)]
    assert "tone" in spans
