"""Registered names typed in lower case where the setting can only mean a person, and the
verbs of saying in the neighbouring languages that make a capitalised one a subject
(`casebook.deid.lowercase_registered`, `vocab.NAME_FOLLOWERS`); ordinary words stay words."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Klara Ek", "[K]"),
            NameEntry("p:2", "May Berg", "[M]"),
            NameEntry("p:3", "Liv Dahl", "[L]"),
            NameEntry("p:4", "Per Lind", "[P]"),
            NameEntry("p:5", "Saga Nilsson", "[S]"),
            NameEntry("p:6", "Rosa Falk", "[R]"),
            NameEntry("p:7", "Inga Wall", "[I]"),
            NameEntry("p:8", "Stig Berg", "[ST]"),
            NameEntry("p:9", "Hope Wallén", "[H]"),
            NameEntry("p:10", "Rose Strand", "[RO]"),
            NameEntry("p:11", "Mark Öberg", "[MA]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at a person's home
        (
            "Vi satt hemma hos may och drack kaffe i köket.",
            "Vi satt hemma hos [M] och drack kaffe i köket.",
        ),
        ("Nästa träff blir hemma hos per på fredag.", "Nästa träff blir hemma hos [P] på fredag."),
        # talked with
        (
            "Jag pratade med liv i telefon om flytten.",
            "Jag pratade med [L] i telefon om flytten.",
        ),
        ("Samtal med saga om ekonomin och skulderna.", "Samtal med [S] om ekonomin och skulderna."),
        # the subject of a Swedish modal where a clause starts
        (
            "Mötet började sent. 14:05 saga ska flytta till en mindre lägenhet.",
            "Mötet började sent. 14:05 [S] ska flytta till en mindre lägenhet.",
        ),
        (
            "Vi diskuterade boendet länge. klara vill stanna i kommunen.",
            "Vi diskuterade boendet länge. [K] vill stanna i kommunen.",
        ),
        # the subject of a Danish or Norwegian modal; talked with, in Norwegian
        (
            "Vi snakket lenge om boligen. 14:05 per skal flytte til en mindre leilighet.",
            "Vi snakket lenge om boligen. 14:05 [P] skal flytte til en mindre leilighet.",
        ),
        (
            "Mødet sluttede sent. klara vil blive i kommunen.",
            "Mødet sluttede sent. [K] vil blive i kommunen.",
        ),
        ("Møtet med per om økonomien gikk bra.", "Møtet med [P] om økonomien gikk bra."),
        # the last of a list of people after "and"/"och"/"og"/"ja"
        ("Deltakere: sykepleieren, tolken og per.", "Deltakere: sykepleieren, tolken og [P]."),
        ("Til stede: tolken og liv.", "Til stede: tolken og [L]."),
        # a whole item of a Norwegian or Danish list of people, first or later
        (
            "Til stede: liv, tolken\n\nVi gikk gjennom planen.",
            "Til stede: [L], tolken\n\nVi gikk gjennom planen.",
        ),
        ("Afbud: per, tolken\nNeste møde: fredag", "Afbud: [P], tolken\nNeste møde: fredag"),
        (
            "Til stede: Stig, liv, tolken\nNeste møde: fredag",
            "Til stede: [ST], [L], tolken\nNeste møde: fredag",
        ),
        ("Läsnä: hoitaja, tulkki ja per.", "Läsnä: hoitaja, tulkki ja [P]."),
        (
            "Present: the nurse, the interpreter and may.",
            "Present: the nurse, the interpreter and [M].",
        ),
        (
            "Närvarande: kuratorn, tolken och liv\nNästa möte: fredag",
            "Närvarande: kuratorn, tolken och [L]\nNästa möte: fredag",
        ),
        # a lower-case genitive before a relative
        ("Vi träffade mays mamma på förskolan.", "Vi träffade [M]s mamma på förskolan."),
        ("Han sa att pers bror flyttat hem.", "Han sa att [P]s bror flyttat hem."),
        # verbs of saying and doing in the neighbouring languages and "paid"
        (
            "Stig påpekar att bussen inte går på söndagar.",
            "[ST] påpekar att bussen inte går på söndagar.",
        ),
        ("Mark soitti eilen illalla.", "[MA] soitti eilen illalla."),
        ("Rose paid the rent two days late.", "[RO] paid the rent two days late."),
    ],
)
def test_lower_case_registered_name_where_a_person_stands(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hon vill bo kvar i lägenheten och klara sig själv.",
        "Han tjänar tusen kronor per vecka.",
        "Hon kom med rosa kläder och gröna skor.",
        "He talked with hope about the future and the new flat.",
        "Vi pratade med inga andra om saken.",
        "Hela sitt liv vill hon bo kvar i byn.",
        "I love it here, I hope so, and we will do it in may.",
        "Please mark the date; she rose from her chair and left.",
        "Hon har ett bra liv och det är en saga om kärlek.",
        "Bor hos alla barnen i tur och ordning.",
        "The rose's petals fell on the table.",
        "Agenda: the rent, the heating and hope.",
        "Present: all staff. We talked about work and hope.",
        "Hele sitt liv vil hun bo i bygda.",
        "She wrote a letter to hope for the best, then went to mark it.",
        "Til stede: alle ansatte. Vi snakket om arbeid og håp og liv.",
        "Hun kom med rosa klær og grønne sko.",
        "Det er et godt liv. Vi får se.",
    ],
)
def test_homographs_stay_words(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_a_registered_word_before_a_modal_is_the_person_and_the_lower_case_word_stays(
    registry: Registry,
) -> None:
    """ "Per skal" reads as Per who shall (a registered word before a finite verb is the person:
    a leak costs more than a word); "liv" in lower case after an adjective stays a word."""
    out = redact("Det er et godt liv. Per skal ikke være noe problem.", registry).text
    assert out == "Det er et godt liv. [P] skal ikke være noe problem.", out


BREKKE = Registry([NameEntry("p:1", "Jon Brekke", "[B]"), NameEntry("p:2", "Eva Kvist", "[K]")])


@pytest.mark.parametrize(
    "text",
    [
        # after a comma, right before an indefinite article and its noun: a verb and its object
        "Om sommeren, brekke en gren er lett når den er tørr.",
        "I fjor, brekke et ribbein tok lang tid å lege.",
        # a Swedish word joined by "och"/"eller" to a bare noun in lower case
        "Ute på ängen växte gräs och kvist eller mossa överallt.",
    ],
)
def test_a_word_before_an_article_after_a_comma_or_joined_to_a_noun_stays(text: str) -> None:
    assert redact(text, BREKKE).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's name before an article after its verb: the first object
        ("Hun ga brekke en bok i går.", "Hun ga [B] en bok i går."),
        # an adverbial "en gang" or a pronoun after the article says nothing
        ("Vi ringte, brekke en gang til.", "Vi ringte, [B] en gang til."),
        ("Vi kom hjem, brekke en av dem ringte.", "Vi kom hjem, [B] en av dem ringte."),
        # joined to a kin noun or a name
        ("Vi ringde kvist och mamma i går.", "Vi ringde [K] och mamma i går."),
    ],
)
def test_a_person_before_an_article_or_beside_kin_stays_a_name(text: str, expected: str) -> None:
    assert redact(text, BREKKE).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coat went home with parishs youngest in the end.",
            "The coat went home with [PA]s youngest in the end.",
        ),
        ("The scarf was left with parishs neighbour.", "The scarf was left with [PA]s neighbour."),
    ],
)
def test_a_glued_genitive_that_no_word_list_holds_is_the_owner(text: str, expected: str) -> None:
    registry = Registry(
        [NameEntry("p:1", "Parish Holm", "[PA]"), NameEntry("p:2", "Bull Dahl", "[B]")]
    )
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We came with bulls and cows to the fair.",
        "The coat went home with the parishs youngest.",
        "She wrote to parishs nearby about the fair.",
        "They came with parishs.",
    ],
)
def test_a_listed_plural_or_an_s_form_without_a_preposition_or_a_word_after_it_stays(
    text: str,
) -> None:
    registry = Registry(
        [NameEntry("p:1", "Parish Holm", "[PA]"), NameEntry("p:2", "Bull Dahl", "[B]")]
    )
    assert redact(text, registry).text == text


# Word-names registered to people in a study of errand companions ("Kit Dunmore", "Alistair
# Trout"): typed in lower case in a slot only a person fills, and as the words they are.
_COMPANIONS = Registry(
    [
        NameEntry("p:1", "Mats Marklund", "[MATS]"),
        NameEntry("p:2", "Kit Dunmore", "[KIT]"),
        NameEntry("p:3", "Alistair Trout", "[TROUT]"),
        NameEntry("p:4", "Philippa Strange", "[STRANGE]"),
        NameEntry("p:5", "Shona Mayo", "[MAYO]"),
        NameEntry("p:6", "Chip Hale", "[CHIP]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one asked or told, before what is asked
        (
            "Asked mats whether she could sign as a witness.",
            "Asked [MATS] whether she could sign as a witness.",
        ),
        (
            "I told kit if the bus was late we would walk.",
            "I told [KIT] if the bus was late we would walk.",
        ),
        # the one who went along, before where
        ("Went with trout to the bank after lunch.", "Went with [TROUT] to the bank after lunch."),
        # whom a message was left for, before its matter or the end of the clause
        (
            "Left a message for mats about the new bus pass.",
            "Left a message for [MATS] about the new bus pass.",
        ),
        ("We left a note for chip.", "We left a note for [CHIP]."),
        # the one thanked, before the clause the phrase opens
        (
            "Thanks to strange the letter was translated in time.",
            "Thanks to [STRANGE] the letter was translated in time.",
        ),
        # the owner's genitive before kin, the apostrophe left out, even after a sentence
        # that ends in a determiner
        (
            "He typed this. kits daughter called to ask how it went.",
            "He typed this. [KIT]s daughter called to ask how it went.",
        ),
    ],
)
def test_a_word_name_in_a_slot_only_a_person_fills_is_the_person(text: str, expected: str) -> None:
    assert redact(text, _COMPANIONS).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "He asked strange questions whether or not we listened.",
        "She asked the bank whether the kit was ready.",
        "We went with the trout to the market.",
        "He left a message for power users about the outage.",
        "Thanks to strange weather the bus was late.",
        "Thanks to kit we had light when the power went.",
        "The kits mother came back to the den.",
        "I would like mayo and chips with it.",
        "The chip in the card was broken, a strange thing.",
    ],
)
def test_the_same_words_as_words_stay(text: str) -> None:
    assert redact(text, _COMPANIONS).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We used pettys laptop when the player would not start.",
            "We used [PE]s laptop when the player would not start.",
        ),
        (
            "Vi lånte heartys højttaler, da lyden svigtede.",
            "Vi lånte [HE]s højttaler, da lyden svigtede.",
        ),
    ],
)
def test_a_bare_genitive_that_no_word_list_holds_before_a_noun_is_the_owner(
    text: str, expected: str
) -> None:
    registry = Registry(
        [NameEntry("p:1", "Nigel Petty", "[PE]"), NameEntry("p:2", "Gillian Hearty", "[HE]")]
    )
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "We borrowed the pettys laptop for the evening.",  # after an article
        "There were two pettys laptop bags on the table.",  # after a count
        "We saw pettys and heartys at the fair.",  # no noun after
        "Spring floods came through the valley.",  # a listed plural
    ],
)
def test_a_bare_s_form_after_a_determiner_or_before_no_noun_stays(text: str) -> None:
    registry = Registry(
        [
            NameEntry("p:1", "Nigel Petty", "[PE]"),
            NameEntry("p:2", "Gillian Hearty", "[HE]"),
            NameEntry("p:3", "Graham Flood", "[FL]"),
        ]
    )
    assert redact(text, registry).text == text


# Word-names registered to members of a film circle ("Golden Ahl", "Bent Krogh"), typed in
# lower case where only a person stands: whom someone waited for or sat beside, whom the
# discussion would have been without, who told what.
_CIRCLE = Registry(
    [
        NameEntry("p:1", "Golden Ahl", "[GOLDEN]"),
        NameEntry("p:2", "Bent Krogh", "[BENT]"),
        NameEntry("p:3", "Lone Friis", "[LONE]"),
        NameEntry("p:4", "Signe Holm", "[SIGNE]"),
        NameEntry("p:5", "Stark Lund", "[STARK]"),
        NameEntry("p:6", "Shell Berg", "[SHELL]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Without golden the discussion would have ended after five minutes.",
            "Without [GOLDEN] the discussion would have ended after five minutes.",
        ),
        (
            "We waited for signe outside the clubhouse; she came in a taxi.",
            "We waited for [SIGNE] outside the clubhouse; she came in a taxi.",
        ),
        (
            "I sat next to bent in the third row and we shared the popcorn.",
            "I sat next to [BENT] in the third row and we shared the popcorn.",
        ),
        ("She stood beside stark at the gate.", "She stood beside [STARK] at the gate."),
        (
            "Efter filmen fortalte lone, at musikken havde siddet i hende hele ugen.",
            "Efter filmen fortalte [LONE], at musikken havde siddet i hende hele ugen.",
        ),
        ("He told stark that the bus was late.", "He told [STARK] that the bus was late."),
    ],
)
def test_whom_one_waited_for_sat_beside_was_without_or_told_is_the_person(
    text: str, expected: str
) -> None:
    assert redact(text, _CIRCLE).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Without golden light the room was dark.",
        "We waited for golden light at dusk.",
        "We waited for shell fish outside.",
        "I sat next to bent nails in the shed.",
        "The lone man sat next to the door in the third row.",
        "Hun fortalte også, at musikken var god.",
    ],
)
def test_the_circles_words_stay_words(text: str) -> None:
    assert redact(text, _CIRCLE).text == text


_THANKED = Registry(
    [
        NameEntry("p:1", "Brush Lund", "[BRUSH]"),
        NameEntry("p:2", "Wheat Berg", "[WHEAT]"),
        NameEntry("p:3", "Sol Dahl", "[SOL]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They argued over the lever arm. Tack till brush som lånade ut sin borrmaskin.",
            "They argued over the lever arm. Tack till [BRUSH] som lånade ut sin borrmaskin.",
        ),
        ("Takk til wheat for kaffen.", "Takk til [WHEAT] for kaffen."),
    ],
)
def test_the_one_thanked_in_a_nordic_sentence_is_the_person(text: str, expected: str) -> None:
    assert redact(text, _THANKED).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tack till sol som värmde oss hela dagen.",  # "sol" is a Swedish word
        "Tack till personalen som hjälpte till.",
        "Thanks to the brush we cleaned the wheat.",
    ],
)
def test_a_word_of_the_language_thanked_stays(text: str) -> None:
    assert redact(text, _THANKED).text == text
