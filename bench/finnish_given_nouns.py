"""Finnish given names that are everyday Finnish words, in published Finnish sentences.

    .venv/bin/python -m bench.finnish_given_nouns [--show 20] SOURCE=PATH ...

Finnish parents name children Tuuli (wind), Onni (luck), Satu (fairy tale), Toivo (hope),
Usko (faith), Aina (always), Arvo (value). A note about a registered Tuuli must still keep
"tuuli puhalsi" and "hän on aina myöhässä". The names are the lexicon's given names that are
also words of its Finnish word list (`names_given.txt` and `common_fi.txt`). For each CoNLL-U
file (UD Finnish-OOD, Finnish-PUD; never held-out J's UD Finnish-TDT) every sentence without a
digit, "@" or a link that holds such a word (any case, exactly that form) is redacted with one
person of that given name registered alone ("Tuuli Berg"); each token counts by its UPOS:

- **word** (NOUN, ADV, ADJ, VERB, ...): removed is an ordinary word removed.
- **name** (PROPN): kept is a registered name missed.

`--show N` prints up to N removed words and missed names.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry

from bench import conllu

_DATA = Path(__file__).resolve().parent.parent / "app" / "casebook" / "deid" / "data"
_UNSAFE = re.compile(r"@|https?:|www\.|\d")


def word_names() -> list[str]:
    """The lexicon's given names that are also words of its Finnish word list, capitalised."""

    def words(name: str) -> set[str]:
        lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
        return {w.strip().casefold() for w in lines if w.strip() and not w.startswith("#")}

    return sorted(w.capitalize() for w in words("names_given.txt") & words("common_fi.txt"))


def _offsets(text: str, forms: list[str]) -> list[int]:
    """Where each form starts in the text (-1 when it cannot be found in order)."""
    out, at = [], 0
    for form in forms:
        i = text.find(form, at)
        out.append(i)
        if i >= 0:
            at = i + len(form)
    return out


def run(paths: list[Path], show: int) -> Counter[str]:
    names = word_names()
    folded = {n.casefold() for n in names}
    redactors: dict[str, Redactor] = {}

    def redactor(name: str) -> Redactor:
        if name not in redactors:
            entry = NameEntry("p", f"{name.capitalize()} Berg", "[P]")
            redactors[name] = Redactor(Registry([entry]))
        return redactors[name]

    counts: Counter[str] = Counter()
    shown = 0
    for path in paths:
        for sentence in conllu.read_file(path):
            if _UNSAFE.search(sentence.text):
                continue
            hits = [w for w in sentence.words if w.form.casefold() in folded]
            if not hits:
                continue
            starts = _offsets(sentence.text, [w.form for w in sentence.words])
            for word, start in zip(sentence.words, starts, strict=True):
                if word.form.casefold() not in folded or start < 0:
                    continue
                spans = redactor(word.form.casefold()).redact(sentence.text).spans
                end = start + len(word.form)
                removed = any(s.start < end and start < s.end for s in spans)
                case = "upper" if word.form[0].isupper() else "lower"
                kind = "name" if word.upos == "PROPN" else "word"
                counts[f"{kind} {case}"] += 1
                bad = removed if kind == "word" else not removed
                if bad:
                    counts[f"{kind} {case} bad"] += 1
                    if shown < show:
                        shown += 1
                        what = "removed" if kind == "word" else "missed"
                        print(f"{what}\t{word.form}\t{word.upos}\t{sentence.text}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="SOURCE=PATH of a CoNLL-U file")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    paths = [Path(s.split("=", 1)[-1]) for s in args.sources]
    counts = run(paths, args.show)
    for kind, verdict in (("word", "removed"), ("name", "missed")):
        for case in ("lower", "upper"):
            total = counts[f"{kind} {case}"]
            bad = counts[f"{kind} {case} bad"]
            share = bad / total if total else 0.0
            print(f"{kind}s {case}: {bad}/{total} {verdict} ({share:.1%})")


if __name__ == "__main__":
    main()
