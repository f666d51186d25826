"""What the redactor caches to go faster never changes what it outputs, and the digest that
proves it (bench/redaction_digest.py) sees every change of output."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, lowercase_names

from bench.redaction_digest import check, text_digest

REGISTRY = Registry([NameEntry("p:1", "Per Lind", "[patient P-1]")])
ENGLISH = (
    "We went over the plan for the week with the nurse. Afterwards Inga looked tired but calm."
)
SWEDISH = (
    "Vi gick igenom planen med sjuksköterskan. Inga problem med sömnen, och hon var glad idag."
)


def test_a_word_whose_class_depends_on_the_language_is_judged_in_each_text() -> None:
    """ "Inga" is a name in an English note and a word ("no") in a Swedish one: the class the
    unregistered-name finder keeps per distinct word must not carry one text's reading into
    the next, in either order."""
    alone = {text: Redactor(REGISTRY).redact(text).text for text in (ENGLISH, SWEDISH)}
    assert "[name]" in alone[ENGLISH] and alone[SWEDISH] == SWEDISH
    for order in ((ENGLISH, SWEDISH, ENGLISH), (SWEDISH, ENGLISH, SWEDISH)):
        shared = Redactor(REGISTRY)
        assert [shared.redact(text).text for text in order] == [alone[t] for t in order]


def test_a_text_without_capitalised_words_or_names_still_gets_every_pattern_checked() -> None:
    """No word for the name automaton or the unregistered-name finder to look at: the pattern
    detectors still run on the whole text."""
    text = (
        "mail anna.berg@example.se or ring 070-123 45 67, pnr 850312-1234, see "
        "www.example.org, moved on 2026-03-14 to storgatan 12."
    )
    redaction = Redactor(REGISTRY).redact(text)
    assert set(redaction.counts_by_kind) == {
        "email",
        "phone",
        "personnummer",
        "url",
        "date",
        "address",
    }


def test_the_digest_sees_a_changed_output_and_names_the_text() -> None:
    text = "Per Lind rang. Then Per said the bus was late."
    with_per, without = Redactor(REGISTRY), Redactor(Registry([]))
    assert text_digest(with_per, text) == text_digest(Redactor(REGISTRY), text)
    assert text_digest(with_per, text) != text_digest(without, text)
    same = text_digest(with_per, ENGLISH)
    before = {"notes": {"digest": "a", "texts": [same, text_digest(with_per, text)]}}
    after = {"notes": {"digest": "b", "texts": [same, text_digest(without, text)]}}
    assert check(after, before) == 1
    assert check(before, before) == 0


STRANGERS = [
    "Okonjo ringde. Sen ringde dr okonjo om provsvaren igår.",
    "ringde dr okonjo, igår",
    "Tobias Hedenmark kom. kontakt: tobias hedenmark, 070-311 22 90.",
    "kontakt: tobias Hedenmark.",
    "samtal m. jESSICA om ekonomin.",
]


def test_a_stranger_in_lower_case_is_found_beside_the_same_name_capitalised() -> None:
    """The lower-case stranger pass skips, by one test per occurrence, the words written
    capitalised, and caches the candidates of each white-space token: a lower-case mention
    next to a capitalised one, a word whose later letters are capitals, and a token met in an
    earlier text are all still judged, the same with a shared redactor as with a fresh one."""
    alone = [Redactor(REGISTRY).redact(text).text for text in STRANGERS]
    assert alone == [
        "[name] ringde. Sen ringde dr [name] om provsvaren igår.",
        "ringde dr [name], igår",
        "[name] kom. kontakt: [name], [phone].",
        "kontakt: [name].",
        "samtal m. [name] om ekonomin.",
    ]
    shared = Redactor(REGISTRY)
    assert [shared.redact(text).text for text in STRANGERS + STRANGERS[::-1]] == alone + alone[::-1]


def test_the_lower_case_token_table_stays_bounded_and_judges_a_dropped_token_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lower-case stranger pass keeps each white-space token's candidate words in one
    table for the life of the process: full, it is emptied rather than grown (a release of
    millions of distinct tokens must not hold them all), and a token dropped with it is
    judged again, to the same candidates."""
    monkeypatch.setattr(lowercase_names, "_TOKENS_MAX", 8)
    monkeypatch.setattr(lowercase_names, "_TOKENS", lowercase_names._TokenTable())
    redactor = Redactor(REGISTRY)
    for _ in range(2):
        assert [redactor.redact(text).text for text in STRANGERS] == [
            "[name] ringde. Sen ringde dr [name] om provsvaren igår.",
            "ringde dr [name], igår",
            "[name] kom. kontakt: [name], [phone].",
            "kontakt: [name].",
            "samtal m. [name] om ekonomin.",
        ]
        assert 0 < len(lowercase_names._TOKENS) <= 8


