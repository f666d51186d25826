"""`bench/nordic_openings.py`: registered given names that open sentences as words, and the
same names put where a third-person pronoun stood, in note layouts (no UD files needed)."""

from __future__ import annotations

from pathlib import Path

from bench.nordic_openings import _replace, measure, note, sentences

CONLLU = """# text = Hon ringde honom sent.
1\tHon\thon\tPRON\t_\tCase=Nom\t2\tnsubj\t_\t_
2\tringde\tringa\tVERB\t_\t_\t0\troot\t_\t_
3\thonom\than\tPRON\t_\tCase=Acc\t2\tobj\t_\t_
4\tsent\tsent\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Per telefon meddelade vi tiden.
1\tPer\tper\tADP\t_\t_\t2\tcase\t_\t_
2\ttelefon\ttelefon\tNOUN\t_\t_\t3\tobl\t_\t_
3\tmeddelade\tmeddela\tVERB\t_\t_\t0\troot\t_\t_
4\tvi\tvi\tPRON\t_\t_\t3\tnsubj\t_\t_
5\ttiden\ttid\tNOUN\t_\t_\t3\tobj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Hon bor i Malmö.
1\tHon\thon\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tbor\tbo\tVERB\t_\t_\t0\troot\t_\t_
3\ti\ti\tADP\t_\t_\t4\tcase\t_\t_
4\tMalmö\tMalmö\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Han kom 2019.
1\tHan\than\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkomma\tVERB\t_\t_\t0\troot\t_\t_
3\t2019\t2019\tNUM\t_\t_\t2\tobl\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Vi åt.
1\tVi\tvi\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tåt\täta\tVERB\t_\t_\t0\troot\t_\t_

# text = Dag kom.
1\tDag\tdag\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkomma\tVERB\t_\t_\t0\troot\t_\t_

# text = Hon sov.
1\tHon\thon\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tsov\tsova\tVERB\t_\t_\t0\troot\t_\t_

# text = Hon log.
1\tHon\thon\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tlog\tle\tVERB\t_\t_\t0\troot\t_\t_

"""


def test_sentences_drop_proper_nouns_digits_and_inner_capitals(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    kept = [text for text, _ in sentences(path)]
    assert kept[:2] == ["Hon ringde honom sent.", "Per telefon meddelade vi tiden."]
    assert "Hon bor i Malmö." not in kept and "Han kom 2019." not in kept


def test_pronouns_become_the_name_and_notes_have_layouts(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    text, tokens = sentences(path)[0]
    replaced = _replace(tokens, text, "Liv")
    assert replaced == ("Liv ringde Liv sent.", [0, 11])
    body, base = note("clock", "sv", "Vi åt.", "Liv kom.", "Hon sov.")
    assert body == "09:15 Vi åt.\n10:42 Liv kom.\n11:05 Hon sov." and body[base:].startswith("Liv")
    body, base = note("heading", "sv", "Vi åt.", "Liv kom.", "Hon sov.")
    assert body.startswith("Bedömning\nLiv kom.")


def test_the_report_counts_words_and_names_in_the_share(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    tally = measure("sv", path, "all", 0)
    assert tally.words == 2  # "Per telefon", "Dag kom"
    assert tally.openings == 3 and tally.inner == 1  # "honom" inside the first
    held = measure("sv", path, "held", 0)
    assert held.words == 1 and held.openings == 0  # every fourth sentence: "Dag kom."
