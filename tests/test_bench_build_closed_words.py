"""`bench/build_closed_words.py`: a form is listed when the annotators tag it INTJ or PRON in
nine of ten of its uses, and never when it is someone's name (no UD files needed)."""

from __future__ import annotations

from pathlib import Path

from bench.build_closed_words import closed_words


def _sentence(words: list[tuple[str, str]]) -> str:
    text = " ".join(w for w, _ in words)
    rows = [f"{i}\t{w}\t{w}\t{u}\t_\t_\t0\troot\t_\t_" for i, (w, u) in enumerate(words, 1)]
    return f"# text = {text}\n" + "\n".join(rows) + "\n\n"


def test_interjections_and_pronouns_but_no_names(tmp_path: Path) -> None:
    path = tmp_path / "x.conllu"
    lines = [
        [("Joo", "INTJ"), ("tulen", "VERB")],
        [("joo", "INTJ"), ("kyllä", "ADV")],
        [("Joo", "INTJ")],
        [("Anna", "PRON"), ("tulee", "VERB")],  # a given name, though tagged so here
        [("anna", "PRON")],
        [("anna", "PRON")],
        [("jaa", "INTJ")],  # twice an interjection, once a verb: not nine of ten
        [("jaa", "INTJ")],
        [("jaa", "VERB")],
    ]
    path.write_text("".join(_sentence(s) for s in lines), encoding="utf-8")
    assert closed_words([("fi", path)]) == [("fi", "INTJ", "joo")]
