"""`bench/treebank_homographs.py`: registered given names that open sentences as words, and
the same names put where a subject pronoun stood (no UD files needed)."""

from __future__ import annotations

from pathlib import Path

from bench.treebank_homographs import _glued, _sentences, measure

CONLLU = """# text = Hän nukkui huonosti
1\tHän\thän\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tnukkui\tnukkua\tVERB\t_\t_\t0\troot\t_\t_
3\thuonosti\thuonosti\tADV\t_\t_\t2\tadvmod\t_\t_

# text = Kai hän tulee huomenna.
1\tKai\tkai\tADV\t_\t_\t3\tadvmod\t_\t_
2\thän\thän\tPRON\t_\t_\t3\tnsubj\t_\t_
3\ttulee\ttulla\tVERB\t_\t_\t0\troot\t_\t_
4\thuomenna\thuomenna\tADV\t_\t_\t3\tadvmod\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Hän tuli 2019.
1\tHän\thän\tPRON\t_\t_\t2\tnsubj\t_\t_
2\ttuli\ttulla\tVERB\t_\t_\t0\troot\t_\t_
3\t2019\t2019\tNUM\t_\t_\t2\tobl\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

"""


def test_sentences_without_digits_with_their_relations(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    kept = _sentences(path)
    assert [text for text, _ in kept] == ["Hän nukkui huonosti", "Kai hän tulee huomenna."]
    assert kept[1][1][0] == ("Kai", "ADV", "advmod")
    assert _glued(kept, 1) == "Hän nukkui huonosti "
    assert _glued(kept, 0) is None


def test_the_report_counts_words_and_names(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    lines = measure("fi", path, 10, 0, named=False)
    assert lines[0].startswith("fi ") and "opening words 0/1" in lines[0]
    assert "names missed 0/2" in lines[0]
