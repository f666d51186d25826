"""A registered name that is a word, opening a sentence joined by "og"/"och" to a bare common
noun in lower case, is a noun like its partner (`noun_pairs.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.noun_pairs import joined_to_noun

REGISTRY = Registry(
    [
        NameEntry("p:1", "Stein Haugen", "[P1]"),
        NameEntry("p:2", "Sol Bakke", "[P2]"),
        NameEntry("p:3", "Liv Aasen", "[P3]"),
        NameEntry("p:4", "Storm Riis", "[P4]"),
        NameEntry("p:5", "Sten Lindqvist", "[P5]"),
        NameEntry("p:6", "Per Moe", "[P6]"),
        NameEntry("p:7", "Anna Strand", "[P7]"),
        NameEntry("p:8", "Kari Vik", "[P8]"),
        NameEntry("p:9", "Lærke Holm", "[P9]"),
        NameEntry("p:10", "Bjørn Dahl", "[P10]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Vi gikk langs elva i går.\nStein og sand lå på stien.",
        "Vi gikk langs elva i går.\nStein og jord lå igjen på stien.",
        "Vi blev inde hele dagen.\nInformant: Storm og hagl ødelagde taget.",
        "Båten lå fortsatt i havna.\n10:12 > Storm eller tåke gjorde turen umulig.",
        "Vi så mange fugle i går.\nLærke og stær fløj over engen.",
    ],
)
def test_a_word_before_og_and_a_bare_noun_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # a kin or role word, a noun of company, a definite noun, a capital, a pronoun
        ("Hun var glad.\nStein og mor kom hjem sent.", "[P1] og mor kom hjem sent."),
        ("Hun var glad.\nSol og venner dro på tur.", "[P2] og venner dro på tur."),
        ("Hun var glad.\nStein og kona flyttet i fjor.", "[P1] og kona flyttet i fjor."),
        ("Hun var glad.\nStein og Per kom hjem sent.", "[P1] og [P6] kom hjem sent."),
        ("Hun var glad.\nStein og jeg kom hjem sent.", "[P1] og jeg kom hjem sent."),
        ("Hon var glad.\nSten och tolken kom sent.", "[P5] och tolken kom sent."),
        # a name that is no word of the language opens it
        ("Hun var glad.\nKari og hund gikk en tur.", "[P8] og hund gikk en tur."),
        ("Hun var glad.\nLiv og mannen hennes flyttet.", "[P3] og mannen hennes flyttet."),
    ],
)
def test_a_person_before_og_stays_a_name(redactor: Redactor, text: str, redacted: str) -> None:
    assert redactor.redact(text).text.split("\n", 1)[1] == redacted


def test_the_noun_must_follow_the_conjunction_right_away() -> None:
    text = "Det var kaldt.\nStein kom, og grus lå igjen på veien."
    assert not joined_to_noun(text, text.lower(), 15, 20)
    text = "Det var kaldt.\nStein og grus lå igjen på veien."
    assert joined_to_noun(text, text.lower(), 15, 20)


@pytest.mark.parametrize(
    "text",
    [
        "I parken finst både ekorn, hare, rev, bjørn og mange fuglar.",
        "Vi så spor etter gaupe, jerv, bjørn og ulv i vinter.",
    ],
)
def test_a_lower_case_word_in_a_list_of_bare_nouns_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Til stede var tolk, lege, bjørn og mora hans.", "[P10]"),
        ("Vi møtte mamma, pappa, bjørn og kari på stranda.", "[P10]"),
        ("Vi møtte Kari, bjørn og venner på stranda.", "[P10]"),
    ],
)
def test_a_lower_case_name_in_a_list_of_people_stays_a_name(
    redactor: Redactor, text: str, redacted: str
) -> None:
    assert redacted in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Vi gikk langs elva i går.\nStein, grus og sand lå over hele stien.",
        "Vi blev inde hele dagen.\nStorm, regn og hagl ødelagde taget.",
        "Hon var trött.\nSten, grus och jord låg kvar på gården.",
    ],
)
def test_a_word_opening_a_list_of_bare_nouns_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Hun var glad.\nStein, mor og far kom hjem sent.", "[P1], mor og far kom hjem sent."),
        ("Hun var glad.\nStein, grus og mor kom.", "[P1], grus og mor kom."),
        ("Hun var glad.\nStein, kom hit og se!", "[P1], kom hit og se!"),
        ("Hon var glad.\nSten, mamma och pappa kom hem.", "[P5], mamma och pappa kom hem."),
    ],
)
def test_a_list_with_a_person_word_or_a_call_keeps_the_name(
    redactor: Redactor, text: str, redacted: str
) -> None:
    assert redactor.redact(text).text.split("\n")[1] == redacted


SHARED = Registry(
    [
        NameEntry("p:1", "Tora Kvist", "[P1]"),
        NameEntry("p:2", "Jon Haug", "[P2]"),
        NameEntry("p:3", "Pilvi Aho", "[P3]"),
        NameEntry("p:4", "Kari Moen", "[P4]"),
    ]
)


@pytest.fixture(scope="module")
def shared() -> Redactor:
    return Redactor(SHARED)


@pytest.mark.parametrize(
    "text",
    [
        # a word Norwegian and Danish share with Swedish, before Swedish "och" and a bare noun
        "Det blåste hela natten.\nKvist och löv låg överallt på gården.",
        # "or not" closing a concessive phrase: no person stands there
        "Det regnet hele dagen.\nHaug eller ikke, vi må bære alt opp selv.",
        # Finnish writes a name with a capital: a given name of the lexicon in lower case
        # after "ja" is the word ("sumu", mist)
        "Aamulla satoi.\nPilvi ja sumu peittivät järven rannan.",
        # an item of a Swedish list of bare nouns, one lower-case word each
        "Hon hade mycket i fickorna: stenar, kvist och snäckor från stranden.",
    ],
)
def test_a_shared_word_joined_to_a_noun_stays(shared: Redactor, text: str) -> None:
    assert shared.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Det var sent.\nKvist och mamma kom hem i går.", "[P1] och mamma kom hem i går."),
        ("Det var sent.\nKvist och Moen kom hem i går.", "[P1] och [P4] kom hem i går."),
        ("Det var sent.\nHaug eller Moen ringer i morgen.", "[P2] eller [P4] ringer i morgen."),
        ("Det var sent.\nHaug eller ikke Haug, hun kom.", "[P2] eller ikke [P2], hun kom."),
        ("Oli myöhä.\nPilvi ja äiti soittivat illalla.", "[P3] ja äiti soittivat illalla."),
        ("Oli myöhä.\nPilvi ja ystävät lähtivät.", "[P3] ja ystävät lähtivät."),
        ("Oli myöhä.\nPilvi ja Sumu lähtivät kotiin.", "[P3] ja [name] lähtivät kotiin."),
        ("Det var sent.\nVi ringde mamma, kvist och pappa.", "Vi ringde mamma, [P1] och pappa."),
    ],
)
def test_a_shared_word_joined_to_a_person_stays_a_name(
    shared: Redactor, text: str, redacted: str
) -> None:
    assert shared.redact(text).text.split("\n")[1] == redacted


@pytest.mark.parametrize(
    "text",
    [
        # a family name of the lexicon that is a frequent Norwegian noun too, in lower case
        "Vi gikk langs elva i går.\nStein og berg var alt vi så på turen.",
        "Vi gikk langs elva i går.\nSol og strand var det de ønsket seg.",
    ],
)
def test_a_family_name_that_is_a_frequent_noun_is_the_noun(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_given_name_in_lower_case_after_og_keeps_the_person(redactor: Redactor) -> None:
    text = "Vi gikk langs elva i går.\nStein og kari kom hjem sent."
    assert redactor.redact(text).text.split("\n", 1)[1] == "[P1] og [P8] kom hjem sent."


_TITLES = Registry(
    [
        NameEntry("t:1", "Squire Hansen", "[T1]"),
        NameEntry("t:2", "Mayor Friis", "[T2]"),
        NameEntry("t:3", "Duke Lund", "[T3]"),
        NameEntry("t:4", "Stina Berg", "[T4]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Squire and knight were the two parts nobody wanted.",
        "Funny enough, squire and knight were the two parts nobody wanted.",
        "She said the mayor and bishop are on the stage.",
        "Also, mayor and bishop are on the stage.",
        "lord and lady were the roles we cast first.",
        "Lord and lady were the roles we cast first.",
    ],
)
def test_an_english_noun_of_people_joined_to_another(text: str) -> None:
    assert Redactor(_TITLES).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Duke and Stina were late.",  # a capitalised partner
        "Duke and wife were late.",  # a kin noun: the person's own
        "Duke and nurse are here.",  # a role noun
        "Then Squire and knight were there.",  # capitalised inside its sentence
        "Squire and knight was the plan.",  # no plural verb
        "Squire and knights were there.",  # no bare singular partner
    ],
)
def test_the_person_joined_to_a_noun_stays_removed(text: str) -> None:
    assert "[T" in Redactor(_TITLES).redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Squire and patient were in the garden.",
        "Duke and patient were in the garden.",
        "Duke and friend were at the door.",
        "Duke and nurse were in the kitchen.",
        "Duke and wife were asleep.",
        "Mayor and neighbour were talking.",
    ],
)
def test_a_partner_of_no_rank_keeps_the_person(text: str) -> None:
    """A title pairs with a title; a person's name with the people and animals of their day."""
    assert "[T" in Redactor(_TITLES).redact(text).text


