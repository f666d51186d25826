"""The checks the day-and-month and ordinary-word rules make cost no more than they need:
each is asked only where its answer can matter (bench/redaction_digest.py shows that the
output stays the same)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from casebook.deid import note_language, written_dates
from hypothesis import given
from hypothesis import strategies as st


class _Counted:
    """A compiled pattern whose searches and matches are counted (`tries`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.tries = pattern, 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.tries += 1
        return self.pattern.search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        self.tries += 1
        return self.pattern.match(*args)


def _month(text: str, word: str) -> tuple[int, int, str] | None:
    start = text.index(word)
    return written_dates.month(text, text.lower(), start, start + len(word) + 1, len(text))


def test_a_day_before_a_month_is_looked_for_only_where_a_digit_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _Counted(written_dates._DAY_BEFORE)
    monkeypatch.setattr(written_dates, "_DAY_BEFORE", counted)
    _month("She said on the phone in March that it went well.", "March")
    assert counted.tries == 0  # no digit in the 20 characters before "March"
    found = _month("We met on3 March and spoke for an hour.", "March")
    assert counted.tries == 1  # one digit, tried once
    assert found is not None and found[0] == "We met on".index("on") + 2  # "3 March"


@given(
    st.lists(
        st.sampled_from(list("0123 .:-") + ["den ", "on", "th ", "e ", "de ", "kl. ", "12. ", "x"]),
        max_size=14,
    ).map("".join)
)
def test_the_day_before_a_month_is_the_match_a_search_of_the_window_finds(before: str) -> None:
    """`_day_before` tries the pattern at each digit only: the match (and no match) is the
    one a search of the whole window returns."""
    low = before + "march 2024"
    start = len(before)
    found = written_dates._day_before(low, start)
    searched = written_dates._DAY_BEFORE.search(low, max(0, start - 20), start)
    assert (found and (found.span(), found.groups())) == (
        searched and (searched.span(), searched.groups())
    )


def test_whether_a_sentence_opens_at_a_word_is_asked_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = note_language.sentence_start

    def counted(text: str, index: int) -> bool:
        calls.append(index)
        return real(text, index)

    monkeypatch.setattr(note_language, "sentence_start", counted)
    text = "Hän sanoi, että kaikki on hyvin. Mutta hän ei tullut kotiin eilen illalla."
    start = text.index("Mutta")
    assert note_language.ordinary_here(text, text.lower(), start, "mutta", name=True)
    assert calls.count(start) == 1


def test_a_note_token_is_searched_for_a_credential_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`caseless.signed` asks whether a token holds a credential once per token ever seen: a
    later note with the same tokens costs one set difference, and still finds its signature."""
    from casebook.deid import caseless

    counted = _Counted(caseless._CREDENTIAL)
    monkeypatch.setattr(caseless, "_CREDENTIAL", counted)
    monkeypatch.setattr(caseless, "_CREDENTIAL_TOKENS", caseless._CredentialTokens())
    note = "seen by irene snell, rn and the ward team today"
    first = caseless.signed(note, [], set(note.split()))
    searches = counted.tries
    assert first and searches == len(set(note.split())) + 1  # each token, then the note
    assert caseless.signed(note, [], set(note.split())) == first
    assert counted.tries == searches + 1  # the note only: its tokens are known
    assert caseless.signed("the ward team today", [], {"the", "ward", "team", "today"}) == []
    assert counted.tries == searches + 1  # no token holds one: the note is not searched


def test_a_full_near_miss_cache_keeps_answering_from_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`NearMisses.find` compares a word with every registered form once while its cache
    has room, and a full cache starts again instead of comparing every later word afresh (a
    third of the time on a varied release once 10,000 words had been asked)."""
    from casebook.deid import nearmiss
    from casebook.deid.registry import NameEntry, Registry

    registry = Registry([NameEntry("p:1", "Birgitta Lindqvist", "[patient P-1B4L]")])
    near = nearmiss.NearMisses(registry)
    monkeypatch.setattr(nearmiss, "_CACHE_MAX", 50)
    compared: list[str] = []
    real = nearmiss.process.extract

    def counted(query: str, *args: Any, **kwargs: Any) -> Any:
        compared.append(query)
        return real(query, *args, **kwargs)

    monkeypatch.setattr(nearmiss.process, "extract", counted)
    for i in range(120):
        near.find(f"ordet{i:03d}x")
    assert near.find("lidnqvist") is not None
    asked = len(compared)
    assert near.find("lidnqvist") is not None
    assert len(compared) == asked  # from memory, though more words were asked than it holds
    assert len(near._cache) <= 50


def _sentence_language_before(
    text: str, start: int, end: int, count_word: bool = True
) -> tuple[str, ...] | None:
    """`note_language.sentence_language` as it was before it read sentence ends with
    `str.rfind` and words with `findall` (kept to compare with)."""
    reach, few, words_re, end_re = 200, 3, note_language._WORD, note_language._END
    begin = max(0, start - reach)
    cut = max((m.end() for m in end_re.finditer(text, begin, start)), default=begin)
    stop = end_re.search(text, end, end + reach)
    close = stop.start() if stop else end + reach
    words = [
        m.group()
        for m in words_re.finditer(text, cut, close)
        if m.group().islower() or (count_word and m.start() == start)
    ]
    found = note_language._language_of(" ".join(words).lower())
    if found is None and sum(w.islower() for w in words) < few:
        words += [
            m.group()
            for m in words_re.finditer(text, begin, min(len(text), end + reach))
            if m.group().islower() and not cut <= m.start() < close
        ]
        return note_language._language_of(" ".join(words).lower())
    return found


_MIXED_NOTES = [
    "Hengitys:\nSisko käynyt. Mutta hän ei tullut kotiin eilen illalla! Satu och Toivo kom.",
    "Hun sa at hun ikke kunne komme… Meget travelt i dag? Ja, jeg ringer i morgen. Bra",
    "Heute war sie im Zimmer mit der Mutter. Er kam spät.\nJ. Bakker, late shift",
    "kort Rad" + " ord" * 80 + ". Lue lisää" + " sana" * 70 + "\nMinä olen täällä",
    "x" * 230 + " Mutta hän ei tullut, koska hän oli sairas ja väsynyt tänään." + "y" * 40,
]


@pytest.mark.parametrize("text", _MIXED_NOTES)
def test_the_sentence_language_reads_as_before_at_every_word(text: str) -> None:
    for match in note_language._WORD.finditer(text):
        for start, end in ((match.start(), match.end()), (match.start() + 1, match.end())):
            for count_word in (True, False):
                assert note_language.sentence_language(
                    text, start, end, count_word
                ) == _sentence_language_before(text, start, end, count_word), (start, count_word)
