"""First tests that pass over most of the work of a rule and change none of its answers: the
near-miss comparison picks its candidates by length and plain Levenshtein distance before
measuring transpositions. Every word here is our own."""

from __future__ import annotations

import pytest
from casebook.deid.nearmiss import _ByLength, _within
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_FORMS = [
    "andersson",
    "kristina",
    "lindqvist",
    "åkesson",
    "howell",
    "powell",
    "miller",
    "mercer",
    "jukka",
    "thorfinnsson",
    "norell",
    "norlin",
    "sofia",
    "ebba",
    "hadad",
    "durmuş",
    "duran",
]
_SORTED = _ByLength(_FORMS)
_WORDS = st.text(alphabet="adeiklnorsvåäöşth", min_size=3, max_size=12)


def _every_choice(query: str, choices: list[str], cutoff: int) -> list[tuple[int, int]]:
    return sorted(
        (index, distance)
        for _form, distance, index in process.extract(
            query, choices, scorer=DamerauLevenshtein.distance, score_cutoff=cutoff, limit=None
        )
    )


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.integers(min_value=0, max_value=2))
def test_near_forms_are_the_ones_measuring_every_form_finds(word: str, cutoff: int) -> None:
    assert sorted(_within(word, _SORTED, cutoff)) == _every_choice(word, _FORMS, cutoff)


def _one_edit(word: str, at: int, letter: str, kind: int) -> str:
    at %= len(word) + 1
    if kind == 0:  # a letter changed
        return word[:at] + letter + word[at + 1 :]
    if kind == 1:  # a letter added
        return word[:at] + letter + word[at:]
    if kind == 2:  # a letter dropped
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at + 1 : at + 2] + word[at : at + 1] + word[at + 2 :]  # swapped


@settings(max_examples=400, deadline=None)
@given(
    _WORDS,
    st.lists(
        st.tuples(
            st.integers(0, 12), st.sampled_from("aeklnsvöşx"), st.integers(0, 3), st.booleans()
        ),
        min_size=1,
        max_size=25,
    ),
    st.integers(min_value=0, max_value=1),
)
def test_forms_one_edit_or_two_away_are_found_as_by_measuring_every_form(
    word: str, edits: list[tuple[int, str, int, bool]], cutoff: int
) -> None:
    # Forms made from the word by one edit, or two: the index of keys with a letter removed
    # must find every one within the cutoff, and no more, as measuring every form does.
    forms = []
    for at, letter, kind, twice in edits:
        form = _one_edit(word, at, letter, kind)
        forms.append(_one_edit(form, at + 1, letter, (kind + 1) % 4) if twice else form)
    forms = [form for form in forms if form]
    if forms:
        sorted_forms = _ByLength(forms)
        assert sorted(_within(word, sorted_forms, cutoff)) == _every_choice(word, forms, cutoff)


def test_a_transposition_on_top_of_a_slip_is_still_within_two() -> None:
    # Levenshtein counts "ilndqvist" as two edits, a transposition as one: both kept.
    assert _within("ilndqvist", _SORTED, 1) == [(2, 1)]
    assert _within("lidnqvisst", _SORTED, 2) == [(2, 2)]
    assert _within("hwoell", _SORTED, 1) == [(4, 1)]
    assert _within("sofia", _SORTED, 0) == [(12, 0)]
    assert _within("table", _SORTED, 1) == []


def test_a_form_two_letters_longer_is_still_compared() -> None:
    # Only forms within twice the cutoff in length are compared: the edges of that slice.
    assert _within("kristin", _SORTED, 1) == [(1, 1)]  # a letter dropped
    assert _within("kristinaaa", _SORTED, 2) == [(1, 2)]  # two added
    assert _within("krstna", _SORTED, 2) == [(1, 2)]  # two dropped
    assert _within("andersson", _SORTED, 0) == [(0, 0)]


def test_every_common_word_is_a_known_word() -> None:
    from casebook.deid import vocab

    assert vocab.common_words() <= vocab.known_words()


@pytest.mark.parametrize(
    "word", ["föresllår", "explanied", "anändes", "jesper", "vääninnan", "atnecknade", "gestursson"]
)
def test_the_shared_slip_answers_are_the_searches_of_each_list(word: str) -> None:
    from casebook.deid import vocab, wordforms

    assert vocab.slip_of_known(word) == wordforms.slip_of_word(word, vocab.known_words())
    assert vocab.slip_of_common(word) == wordforms.slip_of_word(word, vocab.common_words())


