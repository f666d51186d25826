"""A registered name that is also a word, opening a sentence written in Norwegian, Danish or
Finnish: the word after it says which it is (`neighbour_openings.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.neighbour_openings import reading

REGISTRY = Registry(
    [
        NameEntry("p:1", "Hans Dahl", "[P1]"),
        NameEntry("p:2", "Mai Holm", "[P2]"),
        NameEntry("p:3", "Tuli Salo", "[P3]"),
        NameEntry("p:4", "Kai Lehto", "[P4]"),
        NameEntry("p:5", "Aina Koski", "[P5]"),
        NameEntry("p:6", "Dag Eide", "[P6]"),
        NameEntry("p:7", "Bill Moss", "[P7]"),
        NameEntry("p:8", "Inga Lund", "[P8]"),
        NameEntry("p:9", "Mark Price", "[P9]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        # Danish and Norwegian: a possessive, a noun, an adverb before what it governs.
        "Vi talte om boligen. Hans mor er syg, og han besøger hende hver dag.",
        "Han kom sent. Hans kone ringede til afdelingen om morgenen.",
        "Hun sov dårlig i natt. Mai måned er alltid tung for henne, sier hun.",
        "Han er trøtt. Dag for dag blir det litt bedre.",
        # Finnish: a verb, an adverb or a particle opening the sentence.
        "Hän nukkui huonosti. Tuli kotiin myöhään illalla ja meni suoraan nukkumaan.",
        "Hän on väsynyt. Kai hän tulee huomenna vastaanotolle.",
        "Hän oli kotona. Aina kun hän menee ulos, hän pelkää.",
    ],
)
def test_word_opening_a_neighbour_sentence_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Han kom sent i dag. Hans er syg og bliver hjemme resten af ugen.",
            "Han kom sent i dag. [P1] er syg og bliver hjemme resten af ugen.",
        ),
        (
            "Hun sov dårligt. Mai kom ikke til mødet i går.",
            "Hun sov dårligt. [P2] kom ikke til mødet i går.",
        ),
        (
            "Hun var hjemme. Mai også ringte til kontoret.",
            "Hun var hjemme. [P2] også ringte til kontoret.",
        ),
        (
            "Hän nukkui huonosti. Tuli kertoi, että yöt ovat pitkiä.",
            "Hän nukkui huonosti. [P3] kertoi, että yöt ovat pitkiä.",
        ),
        (
            "Hän oli kotona. Kai ei tullut vastaanotolle.",
            "Hän oli kotona. [P4] ei tullut vastaanotolle.",
        ),
        (
            "Hun var hjemme. Dag kom tilbake etter lunsj.",
            "Hun var hjemme. [P6] kom tilbake etter lunsj.",
        ),
        # An English or Swedish word no Finnish or Norwegian: the subject before a verb.
        (
            "Hän oli kotona. Bill kertoi olevansa väsynyt.",
            "Hän oli kotona. [P7] kertoi olevansa väsynyt.",
        ),
        (
            "Hän oli kotona. Inga soitti osastolle aamulla.",
            "Hän oli kotona. [P8] soitti osastolle aamulla.",
        ),
    ],
)
def test_person_opening_a_neighbour_sentence_is_taken(
    redactor: Redactor, text: str, redacted: str
) -> None:
    assert redactor.redact(text).text == redacted


def test_english_and_swedish_sentences_are_left_to_their_rules() -> None:
    for text in ("Mark the date in the calendar.", "Hans mamma ringde under mötet."):
        start = 0
        assert reading(text, text.lower(), start, text.index(" ")) is None


def test_table_cell_after_the_name_says_nothing() -> None:
    text = "Hun er hjemme.\nMai  nabo  tirsdag\nHun sover."
    start = text.index("Mai")
    assert reading(text, text.lower(), start, start + 3) is None


def test_noun_english_has_too_is_left_to_the_rules(redactor: Redactor) -> None:
    text = "Ho var heime i går. Mark er eit anna ord for jord, seier ho."
    assert redactor.redact(text).text == text


def test_long_note_without_a_neighbour_word_is_not_read() -> None:
    filler = "The group met in the small room and talked about the week ahead. " * 8
    text = filler + "Mai måned er tung."
    start = text.index("Mai")
    assert reading(text, text.lower(), start, start + 3) is None
    short = "Hun var hjemme. Mai måned er tung for henne."
    at = short.index("Mai")
    assert reading(short, short.lower(), at, at + 3) is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hän tuli eilen. Vanha nainen istui tiukasti paikallaan.", True),
        ("Hän tuli eilen. Uusi sairaala avattiin keväällä kaupunkiin.", True),
        # A family name that is an adjective before its noun: a noun in "-i" whose partitive
        # is listed is no past in "-i", a compound of listed words is a word
        ("Hän tuli eilen. Suomalainen kahvi on vahvaa ja hyvää.", True),
        ("Hän tuli eilen. Hämäläinen ruokakulttuuri on rikas ja vanha.", True),
        ("Hän tuli eilen. Karjalainen kotitalous tarvitsee halpaa sähköä.", True),
        ("Hän tuli eilen. Karjalainen soitti minulle illalla.", False),
        ("Hän tuli eilen. Karjalainen mietti asiaa pitkään.", False),  # "miettii": a verb
        ("Hän tuli eilen. Karjalainen muisti asian hyvin.", False),  # "muistaa": a verb
        ("Hän tuli eilen. Satu se oli aina sanonut niin.", False),  # a pronoun resumes her
        ("Hän tuli eilen. Satu kertoi, että kaikki on hyvin.", False),  # a finite verb
        ("Hän tuli eilen. Toivo kertokoon sen itse.", False),  # a third person's imperative
        ("Han kom i går. Lykke meiner det er eit problem.", False),  # not Finnish
        # Too few words to tell the sentence's language: the two words say it.
        ("Hän tuli. Vanha nainen yski läkähtymäisillään.", True),
        ("Hän tuli. Satu nyökkäsi läkähtymäisillään.", False),
    ],
)
def test_unregistered_name_opening_a_finnish_sentence(text: str, word: bool) -> None:
    from casebook.deid.neighbour_openings import unregistered_word

    start = text.index(". ") + 2
    end = text.index(" ", start)
    assert unregistered_word(text, text.lower(), start, end) is word


FINNISH = Registry(
    [
        NameEntry("p:1", "Lotta Heino", "[P1]"),
        NameEntry("p:2", "Matti Rinne", "[P2]"),
        NameEntry("p:3", "Oma Koivu", "[P3]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # A word of Swedish as well as Finnish, before a Finnish verb: the subject.
        (
            "Hän tuli eilen. Lotta suuttui palautteesta ja lähti kotiin.",
            "Hän tuli eilen. [P1] suuttui palautteesta ja lähti kotiin.",
        ),
        # A past in "-oi" of a verb in "-aa" the lists lack in that form.
        (
            "Hän tuli eilen. Matti auttoi naapuria pihatöissä.",
            "Hän tuli eilen. [P2] auttoi naapuria pihatöissä.",
        ),
        # A noun with "my" on it ("harrastukseni") is no past in "-i": "Oma" is the word.
        (
            "Hän tuli eilen. Oma harrastukseni jäi kesken keväällä.",
            "Hän tuli eilen. Oma harrastukseni jäi kesken keväällä.",
        ),
    ],
)
def test_finnish_subjects_and_words(text: str, redacted: str) -> None:
    assert Redactor(FINNISH).redact(text).text == redacted


WORDS = Registry(
    [
        NameEntry("p:1", "Lahja Nieminen", "[P1]"),
        NameEntry("p:2", "Rauha Salo", "[P2]"),
        NameEntry("p:3", "Ilta Koivisto", "[P3]"),
        NameEntry("p:4", "Tuli Harju", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # A compound no list holds, in a case no finite verb ends in: the word's complement.
        "10:42 Lahja syntymäpäiväksi ilahdutti.",
        "10:42 Tuli soitettua lääkärille.",
        "- Lahja joulupukilta ilahdutti.",
        # Two Finnish nouns joined by "ja": no list of people.
        "Hän lepäsi. Rauha ja hiljaisuus auttavat häntä nukahtamaan.",
        # A verb no person is the subject of.
        "- Ilta sujui rauhallisesti ilman kipuja.",
        "Hän nukkui. Ilta kului television ääressä.",
        # A verb of necessity takes no nominative subject: the opening word is no person.
        "Hän nukkui. Tuli kannattaa sammuttaa ennen nukkumaanmenoa.",
        "- Ilta täytyy suunnitella etukäteen.",
    ],
)
def test_finnish_word_readings_keep_the_word(text: str) -> None:
    assert Redactor(WORDS).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Hän lepäsi. Rauha ja äiti tulivat käymään.", "Hän lepäsi. [P2] ja äiti tulivat käymään."),
        ("- Ilta soitti osastolle aamulla.", "- [P3] soitti osastolle aamulla."),
        ("Hän lepäsi. Lahja kertoi voivansa hyvin.", "Hän lepäsi. [P1] kertoi voivansa hyvin."),
    ],
)
def test_finnish_person_readings_stay(text: str, redacted: str) -> None:
    assert Redactor(WORDS).redact(text).text == redacted


def test_a_finnish_opening_word_before_ja_hanen_and_a_relative_is_the_person() -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "Anna Virtanen", "[P1]")]))
    assert redactor("Anna ja hänen äitinsä muuttivat Tampereelle.").startswith("[P1] ja")
    assert redactor("Anna minulle kynä.") == "Anna minulle kynä."  # give me: the verb
    assert redactor("Anna ja ota vastaan.") == "Anna ja ota vastaan."


@pytest.mark.parametrize(
    "text",
    [
        # "antaa" with two recipients joined by "tai"/"ja": give, not a list of people.
        "Hän kysyi ohjeita. Anna käyttöoikeus asiakkaalle tai omaiselle.",
        # The permissive: a genitive and a first infinitive in "-da"/"-dä" (let X do).
        "Hän kysyi ohjeita. Anna tekoälyavustajan analysoida tiedostosi.",
    ],
)
def test_finnish_give_and_let_keep_the_verb(text: str) -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "Anna Virtanen", "[P1]")]))
    assert redactor(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Hän kysyi. Anna soitti äidille ja isälle.", "Hän kysyi. [P1] soitti äidille ja isälle."),
        ("Hän kysyi. Anna tai Pekka hoitaa asian.", "Hän kysyi. [P1] tai [name] hoitaa asian."),
    ],
)
def test_finnish_anna_before_her_verb_stays_the_person(text: str, redacted: str) -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "Anna Virtanen", "[P1]")]))
    assert redactor(text) == redacted


def test_a_word_before_the_preposition_i_is_the_word() -> None:
    """ "i" (in) is a preposition of the published list (`data/prepositions.tsv`) that no word
    list holds, for it is one letter: after it, the opening word is the word, as it is before
    "på" or "med"; before a finite verb the same word is the person."""
    redactor = Redactor(Registry([NameEntry("p:1", "Tone Lie", "[P1]")]))
    text = "Vi satt på kjøkkenet.\nTone i stemmen endret seg da vi kom inn."
    assert redactor.redact(text).text == text
    text = "Vi satt på kjøkkenet.\nTone ringte i går."
    assert redactor.redact(text).text == "Vi satt på kjøkkenet.\n[P1] ringte i går."


@pytest.mark.parametrize(
    "text",
    [
        "Vi ventet lenge.\nTone på kontoret ringte i dag.",
        "Vi ventet lenge.\nTone i resepsjonen sa at saken er sendt.",
        "Vi ventet lenge.\nTone hos legen har ikke svart.",
    ],
)
def test_a_word_name_before_a_phrase_and_a_verb_of_saying_or_calling_is_the_person(
    text: str,
) -> None:
    """A preposition's phrase after the opening word-name ("på kontoret", "i resepsjonen")
    tells where the person is; a verb only a person is the subject of (saying, calling,
    answering) after it makes the word a person, however the phrase reads."""
    redactor = Redactor(Registry([NameEntry("p:1", "Tone Lie", "[P1]")]))
    assert "Tone" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Golden valgte filmen i aften og ville have lyset helt slukket.",
            "[G] valgte filmen i aften og ville have lyset helt slukket.",
        ),
        (
            "Filmen var lang. Bent valgte filmen denne gangen og ville ha det helt mørkt.",
            "Filmen var lang. [B] valgte filmen denne gangen og ville ha det helt mørkt.",
        ),
        ("Hun kom sent. Golden solgte billetterne.", "Hun kom sent. [G] solgte billetterne."),
    ],
)
def test_a_word_name_before_an_irregular_weak_past_is_the_person(text: str, redacted: str) -> None:
    """The pasts of Norwegian and Danish weak verbs whose stem changes its vowel ("velge" -
    "valgte", "selge" - "solgte") are finite verbs like any other past: the registered word
    before one, opening the sentence, is its subject."""
    redactor = Redactor(
        Registry([NameEntry("p:1", "Golden Ahl", "[G]"), NameEntry("p:2", "Bent Krogh", "[B]")])
    )
    assert redactor.redact(text).text == redacted
