"""Registered given names typed in lower case in published sentences: word kept, name taken.

    .venv/bin/python -m bench.lowercase_nordic [--part tune|held|all] [--show 20] SOURCE=PATH ...

A note about a person called Per, Dag, Liv or Tove is written in Swedish, Danish, Norwegian
or English, and hurried notes type the person's name in lower case ("ringde till per", "10:42
liv vil bo hjemme"). The redactor must then tell the word ("per dag", "hele livet", "ja, det
gjer eg") from the person. For each CoNLL-U file (Swedish Talbanken, LinES; Norwegian
Nynorsk, NynorskLIA; English EWT, GUM: never held-out J's UD Danish-DDT, Norwegian-Bokmaal,
NorNE or Finnish-TDT) this takes the sentences without a digit, "@" or a link, and:

- **words**: each lower-case token the annotators did not tag PROPN that is a given name
  (`given_names`: Faker's sv_SE, no_NO, da_DK and en_GB first names and the lexicon's given
  names), in a note of that sentence and the next three, one person registered under that
  given name and a family name ("Per Berg"). A removed word is an ordinary word removed.
- **names**: each sentence with a third-person pronoun as subject or object ("han", "hon",
  "hun", "ho", "honom", "henne", "ham", "he", "she", "him", "her"; not "her" as a possessive):
  the pronoun replaced by the given name of a registered person typed in lower case (`pool`
  in turn: Faker's Nordic and British given names that are common words of English, Swedish,
  Norwegian or Danish, "per", "dag", "liv", "tove", "mark"), in a note of that sentence and
  the next three; a name left standing is a miss.

`--dump FILE` writes every case (source, kind, word, removed or found, sentence) to compare
two versions of the redactor case by case.

Lines open as in notes: a clock time ("10:42 "), a bullet ("- ") or nothing, in turn.
Every fourth sentence (`--part held`) is held out: rules are checked on it, never written
against it; `--part tune` is the other three quarters.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from casebook.deid import Redactor, Registry, lexicon, vocab
from casebook.deid.registry import NameEntry

from bench.faker_names import first_names

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
_PRONOUNS = frozenset("han hon hun ho honom henne ham he she him her".split())
_ROLES = ("nsubj", "obj", "iobj", "obl", "conj")  # not "nmod:poss": "her mother"
_FAMILY = "Berg"
_LOCALES = "sv_SE no_NO da_DK en_GB".split()
_WORDS = ("en", "sv", "nb", "da")
_OPENINGS = ("10:42 ", "- ", "", "14:05 ", "* ")
PER_NOTE = 4

Token = tuple[int, int, str, str]  # start, end, form, UPOS and relation ("PRON nsubj")


@cache
def faker_names() -> frozenset[str]:
    """Lower-case first names of Faker's person providers of `_LOCALES` (a bench dependency)."""
    return first_names(tuple(_LOCALES))


@cache
def given_names() -> frozenset[str]:
    """Given names a registered person may bear: Faker's Nordic and British, the lexicon's."""
    return faker_names() | lexicon.given_names()


@cache
def pool() -> tuple[str, ...]:
    """Faker's Nordic and British given names of two letters or more that are common words of
    English, Swedish, Norwegian or Danish (the redactor's own word lists), in a fixed order."""
    common = frozenset().union(*(vocab._read(f"common_{lang}.txt") for lang in _WORDS))
    return tuple(sorted(n for n in faker_names() if len(n) >= 2 and n.isalpha() and n in common))


def sentences(path: Path) -> list[tuple[str, list[Token]]]:
    """(text, tokens with offsets) of each sentence without a digit, e-mail or link."""
    out: list[tuple[str, list[Token]]] = []
    text, raw = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text, raw = line.split("=", 1)[1].strip(), []
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if cols[0].isdigit() and len(cols) > 7:
                raw.append((cols[1], f"{cols[3]} {cols[7]}"))
        elif not line and text:
            if not _UNSAFE.search(text) and raw:
                tokens, at = [], 0
                for form, tag in raw:
                    i = text.find(form, at)
                    if i < 0:
                        continue
                    tokens.append((i, i + len(form), form, tag))
                    at = i + len(form)
                out.append((text, tokens))
            text = ""
    return out


def _in_part(i: int, part: str) -> bool:
    return part == "all" or (i % 4 == 3) == (part == "held")


