"""A registered name typed in lower case that only Norwegian or Danish write as a word, in a
Norwegian or Danish sentence (`nordic_lower.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Vera Lund", "[P1]"),
        NameEntry("p:2", "Mai Dahl", "[P2]"),
        NameEntry("p:3", "Kim Holm", "[P3]"),
        NameEntry("p:4", "Tove Aas", "[P4]"),
        NameEntry("p:5", "Meir Cohen", "[P5]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "10:42 Det er ikkje lett å vera ung i dag, seier ho.",  # after the infinitive marker
        "10:42 Hun flyttet hit i mai og har det bra nå.",  # after a preposition of time
        "- Det er en kim til noe nytt i det hun sier.",  # after an article
        "- Det kostar mykje meir enn vi trudde, men ho betalar.",  # after a quantifier
        "* Ho har ikkje meir tid til dette no, sa ho.",  # a quantifier before its noun
        "10:42 Det ville vera katastrofalt for henne.",  # a modal's infinitive
        "10:42 Det kan vera eit problem, seier ho.",
    ],
    ids=[
        "infinitive",
        "preposition",
        "article",
        "quantifier-before",
        "quantifier-itself",
        "modal-adjective",
        "modal-article",
    ],
)
def test_the_norwegian_word_stays(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("tove ringte i dag og sa at hun var syk.", "[P4] ringte i dag og sa at hun var syk."),
        ("Jeg har snakket med tove om det i dag.", "Jeg har snakket med [P4] om det i dag."),
        ("I dag kom vera ikke til mødet.", "I dag kom [P1] ikke til mødet."),
        ("Hun har ringt til mai i går.", "Hun har ringt til [P2] i går."),
        ("10:42 Then kim rang the ward.", "10:42 Then [P3] rang the ward."),
        ("Vi ventar på vera, ho kjem seinare.", "Vi ventar på [P1], ho kjem seinare."),
        ("I går såg eg vera på butikken.", "I går såg eg [P1] på butikken."),
        ("Han har aldri angra på det vera gjorde.", "Han har aldri angra på det [P1] gjorde."),
        ("Eg veit kvar vera står i saka.", "Eg veit kvar [P1] står i saka."),
        ("I morgon vil vera sjå på leiligheita.", "I morgon vil [P1] sjå på leiligheita."),
        ("Då skal vera ikkje flytte, seier ho.", "Då skal [P1] ikkje flytte, seier ho."),
        ("Det er godt, sidan vera då får hjelp.", "Det er godt, sidan [P1] då får hjelp."),
    ],
    ids=[
        "subject",
        "talked-with",
        "inverted-subject",
        "rang",
        "english",
        "waiting-for",
        "object-after-inverted-subject",
        "after-a-pronoun",
        "where",
        "modal-subject-infinitive",
        "modal-subject-negation",
        "subordinator",
    ],
)
def test_the_person_is_still_taken(text: str, redacted: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == redacted


def test_a_swedish_sentence_keeps_the_name() -> None:
    text = "Hon sa att det var en bra dag för vera och att hon skulle komma."
    assert "[P1]" in Redactor(REGISTRY).redact(text).text


# Meir, Meg, Verda and Veit are names nobody in Norway or Denmark bears; "meir" (more), "meg"
# (me), "verda" (the world) and "veit" (knows) are frequent Norwegian words. In a Norwegian
# sentence they are read as English or Swedish homographs are: the word, unless the setting
# says person (`nordic_lower.borrowed_names`). Sentences from published Nynorsk prose.
BORROWED = Registry(
    [
        NameEntry("p:1", "Meir Cohen", "[P1]"),
        NameEntry("p:2", "Meg Hart", "[P2]"),
        NameEntry("p:3", "Verda Yilmaz", "[P3]"),
        NameEntry("p:4", "Veit Krause", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Hos meg får du ofte idéar til enkel mat, og denne veka er ikkje noko unntak.",
        "Hos meg får du ofte idéer til enkel mat, og denne uka er ikke noe unntak.",
        "Denne soga sende han til ymse kundar, brevet har sidan gått sin sigersgang over verda.",
        "Dei unge vert meir og meir apatiske, og trur ikkje på noko alternativ.",
        "Eg fekk meir hos naboen i går.",
        "- Det veit eg ikkje, sa ho.",
        "Eg har snakka med meg sjølv om det i heile dag.",
    ],
    ids=["hos-pronoun", "hos-pronoun-bokmal", "over-the-world", "more", "more-then-hos",
         "knows", "with-myself"],
)  # fmt: skip
def test_a_norwegian_word_that_is_a_name_elsewhere_stays(text: str) -> None:
    assert Redactor(BORROWED).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("meir ringte i dag og sa at han var sjuk.", "[P1] ringte i dag og sa at han var sjuk."),
        ("Eg har snakket med meir om det i dag.", "Eg har snakket med [P1] om det i dag."),
        ("I går ringde eg til veit.", "I går ringde eg til [P4]."),
        ("Til stede: tolken og verda.", "Til stede: tolken og [P3]."),
    ],
    ids=["subject-saying", "talked-with", "rang-to", "attendance"],
)
def test_a_borrowed_name_is_still_taken_where_the_setting_says_person(
    text: str, redacted: str
) -> None:
    assert Redactor(BORROWED).redact(text).text == redacted


def test_a_norwegian_name_that_is_a_word_keeps_its_grammar_rule() -> None:
    """Vera, Tove and Anna are names Norwegians bear: the word must still show itself."""
    text = "Eg veit kvar vera står i saka."
    assert Redactor(REGISTRY).redact(text).text == "Eg veit kvar [P1] står i saka."


VILDE = Registry([NameEntry("p:1", "Vilde Berg", "[P1]")])


@pytest.mark.parametrize(
    "text",
    [
        "Han kaldte hunden sit vilde dyr, og den gøede.",  # a Danish possessive's noun phrase
        "Vi så alle slags vilde planter langs stien.",  # after "slags", kind of
        "Er det jeres vilde katte, der løber rundt?",
    ],
)
def test_a_danish_adjective_after_a_possessive_or_slags_stays(text: str) -> None:
    assert Redactor(VILDE).redact(text).text == text


def test_the_danish_name_after_a_preposition_of_people_is_still_taken() -> None:
    out = Redactor(VILDE).redact("Jeg talte med vilde i går om flytningen.").text
    assert out == "Jeg talte med [P1] i går om flytningen."


@pytest.mark.parametrize(
    "text",
    [
        "Vi kørte forbi vilde heste på engen ved kysten.",
        "De levede af vilde bær fra skoven hele sommeren.",  # after a preposition of people
    ],
)
def test_an_adjective_before_its_noun_stays(text: str) -> None:
    # "vild", "vildt", "vilde": an adjective's three forms; "heste", "bær" nouns (hestene).
    assert Redactor(VILDE).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Vi spiste med vilde hjemme hos hende.", "Vi spiste med [P1] hjemme hos hende."),
        ("Jeg talte med vilde mandag om det.", "Jeg talte med [P1] mandag om det."),
        ("Hun var sammen med vilde hele dagen.", "Hun var sammen med [P1] hele dagen."),
    ],
)
def test_the_person_before_an_adverb_a_day_or_a_quantifier_is_taken(
    text: str, redacted: str
) -> None:
    assert Redactor(VILDE).redact(text).text == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Efter stormen blev de vilde og løb rundt i gården.",
        "Da solen gik ned, blev de vilde, og ingen turde gå ud.",
        "Hestene var rolige om dagen, men om aftenen ble dei vilde og sprang.",
    ],
)
def test_a_plural_predicative_after_a_copula_and_its_pronoun_stays(text: str) -> None:
    # "vild", "vildt", "vilde": the "-e" form agrees with a plural subject ("de", "dei")
    assert Redactor(VILDE).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Hvem ringede? Det var vilde og hendes mor.", "Det var [P1] og hendes mor."),
        ("Han sagde at det er vilde, ikke mig.", "det er [P1], ikke mig."),
    ],
)
def test_the_name_after_det_and_a_copula_is_still_taken(text: str, redacted: str) -> None:
    assert redacted in Redactor(VILDE).redact(text).text


EXISTENTIAL = Registry([NameEntry("p:1", "Bjørn Dahl", "[B]"), NameEntry("p:2", "Sol Berg", "[S]")])


@pytest.mark.parametrize(
    "text",
    [
        "Ude på landet var der bjørn, siger de gamle.",
        "Oppe i fjeldet er der bjørn, fortæller hun.",
    ],
)
def test_the_noun_an_inverted_existential_presents_stays(text: str) -> None:
    """ "er der" after a fronted phrase presents an indefinite noun, never a name."""
    assert Redactor(EXISTENTIAL)(text) == text


def test_a_name_after_a_preposition_of_people_in_a_danish_sentence_is_still_taken() -> None:
    text = "Vi snakkede med sol i går om planen."
    assert Redactor(EXISTENTIAL)(text) == "Vi snakkede med [S] i går om planen."


LYKKE = Registry([NameEntry("p:1", "Lykke Dahl", "[L]"), NameEntry("p:2", "Kari Moen", "[K]")])


def test_a_word_joined_to_a_noun_after_a_repeated_preposition_stays() -> None:
    text = "Hun skrev mest om lykke og om arbejde i sine breve."
    assert Redactor(LYKKE).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Vi snakket med lykke og med venner i går.", "Vi snakket med [L] og med venner i går."),
        ("Hun skrev til lykke og til skolen.", "Hun skrev til [L] og til skolen."),
        ("Han talte om lykke og om kari.", "Han talte om [L] og om [K]."),
    ],
)
def test_a_name_joined_to_a_person_after_a_repeated_preposition_stays(
    text: str, redacted: str
) -> None:
    assert Redactor(LYKKE).redact(text).text == redacted
