"""`bench/build_verbal_nouns_en.py` keeps the "-ed"/"-ing" words UD English uses as nouns."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import build_verbal_nouns_en


def _line(i: int, form: str, upos: str) -> str:
    return f"{i}\t{form}\t{form}\t{upos}\t_\t_\t0\troot\t_\t_"


def test_nouns_kept_participles_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bank = tmp_path / "UD_English-GUM"
    bank.mkdir()
    rows = [
        _line(1, "evening", "NOUN"),
        _line(2, "Evening", "NOUN"),
        _line(3, "faded", "VERB"),
        _line(4, "faded", "ADJ"),
        _line(5, "working", "VERB"),
        _line(6, "working", "VERB"),
        _line(7, "working", "NOUN"),
    ]
    (bank / "en_gum-ud-dev.conllu").write_text("\n".join(rows) + "\n\n", encoding="utf-8")
    out = tmp_path / "verbal_nouns_en.txt"
    monkeypatch.setattr(build_verbal_nouns_en, "OUT", out)
    assert build_verbal_nouns_en.build(tmp_path) == ["evening"]
    assert out.read_text(encoding="utf-8").splitlines()[-1] == "evening"
