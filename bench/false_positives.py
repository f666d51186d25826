"""Where the redactor's false positives come from, on the sets its authors may read.

    .venv/bin/python -m bench.false_positives --sets dev,b,c,d,e,f --size 1000000 --top 40

A false positive is what `bench/scoring.py` counts as one: a redaction that overlaps no planted
identifier. Each is grouped twice: by the rule that made it (the span's kind, and for names
nobody registered the pass of `unregistered.py` that found it, with the classes of the words of
its run: N name, C ordinary word that is a name, U unknown, P town, R rare word), and by what
the redacted words are (`_what`: a town, an organisation's word, a month, a quantity, ...).
Validation G and H (held out until 2026-12-02, read by whoever tunes the rules since) are
`--sets g,h`, validation X (read since 2026-12-06) is `--sets x`; held-out J is never read here.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from casebook.deid import lexicon, lowercase_names, unregistered, vocab
from casebook.deid.redactor import Redactor

_RULE: dict[tuple[int, int], str] = {}


def _record(label: str | Callable[[Any], str]) -> Callable[[Callable[..., Any]], Any]:
    def wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*args: Any, **kwargs: Any) -> Any:
            out = method(*args, **kwargs)
            name = label if isinstance(label, str) else label(args)
            for f in out:
                start, end = f[0], f[1]
                _RULE.setdefault((start, end), name)
            return out

        return inner

    return wrap


def _run_label(args: Any) -> str:
    run = args[1]
    return "run " + "".join(w.cls[0] for w in run)


def _instrument() -> None:
    cls = unregistered.UnregisteredNames
    cls._after_titles = _record("after a title")(cls._after_titles)
    cls._display_names = _record("display name")(cls._display_names)
    unregistered._Decision._run = _record(_run_label)(unregistered._Decision._run)
    unregistered.lowercase_names = type(lowercase_names)("lowercase_names_wrapped")
    unregistered.lowercase_names.find = _record("lower case")(lowercase_names.find)


_ORG = frozenset(
    """ab hb kb inc ltd llc plc gmbh oy as asa kommun region landsting kommunen regionen
    sjukhus sjukhuset hospital clinic klinik kliniken mottagning mottagningen vårdcentral
    vårdcentralen centre center centrum förening föreningen förbundet stiftelsen university
    universitet church kyrka kyrkan school skola skolan""".split()
)


def _what(words: str, before: str) -> str:
    """What the redacted words are, by the first test that holds (a rough grouping)."""
    low = words.lower()
    tokens = re.findall(r"[^\W\d_]+", low)
    if re.fullmatch(r"[\d\s.,:/-]+", words):
        return "number"
    if any(c.isdigit() for c in words):
        return "date word, code or number with letters"
    if words[:1].islower():
        return "lower-case word"
    if tokens and all(t in vocab.MONTHS for t in tokens):
        return "month"
    after = re.match(r"\s*([^\W\d_]+)", before)
    if any(t in _ORG for t in tokens) or (after and after.group(1).lower() in _ORG):
        return "organisation"
    if words.isupper() and len(words) > 1:
        return "all caps"
    names, places = lexicon.all_names(), lexicon.places()
    common = vocab.common_words()
    if tokens and all(t in places for t in tokens):
        return "town (also a name)" if any(t in names for t in tokens) else "town or country"
    if tokens and all(t in names for t in tokens):
        return "name that is a word" if any(t in common for t in tokens) else "lexicon name"
    return "other capitalised (heading, typo, product, organisation)"


def _sets(names: list[str], size: int) -> list[tuple[str, Any]]:
    out = []
    for name in names:
        if name == "dev":
            import tests.deid_corpus as cm

            out.append(("development", cm.generate_corpus(2026, size, density=1.0)))
        elif name == "v":
            from bench.heldout import REALISTIC, SEED, generate_heldout

            out.append(("validation", generate_heldout(SEED, size, per_kb=REALISTIC)))
        elif name == "x":
            from bench import heldout_x

            corpus = heldout_x.generate_heldout_x(heldout_x.SEED, size, per_kb=heldout_x.REALISTIC)
            out.append(("validation X", corpus))
        else:
            from bench import (
                heldout_b,
                heldout_c,
                heldout_g,
                heldout_h,
                validation_d,
                validation_e,
                validation_f,
            )

            module, generate = {
                "b": (heldout_b, heldout_b.generate_heldout_b),
                "c": (heldout_c, heldout_c.generate_heldout_c),
                "d": (validation_d, validation_d.generate_validation_d),
                "e": (validation_e, validation_e.generate_validation_e),
                "f": (validation_f, validation_f.generate_validation_f),
                "g": (heldout_g, heldout_g.generate_heldout_g),
                "h": (heldout_h, heldout_h.generate_heldout_h),
            }[name]
            corpus = generate(module.SEED, size, per_kb=module.REALISTIC)
            out.append((f"validation {name.upper()}", corpus))
    return out


def false_positives(corpus: Any) -> tuple[list[dict[str, Any]], int]:
    redactor = Redactor(corpus.registry)
    planted: dict[int, list[Any]] = {}
    for p in corpus.planted:
        planted.setdefault(p.text, []).append(p)
    out, total = [], 0
    for index, text in enumerate(corpus.texts):
        _RULE.clear()
        spans = redactor.spans(text)
        total += len(spans)
        for s in spans:
            if any(p.start < s.end and s.start < p.end for p in planted.get(index, [])):
                continue
            rule = s.kind if s.kind != "name" or s.key else "name"
            if s.via:
                rule = f"{s.kind} {s.via}: " + next(
                    (r for (b, e), r in _RULE.items() if b < s.end and s.start < e), "near?"
                )
            elif s.key:
                rule = f"{s.kind} registered"
            words = text[s.start : s.end]
            out.append(
                {
                    "rule": rule,
                    "what": _what(words, text[s.end : s.end + 20]),
                    "words": words,
                    "context": text[max(0, s.start - 50) : s.end + 50].replace("\n", " | "),
                }
            )
    return out, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="dev,b,c,d,e,f")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--examples", type=int, default=0, help="contexts shown per rule")
    args = parser.parse_args()
    _instrument()
    for label, corpus in _sets(args.sets.split(","), args.size):
        fps, total = false_positives(corpus)
        print(f"\n== {label}: {len(fps)} false positives of {total} spans")
        for title, key in (("by rule", "rule"), ("by what", "what")):
            print(f"-- {title}")
            for value, count in Counter(f[key] for f in fps).most_common(args.top):
                print(f"{count:5d}  {value}")
        print("-- by words")
        for value, count in Counter(f["words"] for f in fps).most_common(args.top):
            print(f"{count:5d}  {value!r}")
        if args.examples:
            shown: Counter[str] = Counter()
            for f in fps:
                if shown[f["rule"]] < args.examples:
                    shown[f["rule"]] += 1
                    print(f"  [{f['rule']} / {f['what']}] {f['words']!r}: …{f['context']}…")


if __name__ == "__main__":
    main()
