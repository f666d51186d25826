"""What a redaction touches of a corpus's annotated entity mentions, nobody registered: the
one measure the NorNE and FiNER benches share (`bench/treebank_entities_norne.py`,
`bench/treebank_entities_finer.py`).

Sentences are redacted a few to a note. A mention a redaction touches as a name is counted
under its type: persons (`PER`) are recall (a stranger's name found), every other type a false
positive (a firm, a town, a product taken for a person), as is a word outside every mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from casebook.deid import Redactor

from bench.treebank_entities import _offsets

NO_SPACE_BEFORE = frozenset(".,:;!?)]}…")
NO_SPACE_AFTER = frozenset("([{")


@dataclass
class Sentence:
    # the sentence as published, where the corpus gives it; else its tokens are joined
    text: str = ""
    forms: list[str] = field(default_factory=list)
    # per token, the index of its mention within the sentence, or -1
    mention: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    def add(self, form: str, tag: str) -> None:
        """One token and its BIO tag: B- opens a mention, I- goes on with one of its type (or
        opens one, after a token of another type or none)."""
        self.forms.append(form)
        if tag.startswith("B-") or (tag.startswith("I-") and not self.mention):
            self.kinds.append(tag[2:])
            self.mention.append(len(self.kinds) - 1)
        elif tag.startswith("I-"):
            previous = self.mention[-1]
            if previous < 0 or self.kinds[previous] != tag[2:]:
                self.kinds.append(tag[2:])
                previous = len(self.kinds) - 1
            self.mention.append(previous)
        else:
            self.mention.append(-1)


def joined(forms: list[str], base: int) -> tuple[str, list[tuple[int, int]]]:
    """The tokens as a line of text, and each token's (start, end) in it plus `base`."""
    text, where = "", []
    for i, form in enumerate(forms):
        glue = i > 0 and form not in NO_SPACE_BEFORE and forms[i - 1] not in NO_SPACE_AFTER
        text += " " if glue else ""
        where.append((base + len(text), base + len(text) + len(form)))
        text += form
    return text, where


def _laid_out(sentence: Sentence, base: int) -> tuple[str, Sequence[tuple[int, int] | None]]:
    if sentence.text:
        return sentence.text, _offsets(sentence.text, sentence.forms, base)
    return joined(sentence.forms, base)


@dataclass
class Tally:
    mentions: Counter[str] = field(default_factory=Counter)
    touched: Counter[str] = field(default_factory=Counter)
    words: int = 0
    words_named: int = 0
    shown: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _context(text: str, start: int, end: int, label: str) -> str:
    before, after = text[max(0, start - 50) : start], text[end : end + 50]
    return f"[{label}] {before!r} <<{text[start:end]}>> {after!r}"


def measure(notes: list[list[Sentence]], show: int, redactor: Redactor) -> Tally:
    """Each group of sentences redacted as one note; up to `show` words taken for a name
    that no person's mention holds, and persons missed, kept with their context."""
    tally = Tally()
    for group in notes:
        text, placed = "", []
        for sentence in group:
            base = len(text) + (1 if text else 0)
            line, where = _laid_out(sentence, base)
            text = f"{text} {line}" if text else line
            placed.append(where)
        spans = [s for s in redactor.spans(text) if s.kind == "name"]
        for sentence, where in zip(group, placed, strict=True):
            hit: set[int] = set()
            for i, at in enumerate(where):
                if at is None or not sentence.forms[i][:1].isalpha():
                    continue
                start, end = at
                taken = any(s.start < end and start < s.end for s in spans)
                key = sentence.mention[i]
                if key < 0:
                    tally.words += 1
                    tally.words_named += taken
                if not taken:
                    continue
                if key >= 0:
                    hit.add(key)
                kind = sentence.kinds[key] if key >= 0 else "none"
                if kind != "PER" and len(tally.shown) < show:
                    tally.shown.append(_context(text, start, end, kind))
            for key, kind in enumerate(sentence.kinds):
                tally.mentions[kind] += 1
                tally.touched[kind] += key in hit
                if kind == "PER" and key not in hit and len(tally.missed) < show:
                    at = [w for w, k in zip(where, sentence.mention, strict=True) if k == key]
                    ends = [w for w in at if w is not None]
                    if ends:
                        tally.missed.append(_context(text, ends[0][0], ends[-1][1], "missed"))
    return tally


def report(tally: Tally, label: str, types: Sequence[str]) -> list[str]:
    """Mentions touched per type, then persons found and the rest taken for a name."""
    lines = [f"{label}: type      mentions touched as a name"]
    for kind in types:
        lines.append(f"  {kind:9s} {tally.touched[kind]:5d}/{tally.mentions[kind]}")
    person = tally.touched["PER"], tally.mentions["PER"]
    false = sum(tally.touched[k] for k in types if k != "PER")
    lines.append(
        f"  persons found {person[0] / max(person[1], 1):.3f} ({person[0]}/{person[1]}); "
        f"mentions of other types touched {false}; words outside every mention taken for a "
        f"name {tally.words_named}/{tally.words}"
    )
    return lines
