"""`bench/treebank_ordinary.py`: sentences of a CoNLL-U file with their tags, digits and links
left out, and each token placed where it stands in the note (no UD files needed)."""

from __future__ import annotations

from pathlib import Path

from bench.treebank_ordinary import _offsets, measure, sentences, shaped, with_names

CONLLU = """# text = Die Lage war gut.
1\tDie\tder\tDET\t_\t_\t2\tdet\t_\t_
2\tLage\tLage\tNOUN\t_\t_\t4\tnsubj\t_\t_
3\twar\tsein\tAUX\t_\t_\t4\tcop\t_\t_
4\tgut\tgut\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

# text = Er kam 1995.
1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_
3\t1995\t1995\tNUM\t_\t_\t2\tobl\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Anna Weber kam gestern.
1\tAnna\tAnna\tPROPN\t_\t_\t3\tnsubj\t_\t_
2\tWeber\tWeber\tPROPN\t_\t_\t1\tflat\t_\t_
3\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_
4\tgestern\tgestern\tADV\t_\t_\t3\tadvmod\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def test_sentences_without_digits_with_their_tags(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    kept = sentences(path, 10)
    assert [text for text, _ in kept] == ["Die Lage war gut.", "Anna Weber kam gestern."]
    assert kept[1][1][:2] == [("Anna", "PROPN"), ("Weber", "PROPN")]
    assert len(sentences(path, 1)) == 1


def test_tokens_are_placed_in_the_note() -> None:
    placed = _offsets("Die Lage war gut.", [("Die", "DET"), ("Lage", "NOUN")], 10)
    assert placed == [(10, 13, "DET"), (14, 18, "NOUN")]


def test_the_report_counts_ordinary_words_and_propn_apart(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (line,) = measure([("de", path)], 10, 0)
    assert "ordinary words      6" in line and "PROPN removed" in line and "/2" in line


def test_subtitle_lines_split_at_commas_without_a_final_stop() -> None:
    text = "Well, I think Anna will come tomorrow."
    assert shaped(text, "prose") == text
    assert shaped(text, "lines") == "Well\nI think Anna will come tomorrow"
    assert shaped(text, "lower") == "well\ni think anna will come tomorrow"


def test_names_go_where_the_annotators_saw_a_proper_noun() -> None:
    toks = [("Anna", "PROPN"), ("Weber", "PROPN"), ("kam", "VERB"), (".", "PUNCT")]
    text, out = with_names("Anna Weber kam.", toks, ["Ahmed", "Tuuli", "Bo"], 1)
    assert text == "Tuuli Bo kam."
    assert out[:3] == [("Tuuli", "PROPN"), ("Bo", "PROPN"), ("kam", "VERB")]
    (line,) = measure([("de", _write(CONLLU))], 10, 0, shape="lower", names_in=True)
    assert "ordinary words      6" in line and "also names removed" in line


def _write(text: str) -> Path:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "x.conllu"
    path.write_text(text, encoding="utf-8")
    return path
