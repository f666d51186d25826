"""Which annotated entity mentions of UD English-GUM a redaction touches, nobody registered.

    .venv/bin/python -m bench.treebank_entities --gum DIR [--part look|held] [--show 40]

GUM (CC BY-NC-SA, read for measuring only: nothing of it is shipped) annotates every entity
mention in its MISC column (`Entity=(12-person-...` opens mention 12 of type person, `12)`
closes it): person, place, organization, object, event, abstract, time, substance, animal,
plant. Each document's sentences are redacted four to a note with nobody registered. A
mention a redaction touches is counted under its type: `person` is recall (a stranger's name
found), every other type a false positive (a firm, a town, a book or a product taken for a
name), as is a word outside every mention. Mentions are counted all (touched anywhere, a
mention inside it too) and "named": holding a token tagged PROPN of its own, not of a mention
inside it, which leaves out pronouns and common nouns, and touched there ("the Governor of
Virginia" is a person named only if "Governor" is touched); the words removed are
counted by the innermost mention holding them, and apart when the redaction was not a name
(a date, a number: `time` mentions are dates removed by policy).

Documents are split by crc32 of their id: `--part look` (even) is the half to read and write
rules from, `--part held` (odd) is reported only in aggregate (`--show` refuses it)."""

from __future__ import annotations

import argparse
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from casebook.deid import Redactor, Registry

PER_NOTE = 4
TYPES = (
    "person",
    "place",
    "organization",
    "object",
    "event",
    "abstract",
    "time",
    "substance",
    "animal",
    "plant",
)
# "(12-person-...)" opens and closes on one token, "(12-person-..." opens, "12)" closes
_MARK = re.compile(r"\((\d+)-([a-z]+)[^()]*(\)?)|(\d+)\)")


@dataclass
class Mention:
    kind: str
    tokens: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Sentence:
    text: str
    forms: list[str]
    upos: list[str]
    # per token, the mentions holding it, outermost first
    inside: list[list[int]]


@dataclass
class Document:
    name: str
    sentences: list[Sentence]
    mentions: dict[int, Mention]


def _entities(misc: str) -> str:
    for part in misc.split("|"):
        if part.startswith("Entity="):
            return part[7:]
    return ""


def documents(path: Path) -> list[Document]:
    """GUM's documents in one CoNLL-U file, each mention numbered across the document (a
    mention's tokens are counted within the sentence it opens in: GUM's mentions do not cross
    sentences)."""
    docs: list[Document] = []
    open_: dict[int, list[int]] = {}
    text, forms, upos, inside = "", [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id ="):
            docs.append(Document(line.split("=", 1)[1].strip(), [], {}))
            open_ = {}
        elif line.startswith("# text ="):
            text, forms, upos, inside = line.split("=", 1)[1].strip(), [], [], []
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit():
                continue
            doc = docs[-1]
            i = len(forms)
            forms.append(cols[1])
            upos.append(cols[3])
            annotation = _entities(cols[9])
            single, closing = [], []
            for m in _MARK.finditer(annotation):
                if m.group(4):
                    closing.append(int(m.group(4)))
                    continue
                key = len(doc.mentions)
                doc.mentions[key] = Mention(m.group(2))
                if m.group(3):
                    single.append(key)
                else:
                    open_.setdefault(int(m.group(1)), []).append(key)
            holding = sorted([k for stack in open_.values() for k in stack] + single)
            inside.append(holding)
            for k in holding:
                doc.mentions[k].tokens.append((len(doc.sentences), i))
            for number in closing:
                stack = open_.get(number)
                if stack:
                    stack.pop()
        elif not line and text:
            docs[-1].sentences.append(Sentence(text, forms, upos, inside))
            text = ""
    if text:
        docs[-1].sentences.append(Sentence(text, forms, upos, inside))
    return docs


def part_of(name: str) -> str:
    return "look" if zlib.crc32(name.encode()) % 2 == 0 else "held"


def _offsets(text: str, forms: list[str], base: int) -> list[tuple[int, int] | None]:
    found: list[tuple[int, int] | None] = []
    at = 0
    for form in forms:
        i = text.find(form, at)
        if i < 0:
            found.append(None)
            continue
        found.append((base + i, base + i + len(form)))
        at = i + len(form)
    return found


@dataclass
class Tally:
    mentions: Counter[str] = field(default_factory=Counter)
    touched: Counter[str] = field(default_factory=Counter)
    named: Counter[str] = field(default_factory=Counter)
    named_touched: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    words_gone: Counter[str] = field(default_factory=Counter)
    words_gone_other: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)


