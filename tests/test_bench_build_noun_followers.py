"""`bench.build_noun_followers` keeps the words tagged as nouns or determiners, never verbs,
from CoNLL-U text written for this test."""

from __future__ import annotations

from pathlib import Path

from bench.build_noun_followers import followers

_SENTENCES = """# text = The tea cools.
1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
2\ttea\ttea\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tcools\tcool\tVERB\t_\t_\t0\troot\t_\t_

# text = Tea and weather.
1\tTea\ttea\tNOUN\t_\t_\t0\troot\t_\t_
2\tand\tand\tCCONJ\t_\t_\t3\tcc\t_\t_
3\tweather\tweather\tNOUN\t_\t_\t1\tconj\t_\t_

# text = We weather the storm.
1\tWe\twe\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tweather\tweather\tVERB\t_\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_
4\tstorm\tstorm\tNOUN\t_\t_\t2\tobj\t_\t_

"""


def test_nouns_and_determiners_never_verbs(tmp_path: Path) -> None:
    path = tmp_path / "en_test-ud-test.conllu"
    path.write_text(_SENTENCES, encoding="utf-8")
    assert followers([path], 2, 0.95) == ["tea", "the"]  # "weather" a verb once, "storm" once
    assert followers([path], 1, 0.95) == ["storm", "tea", "the"]
