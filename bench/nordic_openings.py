"""Registered given names that are Swedish, Norwegian or English words, opening a note's line.

    PYTHONPATH=app:. .venv/bin/python -m bench.nordic_openings [--share held] [--show 20] \\
        sv=PATH.conllu nn=PATH.conllu en=PATH.conllu ...

A person called Love, Per, Mark, Dag, Bo, Inga, Vera, Siv, May, Hope, Will, Rose, Liv or Tove is
registered; the case worker's note opens its lines with the same letters as words ("Per
telefon ...", "Dag för dag", "Will you ...", "Liv och hälsa") and with the person where a
pronoun would have stood ("Per ringde", "Liv kom sent"). Each SOURCE=PATH is a CoNLL-U file of
a treebank that is not held-out J's (Swedish Talbanken, LinES, PUD; Norwegian Nynorsk and
NynorskLIA; English EWT, GUM; never Danish-DDT, Norwegian-Bokmaal, NorNE, Finnish-TDT), its
SOURCE the language ("sv", "nn", "en"; a name starting "nnlia" is spoken NynorskLIA, written in
lower case without punctuation: its first letter is capitalised).

Only sentences without a digit, "@" or a link, with no proper noun and no capitalised word
after the first are kept (as J's notes were made). Each kept sentence becomes a note of three
lines, the sentence between the one before and after it in the treebank, laid out in turn as a
clocked entry ("10:42 "), a bullet ("- ", "• "), under a heading, or as prose (`--layouts`;
also "number", an item of a numbered list, "2) "):

- **words**: a sentence whose first word, lower-cased, is a given name of Faker's sv_SE,
  no_NO, da_DK or en_GB person providers or of the lexicon (`lexicon.given_names`) and is no
  proper noun: a person of that given name and a family name is registered; the word removed
  is an ordinary word removed.
- **names**: a sentence that opens with a third-person subject pronoun ("han", "hon", "hun",
  "ho", "hen", "he", "she"): that pronoun and the third-person pronouns inside (object and
  genitive forms: "honom", "henne", "hennes", "hans", "him", "her", "his", "hennar") are
  replaced by a registered given name that is a word (`POOL` in turn), the genitive with its
  "s" ("Pers", "Per's"); the opening name and the inner names left standing are misses.

Every fourth kept sentence (index % 4 == 3) is held out (`--share held`): fixes are checked
there and drawn from the rest (`--share tune`); `--share all` counts both.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from casebook.deid import Redactor, Registry, lexicon
from casebook.deid.registry import NameEntry

from bench import faker_names

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
_FAMILY = "Berg"
_LOCALES = ("sv_SE", "no_NO", "da_DK", "en_GB")
LAYOUTS: tuple[str, ...] = ("clock", "dash", "dot", "heading", "prose")
_HEADINGS = {"sv": "Bedömning", "nn": "Vurdering", "en": "Assessment"}
# Given names that are words of Swedish, Norwegian, Danish or English, put where a pronoun
# stood, in turn.
POOL: tuple[str, ...] = tuple(
    """Love Per Mark Dag Bo Tor Ask Inga Alla Vera Siv Mai May Hope Will Bill Rose Frank Ole
    Bent Sol Liv Björn Eli Even Kim Tove""".split()
)
# Third-person subject pronouns that may open a sentence, and the forms replaced inside.
_SUBJECT = frozenset("han hon hun ho hen he she".split())
_OBJECT = frozenset("honom henne ham henne hennar him her".split())
_GENITIVE = frozenset("hans hennes hennar hens his her".split())


@dataclass
class Tally:
    """Counts of one source and share."""

    words: int = 0
    removed: int = 0
    openings: int = 0
    opening_missed: int = 0
    inner: int = 0
    inner_missed: int = 0
    by_layout: Counter[str] = field(default_factory=Counter)
    removed_words: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names of Faker's `_LOCALES` and of the lexicon."""
    return frozenset(lexicon.given_names()) | faker_names.first_names(tuple(_LOCALES))


Token = tuple[str, str, str, str]  # form, UPOS, FEATS, DEPREL


def sentences(path: Path, spoken: bool = False) -> list[tuple[str, list[Token]]]:
    """(text, tokens) of each sentence kept: no digit, e-mail or link, no proper noun and no
    capitalised word after the first. Spoken transcripts get a capital and spacing."""
    out: list[tuple[str, list[Token]]] = []
    text, tokens = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text ="):
            text, tokens = line.split("=", 1)[1].strip(), []
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if cols[0].isdigit():
                tokens.append((cols[1], cols[3], cols[5], cols[7]))
        elif not line and text:
            if spoken:
                text, tokens = _spoken(tokens)
            if text and _kept(text, tokens):
                out.append((text, tokens))
            text = ""
    return out


def _spoken(tokens: list[Token]) -> tuple[str, list[Token]]:
    """A NynorskLIA transcript as written text; "" where it holds a pause or a broken word."""
    if any(t[0] in ("#", "e", "eh", "ee") or t[0].endswith("-") for t in tokens):
        return "", tokens
    words = [t[0] for t in tokens]
    if not words or not words[0][:1].isalpha():
        return "", tokens
    words[0] = words[0][:1].upper() + words[0][1:]
    text = re.sub(r" ([.,?!])", r"\1", " ".join(words))
    tokens = [(words[0], *tokens[0][1:]), *tokens[1:]]
    return text, tokens


def _kept(text: str, tokens: list[Token]) -> bool:
    if _UNSAFE.search(text) or not tokens or not text.startswith(tokens[0][0]):
        return False
    if any(t[1] == "PROPN" for t in tokens):
        return False
    return not any(t[0][:1].isupper() for t in tokens[1:])


