"""Name rules measured on held-out C and F once they became validation sets, each checked
with sentences written for this test (none taken from a corpus): what the false positives
and misses there were made of, in forms no generator wrote.

- Notes written as checklists, numbered paragraphs, timed logs and dictation open their
  sentences after a mark ("- [x]", "§4", "12 min", "+40:", "punkt", "ny rad"): a registered
  name that is also a word keeps its word there ("- [x] Dag två utan cigaretter").
- A Swedish perfect opening a sentence ("Stig hade målat köket") has a person as its
  subject: a noun there takes its article.
- Words the word lists lack but a reader knows: Swedish derivations ("Hoppfullhet"), "ex"
  before a relation ("Exmaken"), an English role with a Swedish ending ("Case managern"),
  the genitive of a relation ("Pappans"), a word misspelt by one slip ("rekommenderrar"),
  clinical shorthand ("Pat berättade", "Dx F32.1").
- A town of two words after "i" ("bor i Kuala Lumpur") is no person.
- A registered word typed in lower case in a list of people ("närvarande: love, per") or
  opening an item before its verb ("22 min love kom in") is the person.
- Names the lexicon lacked: India's, Chile's and China's (Faker's lists, without the words
  and towns among them: "Raquel", "Anjali").
- Strangers named where only the setting says person: after a verb and its inverted
  subject ("ringde hon X"), after "och" joined to a role, before "is someone", after "är"
  before "en gammal granne", with a genitive before a contact detail ("Xs mejl"), a lower-
  case name between a relation and its verb ("grannen fikru har"), after a role and its
  copula ("jourhavande var X"), before a former relation in parentheses ("mebratu (ex-sambo)"),
  and a family name one slip from a word after a given name ("Riveros", not "rivers").
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Dag Holmgren", "[patient P-1]"),
        NameEntry("p:2", "Stig Berglöf", "[significant other S-2]"),
        NameEntry("p:3", "Max Ekwall", "[professional H-3]"),
        NameEntry("p:4", "Per Ståhlberg", "[contact K-4]"),
        NameEntry("p:5", "Love Granqvist", "[contact K-5]"),
        NameEntry("p:6", "Inga Norrby", "[contact K-6]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.tag) for s in redactor.redact(text).spans]


# --- a registered word used as a word after the mark of an item or spoken punctuation --------


@pytest.mark.parametrize(
    "text",
    [
        "Veckans mål:\n- [x] Dag två utan cigaretter, stolt.\n- [ ] Stig upp före nio.",
        "Plan\n[ ] Max tre koppar kaffe om dagen.",
        "Protokoll\n§4 Dag för dag går det framåt, säger hon.",
        "Log\n12 min Per the psychiatrist, the plan holds.\n15 min Love the garden, she says.",
        "hon sov bättre punkt Dag tre utan ångest punkt Stig in och sätt dig sa hon",
        "Diktat: läget oförändrat ny rad Max två samtal i veckan ny rad slut",
    ],
)
def test_a_word_after_an_item_mark_or_spoken_stop_stays(redactor: Redactor, text: str) -> None:
    assert found(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Plan\n- [x] Dag ringde kommunen själv.", "Dag"),
        ("Log\n12 min Stig said the bus was late.", "Stig"),
        ("Mötet började sent. Stig hade målat köket själv.", "Stig"),
        ("Lugn vecka. Dag har bytt till kvällspasset.", "Dag"),
    ],
)
def test_a_name_there_is_still_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert [w for w, _tag in found(redactor, text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("närvarande: love, per, dag\nmötet började sent", ["love", "per", "dag"]),
        ("Från: stig\nSkickat: i går\nÄmne: tider", ["stig"]),
        ("Logg\n22 min love kom in och satte sig.", ["love"]),
    ],
)
def test_a_registered_word_in_lower_case_in_a_list_or_after_a_mark(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert [w for w, _tag in found(redactor, text)] == names


def test_the_pronoun_before_a_perfect_stays(redactor: Redactor) -> None:
    assert found(redactor, "Vi frågade runt. Inga har ringt tillbaka än.") == []


# --- words the lists lack: derived, prefixed, borrowed, misspelt, shorthand --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Samtalet gick bra.\nHoppfullhet: hon ser fram emot sommaren.",
        "Patienten mår bättre. Exmaken ringde två gånger i veckan.",
        "Hon berättade om helgen. Case managern ringer tillbaka i morgon.",
        "Hon berättade om helgen. Case managerns plan håller.",
        "Samtal med pappan\nPappans bild av läget är en annan.",
        "Vi pratade länge. ssk rekommenderrar vila och mindre kaffe.",
        "Hon kom i tid. Pat berättade om helgen och vill byta tid.",
        "Review with the nurse. Dx F32.1 since last spring, stable.",
        "Hon har en kusin som bor i Kuala Lumpur sedan länge.",
        # an English verb in the Swedish past tense; "jätte-" before a known word
        "Jag väntade hela veckan. Mailade i måndags, men fick inget svar.",
        "Jag väntade hela veckan. Chattade med dem i går kväll.",
        "Vi träffades i går. Jättenöjd med det nya boendet, säger hon.",
    ],
)
def test_an_ordinary_word_no_list_holds_stays(redactor: Redactor, text: str) -> None:
    assert found(redactor, text) == []


def test_a_name_where_a_borrowed_verb_opens_is_still_removed(redactor: Redactor) -> None:
    text = "Jag väntade hela veckan. Tadelech, fick inget svar."
    assert found(redactor, text) == [("Tadelech", "[name]")]
    text = "Jag väntade hela veckan. Dag mailade i måndags."
    assert found(redactor, text) == [("Dag", "[patient P-1]")]


def test_pat_in_an_english_note_is_still_a_person(redactor: Redactor) -> None:
    text = "We met at the library on Monday. Pat said she would bring the forms."
    assert found(redactor, text) == [("Pat", "[name]")]


# --- strangers where only the setting says person ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi gick ut en sväng. Efter lunch ringde hon Zewditu, som lovade att komma.", "Zewditu"),
        ("Pt mentions the chaplain from the mosque and Wubshet. Neither can come.", "Wubshet"),
        ("She has few friends. Tadelech is someone she trusts completely.", "Tadelech"),
        ("Enligt mamman är Birtukan en gammal granne till familjen.", "Birtukan"),
        ("Vi pratade om framtiden. Nardos mejl: finns i pärmen.", "Nardos"),
        ("Lugn vecka. Grannen fikru har lånat ut pengar igen.", "fikru"),
        ("Natten var orolig. Jourhavande var Kidanemariam, som ringde oss.", "Kidanemariam"),
        ("Quiet night. The duty nurse was tsehaitu, who called us at six.", "tsehaitu"),
        ("Uppföljning\n- mebratu (ex-sambo) hörde av sig i går.", "mebratu"),
        ("We spoke at length. Her aunt Ixchel Riveros came by on Sunday.", "Riveros"),
        ("Hon tänker mycket på Raquel nuförtiden.", "Raquel"),
        ("They still talk about Anjali every week.", "Anjali"),
    ],
)
def test_a_stranger_named_by_the_setting_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    words = [w for w, _tag in found(redactor, text)]
    assert any(name in w for w in words), words


def test_no_name_of_the_lexicon_reads_as_a_derived_borrowed_or_ex_word() -> None:
    """The new word forms must not swallow names: "Svenning" is no "sven" + "ning", "Clausen"
    no "clause" + "n", "Exner" no "ex" + "ner"."""
    from casebook.deid import lexicon, vocab, wordforms

    swedish, english = vocab._known_swedish(), vocab.common_words(("en",))
    swallowed = [
        name
        for name in lexicon.all_names()
        if len(name) >= 5
        and (
            wordforms.derived(name, swedish)
            or wordforms.borrowed(name, english)
            or wordforms.prefixed(name, vocab.is_word_form)
        )
    ]
    assert swallowed == []


def test_a_slip_of_a_word_is_told_from_a_name() -> None:
    from casebook.deid import wordforms

    words = {"föreslår", "explained", "användes", "vesper"}
    assert wordforms.slip_of_word("föresllår", words) == "föreslår"
    assert wordforms.slip_of_word("explanied", words) == "explained"
    assert wordforms.slip_of_word("anändes", words) == "användes"
    assert wordforms.slip_of_word("jesper", words) is None  # a mistyped letter is no slip
