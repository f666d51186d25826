"""Published sentences with no name in them: every word the redactor removes is a false positive.

`load()` gives the sentences of `sentences.tsv` (Universal Dependencies PUD sentences and ATIS
queries without a proper noun, each with the words its annotators tagged PROPN; see README.md)
as a corpus of
short notes, several sentences each, with a registry of people whose given names are also
ordinary words (Love, May, Hope, ...), as a study of real participants has. Nothing is planted:
`planted` is empty, and every removed word that is not one of its sentence's PROPN words is a
false positive.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TSV = Path(__file__).with_name("sentences.tsv")
PER_NOTE = 4  # sentences of one source joined into one note, so most sentences start mid-text

# Registered people: given names that are ordinary English or Swedish words, family names
# that are not, and two places (registered place names are words of no language here).
PEOPLE = (
    ("Love Lindqvist", ()),
    ("May Okafor", ()),
    ("Hope Haddad", ()),
    ("Grace Nyström", ()),
    ("Bill Johnson", ("William",)),
    ("Mark Ekström", ()),
    ("Will Andersson", ()),
    ("Rose Karimi", ()),
    ("Per Wahlgren", ()),
    ("Inga Sjöberg", ()),
    ("Max Holmqvist", ()),
    ("Elin Bergström", ()),
)
PLACES = ("Hallonbergen", "Tensta")


@dataclass(frozen=True, slots=True)
class Sentence:
    source: str  # treebank file stem, e.g. "sv_pud"
    sent_id: str
    text: str
    propn: frozenset[str]  # the words tagged PROPN (proper noun) by the treebank's annotators


def sentences() -> list[Sentence]:
    """Every sentence of the TSV, in file order."""
    lines = TSV.read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in lines if line]
    return [Sentence(src, sid, text, frozenset(propn.split())) for src, sid, text, propn in rows]


def load():  # -> tests.deid_corpus.Corpus (imported late: tests/ is not a package on the path)
    """The sentences as notes of `PER_NOTE` sentences of one source, with the registry."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from casebook.deid.registry import PLACE, NameEntry

    from tests.deid_corpus import Corpus

    people = [
        NameEntry(f"real:{i}", name, f"[participant R-{i:02d}]", aliases)
        for i, (name, aliases) in enumerate(PEOPLE, 1)
    ]
    places = [
        NameEntry(f"real:place{i}", name, f"[place R-{i}]", kind=PLACE)
        for i, name in enumerate(PLACES, 1)
    ]
    return Corpus([note[0] for note in notes()], people + places, [])


def notes() -> list[tuple[str, list[int], frozenset[str], str]]:
    """Each note, the offsets where its sentences start, its PROPN words and its source.
    Sentences of one source are joined `PER_NOTE` at a time; one without a full stop (ATIS)
    stands alone, and a heading ("Hengitys:") runs on into the sentence after it."""
    out: list[tuple[str, list[int], frozenset[str], str]] = []
    text, starts, source, propn = "", [], "", frozenset()
    for s in sentences():
        if text and (source != s.source or len(starts) == PER_NOTE or text[-1] not in '.!?”":'):
            out.append((text, starts, propn, source))
            text, starts, propn = "", [], frozenset()
        source, propn = s.source, propn | s.propn
        starts.append(len(text) + (1 if text else 0))
        text = f"{text} {s.text}" if text else s.text
    if text:
        out.append((text, starts, propn, source))
    return out