def _note(kept: list[tuple[str, list[Token]]], i: int, body: str) -> tuple[str, int]:
    """A note of `body` (sentence i, perhaps changed) and the three sentences after it, one
    to a line, and where `body` starts in it."""
    lines = []
    base = 0
    for k in range(i, min(i + PER_NOTE, len(kept))):
        opening = _OPENINGS[k % len(_OPENINGS)]
        if k == i:
            base = sum(len(line) + 1 for line in lines) + len(opening)
        lines.append(opening + (body if k == i else kept[k][0]))
    return "\n".join(lines), base


@dataclass
class Tally:
    words: int = 0
    gone: int = 0
    names: int = 0
    missed: int = 0
    opening_names: int = 0
    opening_missed: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    left: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)  # every case, for `--dump`


class _Redactors:
    def __init__(self) -> None:
        self._by_name: dict[str, Redactor] = {}

    def removed(self, name: str, note: str, start: int, end: int) -> bool:
        if name not in self._by_name:
            entry = NameEntry("p:1", f"{name.title()} {_FAMILY}", "[person]")
            self._by_name[name] = Redactor(Registry([entry]))
        spans = self._by_name[name].spans(note)
        return any(s.start < end and start < s.end for s in spans)


def measure(path: Path, part: str, show: int, redactors: _Redactors | None = None) -> Tally:
    """Words removed and names missed in one CoNLL-U file's sentences of `part`."""
    redactors = redactors or _Redactors()
    kept = sentences(path)
    given = given_names()
    names = pool()
    tally = Tally()
    for i, (text, tokens) in enumerate(kept):
        if not _in_part(i, part):
            continue
        note, base = _note(kept, i, text)
        for start, end, form, tag in tokens:
            if tag.startswith("PROPN") or not form.islower() or form not in given:
                continue
            tally.words += 1
            gone = redactors.removed(form, note, base + start, base + end)
            tally.cases.append(f"word\t{form}\t{int(gone)}\t{text}")
            if gone:
                tally.gone += 1
                tally.removed[form] += 1
                if len(tally.shown) < show:
                    tally.shown.append(f"  [word] {note[base : base + 100]!r} ({form})")
        for start, end, form, tag in tokens:
            upos, _, rel = tag.partition(" ")
            if upos != "PRON" or form.lower() not in _PRONOUNS or not rel.startswith(_ROLES):
                continue
            name = names[tally.names % len(names)]
            body = text[:start] + name + text[end:]
            note, base = _note(kept, i, body)
            tally.names += 1
            opening = start == 0
            tally.opening_names += opening
            found = redactors.removed(name, note, base + start, base + start + len(name))
            tally.cases.append(f"name\t{name}\t{int(found)}\t{body}")
            if not found:
                tally.missed += 1
                tally.opening_missed += opening
                tally.left[name] += 1
                if len(tally.shown) < 2 * show:
                    tally.shown.append(f"  [name missed] {note[base : base + 100]!r}")
            break  # one name a sentence
    return tally


def report(source: str, tally: Tally) -> list[str]:
    top = ", ".join(f"{w} {n}" for w, n in tally.removed.most_common(15))
    left = ", ".join(f"{w} {n}" for w, n in tally.left.most_common(10))
    return [
        f"{source:12s} words removed {tally.gone}/{tally.words}"
        f" ({100 * tally.gone / max(tally.words, 1):.1f}%)  names missed {tally.missed}/"
        f"{tally.names} ({100 * tally.missed / max(tally.names, 1):.1f}%; opening a line"
        f" {tally.opening_missed}/{tally.opening_names})",
        f"  most removed: {top}",
        f"  most missed: {left}",
        *tally.shown,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--part", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument("--dump", type=Path, help="write every case here (TSV)")
    args = parser.parse_args()
    redactors = _Redactors()
    total = Tally()
    for source, _, path in (f.partition("=") for f in args.files):
        tally = measure(Path(path), args.part, args.show, redactors)
        print("\n".join(report(source, tally)), flush=True)
        for name in ("words", "gone", "names", "missed", "opening_names", "opening_missed"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        total.cases += [f"{source}\t{case}" for case in tally.cases]
        total.removed.update(tally.removed)
        total.left.update(tally.left)
    print("\n".join(report("all", total)))
    if args.dump:
        args.dump.write_text("".join(f"{case}\n" for case in total.cases), encoding="utf-8")


if __name__ == "__main__":
    main()
