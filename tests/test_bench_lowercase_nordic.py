"""`bench/lowercase_nordic.py`: lower-case words that are given names, and lower-case given
names put where a third-person pronoun stood (no UD files needed)."""

from __future__ import annotations

from pathlib import Path

from bench.lowercase_nordic import _note, measure, pool, sentences

CONLLU = """# text = Ho kom i dag.
1\tHo\tho\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkome\tVERB\t_\t_\t0\troot\t_\t_
3\ti\ti\tADP\t_\t_\t4\tcase\t_\t_
4\tdag\tdag\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Vi såg henne i 2019.
1\tVi\tvi\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tsåg\tsjå\tVERB\t_\t_\t0\troot\t_\t_
3\thenne\tho\tPRON\t_\t_\t2\tobj\t_\t_

# text = Det var hennar bil.
1\tDet\tdet\tPRON\t_\t_\t4\tnsubj\t_\t_
2\tvar\tvere\tAUX\t_\t_\t4\tcop\t_\t_
3\thennar\tho\tPRON\t_\t_\t4\tnmod:poss\t_\t_
4\tbil\tbil\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

"""


def test_sentences_keep_offsets_and_leave_out_digits(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    kept = sentences(path)
    assert [text for text, _ in kept] == ["Ho kom i dag.", "Det var hennar bil."]
    assert kept[0][1][3] == (9, 12, "dag", "NOUN obl")


def test_notes_open_lines_as_notes_do(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    kept = sentences(path)
    note, base = _note(kept, 0, "per kom i dag.")
    assert note.startswith("10:42 per kom i dag.\n- Det var")
    assert base == len("10:42 ")


def test_words_and_names_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    tally = measure(path, "all", 0)
    assert tally.words == 1  # "dag", a given name written as a word; "Ho" is no name
    assert tally.names == 1  # the subject "Ho"; not the possessive "hennar"
    assert tally.cases[1].startswith(f"name\t{pool()[0]}\t")
    assert measure(path, "held", 0).words == 0  # every fourth sentence only


def test_the_pool_holds_names_that_are_words() -> None:
    names = pool()
    assert "dag" in names and "liv" in names and "tove" in names
    assert "agneta" not in names
