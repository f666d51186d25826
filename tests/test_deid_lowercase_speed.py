"""The faster readings of `lowercase_names.find`'s per-word loop give what the old ones gave,
character for character, on random text: the word before a lower-case word (`previous_word`,
against the character loop of `lowercase_pairs.previous_word` as it stood) and the list of
people after a label (`_listed`, against the version that copied the line, both asking
`speaker_turns.list_end` whether a list or a participant's turn follows the label, and both
reading a neighbour language's word alone in brackets after an item as its role)."""

from __future__ import annotations

from casebook.deid import speaker_turns, vocab
from casebook.deid.lowercase_names import (
    _PEOPLE_LABEL,
    _TITLES,
    _bracketed_note,
    _listed,
    previous_word,
)
from casebook.deid.lowercase_pairs import next_word
from hypothesis import given, settings
from hypothesis import strategies as st


def _old_previous_word(low: str, start: int) -> tuple[str, str]:
    """The reference: `lowercase_pairs.previous_word` as Casebook read it before."""
    i = start
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    gap_end = i
    while i > 0 and low[i - 1] in ".:,;":
        i -= 1
    gap = low[i:gap_end]
    j = i
    while j > 0 and (low[j - 1].isalpha() or low[j - 1] == "."):
        j -= 1
    return low[j:i], gap


def _old_listed(low: str, start: int, end: int) -> bool:
    """The reference: `_listed` as it read a copy of the line before each word."""
    line_start = low.rfind("\n", 0, start) + 1
    before = low[line_start:start]
    label = before.rfind(":")
    if label >= 0 and _PEOPLE_LABEL.search(before[: label + 1]):
        if not any(c in before[label + 1 :] for c in ".;!?"):
            stop = speaker_turns.list_end(low, line_start + label + 1)  # a turn: None
            # a neighbour language's word alone in brackets after an item is its role
            # ("Antit (kasserer)"), a reading added after the copy was made
            if stop is not None and start < stop and not _bracketed_note(low, start, end):
                return True
    if low[end : end + 2] == " (":
        role = next_word(low, end + 2).split(")", 1)[0].removeprefix("ex-")
        if role == "significant":
            return low.startswith("significant other", end + 2)
        return role in vocab.RELATIONS or role in _TITLES
    return False


# Every class of letter `str.isalpha` takes (Lu, Ll, Lt, Lm, Lo), the numerals it does not
# take though a regular expression's \w does ("²", "Ⅻ", "٣"), digits, marks, and every
# character the loops stop at or skip.
_LETTERS = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])
_OTHERS = st.characters(categories=["Nd", "Nl", "No", "Mn", "Mc", "Pc", "Zs", "So"])
_SET = st.sampled_from(list(" \t\n.:,;!?()-_'ab") + ["²", "Ⅻ", "٣", "ǅ", "ʰ", "ß", "ø"])
_CHARS = st.one_of(_LETTERS, _OTHERS, _SET, _SET, _SET)
_TEXT = st.text(_CHARS, max_size=120)
# words, labels and long runs of letters (past the 40 characters `previous_word` looks at)
_PIECES = st.sampled_from(
    ["kontakt:", "närvarande: ", " (tolk)", " (ex-sambo)", "med ", "dr. ", "m. ", "a" * 45]
)
_NOTE = st.lists(st.one_of(_TEXT, _PIECES), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NOTE)
def test_previous_word_reads_as_the_old_loop(low: str) -> None:
    for start in range(len(low) + 1):
        assert previous_word(low, start) == _old_previous_word(low, start), start


@settings(max_examples=300, deadline=None)
@given(_NOTE, st.data())
def test_listed_reads_as_the_old_copy_of_the_line(low: str, data: st.DataObject) -> None:
    for start in range(len(low) + 1):
        end = data.draw(st.integers(start, len(low)))
        assert _listed(low, start, end) == _old_listed(low, start, end), (start, end)