_WORD_NAMES = Registry(
    [
        NameEntry("w:1", "Glen Madsen", "[W1]"),
        NameEntry("w:2", "Duke Lund", "[W2]"),
        NameEntry("w:3", "Clay Nielsen", "[W3]"),
        NameEntry("w:4", "Lord Kirk", "[W4]"),
        NameEntry("w:5", "Tanner Holm", "[W5]"),
        NameEntry("w:6", "Painter Lind", "[W6]"),
        NameEntry("w:7", "Ask Berg", "[W7]"),
        NameEntry("w:8", "Iris Holm", "[W8]"),
        NameEntry("w:9", "Jon Friend", "[W9]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Glen and baby were asleep when I came.",  # a bare noun of people
        "Glen and her baby were asleep.",  # a possessive and a noun of people
        "Duke and baby were asleep.",
        "Glen and the driver left early.",  # the definite article and a noun of people
        "Clay and her dog were out.",  # a pet beside its owner
        "Glen and she went to the shop.",  # a pronoun
        "Clay and guest arrived late.",
        "Tanner and wife came by.",  # a trade's name beside kin
        "Tanner and baby were asleep.",
        "Ask and I went home.",
        "Iris and her baby came.",
        "Friend and wife came by.",
    ],
)
def test_a_word_name_opening_a_sentence_beside_a_person_is_the_person(text: str) -> None:
    """Coordination joins like with like: beside a person, the word is a person too."""
    assert "[W" in Redactor(_WORD_NAMES).redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Glen and valley are the same thing to him.",  # a thing
        "Clay and sand were mixed.",
        "Clay and the sand were mixed.",
        "Lord and lady of the manor came.",  # two titles
        "Tanner and saddler were both old trades in town.",  # two trades
        "Painter and decorator is his trade, she told me.",
        "Ask and you shall receive.",  # an imperative and a promise, no "you" beside a person
        "Iris and pupils normal.",  # two parts of the eye: a bare plural is no person here
        "Friends and family can sometimes help.",  # the word itself a plural noun of people
    ],
)
def test_a_word_opening_a_sentence_beside_a_thing_or_title_stays(text: str) -> None:
    assert "[W" not in Redactor(_WORD_NAMES).redact(text).text