def test_a_slip_of_a_common_word_is_found_after_the_known_words_were_asked() -> None:
    from casebook.deid import vocab

    assert vocab.slip_of_common("föresllår") == "föreslår"
    assert vocab.slip_of_known("föresllår") == "föreslår"
    assert vocab.slip_of_common("gestursson") is None


_NOTE_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", ",", ":", ".", "_", "2", "-", "(", "x", "é"]
    + ["bror", "broren", "mor", "farmor", "morgon", "neighbour", "granne", "grannen", "naapuri"]
    + ["jenny", "thora", "ackert", "kom", "Bror", "son", "person", "tolk", "called"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_NOTE_PIECES, max_size=30).map("".join))
def test_relation_cues_are_the_ones_every_word_of_the_note_gave(low: str) -> None:
    from casebook.deid import person_slots

    every = [
        (cue.span(), cue.groups())
        for cue in person_slots._REL_AFTER.finditer(low)
        if cue.group(1) in person_slots._RELATIONS
    ]
    assert [(cue.span(), cue.groups()) for cue in person_slots._relation_cues(low)] == every


def test_a_relation_inside_a_longer_word_or_after_a_digit_is_no_cue() -> None:
    from casebook.deid import person_slots

    cues = person_slots._relation_cues("humor kom, 2bror x, _bror jenny och morgon bror thora")
    assert [cue.group(1) for cue in cues] == ["bror", "bror"]


_WORD_LIST = frozenset(
    "dottern användes föreslår explained väntar sköterskan kuratorn samtalet".split()
)


def _slip_one_by_one(word: str, words: frozenset[str]) -> str | None:
    """`slip_of_word` as it read before its candidates were tested in one call per kind: each
    candidate in turn, the same order (a letter in excess or two swapped, place by place; a
    letter left out; a neighbouring key)."""
    from casebook.deid.wordforms import _LETTERS, _NEIGHBOURS, SLIP_MIN

    if len(word) < SLIP_MIN - 1 or not word.isalpha():
        return None
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        if b and len(a + b[1:]) >= SLIP_MIN and a + b[1:] in words:
            return a + b[1:]
        if len(b) > 1 and b[0] != b[1] and len(word) >= SLIP_MIN:
            if a + b[1] + b[0] + b[2:] in words:
                return a + b[1] + b[0] + b[2:]
    if len(word) + 1 >= 8:
        for i in range(len(word) + 1):
            for c in _LETTERS:
                if word[:i] + c + word[i:] in words:
                    return word[:i] + c + word[i:]
    if len(word) >= 7:
        for i, c in enumerate(word):
            for key in _NEIGHBOURS.get(c, ""):
                if word[:i] + key + word[i + 1 :] in words:
                    return word[:i] + key + word[i + 1 :]
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(_WORD_LIST)),
    st.integers(min_value=0, max_value=12),
    st.sampled_from(["", "e", "s", "ä", "x", "ü"]),
    st.booleans(),
)
def test_a_slip_found_at_once_is_the_one_found_candidate_by_candidate(
    word: str, at: int, letter: str, drop: bool
) -> None:
    from casebook.deid.wordforms import slip_of_word

    slip = word[:at] + letter + word[at + (1 if drop else 0) :]
    assert slip_of_word(slip, _WORD_LIST) == _slip_one_by_one(slip, _WORD_LIST)
    assert slip_of_word(slip, list(_WORD_LIST)) == _slip_one_by_one(slip, _WORD_LIST)


def test_the_first_slip_in_order_is_the_one_given() -> None:
    from casebook.deid.wordforms import slip_of_word

    # "abcdefgh" is one letter in excess from both; the earlier place wins, as before.
    words = frozenset({"bcdefgh", "acdefgh"})
    assert slip_of_word("abcdefgh", words) == "bcdefgh"
    assert slip_of_word("föresllår", _WORD_LIST) == "föreslår"
    assert slip_of_word("dottwrn", _WORD_LIST) == "dottern"
    assert slip_of_word("anändes", _WORD_LIST) == "användes"
    assert slip_of_word("tabell", _WORD_LIST) is None
