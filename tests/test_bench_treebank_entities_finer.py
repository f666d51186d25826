"""FiNER's tagged tokens as `bench.treebank_entities_finer` reads them: a `<HEADLINE>` line
opens an article, a blank line ends a sentence, B- opens a mention and I- goes on with it;
the tokens are joined back with no space before closing punctuation."""

from __future__ import annotations

from bench.entity_mentions import joined
from bench.treebank_entities_finer import articles

# Written for this test in FiNER's format: two articles, a person, a firm and a town.
_FINER = """<HEADLINE>\t\t
\t\t
Qwerix\tB-ORG\tO
kasvaa\tO\tO
\t\t
<BODY>\t\t
\t\t
Toimitusjohtaja\tO\tO
Wojciech\tB-PER\tO
Brzęczyk\tI-PER\tO
asuu\tO\tO
Oulussa\tB-LOC\tO
.\tO\tO
\t\t
<HEADLINE>\t\t
\t\t
Toinen\tO\tO
juttu\tO\tO
"""


def test_articles_sentences_and_mentions() -> None:
    first, second = articles(_FINER)
    assert [s.forms for s in first] == [
        ["Qwerix", "kasvaa"],
        ["Toimitusjohtaja", "Wojciech", "Brzęczyk", "asuu", "Oulussa", "."],
    ]
    assert first[1].kinds == ["PER", "LOC"]
    assert first[1].mention == [-1, 0, 0, -1, 1, -1]
    assert [s.forms for s in second] == [["Toinen", "juttu"]]


def test_a_file_without_headlines_is_one_article() -> None:
    (only,) = articles("Qwerix\tB-ORG\tO\nkasvaa\tO\tO\n\nSe\tO\tO\nkasvaa\tO\tO\n")
    assert len(only) == 2


def test_tokens_joined_with_their_offsets() -> None:
    text, where = joined(["Hän", "(", "Brzęczyk", ")", "sanoi", "."], 10)
    assert text == "Hän (Brzęczyk) sanoi."
    assert [text[s - 10 : e - 10] for s, e in where] == ["Hän", "(", "Brzęczyk", ")", "sanoi", "."]