def test_a_role_in_brackets_is_read_alike() -> None:
    """The case the property test once found: a Danish word alone in brackets after an item
    of a list is the item's role, in both readings; a relation's name in brackets is not."""
    low = "närvarande:a (kopi)"
    assert not _listed(low, 14, 18) and not _old_listed(low, 14, 18)
    low = "närvarande: mor (stina)"
    assert _listed(low, 17, 22) and _old_listed(low, 17, 22)


def test_previous_word_at_the_edges() -> None:
    """The cases the fast path hands back to the loop, and the ones it reads itself."""
    long = "x" * 60
    cases = [
        ("samtal med jenny", 11),  # one word, one space: read in place
        ("med jenny", 4),  # the word opens the note
        (long + " jenny", 61),  # a run longer than the window: the loop reads it
        ("samtal m. jenny", 10),  # a dot before the space
        ("x² jenny", 3),  # a numeral that is no letter
        ("dr.  jenny", 5),  # two spaces
        ("\tjenny", 1),
        ("", 0),
    ]
    for low, start in cases:
        assert previous_word(low, start) == _old_previous_word(low, start), low
    assert previous_word(long + " jenny", 61) == (long, "")
    assert previous_word("samtal m. jenny", 10) == ("m", ".")
    assert previous_word("x² jenny", 3) == ("", "")


def test_listed_at_the_edges() -> None:
    """A stop right after the label, a stop further on, a label on the line before."""
    cases = [
        "kontakt:. jenny",
        "kontakt:jenny",
        "närvarande: anna; jenny",
        "närvarande: anna, jenny",
        "närvarande: anna\njenny",
        "present : jenny",
        "jenny (tolk)",
    ]
    for low in cases:
        start = low.index("jenny")
        assert _listed(low, start, start + 5) == _old_listed(low, start, start + 5), low
    assert _listed("närvarande: anna, jenny", 18, 23)
    assert not _listed("kontakt:. jenny", 10, 15)


def test_misspelt_registered_names_asked_only_where_a_name_can_stand() -> None:
    """The comparison with every registered name is asked only of an unknown word that
    stands in lower case outside the spans taken ("Brgitta" capitalised, "ssten" inside a
    span, are not asked), and a misspelt name in its setting is still found."""
    from casebook.deid.lowercase_names import find

    text = "Brgitta ringde. Pratade med ssten om saken, sen med hadadd."
    low = text.lower()
    taken_at = low.index("ssten")
    asked: list[str] = []

    def misspelt(word: str) -> bool:
        asked.append(word)
        return word in {"ssten", "hadadd"}

    found = find(text, low, [], misspelt)
    assert [low[s:e] for s, e in found] == ["ssten", "hadadd"]
    assert "brgitta" not in asked
    asked.clear()
    found = find(text, low, [(taken_at, taken_at + 5, True)], misspelt)
    assert [low[s:e] for s, e in found] == ["hadadd"]
    assert asked == ["hadadd"]


def test_a_term_that_a_naming_verb_introduces_stays_a_term_whatever_its_setting() -> None:
    """`find` asks whether a word is a term ("så kallad X", `_term_named`) only of a word whose
    setting says person (most lower-case words have none): a term in a list of people is
    still a term, the names beside it are still found, and a name after "kallas" with no
    "så" before it is still a name (in Casebook's lexicon, so no thing's name)."""
    from casebook.deid.lowercase_names import find

    def found(text: str) -> list[str]:
        return [text[s:e] for s, e in find(text, text.lower(), [])]

    assert found("Närvarande: en så kallad jenny, stina (tolk)") == ["stina"]
    assert found("Närvarande: jenny, stina (tolk)") == ["jenny", "stina"]
    assert found("Närvarande: kallas jenny, stina") == ["jenny", "stina"]
    assert found("Grannen var så kallad jenny.") == []
    assert found("Grannen var jenny, sa hon.") == ["jenny"]
