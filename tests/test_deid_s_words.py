"""A registered name in lower case with a bare "s" glued on that makes an ordinary word is
that word, not the name's genitive, wherever it stands: right after another registered word
("family love this" beside a registered Love and Thi; English writes its genitive with the
apostrophe) and quoted in a Finnish sentence, which writes no genitive "s" at all
('sanoissa "this" ja "that"'). A genitive before its noun in Swedish, and a name with its
English apostrophe, stay the person's. A speaker's label of a Nordic interview transcript
("Inf:", "Int:") is no name either. Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry

from tests.deid_helpers import name_spans

_ENGLISH = "We spoke for an hour and the nurse said that the ward was full. "


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    entries = [
        NameEntry("p0", "Thi Nguyen", "[P0]"),
        NameEntry("p1", "Love Berg", "[P1]"),
        NameEntry("p2", "Hope Lind", "[P2]"),
    ]
    return Redactor(Registry(entries))


@pytest.mark.parametrize(
    "text",
    [
        _ENGLISH + "I know the kids love this . We will come back next year.",
        _ENGLISH + "I hope this was only bad luck and nothing more.",
        "Kirjoita sana ```this``` koodiin, niin olio löytyy funktiossa.",
        'Äänne kuuluu sanoissa "this" ja "that", kuten opettaja sanoi.',
    ],
)
def test_the_english_word_stays(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_ENGLISH + "Later thi's mother came by.", ["thi"]),
        ("Vi träffade this mamma och pratade länge med henne.", ["thi"]),
        (_ENGLISH + "Then love and thi came in together.", ["love", "thi"]),
    ],
)
def test_the_registered_name_stays(redactor: Redactor, text: str, names: list[str]) -> None:
    assert name_spans(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Int: kor lenge har du budd her?\nInf: Mobil: 912 34 567\nInf: eg kom hit i nitti.",
        "Int: kva gjorde du då?\nInf: Eg jobba på fabrikken.",
    ],
)
def test_a_transcripts_speaker_label_is_no_name(text: str) -> None:
    redactor = Redactor(Registry([NameEntry("p", "Anna Berg", "[P]")]))
    assert name_spans(redactor, text) == []


def test_a_name_after_the_label_is_still_found() -> None:
    redactor = Redactor(Registry([NameEntry("p", "Anna Berg", "[P]")]))
    text = "Int: kven kom i går?\nInf: Anna Berg kom med bussen."
    assert name_spans(redactor, text) == ["Anna Berg"]
