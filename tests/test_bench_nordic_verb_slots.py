"""`bench/nordic_verb_slots.py`: the tags of the words in `nordic_verbs`' slots, read from a
small treebank file written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import nordic_verb_slots

ROWS = [
    ("Han", "PRON"),
    ("begynte", "VERB"),
    ("å", "PART"),
    ("le", "VERB"),
    ("da", "SCONJ"),
    ("Kari", "PROPN"),
    ("kom", "VERB"),
    ("inn", "ADV"),
    ("i", "ADP"),
    ("rommet", "NOUN"),
    ("i", "ADP"),
    ("dag", "NOUN"),
    (".", "PUNCT"),
]


def _conllu() -> str:
    lines = ["# text = Han begynte å le da Kari kom inn i rommet i dag."]
    for number, (form, tag) in enumerate(ROWS, start=1):
        lines.append("\t".join([str(number), form, form.lower(), tag] + ["_"] * 6))
    return "\n".join(lines) + "\n\n"


def test_counts_the_verb_in_the_slot_and_keeps_no_proper_noun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tiny.conllu"
    path.write_text(_conllu(), encoding="utf-8")
    assert nordic_verb_slots.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "'VERB': 1" in out
    assert "proper nouns 0" in out
    assert "snorre put in for 1 proper nouns: kept as the verb 0" in out
