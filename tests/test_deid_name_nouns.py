"""A registered name that is a rarer English noun (no common word: a tree, a gem, a trade),
typed in lower case right after an English article or possessive determiner, or after one
adjective there, is the noun (`name_nouns.determined`); capitalised, without the
determiner, after a role noun or a relation, it keeps its person."""

from __future__ import annotations

import pytest
from casebook.deid import name_nouns
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Rowan Lindqvist", "[R]"),
            NameEntry("p:2", "Sigrid Fowler", "[F]"),
            NameEntry("p:3", "Opal Nygaard", "[O]"),
            NameEntry("p:4", "Tove Draper", "[D]"),
            NameEntry("p:5", "Ember Kallio", "[E]"),
            NameEntry("p:6", "Prudence Holt", "[P]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "We planted a rowan behind the garage in April.",
        "The fowler set his nets at dawn, the book says.",
        "An old fowler once lived by that pond.",
        "She wore an opal on a thin chain.",
        "Our rowan lost every leaf in the storm.",
        "The bees love the rowan when it flowers.",
        "Her grandfather sold cloth as a draper in Vejle.",
        "The draper on the corner closed in spring.",
        "The last ember went dark before midnight.",
        "Only the first opal was cut well.",
    ],
)
def test_the_noun_after_its_determiner_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I phoned rowan about the keys.", "I phoned [R] about the keys."),
        ("The secretary, fowler, wrote it down.", "The secretary, [F], wrote it down."),
        ("The treasurer rowan said no.", "The treasurer [R] said no."),
        ("My son rowan starts school soon.", "My son [R] starts school soon."),
        ("We told her opal was late.", "We told her [O] was late."),
        ("The Rowan who called was upset.", "The [R] who called was upset."),
        ("fowler: The heating is off again.", "[F]: The heating is off again."),
        ("a picture of opal feeding the ducks", "a picture of [O] feeding the ducks"),
        ("The caretaker draper locked up.", "The caretaker [D] locked up."),
        ("My cousin ember came by.", "My cousin [E] came by."),
        ("I rang draper about the rota.", "I rang [D] about the rota."),
        ("The last Draper I met was kind.", "The last [D] I met was kind."),
        ("We visited the draper family on Sunday.", "We visited the [D] family on Sunday."),
        ("the fowler twins came late", "the [F] twins came late"),
        ("An old draper son ran the stall.", "An old [D] son ran the stall."),
    ],
)
def test_the_person_elsewhere(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


def test_only_dictionary_words_and_adjectives() -> None:
    assert {"rowan", "fowler", "opal"} <= name_nouns.english_nouns()
    # WordNet's common nouns whether or not the lexicon holds them as names
    assert "draper" in name_nouns.english_nouns()
    assert {"last", "first"} <= name_nouns.adjectives()
    assert "dear" not in name_nouns.adjectives()  # "my dear rowan" is a person
    assert "lindqvist" not in name_nouns.english_nouns()
    assert "old" in name_nouns.adjectives()
    assert "treasurer" not in name_nouns.adjectives()
    text = "a lindqvist was here"
    assert not name_nouns.determined(text, text, 2, 11)


@pytest.mark.parametrize(
    "text",
    [
        "With some prudence the savings will last the winter.",
        "We never found any opal in that river.",
        "The coals died ember by ember.",
        "Ember by ember the heap went grey.",
    ],
)
def test_the_noun_after_some_any_or_around_by_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text.replace("Ember by", "[E] by")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks so much ember, see you.", "Thanks so much [E], see you."),
        ("Some Prudence from work called.", "Some [P] from work called."),
        ("I stood by ember at the fire.", "I stood by [E] at the fire."),
        ("Vi satt med draper på bänken.", "Vi satt med [D] på bänken."),
    ],
)
def test_the_person_beside_some_or_by(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "A wandering fowler once stopped at the farm for water.",
        "She kept a polished opal in a tin box.",
        "The faded rowan berries hung on into December.",
    ],
)
def test_the_noun_after_a_participle_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the meeting rowan said nothing.", "At the meeting [R] said nothing."),
        ("After the gathering opal went home.", "After the gathering [O] went home."),
        ("That evening draper and I ate late.", "That evening [D] and I ate late."),
        ("We visited the nielsen family, then the fowler family.", None),
    ],
)
def test_the_person_after_a_participle_or_a_noun_in_ing(
    registry: Registry, text: str, expected: str | None
) -> None:
    result = redact(text, registry).text
    if expected is None:
        assert "fowler" not in result
    else:
        assert result == expected


