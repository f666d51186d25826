"""Ordinary words removed from published sentences of any CoNLL-U treebank, by the annotators' tags.

    .venv/bin/python -m bench.treebank_ordinary [--per 600] [--show 20] SOURCE=PATH ...

`bench/real_sentences` is a fixed set; this reads any further treebank the study lead may use
for measuring (UD Swedish-Talbanken, English-EWT, German-GSD, Norwegian-Nynorsk dev;
Finnish-FTB dev to measure only, its licence being non-commercial; never held-out J's UD Danish-DDT,
Norwegian-Bokmaal or Finnish-TDT). Sentences without a digit, "@" or a link, up to `--per` of
each file, four to a note, nobody registered. A token the annotators did not tag PROPN that a
redaction touches is an ordinary word removed; reported per 1,000 such words, apart for a
capitalised word that opens a sentence, and with the share of PROPN tokens removed beside it
(names, but also towns and firms, which Casebook keeps: a rough view of what the rules still
take, not a recall). Prints per source and, with `--show`, the words removed in their
sentences.

Beside all ordinary words it counts those the name lexicon also holds as a given or family
name ("will", "may", "per", "bo": what validation K calls ordinary words that are also names)
and, with `--why N`, the N words removed most often with the rule that took each (as
`bench/false_positives.py` labels it). `--shape lines` writes each sentence as subtitles and
chat do: one line per clause (split at commas), no final stop; `--shape lower` also lower-cases
every line, as chat often is. `--names` puts given names of many countries (Python Faker's
`en_US`, `sv_SE`, `fi_FI`, `no_NO`, `da_DK`, `tr_TR`, `pl_PL`, `es_ES`, `sw`, in turn) where
the annotators' one-word PROPN tokens were, as validation K puts names where people were: the
words beside a name are where a name rule reaches too far."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from itertools import islice
from pathlib import Path

from casebook.deid import Redactor, Registry, lexicon

from bench import conllu, false_positives
from bench.faker_names import first_names

_UNSAFE = re.compile(r"@|https?:|www\.|\d")
PER_NOTE = 4
_END = re.compile(r"[.!?…]+$")


def shaped(text: str, shape: str) -> str:
    """A sentence as prose (unchanged), or as subtitle lines: a line per clause (split after
    each comma), no final stop, and with `shape` "lower" every letter in lower case."""
    if shape == "prose":
        return text
    lines = [_END.sub("", part.strip()) for part in re.split(r"(?<=,)\s+", text)]
    out = "\n".join(line.rstrip(",").rstrip() for line in lines if line.strip())
    return out.lower() if shape == "lower" else out


def sentences(path: Path, per: int, part: str = "all") -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, [(form, UPOS)]) of the first `per` sentences of a CoNLL-U file without a digit,
    an e-mail or a link; `part` "even" or "odd" keeps only those at an even or odd place among
    them (odd is the share held out from what rules are written against)."""
    safe = (s for s in conllu.read_file(path) if not _UNSAFE.search(s.text))
    out = [(s.text, [(w.form, w.upos) for w in s.words]) for s in islice(safe, per)]
    if part == "all":
        return out
    return out[part == "odd" :: 2]


_LOCALES = ("en_US", "sv_SE", "fi_FI", "no_NO", "da_DK", "tr_TR", "pl_PL", "es_ES", "sw")


def _name_pool() -> list[str]:
    """Given names of many countries, interleaved, capitalised, in a fixed order."""
    lists = [sorted(first_names((locale,))) for locale in _LOCALES]
    pool = [n for row in zip(*lists, strict=False) for n in row]
    return [n[:1].upper() + n[1:] for n in pool if n.isalpha()]


def with_names(
    text: str, tokens: list[tuple[str, str]], pool: list[str], at: int
) -> tuple[str, list[tuple[str, str]]]:
    """`text` with each capitalised one-word PROPN token replaced by `pool`'s names from
    place `at` on (tokens not found are left as they are)."""
    out, toks, pos = [], [], 0
    for form, upos in tokens:
        i = text.find(form, pos)
        if i < 0:
            toks.append((form, upos))
            continue
        if upos == "PROPN" and form.isalpha() and form[:1].isupper():
            name = pool[at % len(pool)]
            at += 1
            out.append(text[pos:i] + name)
            toks.append((name, upos))
        else:
            out.append(text[pos : i + len(form)])
            toks.append((form, upos))
        pos = i + len(form)
    return "".join(out) + text[pos:], toks