CREDENTIAL_NOTES = [
    "seen by irene snell, rn and anthony c. kozicki,rrt today",
    "GUSTAV P. ELMQVIST, MSW\nJ. HARRINGTON MD AWARE",
    "plan per ccu rn (lpn/rn) - marta k. nowicki, rn.",
    "no credential here, only barn and modern words; dr. holden",
]


def test_the_credential_signature_finds_the_same_with_the_note_split_once() -> None:
    """`caseless.signed` skips its search for a credential when no white-space token of the
    note holds one: a credential glued to punctuation ("kozicki,rrt", "(lpn/rn)"), in a note
    typed in capitals and lowered, is still found, exactly as without the shared tokens."""
    from casebook.deid import caseless
    from casebook.deid.redactor import lower_aligned

    for note in CREDENTIAL_NOTES:
        low = lower_aligned(note)
        stretches = caseless.stretches(note)
        text = caseless.lowered(note, stretches) if stretches else note
        alone = caseless.signed(text, [])
        assert caseless.signed(text, [], set(low.split())) == alone
    assert caseless.signed(CREDENTIAL_NOTES[0], [], set(CREDENTIAL_NOTES[0].split()))


def test_the_postcode_near_a_street_word_is_found_as_by_one_pattern() -> None:
    """`street_types._postcode_near` opens its patterns with a digit to go faster; it answers
    as the one pattern it replaces, in every window, a British postcode's letter at the
    window's first character included."""
    import itertools
    import re

    from casebook.deid import street_types

    spec = re.compile(r"\d{4}|\d{3}[ ]\d{2}|\d{2}-\d{3}|[a-z]\d[a-z\d]?[ ]?\d[a-z]{2}")
    texts = ["most 12345 town", "place m1 1ae leeds", "x9 9zz", "part 12-345", "most a 123 4"]
    texts += ["".join(p) for p in itertools.product("a1 -", repeat=6)]
    for text in texts:
        for start, stop in itertools.combinations(range(len(text) + 1), 2):
            expected = spec.search(text, start, stop) is not None
            assert street_types._postcode_near(text, start, stop) == expected, (text, start)


def test_the_credential_signature_is_searched_only_where_a_credential_stands() -> None:
    """`caseless._signed_matches` searches the signature pattern only in the stretches of
    lower-case words that hold a credential; it finds what a search of the whole note finds,
    in long stretches, at the note's edges, beside characters the pattern cannot cross, and
    wherever "do" stands in a sentence."""
    import random

    from casebook.deid import caseless

    words = ["anna", "do", "rn", "md", "b.", "smith,", "o'neil", "x", "rrt", "é", "-", ",", "."]
    notes = [n.lower() for n in CREDENTIAL_NOTES] + CREDENTIAL_NOTES
    notes += ["what to do next, rn", "(do) x do", " ".join(["anna"] * 300 + ["rn"])]
    rng = random.Random(9)
    for _ in range(400):
        size = rng.randint(0, 400)
        notes.append(" ".join(rng.choice(words + ["Q", "\n", "7", "ş"]) for _ in range(size)))
    for note in notes:
        expected = [(m.span(), m.groups()) for m in caseless._SIGNED.finditer(note)]
        assert [(m.span(), m.groups()) for m in caseless._signed_matches(note)] == expected


def test_the_frequent_words_are_read_once_for_every_count_the_rules_ask() -> None:
    """The rules ask for the 300 and the 40 most frequent words; each list is read from its
    files once per process, not again each time the other count was asked last."""
    from casebook.deid import vocab

    first = {count: vocab.function_words(count) for count in (40, 300)}
    misses = vocab.function_words.cache_info().misses
    for _ in range(3):
        for count in (40, 300):
            assert vocab.function_words(count) is first[count]
    assert vocab.function_words.cache_info().misses == misses
    assert first[40] < first[300] and "och" in first[40] and "the" in first[40]


@pytest.mark.parametrize(
    "sentence",
    [
        "jeg har ikke hørt fra dem siden mandag",
        "hun ringede og spurgte efter sin søster",
        "hän ei tullut kotiin eilen illalla",
        "er rief am montag an und kommt morgen",
        "the nurse came in and said the plan was fine",
        "hon ringde och sa att hon kommer",
        "og det var en fin dag i parken",
    ],
)
def test_a_sentence_language_is_scored_as_one_look_up_per_language(sentence: str) -> None:
    """The neighbour-language guess counts, per group, the words any of its languages knows;
    scored with one look-up per group it gives what one look-up per language gave."""
    from casebook.deid import note_language

    words = sentence.split()
    scores = {
        group: sum(any(w in note_language._ordinary(lang) for lang in langs) for w in words)
        for group, langs in note_language._GROUPS.items()
    }
    best = max(("nbda", "fi", "de"), key=scores.__getitem__)
    rivals = [score for group, score in scores.items() if group != best]
    expected = (
        None if scores[best] < 2 or scores[best] <= max(rivals) else note_language._GROUPS[best]
    )
    assert note_language._language_of(sentence) == expected
