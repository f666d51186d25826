"""`bench/lower_slots.py` counts lower-case words in the redactor's no-name slots."""

from __future__ import annotations

from pathlib import Path

from bench.lower_slots import slots

_CONLLU = """# text = Vi kommer att klara det i skog och mark .
1\tVi\tvi\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkommer\tkomma\tVERB\t_\t_\t0\troot\t_\t_
3\tatt\tatt\tPART\t_\t_\t4\tmark\t_\t_
4\tklara\tklara\tVERB\t_\t_\t2\txcomp\t_\t_
5\tdet\tden\tPRON\t_\t_\t4\tobj\t_\t_
6\ti\ti\tADP\t_\t_\t7\tcase\t_\t_
7\tskog\tskog\tNOUN\t_\t_\t4\tobl\t_\t_
8\toch\toch\tCCONJ\t_\t_\t9\tcc\t_\t_
9\tmark\tmark\tNOUN\t_\t_\t7\tconj\t_\t_
10\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Hän ei peritä maksua .
1\tHän\thän\tPRON\t_\t_\t3\tnsubj\t_\t_
2\tei\tei\tAUX\t_\t_\t3\taux\t_\t_
3\tperitä\tperiä\tVERB\t_\t_\t0\troot\t_\t_
4\tmaksua\tmaksu\tNOUN\t_\t_\t3\tobj\t_\t_
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def test_slots_counted(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(_CONLLU, encoding="utf-8")
    counts = slots([path])
    assert counts["future"]["words"] == 1 and counts["future"]["PROPN"] == 0
    assert counts["pair"]["words"] == 1
    assert counts["negation"]["words"] == 1 and counts["negation"]["subject"] == 0


_INDEFINITE = """# text = Det finns en liten holme och ett skär .
1\tDet\tdet\tPRON\t_\t_\t2\texpl\t_\t_
2\tfinns\tfinnas\tVERB\t_\t_\t0\troot\t_\t_
3\ten\ten\tDET\t_\t_\t5\tdet\t_\t_
4\tliten\tliten\tADJ\t_\t_\t5\tamod\t_\t_
5\tholme\tholme\tNOUN\t_\t_\t2\tnsubj\t_\t_
6\toch\toch\tCCONJ\t_\t_\t8\tcc\t_\t_
7\tett\tett\tDET\t_\t_\t8\tdet\t_\t_
8\tskär\tskär\tNOUN\t_\t_\t5\tconj\t_\t_
9\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

"""


def test_indefinite_slots_counted(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(_INDEFINITE, encoding="utf-8")
    counts = slots([path])
    assert counts["indefinite-adjective"]["words"] == 1  # "en liten holme"
    assert counts["indefinite"]["words"] == 2  # "en liten", "ett skär"
    assert counts["indefinite"]["PROPN"] == 0
