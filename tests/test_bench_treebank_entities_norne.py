"""NorNE's Nynorsk entity tags as `bench.treebank_entities_norne` reads them: B- opens a
mention, I- goes on with it, a tag of another type opens a new one."""

from __future__ import annotations

from pathlib import Path

from bench.treebank_entities_norne import sentences

# Written for this test in NorNE's format: a person of two tokens, a party, a town.
_CONLLU = """# sent_id = 1
# text = Kari Nordmann frå Senterpartiet budde i Førde
1\tKari\tKari\tPROPN\t_\t_\t5\tnsubj\t_\tname=B-PER
2\tNordmann\tNordmann\tPROPN\t_\t_\t1\tflat:name\t_\tname=I-PER
3\tfrå\tfrå\tADP\t_\t_\t4\tcase\t_\tname=O
4\tSenterpartiet\tSenterpartiet\tPROPN\t_\t_\t1\tnmod\t_\tname=B-ORG
5\tbudde\tbu\tVERB\t_\t_\t0\troot\t_\tname=O
6\ti\ti\tADP\t_\t_\t7\tcase\t_\tname=O
7\tFørde\tFørde\tPROPN\t_\t_\t5\tobl\t_\tname=I-GPE_LOC

"""


def test_mentions_open_and_go_on(tmp_path: Path) -> None:
    path = tmp_path / "no_nynorsk-ud-dev.conllu"
    path.write_text(_CONLLU, encoding="utf-8")
    (sentence,) = sentences(path)
    assert sentence.forms[:2] == ["Kari", "Nordmann"]
    assert sentence.kinds == ["PER", "ORG", "GPE_LOC"]
    assert sentence.mention == [0, 0, -1, 1, -1, -1, 2]