def measure(docs: list[Document], part: str, show: int) -> Tally:
    redactor = Redactor(Registry([]))
    tally = Tally()
    for doc in docs:
        if part != "all" and part_of(doc.name) != part:
            continue
        hit: set[tuple[int, int]] = set()
        for n in range(0, len(doc.sentences), PER_NOTE):
            group = doc.sentences[n : n + PER_NOTE]
            text, placed = "", []
            for sentence in group:
                base = len(text) + (1 if text else 0)
                text = f"{text} {sentence.text}" if text else sentence.text
                placed.append(_offsets(sentence.text, sentence.forms, base))
            spans = redactor.spans(text)
            for j, (sentence, where) in enumerate(zip(group, placed, strict=True)):
                for i, at in enumerate(where):
                    if at is None or not sentence.forms[i][:1].isalpha():
                        continue
                    start, end = at
                    inner = sentence.inside[i]
                    kind = doc.mentions[max(inner)].kind if inner else "none"
                    tally.words[kind] += 1
                    over = [s for s in spans if s.start < end and start < s.end]
                    if not over:
                        continue
                    hit.add((n + j, i))
                    tally.words_gone[kind] += 1
                    if all(s.kind != "name" for s in over):
                        tally.words_gone_other[kind] += 1
                    elif kind != "person" and len(tally.shown) < show:
                        tally.shown.append(
                            f"[{kind} {sentence.upos[i]}] {text[max(0, start - 50) : end + 50]!r}"
                        )
        for key, mention in doc.mentions.items():
            tally.mentions[mention.kind] += 1
            tally.touched[mention.kind] += any(t in hit for t in mention.tokens)
            # its own proper nouns: not those of a mention inside it ("Virginia" in "the
            # Governor of Virginia" is the place's, not the person's)
            own = [
                (s, i)
                for s, i in mention.tokens
                if doc.sentences[s].upos[i] == "PROPN" and max(doc.sentences[s].inside[i]) == key
            ]
            if own:
                tally.named[mention.kind] += 1
                tally.named_touched[mention.kind] += any(t in hit for t in own)
    return tally


def report(tally: Tally, label: str) -> list[str]:
    lines = [
        f"{label}: type          mentions touched   named touched   words removed (not a name)"
    ]
    for kind in (*TYPES, "none"):
        lines.append(
            f"  {kind:13s} {tally.touched[kind]:5d}/{tally.mentions[kind]:<6d} "
            f"{tally.named_touched[kind]:5d}/{tally.named[kind]:<6d} "
            f"{tally.words_gone[kind]:5d}/{tally.words[kind]:<6d} ({tally.words_gone_other[kind]})"
        )
    person = tally.named_touched["person"], tally.named["person"]
    false = sum(tally.named_touched[k] for k in TYPES if k != "person")
    words = sum(
        tally.words_gone[k] - tally.words_gone_other[k] for k in tally.words if k != "person"
    )
    lines.append(
        f"  named persons found {person[0] / max(person[1], 1):.3f} ({person[0]}/{person[1]}); "
        f"named mentions of other types touched {false}; words outside a person taken for a "
        f"name {words}"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, required=True, help="the UD_English-GUM clone")
    parser.add_argument("--part", choices=("look", "held", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="words taken for a name, no person's")
    args = parser.parse_args()
    if args.show and args.part != "look":
        raise SystemExit("--show reads the words of the half to look at only: --part look")
    docs = [d for f in sorted(args.gum.glob("*.conllu")) for d in documents(f)]
    parts = ("look", "held") if args.part == "both" else (args.part,)
    for part in parts:
        tally = measure(docs, part, args.show)
        print("\n".join(report(tally, part)))
        print("\n".join(tally.shown))


if __name__ == "__main__":
    main()
