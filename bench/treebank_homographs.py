"""Registered given names that are also words, in published sentences: word kept, name taken.

    .venv/bin/python -m bench.treebank_homographs [--per 4000] [--show 20] [--named] SOURCE=PATH ...

`bench/treebank_ordinary.py` registers nobody; a note about a person called Hans, Mai, Toivo or
Will is where the redactor must tell the word from the person. For each CoNLL-U file (any
treebank but held-out J's: not UD Danish-DDT, Norwegian-Bokmaal or Finnish-TDT) this takes
the sentences without a digit, "@" or a link, and:

- **words**: each sentence that opens with a capitalised token the annotators did not tag
  PROPN whose lower case is a given name of Faker's Nordic, English, German, Polish or
  Turkish person providers ("Hans" his, "Tuli" came, "Will"): a note of that sentence and
  the next three, one person registered under that given name and a family name. A removed
  opening word is an ordinary word removed; a word of the same kind inside a sentence is
  counted apart.
- **names**: each sentence that opens with a third-person subject pronoun ("Han", "Ho",
  "Hän", "She"), or has one inside: the pronoun replaced by the given name of a registered
  person (`POOL` in turn: Hans, Mai, Tuli, Toivo, ...), in a note of four sentences; a name
  left standing is a miss.

With `--named` each note also names the person in full first ("Samtal med Hans Berg."), as
a note about that person would: a weak verb after the word then reads as a name only so.
With `--glued` a sentence opening with the word or name follows the sentence before with its
full stop left out ("... i går Hans mor ringde"), as hurried notes and pasted lines run on.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry

from bench import conllu, faker_names

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
_PRONOUNS = frozenset("han hon hun ho hän he she".split())
_FAMILY = "Berg"
# Faker's person providers of the locales Casebook's registered people come from most.
_LOCALES = "sv_SE no_NO da_DK fi_FI en_GB en_US de_DE pl_PL tr_TR".split()
# Given names that are words of Casebook's languages, put in turn where a pronoun stood.
POOL = "Hans Per Mai Toivo Love Will Mark Rose Bill Tuli Ilta Vesa Dag Kai Aina Inga Bo".split()


def given_names() -> frozenset[str]:
    """Lower-case given names of Faker's person providers of `_LOCALES` (a test dependency)."""
    return faker_names.first_names(tuple(_LOCALES))


def _sentences(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(text, [(form, UPOS, DEPREL)]) of each sentence without a digit, e-mail or link."""
    return [
        (s.text, [tuple(w) for w in s.words])
        for s in conllu.read_file(path)
        if s.words and not _UNSAFE.search(s.text)
    ]


def _redacted(redactor: Redactor, text: str, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in redactor.spans(text))


def _note(given: str, body: str, named: bool, before: str = "") -> tuple[str, int]:
    """The note's text and where `body` starts in it (after `before`, the sentence before)."""
    lead = (f"Samtal med {given} {_FAMILY}.\n" if named else "") + before
    return lead + body, len(lead)


def _glued(kept: list[tuple[str, list[tuple[str, str, str]]]], i: int) -> str | None:
    """The sentence before kept[i] with its closing punctuation left out, and a space, when
    it then ends in a lower-case word; else None."""
    if i == 0:
        return None
    before = kept[i - 1][0].rstrip(' .!?…"»”)')
    return f"{before} " if before[-1:].islower() else None


def measure(
    source: str, path: Path, per: int, show: int, named: bool, glued: bool = False
) -> list[str]:
    kept = _sentences(path)
    given = given_names()
    redactors: dict[str, Redactor] = {}

    def redactor(name: str) -> Redactor:
        if name not in redactors:
            entry = NameEntry("p:1", f"{name} {_FAMILY}", "[person]")
            redactors[name] = Redactor(Registry([entry]))
        return redactors[name]

    words = gone = inner = inner_gone = 0
    removed: Counter[str] = Counter()
    homographs: list[str] = []
    shown: list[str] = []
    for i, (text, tokens) in enumerate(kept):
        if words >= per:
            break
        rest = " ".join(t for t, _ in kept[i + 1 : i + 4])
        for k, (form, upos, _dep) in enumerate(tokens):
            if upos == "PROPN" or form.lower() not in given or not form[0].isupper():
                continue
            if k and not form.istitle():
                continue
            at = 0 if k == 0 else text.find(f" {form} ") + 1
            if k and at <= 0:
                continue
            if k == 0 and not text.startswith(form):
                continue
            name = form if form.istitle() else form.title()
            before = _glued(kept, i) if glued else ""
            if before is None:
                break
            note, base = _note(name, f"{text} {rest}", named, before)
            hit = _redacted(redactor(name), note, base + at, base + at + len(form))
            if k == 0:
                words += 1
                gone += hit
                homographs.append(name)
                if hit:
                    removed[name] += 1
                    if len(shown) < show:
                        shown.append(f"  [word {upos}] {note[base : base + 90]!r}")
            else:
                inner += 1
                inner_gone += hit
    names = kept_names = 0
    pool = POOL
    for i, (text, tokens) in enumerate(kept):
        if names >= per:
            break
        rest = " ".join(t for t, _ in kept[i + 1 : i + 4])
        for k, (form, upos, dep) in enumerate(tokens):
            if upos != "PRON" or not dep.startswith("nsubj") or form.lower() not in _PRONOUNS:
                continue
            at = 0 if k == 0 else text.find(f" {form} ") + 1
            if (k == 0 and not text.startswith(form)) or (k and at <= 0):
                continue
            before = _glued(kept, i) if glued and k == 0 else ""
            if before is None:
                break
            name = pool[names % len(pool)]
            body = text[:at] + name + text[at + len(form) :]
            note, base = _note(name, f"{body} {rest}", named, before)
            names += 1
            if not _redacted(redactor(name), note, base + at, base + at + len(name)):
                kept_names += 1
                if len(shown) < 2 * show:
                    shown.append(f"  [name missed] {note[base : base + 90]!r}")
            break
    top = ", ".join(f"{w} {n}" for w, n in removed.most_common(12))
    return [
        f"{source:10s} opening words {gone}/{words} removed ({100 * gone / max(words, 1):.1f}%)"
        f"  inner {inner_gone}/{inner}  names missed {kept_names}/{names}"
        f" ({100 * kept_names / max(names, 1):.1f}%)",
        f"  most removed: {top}",
        *shown,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--per", type=int, default=4000, help="cases of each kind at most")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument("--named", action="store_true", help="name the person in full first")
    parser.add_argument(
        "--glued", action="store_true", help="leave out the full stop of the sentence before"
    )
    args = parser.parse_args()
    for source, _, path in (f.partition("=") for f in args.files):
        print("\n".join(measure(source, Path(path), args.per, args.show, args.named, args.glued)))


if __name__ == "__main__":
    main()
