"""Names inflected as Finnish, Danish and Norwegian write them (`deid/name_inflection.py`,
`deid/inflected_registered.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import name_inflection
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("jukalle", "jukka"),  # consonant gradation kk -> k
        ("jukasta", "jukka"),
        ("mattiin", "matti"),  # the illative keeps the strong grade and doubles the vowel
        ("matille", "matti"),
        ("oudin", "outi"),  # t -> d
        ("ainolle", "aino"),
        ("ainoon", "aino"),
        ("virtasen", "virtanen"),  # -nen -> -se-
        ("virtaselle", "virtanen"),
        ("markuksen", "markus"),  # -s -> -kse-
        ("tuomaalle", "tuomas"),
        ("ahmedille", "ahmed"),  # a linking i after a consonant
        ("jukallekin", "jukka"),  # a clitic after the case
    ],
)
def test_bases_of_finnish_case_forms(form: str, name: str) -> None:
    assert name in name_inflection.bases(form)


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("tuomaan", "tuomas"),  # the genitive of a name in -as: the stem's vowel kept
        ("kirveen", "kirves"),  # of a word in -es
        ("tietueen", "tietue"),  # of a word in -e (a record's)
    ],
)
def test_a_long_vowel_genitive_keeps_its_stem(form: str, base: str) -> None:
    # "tietueen" is "tietue" + "en" or "tietues" + the long vowel's "n", never "tietus": a
    # stem without its vowel made a record's genitive a slip of a registered Titus.
    assert base in name_inflection.bases(form)
    assert form[:-3] + "s" not in name_inflection.bases(form)


def test_a_words_long_vowel_genitive_is_no_slip_of_a_registered_name() -> None:
    registry = Registry([NameEntry("p:9", "Titus Strömberg", "[participant P-9]")])
    text = "Tämä järvi näkyy ikkunasta. Tietueen tietoja ei löytynyt."
    assert Redactor(registry).redact(text).text == text
    named = "Soitin eilen Tituksen kanssa."
    assert Redactor(registry).redact(named).text == "Soitin eilen [participant P-9] kanssa."


@pytest.mark.parametrize(
    "word", ["helsingissä", "suomessa", "kelan", "hänen", "simon", "varpaan", "kuninkaan"]
)
def test_towns_words_and_listed_names_have_no_lexicon_base(word: str) -> None:
    # Helsinki and Suomi are places or words, "kela" a word; "Simon" is a name of its own;
    # "varpaan" (a toe's) and "kuninkaan" (a king's) are genitives of words in -as.
    assert name_inflection.lexicon_base(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kirje tuli Jukalle eilen.",
        "Paketti lähti Ainolle eilen.",
        "Asunto on Virtaselle liian pieni.",
        "Ruoka riitti Ahmedille hyvin.",
        "Tämä oli Mehmetille helppoa.",
    ],
)
def test_inflected_stranger_is_a_name(text: str) -> None:
    out = Redactor(Registry([])).redact(text).text
    assert "[name]" in out, out


@pytest.mark.parametrize("text", ["Helsingissä on kylmää.", "Kelan päätös tuli eilen."])
def test_inflected_town_or_word_is_left_alone(text: str) -> None:
    assert Redactor(Registry([])).redact(text).text == text


REGISTRY = Registry(
    [
        NameEntry("p:1", "Maarit Korhonen", "[participant P-1]"),
        NameEntry("p:2", "Satu Laine", "[participant P-2]"),
        NameEntry("p:3", "Jukka Mäki", "[participant P-3]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soitin maaritille eilen.", "soitin [participant P-1] eilen."),
        ("jukan äiti soitti.", "[participant P-3] äiti soitti."),
        ("mäkille ei ollut kerrottu.", "[participant P-3] ei ollut kerrottu."),
    ],
)
def test_registered_name_inflected_in_lower_case(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mettes mor ringte i går.", "[participant P-4]s mor ringte i går."),
        ("bjerregaards datter ringte.", "[participant P-4]s datter ringte."),
    ],
)
def test_a_genitive_s_stays_after_the_tag(text: str, expected: str) -> None:
    registry = Registry([NameEntry("p:4", "Mette Bjerregaard", "[participant P-4]")])
    assert Redactor(registry).redact(text).text == expected


def test_registered_name_whose_form_is_a_word_is_left_alone() -> None:
    # "sadun" is Satu's genitive and a tale's: in lower case it stays a word.
    assert Redactor(REGISTRY).redact("luin sadun lapselle.").text == "luin sadun lapselle."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eilen jukka soitti ja kertoi asiasta.", "eilen [name] soitti ja kertoi asiasta."),
        ("puhuin jukan kanssa eilen.", "puhuin [name] kanssa eilen."),
        ("kävin ainon luona.", "kävin [name] luona."),
        ("mehmet kertoi että kaikki on hyvin.", "[name] kertoi että kaikki on hyvin."),
    ],
)
def test_lower_case_stranger_in_a_finnish_setting(text: str, expected: str) -> None:
    # A postposition after a genitive, a verb after a subject; the verb is no family name.
    assert Redactor(Registry([])).redact(text).text == expected


@pytest.mark.parametrize("text", ["puhuin äidin kanssa eilen.", "eilen kaikki soitti."])
def test_finnish_setting_leaves_words_alone(text: str) -> None:
    assert Redactor(Registry([])).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    ["Kaikki toivo on nyt mennyt, sanoi hän.", "Talvella koko salmi on jäässä."],
)
def test_a_common_noun_after_a_quantifier_is_no_stranger(text: str) -> None:
    # "kaikki toivo", all hope; "koko salmi", the whole strait: a name takes no quantifier.
    assert Redactor(Registry([])).redact(text).text == text


def test_the_same_word_opening_a_clause_before_a_verb_is_a_stranger() -> None:
    out = Redactor(Registry([])).redact("eilen toivo soitti ja kertoi asiasta.").text
    assert out == "eilen [name] soitti ja kertoi asiasta."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Finnish common noun that is also a family name, before the copula: the noun
        (
            "Kävimme rannalla. Illalla laine oli korkea ja kylmä.",
            "Kävimme rannalla. Illalla laine oli korkea ja kylmä.",
        ),
        (
            "Lapset odottivat, kunnes mäki oli valmis.",
            "Lapset odottivat, kunnes mäki oli valmis.",
        ),
        # before a verb whose subject is a person, the same word is the person
        (
            "Kävimme rannalla. Eilen laine soitti ja kysyi kuulumisia.",
            "Kävimme rannalla. Eilen [name] soitti ja kysyi kuulumisia.",
        ),
        # after a role noun the same word is the person whatever the verb
        (
            "Kokous oli pitkä. Opettaja laine oli kutsunut meidät.",
            "Kokous oli pitkä. Opettaja [name] oli kutsunut meidät.",
        ),
        # a family name that is no Finnish word stays a person before the copula
        ("Sitten virtanen oli paikalla taas.", "Sitten [name] oli paikalla taas."),
    ],
)
def test_a_finnish_word_before_the_copula_is_no_person(text: str, expected: str) -> None:
    assert Redactor(Registry([]))(text) == expected


def test_plural_bases_read_an_i_after_a_vowel_and_leave_finnish_plurals() -> None:
    assert name_inflection.plural_bases("traceille") == ["trace"]
    assert name_inflection.plural_bases("warsamein") == ["warsame"]
    assert name_inflection.plural_bases("rahimiille") == ["rahimi"]
    assert name_inflection.plural_bases("ahmedille") == []  # a consonant's: `bases`
    assert name_inflection.plural_bases("pulloissa") == []  # bottles
    assert name_inflection.plural_bases("villeissä") == []  # wild ones, of "villi"
