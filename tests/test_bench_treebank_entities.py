"""GUM's entity mentions as `bench.treebank_entities` reads them: nested, single-token and
multi-token mentions, each word's innermost mention, and the split by document."""

from __future__ import annotations

from pathlib import Path

from bench.treebank_entities import documents, part_of

# Written for this test in GUM's format: "the Governor of Virginia" (a person holding a place)
# and "Anna" (a person of one token).
_CONLLU = """# newdoc id = doc_one
# text = the Governor of Virginia met Anna
1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-1-coref
2\tGovernor\tgovernor\tPROPN\tNNP\t_\t5\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tVirginia\tVirginia\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-1-sgl)1)
5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
6\tAnna\tAnna\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(3-person-new-1-sgl)

"""


def test_mentions_nest_and_close(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conllu"
    path.write_text(_CONLLU, encoding="utf-8")
    (doc,) = documents(path)
    kinds = {key: (m.kind, m.tokens) for key, m in doc.mentions.items()}
    assert kinds == {
        0: ("person", [(0, 0), (0, 1), (0, 2), (0, 3)]),
        1: ("place", [(0, 3)]),
        2: ("person", [(0, 5)]),
    }
    sentence = doc.sentences[0]
    assert [max(i) if i else None for i in sentence.inside] == [0, 0, 0, 1, None, 2]


def test_documents_split_in_two() -> None:
    assert {part_of(f"GUM_doc_{n}") for n in range(20)} == {"look", "held"}
