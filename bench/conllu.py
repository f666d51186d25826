"""One reader of Universal Dependencies' CoNLL-U files for every bench that reads a treebank.

    for sentence in read(path.read_text(encoding="utf-8")):
        sentence.text, [(w.form, w.upos) for w in sentence.words]

Each sentence is its `# sent_id`, its `# text` and its syntactic words (a line whose ID is a
plain number: multiword-token ranges "1-2" and empty nodes "8.1" are left out), in order.
The benches that read treebanks (`treebank_homographs`, `treebank_ordinary`,
`numbers_in_prose`, `real_sentences.build`, `name_free.build`; `build_person_verbs` and
`build_person_nouns` through `columns`) each keep the sentences they
need from this; held-out sets keep their own readers, apart from what the rules' authors use.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class Word(NamedTuple):
    form: str
    upos: str
    deprel: str


class Sentence(NamedTuple):
    sent_id: str
    text: str
    words: tuple[Word, ...]


def read(conllu: str) -> Iterator[Sentence]:
    """The sentences of a CoNLL-U text that carry a `# text =` line, in order."""
    sent_id, text, words = "", "", []
    for line in [*conllu.splitlines(), ""]:
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text, words = line.split("=", 1)[1].strip(), []
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if cols[0].isdigit() and len(cols) > 3:
                words.append(Word(cols[1], cols[3], cols[7] if len(cols) > 7 else ""))
        elif not line:
            if text:
                yield Sentence(sent_id, text, tuple(words))
            sent_id, text, words = "", "", []


def read_file(path: Path) -> Iterator[Sentence]:
    """The sentences of a CoNLL-U file (UTF-8)."""
    return read(path.read_text(encoding="utf-8"))


def columns(path: Path) -> list[list[list[str]]]:
    """Every sentence of a CoNLL-U file as its syntactic words' ten columns (ID, form, lemma,
    UPOS, XPOS, features, head, relation, ...), for benches that follow heads and lemmas."""
    sentences: list[list[list[str]]] = []
    words: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line:
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#"):
            cells = line.split("\t")
            if cells[0].isdigit():
                words.append(cells)
    return sentences
