"""Faster forms of four rules read every note as the forms before them did, on random text:
`namecontext.local_language` (the first word after a name, the sentence's start),
`clause_homographs.find` (a word in capitals skipped before the word before it is read),
`credential_names` and `iberian_streets` (a first test for what every match must hold).
Every sentence here is our own."""

from __future__ import annotations

import re

import pytest
from casebook.deid import (
    clause_homographs,
    clause_verbs,
    credential_names,
    iberian_streets,
    namecontext,
    note_language,
)
from casebook.deid.context import previous_word
from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = st.sampled_from(
    [
        " ",
        ".",
        "!",
        "?",
        "\n",
        ",",
        "'",
        "(",
        ")",
        "-",
        "men ",
        "att ",
        "och ",
        "but ",
        "the ",
        "Lisa ",
        "LISA ",
        "Inga ",
        "inga ",
        "pengar ",
        "money ",
        "han ",
        "kom ",
        "came ",
        "she ",
        "Mark ",
        "MD",
        " MD",
        "RN",
        " RN ",
        "LEARN ",
        "PhD",
        "Calle ",
        "CALLE ",
        "Rua ",
        "R. de ",
        "R. DE ",
        "Av. ",
        "Eje vial ",
        "Hidalgo ",
        "HIDALGO ",
        "12 ",
        "7",
        "N° ",
        ", ",
        "S/N",
        "#",
        "Int. 3",
        "Ü",
        "ñ",
        "ß",
        "Ā",
        "ā",
        "ǀ",
        "ǀǁǂ ",
        "ƻƻƻ ",
        "ǅ",
        "a",
        "B",
        "x",
    ]
)
_NOTE = st.lists(_PIECES, max_size=40).map("".join)


def _local_language_before(low: str, start: int, end: int, next_only: bool = False):  # type: ignore[no-untyped-def]
    """`namecontext.local_language` as it was written before (lists and a generator)."""
    english_only, swedish_only = namecontext._only_in()
    punctuation = namecontext._PUNCTUATION
    following = [w for w in (t.strip(punctuation) for t in low[end : end + 24].split()) if w]
    if following:
        first = following[0]
        if first in swedish_only:
            return ("sv",)
        if first in english_only:
            return ("en",)
    if next_only:
        return None
    begin = max(0, start - 60)
    begin = max(begin, *(low.rfind(c, begin, start) + 1 for c in ".!?\n"))
    stop = namecontext._SENTENCE_END.search(low, end, end + 80)
    left, right = low[begin:start], low[end : stop.start() if stop else end + 80]
    blank = namecontext._BLANK_PUNCTUATION
    words = set(left.translate(blank).split()[-4:])
    words.update(right.translate(blank).split()[:5])
    english = len(english_only.intersection(words))
    swedish = len(swedish_only.intersection(words))
    if english > swedish:
        return ("en",)
    if swedish > english:
        return ("sv",)
    return None


@settings(max_examples=300, deadline=None)
@given(_NOTE)
def test_local_language_reads_as_before(text: str) -> None:
    low = text.lower()
    for match in re.finditer(r"[^\W\d_]+", low):
        for next_only in (False, True):
            assert namecontext.local_language(
                low, match.start(), match.end(), next_only
            ) == _local_language_before(low, match.start(), match.end(), next_only)


def test_local_language_by_the_next_word_and_by_the_sentence() -> None:
    low = "the patient said inga pengar kvar. then she left"
    assert namecontext.local_language(low, 17, 21) == ("sv",)  # "pengar" after "inga"
    low = "hon sa att lisa, som vanligt, inte kom"
    assert namecontext.local_language(low, 11, 15) == ("sv",)  # the words around it


def _clause_homographs_before(text, low, taken, word_class):  # type: ignore[no-untyped-def]
    """`clause_homographs.find` with its tests in the order they were written before."""
    out = []
    for match in clause_homographs._CAPITAL.finditer(text):
        start, end = match.span(1)
        prev, gap = previous_word(low, start)
        if gap or not clause_verbs.opener(prev):
            continue
        word = match.group(1)
        if word.isupper() or low[start:end] in clause_homographs._NOT_PERSONS:
            continue
        if not text[start - len(prev) - 1 : start - 1].islower():
            continue
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue
        if not clause_verbs.subject(low, end, prev, gap):
            continue
        if word_class(word) != "C":
            continue
        if any(s < end and start < e for s, e, *_ in taken):
            continue
        out.append((start, end))
    return out


@settings(max_examples=300, deadline=None)
@given(_NOTE)
def test_clause_homographs_finds_what_it_found_before(text: str) -> None:
    low = text.lower()
    for word_class in (lambda word: "C", lambda word: "U"):
        assert clause_homographs.find(text, low, [], word_class) == _clause_homographs_before(
            text, low, [], word_class
        )


def test_a_name_in_capitals_after_an_opener_is_left_to_the_other_rules() -> None:
    text = "Vi pratade länge men Lisa drack hälften, men LISA drack hälften."
    assert clause_homographs.find(text, text.lower(), [], lambda word: "C") == [(21, 25)]


@settings(max_examples=300, deadline=None)
@given(_NOTE)
def test_the_first_tests_pass_every_text_a_match_could_come_from(text: str) -> None:
    if credential_names._SIGNATURE.search(text):
        assert credential_names._HINT.search(text)
    if iberian_streets._ANY_TYPE.search(text):
        assert iberian_streets._TYPE_LEAD.search(text) or "R. d" in text