@pytest.mark.parametrize(
    "text",
    [
        "Each pupil got one opal from the box to keep.",
        "We planted one rowan at every corner of the field.",
    ],
)
def test_the_noun_counted_by_one_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The one rowan picked was ripe.", "The one [R] picked was ripe."),
        ("No one draper knew came to the fair.", "No one [D] knew came to the fair."),
        ("Which one opal wanted is still here.", "Which one [O] wanted is still here."),
        ("Only one rowan said yes.", "Only one [R] said yes."),
        ("The last one opal bought was blue.", "The last one [O] bought was blue."),
    ],
)
def test_the_person_after_one_as_a_pronoun(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Then the rowan kids came round with a ball.", "rowan"),
        ("Rowan sisters were singing by the fire.", "Rowan"),
        ("Opal twins said they had seen it.", "Opal"),
        ("We heard that the fowler family moved to Aarhus.", "fowler"),
        ("the draper children were at the gate", "draper"),
    ],
)
def test_a_family_or_its_members_with_a_verb_after_name_whose_they_are(
    registry: Registry, text: str, removed: str
) -> None:
    assert removed not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The pine family is large and grows in the north.", True),  # the botanist's family
        ("The pine family includes firs and spruces.", True),
        ("Pine needles were everywhere after the storm.", True),
        ("Then the pine kids came round with a ball.", False),  # a common word: still theirs
        ("Pine sisters were singing by the fire.", False),
        ("The pine family moved away in May.", False),
    ],
)
def test_a_common_word_before_a_family_noun(text: str, kept: bool) -> None:
    pine = Registry([NameEntry("p:9", "Per Pine", "[PP]")])
    assert (redact(text, pine).text == text) is kept


def test_members_follow_needs_a_verb() -> None:
    assert name_nouns.members_follow("the rowan kids came", 4, 9)
    assert name_nouns.members_follow("the rowan family moved", 4, 9)
    assert not name_nouns.members_follow("the rowan kids", 4, 9)
    assert not name_nouns.members_follow("the rowan family is", 4, 9)
    assert not name_nouns.members_follow("the rowan girls who", 4, 9)  # no verb after it
    assert not name_nouns.members_follow("the young girls came", 4, 9)  # an adjective


@pytest.fixture(scope="module")
def makers() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Teddy Holm", "[T]"),
            NameEntry("p:2", "Sander Berg", "[S]"),
            NameEntry("p:3", "Palm Lund", "[P]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "We kept the belt sander for the next evening.",
        "Most of the talk was about a worn teddy.",
        "Using a small disc sander, roll it over every edge.",
        "We found an orbital sander in the donated box.",
        "A newcomer asked what to do with a palm sander.",
        "Nobody knew who had left a worn teddy by the door.",
    ],
)
def test_the_noun_after_its_modifiers_stays(makers: Registry, text: str) -> None:
    assert redact(text, makers).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurse sander met us at the gate.", "The nurse [S] met us at the gate."),
        ("The bike teddy fixed was red.", "The bike [T] fixed was red."),
        ("The class teddy taught was small.", "The class [T] taught was small."),
        ("In the end the belt sander went home.", "In the end the belt [S] went home."),
        (
            "After the break teddy, who was tired, left.",
            "After the break [T], who was tired, left.",
        ),
        ("Thanks for the coffee teddy.", "Thanks for the coffee [T]."),
        ("Good job on the repair sander!", "Good job on the repair [S]!"),
        ("The nurse met teddy at the gate.", "The nurse met [T] at the gate."),
    ],
)
def test_the_person_after_a_noun_phrase(makers: Registry, text: str, expected: str) -> None:
    assert redact(text, makers).text == expected