def _offsets(text: str, tokens: list[tuple[str, str]], base: int) -> list[tuple[int, int, str]]:
    """Where each word stands in `text` (tokens are in order; one not found is skipped, and
    one is found in lower case when `text` is; punctuation is not placed, as subtitle lines
    drop some)."""
    found, at = [], 0
    lower = text == text.lower()
    for form, upos in tokens:
        if not form[:1].isalpha():
            continue
        i = text.find(form.lower() if lower else form, at)
        if i < 0:
            continue
        found.append((base + i, base + i + len(form), upos))
        at = i + len(form)
    return found


def _rule(span: object) -> str:
    """The rule that made a span, as `bench/false_positives.py` labels it."""
    rule = getattr(span, "kind", "?")
    if getattr(span, "via", ""):
        at = (getattr(span, "start", 0), getattr(span, "end", 0))
        label = next(
            (r for (b, e), r in false_positives._RULE.items() if b < at[1] and at[0] < e), ""
        )
        rule = f"{rule} {span.via}: {label or 'near?'}"  # type: ignore[attr-defined]
    return rule


def measure(
    files: list[tuple[str, Path]],
    per: int,
    show: int,
    part: str = "all",
    shape: str = "prose",
    why: int = 0,
    names_in: bool = False,
) -> list[str]:
    if why:
        false_positives._instrument()
    redactor = Redactor(Registry([]))
    names = lexicon.all_names()
    pool, placed_names = (_name_pool() if names_in else []), 0
    lines, shown = [], []
    causes: Counter[tuple[str, str]] = Counter()
    for source, path in files:
        kept = sentences(path, per, part)
        words = gone = initial = initial_gone = propn = propn_gone = named = named_gone = 0
        for i in range(0, len(kept), PER_NOTE):
            group = kept[i : i + PER_NOTE]
            text, tokens, first = "", [], []
            for sentence, toks in group:
                if pool:
                    sentence, toks = with_names(sentence, toks, pool, placed_names)
                    placed_names += sum(upos == "PROPN" for _, upos in toks)
                sentence = shaped(sentence, shape)
                base = len(text) + (1 if text else 0)
                text = (
                    f"{text}{' ' if shape == 'prose' else chr(10)}{sentence}" if text else sentence
                )
                placed = _offsets(sentence, toks, base)
                tokens += placed
                first += placed[:1]
            false_positives._RULE.clear()
            spans = redactor.spans(text)
            for start, end, upos in tokens:
                if not text[start:end][:1].isalpha():
                    continue
                over = [s for s in spans if s.start < end and start < s.end]
                hit = bool(over)
                if upos == "PROPN":
                    propn += 1
                    propn_gone += hit
                    continue
                words += 1
                gone += hit
                if text[start:end].lower() in names:
                    named += 1
                    named_gone += hit
                if hit and why:
                    causes[(text[start:end].lower(), _rule(over[0]))] += 1
                if (start, end, upos) in first and text[start].isupper():
                    initial += 1
                    initial_gone += hit
                if hit and len(shown) < show:
                    shown.append(f"[{source} {upos}] {text[max(0, start - 40) : end + 40]!r}")
        lines.append(
            f"{source:14s} sentences {len(kept):5d}  ordinary words {words:6d}  removed per "
            f"1,000 {1000 * gone / max(words, 1):6.2f} ({gone})  sentence-initial "
            f"{initial_gone}/{initial}  PROPN removed {propn_gone}/{propn}  also names removed "
            f"{named_gone}/{named} ({100 * named_gone / max(named, 1):.1f} %)"
        )
    top = [f"{n:4d}  {word:16s} {rule}" for (word, rule), n in causes.most_common(why)]
    return lines + shown + top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--per", type=int, default=600, help="sentences per file at most")
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument(
        "--part",
        choices=("all", "even", "odd"),
        default="all",
        help="even: sentences to look at; odd: held out",
    )
    parser.add_argument(
        "--shape",
        choices=("prose", "lines", "lower"),
        default="prose",
        help="lines: a line per clause, no final stop; lower: also in lower case",
    )
    parser.add_argument(
        "--names", action="store_true", help="given names of many countries where PROPN were"
    )
    parser.add_argument("--why", type=int, default=0, help="most removed words with their rule")
    args = parser.parse_args()
    files = [(s, Path(p)) for s, _, p in (f.partition("=") for f in args.files)]
    print(
        "\n".join(measure(files, args.per, args.show, args.part, args.shape, args.why, args.names))
    )


if __name__ == "__main__":
    main()