@pytest.mark.parametrize(
    "street_type",
    [t.replace("\\", "") for t in iberian_streets._TYPES.split("|") if not t.startswith("R")]
    + ["Rua", "Ronda", "Rotunda", "R. de ", "R. das "],
)
def test_every_street_type_passes_the_first_test(street_type: str) -> None:
    written = street_type.split("(")[0] + " de "
    assert iberian_streets._TYPE_LEAD.search(written) or "R. d" in written


def test_a_note_in_capitals_is_passed_over() -> None:
    assert (
        iberian_streets._TYPE_LEAD.search("FLYTTAT TILL CALLE HIDALGO 12 INT. 3. DR. DE LA") is None
    )
    assert credential_names._HINT.search("WILL LEARN MORE. TURN LEFT.") is None
    assert credential_names._HINT.search("SEEN BY PETER HANSEN MD.") is not None
    assert iberian_streets.find("Hon bor på R. de Ferraz, 9 sedan maj.") == [(11, 26, "address")]


def test_a_note_in_capitals_skips_the_clause_scan_unless_an_uncased_letter_opens_a_word() -> None:
    text = "VI PRATADE LÄNGE MEN LISA DRACK HÄLFTEN."
    assert clause_homographs.find(text, text.lower(), [], lambda word: "C") == []
    assert clause_homographs._UNCASED.search(text) is None
    assert clause_homographs._UNCASED.search("MEN ǀXAM SA") is not None


def _language_of_before(words: str) -> tuple[str, ...] | None:
    """`note_language._language_of` as it was: every group counted, then compared."""
    split = words.split()
    groups = note_language._GROUPS
    scores = {g: sum(map(note_language._group_words(g).__contains__, split)) for g in groups}
    best = max(("nbda", "fi", "de"), key=scores.__getitem__)
    rivals = [score for group, score in scores.items() if group != best]
    if scores[best] < 2 or scores[best] <= max(rivals):
        return None
    return groups[best]


_SENTENCE_WORDS = st.lists(
    st.sampled_from(
        """og ikke hun jeg kom hjem sa at var trett meget ja hän oli kotona mutta ei tullut
        että ja und ist nicht mit ich wir auf hon kom hem och sa att var trött inte she came
        home and said that was tired the patient ringde igen""".split()
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_SENTENCE_WORDS)
def test_language_of_counts_as_before(words: str) -> None:
    assert note_language._language_of.__wrapped__(words) == _language_of_before(words)


def test_language_of_reads_each_neighbour() -> None:
    assert note_language._language_of("hun kom hjem og sa at hun var trett") == ("nb", "da")
    assert note_language._language_of("hän oli kotona mutta ei tullut") == ("fi",)
    assert note_language._language_of("hon kom hem och sa att hon var trött") is None
    assert note_language._language_of("og") is None  # one word: too few to tell


def _known_count_before(words: list[str]) -> int:
    """`note_language`'s count of known lower-case words as it was, every word read."""
    groups = [note_language._group_words(g) for g in ("nbda", "fi", "de", "sv", "en")]
    return sum(1 for w in words if w.islower() and any(w.lower() in g for g in groups))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from("og hun Jeg xqzv hän Mutta und ich hon Och she Home zzkrt ß".split()),
        max_size=10,
    ),
    st.integers(min_value=1, max_value=4),
)
def test_known_words_are_counted_only_as_far_as_asked(words: list[str], count: int) -> None:
    """The sentence-language guess asks whether three words are known; it stops at the
    third, with the answer the full count gave."""
    assert note_language._known_at_least(words, count) == (_known_count_before(words) >= count)


def test_the_finnish_cases_of_a_note_are_the_same_read_again_and_after_the_table_is_cleared() -> (
    None
):
    from casebook.deid import foreign_cases

    finder = foreign_cases.ForeignCases(frozenset({"filip", "arto", "aksel"}))
    text = "Hän sanoi, että kuin Filipin lempikissansa ja oppia Arton ja toisen kanssa."
    low = text.lower()
    tokens = frozenset(low.split())
    first = finder.find(text, low, tokens)
    assert finder.find(text, low, tokens) == first  # read from the table in C
    expected = {w for t in tokens for w in finder._cases(t)}
    assert set().union(*map(finder._seen.__getitem__, tokens)) == expected
    finder._seen.clear()
    assert finder.find(text, low, tokens) == first
    for i in range((1 << 16) + 2):  # bounded: cleared when full, then filled again
        finder._seen[f"token{i}"]
    assert len(finder._seen) <= (1 << 16) + 1


_DEN_DAY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:den[ \u00a0]+|d\.[ \u00a0]*)(\d{1,2})(?:\.|:[ae])?(?![\d\w]|[.,:/]\d)"
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["den ", "d.", "d. ", "dd.", "vän", "e", " ", "\u00a0", "12", "3", "."]),
        max_size=16,
    ).map("".join)
)
def test_the_day_after_den_is_scanned_from_its_literal_as_before(low: str) -> None:
    """`weekday_days._DEN_DAY` lost its look-behind (the engine tried it at every
    character); the letter before is checked after the scan, with the same matches."""
    from casebook.deid import weekday_days

    after = [
        m.span()
        for m in weekday_days._DEN_DAY.finditer(low)
        if not (m.start() and weekday_days._LETTER.match(low, m.start() - 1))
    ]
    assert after == [m.span() for m in _DEN_DAY_BEFORE.finditer(low)]


def test_a_weekday_and_den_still_date_the_day_and_a_word_ending_in_den_does_not() -> None:
    from casebook.deid import weekday_days

    low = "vi ses på onsdagen den 12 kl 10. i vänden 12 gånger"
    assert weekday_days.find(low, low) == [(10, 25, "date")]
