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


_ENGLISH = """# text = A wandering potter once planted one rowan here .
1\tA\ta\tDET\t_\t_\t3\tdet\t_\t_
2\twandering\twander\tVERB\t_\t_\t3\tamod\t_\t_
3\tpotter\tpotter\tNOUN\t_\t_\t5\tnsubj\t_\t_
4\tonce\tonce\tADV\t_\t_\t5\tadvmod\t_\t_
5\tplanted\tplant\tVERB\t_\t_\t0\troot\t_\t_
6\tone\tone\tNUM\t_\t_\t7\tnummod\t_\t_
7\trowan\trowan\tNOUN\t_\t_\t5\tobj\t_\t_
8\there\there\tADV\t_\t_\t5\tadvmod\t_\t_
9\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\t_

# text = At the meeting Rowan said no .
1\tAt\tat\tADP\t_\t_\t3\tcase\t_\t_
2\tthe\tthe\tDET\t_\t_\t3\tdet\t_\t_
3\tmeeting\tmeeting\tNOUN\t_\t_\t5\tobl\t_\t_
4\tRowan\tRowan\tPROPN\t_\t_\t5\tnsubj\t_\t_
5\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_
6\tno\tno\tINTJ\t_\t_\t5\tobj\t_\t_
7\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\t_

"""


def test_english_slots_counted(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(_ENGLISH, encoding="utf-8")
    counts = slots([path])
    assert counts["participle"]["words"] == 1  # "a wandering potter"; not "the meeting Rowan"
    assert counts["one"]["words"] == 1 and counts["one"]["PROPN"] == 0
