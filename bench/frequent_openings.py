"""How often the redactor reads a frequent ordinary word as a name where it opens a line.

    PYTHONPATH=app:. .venv/bin/python -m bench.frequent_openings --top 20000 [--share held]

For Danish, Norwegian Bokmål, Finnish, Swedish and English, wordfreq's `top_n_list(lang, N)`
gives the language's most frequent words (lower case: wordfreq folds case, so every word it
ranks is written in lower case in running text). Each alphabetic word is capitalised at the
start of a line in a few neutral frames built only from other frequent words of the same
language - a sentence, a bullet ("- "), after a clock time ("10.42 "), an item alone on its
line, before a common given name of the language - and the redactor runs with an empty
registry. Every name span over the word counts.

Words that are mainly names are left out: those the lexicon holds as a name or town and that
none of Casebook's word lists of that language hold (`common_`/`known_<lang>.txt`). The rest
are ordinary words that a note may open a line with.

Every fourth word (rank % 4 == 3) is held out (`--share held`) to check fixes on; fixes are
drawn from the others (`--share tune`). Material independent of every readable and held-out
set: wordfreq 3.1.1 (CC BY-SA 4.0 data).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterator

from casebook.deid import Redactor, Registry, lexicon, vocab

LANGUAGES: tuple[str, ...] = ("da", "nb", "fi", "sv", "en")
FRAMES: tuple[str, ...] = ("sentence", "bullet", "clock", "item", "before a name")
# Common given names of each language (Statistics Denmark, Norway, Finland, Sweden and the US
# Social Security Administration's top lists): the opening word then stands before a name, as
# in a note where a name stands where a pronoun stood ("Men Mette sagde", "Mutta Matti meni").
GIVEN: dict[str, tuple[str, ...]] = {
    "da": ("Mette", "Jens", "Søren", "Hanne"),
    "nb": ("Kari", "Ola", "Ingrid", "Lars"),
    "fi": ("Matti", "Aino", "Pekka", "Liisa"),
    "sv": ("Anna", "Erik", "Karin", "Lars"),
    "en": ("John", "Mary", "David", "Susan"),
}
_LINES_PER_NOTE = 20


def ordinary_words(lang: str, top: int) -> list[tuple[int, str]]:
    """(rank, word) of the `top` most frequent alphabetic words of `lang`, less those that are
    mainly names (a lexicon name or town that no word list of the language holds)."""
    import wordfreq  # bench only

    names = lexicon.all_names() | lexicon.places()
    listed = vocab._read(f"common_{lang}.txt") | vocab._read(f"known_{lang}.txt")
    out = []
    for rank, word in enumerate(wordfreq.top_n_list(lang, top)):
        if len(word) < 2 or not word.isalpha():
            continue
        if word in names and word not in listed:
            continue
        out.append((rank, word))
    return out


def in_share(rank: int, share: str) -> bool:
    """`held`: every fourth word (rank % 4 == 3); `tune`: the others; `all`: every word."""
    if share == "all":
        return True
    return (rank % 4 == 3) == (share == "held")


def frame(
    word: str, kind: str, fillers: list[str], rng: random.Random, lang: str = "en"
) -> tuple[str, int]:
    """One line opening with `word` capitalised; returns the line and the word's offset."""
    opening = word[0].upper() + word[1:]
    tail = " ".join(rng.sample(fillers, 3))
    if kind == "before a name":
        return f"{opening} {rng.choice(GIVEN[lang])} {tail}.", 0
    if kind == "sentence":
        return f"{opening} {tail}.", 0
    if kind == "bullet":
        return f"- {opening} {tail}", 2
    if kind == "clock":
        return f"10.42 {opening} {tail}.", 6
    return opening, 0


def notes(
    words: list[str], fillers: list[str], lang: str = "en", seed: int = 0
) -> Iterator[tuple[str, list[tuple[str, str, int, int]]]]:
    """Notes of `_LINES_PER_NOTE` lines each, one framed word a line (an "item" line stands
    between two lines of frequent words), with (word, frame, start, end) of each word."""
    rng = random.Random(seed)
    lines: list[str] = []
    where: list[tuple[str, str, int, int]] = []
    offset = 0
    for i, word in enumerate(words):
        kind = FRAMES[i % len(FRAMES)]
        line, at = frame(word, kind, [f for f in fillers if f != word], rng, lang)
        if kind == "item":
            before = " ".join(rng.sample(fillers, 4)).capitalize() + ":"
            lines.append(before)
            offset += len(before) + 1
        where.append((word, kind, offset + at, offset + at + len(word)))
        lines.append(line)
        offset += len(line) + 1
        if len(where) == _LINES_PER_NOTE or i == len(words) - 1:
            yield "\n".join(lines) + "\n", where
            lines, where, offset = [], [], 0


def measure(
    lang: str, top: int, share: str, redactor: Redactor
) -> tuple[int, Counter[str], list[tuple[str, str]]]:
    """(words framed, names per frame, (word, frame) read as a name)."""
    ranked = ordinary_words(lang, top)
    fillers = [w for _, w in ranked[:300] if len(w) > 1][:200]
    words = [w for rank, w in ranked if in_share(rank, share)]
    hits: list[tuple[str, str]] = []
    per_frame: Counter[str] = Counter()
    for text, where in notes(words, fillers, lang):
        spans = [s for s in redactor.spans(text) if s.kind == "name"]
        for word, kind, start, end in where:
            if any(s.start < end and start < s.end for s in spans):
                hits.append((word, kind))
                per_frame[kind] += 1
    return len(words), per_frame, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=20000)
    parser.add_argument("--share", choices=("held", "tune", "all"), default="held")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--show", type=int, default=30, help="words listed per language")
    parser.add_argument("--out", help="write every (language, word, frame) read as a name here")
    args = parser.parse_args()
    redactor = Redactor(Registry([]))
    rows = []
    for lang in args.languages.split(","):
        count, per_frame, hits = measure(lang, args.top, args.share, redactor)
        rate = len(hits) / max(1, count)
        frames = ", ".join(f"{k}={per_frame[k]}" for k in FRAMES)
        print(f"{lang}: {len(hits)} of {count} framed words read as names ({rate:.4f}); {frames}")
        words = Counter(w for w, _ in hits)
        print("   ", " ".join(f"{w}({n})" for w, n in words.most_common(args.show)))
        rows += [f"{lang}\t{w}\t{k}" for w, k in hits]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
