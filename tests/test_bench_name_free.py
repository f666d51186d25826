"""`bench/name_free`: notes made of published sentences with no name, laid out as a study's
notes are, with every span counted as a false positive."""

from __future__ import annotations

from bench.name_free import build
from bench.name_free.measure import LAYOUTS, _where, notes, sentences

CONLLU = """# sent_id = a
# text = Hon kom hem sent.
1\tHon\than\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkomma\tVERB\t_\t_\t0\troot\t_\t_
3\them\them\tADV\t_\t_\t2\tadvmod\t_\t_
4\tsent\tsent\tADV\t_\t_\t2\tadvmod\t_\t_

# sent_id = b
# text = Anna kom hem.
1\tAnna\tAnna\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkomma\tVERB\t_\t_\t0\troot\t_\t_
3\them\them\tADV\t_\t_\t2\tadvmod\t_\t_

# sent_id = c
# text = Hon kom hem 1995.
1\tHon\than\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tkom\tkomma\tVERB\t_\t_\t0\troot\t_\t_
3\them\them\tADV\t_\t_\t2\tadvmod\t_\t_
4\t1995\t1995\tNUM\t_\t_\t2\tobl\t_\t_
"""


def test_build_keeps_sentences_without_names_or_digits() -> None:
    assert build._sentences(CONLLU) == [("a", "Hon kom hem sent.")]


def test_held_out_quarter_is_apart() -> None:
    dev, held = sentences(), sentences(held=True)
    assert held and len(dev) > 2 * len(held)
    rows = (build.HERE / "sentences.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert len(dev) + len(held) == len(rows)
    assert sentences()[3] == tuple(rows[4].split("\t")[0::2])  # index 3 is held out


def test_notes_lay_out_each_way_with_a_town() -> None:
    made = notes(held=True)
    assert {n.layout for n in made} == set(LAYOUTS)
    for note in made[:20]:
        town = note.text[note.town[0] : note.town[1]]
        assert town[:1].isupper() and _where(note, *note.town) == "town"
        assert _where(note, 0, 3) == "heading"


def test_where_reads_the_position() -> None:
    from bench.name_free.measure import Note

    text = "Plan\n10.42 Hon kom. Han gick\n- Hon kom\nBor i Lund.\n"
    note = Note(text, "sv", "timed", (text.index("Lund"), text.index("Lund") + 4), 4)
    assert _where(note, text.index("Hon"), text.index("Hon") + 3) == "after clock"
    assert _where(note, text.index("Han"), text.index("Han") + 3) == "sentence start"
    assert _where(note, text.index("- Hon") + 2, text.index("- Hon") + 5) == "bullet start"
    assert _where(note, text.index("Bor"), text.index("Bor") + 3) == "line start"
    assert _where(note, text.index("gick"), text.index("gick") + 4) == "inside"
