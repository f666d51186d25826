"""A registered name that is an ordinary word, typed in lower case as the subject of a
subordinate clause before its finite verb, is the person in Scandinavian notes; in English and
where a clause opens, only if the note names the same person elsewhere
(`casebook.deid.lower_subjects`)."""

from __future__ import annotations

import re

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Dag Moen", "[D]"),
            NameEntry("p:2", "Lisa Holm", "[L]"),
            NameEntry("p:3", "Love Åberg", "[O]"),
            NameEntry("p:4", "May Lind", "[M]"),
            NameEntry("p:5", "Alla Petrova", "[A]"),
            NameEntry("p:6", "Will Moss", "[W]"),
            NameEntry("p:7", "Peter Lax", "[P]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Han fekk beskjed om at dag er ein av dei to.", "[D]"),
        ("Vi ringde eftersom lisa inte kom i tid.", "[L]"),
        ("Love Åberg came late. Later, because love is tired, we stopped early.", "[O]"),
        ("May Lind called at nine.\nmay is tired today.", "[M]"),
        ("Hän sanoi, että peter tulee huomenna.", "[P]"),  # no Finnish word
        ("Called at nine; later may said she was tired.", "[M]"),  # a modal takes no past
        ("Checked in: will lost his phone again.", "[W]"),
    ],
)
def test_the_subject_of_a_clause(registry: Registry, text: str, tag: str) -> None:
    word = {
        "[D]": "dag",
        "[L]": "lisa",
        "[O]": "love",
        "[M]": "may",
        "[W]": "will",
        "[P]": "peter",
    }[tag]
    redacted = redact(text, registry).text
    assert tag in redacted
    assert re.search(rf"\b{word}\b", redacted) is None  # the lower-case mention too


@pytest.mark.parametrize(
    "text",
    [
        "because love is blind, she said.",  # English: nobody named elsewhere
        "may is a busy month for the family.",  # a clause opening: nobody named elsewhere
        "Vi vet att alla har det bra.",  # a quantifier
        "His will stated that the flat goes to her.",  # a noun after a possessive
        "in may moved to a flat of her own.",  # the month
        "You may need help; you will read it.",  # modals before bare verbs
        "Han fekk beskjed om at dagen er kort.",  # a noun with its article
        "Hon ringde eftersom lisa behövdes.",  # no finite verb of the list after it
    ],
)
def test_words_as_subjects_stay(registry: Registry, text: str) -> None:
    redacted = redact(text, registry).text
    for tag in ("[O]", "[M]", "[A]", "[D]", "[L]", "[W]"):
        assert tag not in redacted


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Hard week. The plumber, will, has not sent the bill yet.", "[W]"),
        ("Hard week. Our landlord, may, was at the door again.", "[M]"),
        ("Hard week. The landlord, may, was at the door again.", "[M]"),  # a role as before
        # a role noun with an "of" phrase: the holder of the role
        ("Hard week. The secretary of the club, will, had lost the key.", "[W]"),
    ],
)
def test_a_lower_case_name_in_apposition_to_the_opening_subject_is_the_person(
    registry: Registry, text: str, tag: str
) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Hard week. The flour, may, and eggs went in.",  # a list, no verb after the comma
        "Hard week. I told the plumber, will, and he came.",  # no opening subject
        "Our kids make us laugh, cry, will, grow.",  # a list of verbs, "make" no relation here
        "The interpreter came late, may, she said, is what counts.",  # a role earlier on
        "Hard week. The colour of the door, may, was up for a vote.",  # no role noun
    ],
)
def test_a_lower_case_word_between_commas_elsewhere_is_read_as_before(
    registry: Registry, text: str
) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening a clause before a perfect of a verb only a person does
        (
            "Team minutes\n\nfisher had forgotten the code, so we sat in the car.",
            "Team minutes\n\n[F] had forgotten the code, so we sat in the car.",
        ),
        (
            "We waited. Then kit has never said a word.",
            "We waited. Then [K] has never said a word.",
        ),
        # or of writing: only a person writes a code down
        (
            "The visit went well.\n\nfisher had written the code on a sticky note.",
            "The visit went well.\n\n[F] had written the code on a sticky note.",
        ),
        ("We met. kit had typed it in twice.", "We met. [K] had typed it in twice."),
    ],
)
def test_a_word_name_before_a_perfect_of_the_mind_or_of_speech_is_the_person(
    text: str, expected: str
) -> None:
    registry = Registry(
        [NameEntry("p:1", "Philippa Fisher", "[F]"), NameEntry("p:2", "Kit Dunmore", "[K]")]
    )
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "power had gone out by then.",
        "The fisher had forgotten his net.",
        "trout had been caught in the lake.",
        "kit has arrived at the office.",
        "The fisher had written to the club.",  # a common noun takes its article
    ],
)
def test_a_word_before_a_perfect_a_thing_does_stays(text: str) -> None:
    registry = Registry(
        [
            NameEntry("p:1", "Philippa Fisher", "[F]"),
            NameEntry("p:2", "Kit Dunmore", "[K]"),
            NameEntry("p:3", "Sam Power", "[P]"),
            NameEntry("p:4", "Al Trout", "[T]"),
        ]
    )
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Det var koldt. blue hoppede i først og blev længst i hullet.",
            "Det var koldt. [B] hoppede i først og blev længst i hullet.",
        ),
        ("Vi badede. bud ringede i går.", "Vi badede. [U] ringede i går."),
    ],
)
def test_a_word_name_opening_a_clause_before_a_danish_weak_past_is_the_person(
    text: str, expected: str
) -> None:
    registry = Registry(
        [NameEntry("p:1", "Blue Hansen", "[B]"), NameEntry("p:2", "Bud Lund", "[U]")]
    )
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "He felt blue. blue needed no name.",  # an English past: no Danish shape
        "Vi badede. Hoppet var blue hoppede.",  # no clause opens at the word
        "Vi badede. blue hopper i vandet.",  # a present in "-er" may follow a plural noun
    ],
)
def test_a_word_before_no_danish_weak_past_opening_a_clause_stays(text: str) -> None:
    registry = Registry([NameEntry("p:1", "Blue Hansen", "[B]")])
    assert redact(text, registry).text == text
