"""The one CoNLL-U reader every treebank bench uses (`bench/conllu.py`)."""

from bench.conllu import Word, read

TEXT = """# sent_id = s1
# text = Hon gick till stan.
1\tHon\than\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tgick\tgå\tVERB\t_\t_\t0\troot\t_\t_
3-4\ttill stan\t_\t_\t_\t_\t_\t_\t_\t_
3\ttill\ttill\tADP\t_\t_\t4\tcase\t_\t_
4\tstan\tstad\tNOUN\t_\t_\t2\tobl\t_\t_
4.1\tvidare\t_\tADV\t_\t_\t_\t_\t_\t_

# sent_id = s2
# text = Ja.
1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_"""


def test_words_are_syntactic_words_only_and_the_last_sentence_needs_no_blank_line() -> None:
    first, second = read(TEXT)
    assert (first.sent_id, first.text) == ("s1", "Hon gick till stan.")
    assert [w.form for w in first.words] == ["Hon", "gick", "till", "stan"]
    assert first.words[3] == Word("stan", "NOUN", "obl")
    assert (second.sent_id, second.words) == ("s2", (Word("Ja", "INTJ", "root"),))


def test_a_block_without_text_is_no_sentence() -> None:
    assert list(read("# sent_id = x\n1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n\n")) == []
