"""The Finnish given-name-as-word bench: which names it registers and how it counts a
common word removed and a proper noun missed, on a CoNLL-U text written for this test."""

from __future__ import annotations

from pathlib import Path

from bench import finnish_given_nouns

_CONLLU = """# sent_id = a
# text = Illalla tuuli puhalsi kovaa.
1\tIllalla\tilta\tNOUN\t_\t_\t3\tobl\t_\t_
2\ttuuli\ttuuli\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tpuhalsi\tpuhaltaa\tVERB\t_\t_\t0\troot\t_\t_
4\tkovaa\tkova\tADV\t_\t_\t3\tadvmod\t_\t_
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# sent_id = b
# text = Tapasin Tuulin eilen.
1\tTapasin\ttavata\tVERB\t_\t_\t0\troot\t_\t_
2\tTuulin\tTuuli\tPROPN\t_\t_\t1\tobj\t_\t_
3\teilen\teilen\tADV\t_\t_\t1\tadvmod\t_\t_
4\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# sent_id = c
# text = Tuuli soitti eilen.
1\tTuuli\tTuuli\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tsoitti\tsoittaa\tVERB\t_\t_\t0\troot\t_\t_
3\teilen\teilen\tADV\t_\t_\t2\tadvmod\t_\t_
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_
"""


def test_names_are_given_names_that_are_finnish_words() -> None:
    names = finnish_given_nouns.word_names()
    assert {"Tuuli", "Onni", "Satu", "Toivo", "Aina", "Arvo"} <= set(names)


def test_counts_words_removed_and_names_missed(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(_CONLLU, encoding="utf-8")
    counts = finnish_given_nouns.run([path], show=0)
    assert counts["word lower"] == 1
    assert counts["word lower bad"] == 0  # "tuuli puhalsi" keeps its word
    assert counts["name upper"] == 1  # "Tuuli soitti" ("Tuulin" is no exact form)
    assert counts["name upper bad"] == 0