def note(layout: str, language: str, before: str, body: str, after: str) -> tuple[str, int]:
    """The note's text and where `body` starts in it."""
    if layout == "clock":
        lead = f"09:15 {before}\n10:42 "
        return f"{lead}{body}\n11:05 {after}", len(lead)
    if layout in ("dash", "dot"):
        mark = "- " if layout == "dash" else "• "
        lead = f"{mark}{before}\n{mark}"
        return f"{lead}{body}\n{mark}{after}", len(lead)
    if layout == "number":  # a numbered list's items: "1) ...", "2) ..."
        lead = f"1) {before}\n2) "
        return f"{lead}{body}\n3) {after}", len(lead)
    if layout == "heading":
        lead = f"{_HEADINGS.get(language, 'Bedömning')}\n"
        return f"{lead}{body} {after}", len(lead)
    lead = f"{before} "
    return f"{lead}{body} {after}", len(lead)


class _Redactors:
    def __init__(self) -> None:
        self._by_name: dict[str, Redactor] = {}

    def taken(self, name: str, text: str, start: int, end: int) -> bool:
        if name not in self._by_name:
            entry = NameEntry("p:1", f"{name} {_FAMILY}", "[person]")
            self._by_name[name] = Redactor(Registry([entry]))
        spans = self._by_name[name].spans(text)
        return any(s.start < end and start < s.end for s in spans)


def _in_share(index: int, share: str) -> bool:
    held = index % 4 == 3
    return share == "all" or held == (share == "held")


def _replace(tokens: list[Token], text: str, name: str) -> tuple[str, list[int]] | None:
    """The sentence with its opening subject pronoun and inner third-person pronouns replaced
    by `name`, and where each name starts; None where the tokens cannot be found in order."""
    out, at, positions = [], 0, []
    for k, (form, upos, feats, _dep) in enumerate(tokens):
        found = text.find(form, at)
        if found < 0:
            return None
        out.append(text[at:found])
        low = form.lower()
        new = form
        if upos == "PRON" and k > 0:
            if low in _GENITIVE and ("Poss=Yes" in feats or low != "her"):
                new = f"{name}'s" if low in ("his", "her") else f"{name}s"
            elif low in _OBJECT and "Poss=Yes" not in feats:
                new = name
        elif k == 0:
            new = name
        if new != form:
            positions.append(sum(len(p) for p in out))
        out.append(new)
        at = found + len(form)
    out.append(text[at:])
    return "".join(out), positions


def measure(
    language: str, path: Path, share: str, show: int, layouts: tuple[str, ...] = LAYOUTS
) -> Tally:
    spoken = language.startswith("nnlia")
    lang = "nn" if language.startswith("nn") else language[:2]
    kept = sentences(path, spoken)
    given = given_names()
    redactors = _Redactors()
    tally = Tally()
    pool_at = 0
    for i, (text, tokens) in enumerate(kept):
        if not _in_share(i, share):
            continue
        before = kept[i - 1][0] if i else kept[-1][0]
        after = kept[(i + 1) % len(kept)][0]
        layout = layouts[i % len(layouts)]
        first = tokens[0][0]
        if first.lower() in given and first[:1].isupper() and len(first) > 1:
            name = first[:1] + first[1:].lower()
            body, base = note(layout, lang, before, text, after)
            hit = redactors.taken(name, body, base, base + len(first))
            tally.words += 1
            if hit:
                tally.removed += 1
                tally.by_layout[layout] += 1
                tally.removed_words[name] += 1
                if len(tally.shown) < show:
                    tally.shown.append(f"  [word {layout}] {body[max(0, base - 8) : base + 80]!r}")
        if first.lower() in _SUBJECT and tokens[0][1] == "PRON":
            name = POOL[pool_at % len(POOL)]
            pool_at += 1
            replaced = _replace(tokens, text, name)
            if replaced is None:
                continue
            new, positions = replaced
            body, base = note(layout, lang, before, new, after)
            for n, pos in enumerate(positions):
                missed = not redactors.taken(name, body, base + pos, base + pos + len(name))
                if n == 0:
                    tally.openings += 1
                    tally.opening_missed += missed
                else:
                    tally.inner += 1
                    tally.inner_missed += missed
                if missed and len(tally.shown) < 2 * show:
                    where = "opening" if n == 0 else "inner"
                    tally.shown.append(
                        f"  [{where} missed {layout}] {body[max(0, base - 8) : base + pos + 60]!r}"
                    )
    return tally


def report(source: str, tally: Tally) -> list[str]:
    def rate(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / max(whole, 1):.1f}%)"

    found_open = tally.openings - tally.opening_missed
    found_inner = tally.inner - tally.inner_missed
    top = ", ".join(f"{w} {n}" for w, n in tally.removed_words.most_common(10))
    return [
        f"{source:10s} words removed {rate(tally.removed, tally.words)}"
        f"  opening names found {rate(found_open, tally.openings)}"
        f"  inner names found {rate(found_inner, tally.inner)}",
        f"  removed by layout: {dict(tally.by_layout)}; most removed: {top}",
        *tally.shown,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--share", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument(
        "--layouts",
        default=",".join(LAYOUTS),
        help=f"comma-separated, in turn (default: {','.join(LAYOUTS)}; also: number, '2) ')",
    )
    args = parser.parse_args()
    layouts = tuple(args.layouts.split(","))
    total = Tally()
    for source, _, path in (f.partition("=") for f in args.files):
        tally = measure(source, Path(path), args.share, args.show, layouts)
        print("\n".join(report(source, tally)))
        for name in ("words", "removed", "openings", "opening_missed", "inner", "inner_missed"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        total.by_layout.update(tally.by_layout)
        total.removed_words.update(tally.removed_words)
    print("\n".join(report("all", total)))


if __name__ == "__main__":
    main()
