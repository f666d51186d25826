"""The Finnish openings bench's reading of CoNLL-U, its cases and its layouts
(`bench.finnish_openings`)."""

from __future__ import annotations

import random
from pathlib import Path

from bench.finnish_openings import (
    layout,
    opening,
    pronoun_openings,
    read_conllu,
    word_openings,
)

CONLLU = """# sent_id = 1
# text = Aina kun hän tulee, hän soittaa.
1\tAina\taina\tADV\t_\t_\t0\t_\t_\t_
2\tkun\tkun\tSCONJ\t_\t_\t0\t_\t_\t_
3\thän\thän\tPRON\t_\t_\t0\t_\t_\t_
4\ttulee\ttulla\tVERB\t_\t_\t0\t_\t_\t_
5\t,\t,\tPUNCT\t_\t_\t0\t_\t_\t_
6\thän\thän\tPRON\t_\t_\t0\t_\t_\t_
7\tsoittaa\tsoittaa\tVERB\t_\t_\t0\t_\t_\t_
8\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

# sent_id = 2
# text = Hän meni kotiin, toivo mielessään kirkas ja vahva.
1\tHän\thän\tPRON\t_\t_\t0\t_\t_\t_
2\tmeni\tmennä\tVERB\t_\t_\t0\t_\t_\t_
3\tkotiin\tkoti\tNOUN\t_\t_\t0\t_\t_\t_
4\t,\t,\tPUNCT\t_\t_\t0\t_\t_\t_
5\ttoivo\ttoivo\tNOUN\t_\t_\t0\t_\t_\t_
6\tmielessään\tmieli\tNOUN\t_\t_\t0\t_\t_\t_
7\tkirkas\tkirkas\tADJ\t_\t_\t0\t_\t_\t_
8\tja\tja\tCCONJ\t_\t_\t0\t_\t_\t_
9\tvahva\tvahva\tADJ\t_\t_\t0\t_\t_\t_
10\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

# sent_id = 3
# text = Aino tuli.
1\tAino\tAino\tPROPN\t_\t_\t0\t_\t_\t_
2\ttuli\ttulla\tVERB\t_\t_\t0\t_\t_\t_
3\t.\t.\tPUNCT\t_\t_\t0\t_\t_\t_

"""


def test_word_and_clause_openings(tmp_path: Path) -> None:
    path = tmp_path / "fi_test.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    given = frozenset({"aina", "toivo", "aino"})
    sentences = list(read_conllu(path, given))
    assert [s.index for s in sentences] == [0, 1, 2]
    found = [text for _, text in word_openings(sentences, given)]
    # "Aina" opens a sentence; "toivo" opens a clause after a comma; "Aino" is a proper noun.
    assert found == [
        "Aina kun hän tulee, hän soittaa.",
        "Toivo mielessään kirkas ja vahva.",
    ]
    assert [opening(t) for t in found] == ["Aina", "Toivo"]
    assert [s.first for s in pronoun_openings(sentences)] == ["Hän"]


def test_layouts_put_the_word_at_a_line_or_sentence_start() -> None:
    rng = random.Random(1)
    for kind, before in (
        ("clock", "10:42 "),
        ("bullet", "- "),
        ("heading", "\n"),
        ("prose", ". "),
    ):
        note, at = layout(kind, "Aina kun hän tulee.", "Hän nukkui", rng)
        assert note[at:].startswith("Aina kun")
        assert note[:at].endswith(before)
