"""Rebuild `sentences.tsv` from Universal Dependencies CoNLL-U files (see README.md).

    python -m bench.real_sentences.build DIR/sv_pud-ud-test.conllu DIR/en_pud-ud-test.conllu \
        plain:DIR/en_atis-ud-train.conllu plain:DIR/en_atis-ud-dev.conllu \
        plain:DIR/en_atis-ud-test.conllu DIR/en_eslspok-ud-train.conllu \
        DIR/en_eslspok-ud-dev.conllu DIR/en_eslspok-ud-test.conllu \
        DIR/no_nynorsklia-ud-test.conllu every=3:DIR/no_nynorsk-ud-test.conllu \
        every=2:DIR/fi_ood-ud-test.conllu every=3:DIR/fi_pud-ud-test.conllu \
        every=2:DIR/de_gsd-ud-test.conllu every=3:DIR/fi_ftb-ud-test.conllu \
        text=no_talk:DIR/sentences_talk_of_norway_cleaned_1k_nob.txt+DIR/...10k_nob.txt \
        jsonl=da_fever:DIR/annotations_test.jsonl+DIR/annotations_train.jsonl \
        jsonl=da_fever:DIR/annotations_dev.jsonl+DIR/annotations_train.jsonl

Keeps a sentence when it holds no digit, no "@" and no link, with the words its annotators
tagged PROPN (proper noun) in a column of their own: every other word the redactor replaces
is a false positive, and in a sentence with none every replaced word is. From a file named
with "plain:" before it only sentences without a PROPN are kept (ATIS is mostly town names);
from one named with "every=K:" only every K-th kept sentence (a sample of a large treebank, so
that the TSV stays small). The pause marks of spoken transcripts ("#" in NynorskLIA) are left
out, as a note typed from the recording would not have them.

Text with no part-of-speech tags is read with "text=SOURCE:" (one sentence a line) or
"jsonl=SOURCE:" (DanFEVER: the Wikipedia sentences of each claim's "evidence", split at a full
stop before a capital); files joined to it by "+" are read only for the capitals below.
Danish and Norwegian write common nouns in lower case, so there every
capitalised word inside a sentence stands for a proper noun, and a sentence's first word does
when the file and those joined to it never write it in lower case but do write it
capitalised inside a sentence ("Kristensen hevder ..."); those words fill the PROPN column.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench import conllu

OUT = Path(__file__).with_name("sentences.tsv")
_UNSAFE = re.compile(r"\d|@|https?:|www\.")
# ESLSpok writes its tokens apart ("park .", "do n't"): written as a note would have them.
_TOKEN_GAP = re.compile(r" (?=[.,?!;:](?:\s|$)|n't\b|'(?:s|re|m|ll|ve|d)\b)")
_PAUSE = re.compile(r"(?:^| )#(?= |$)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def sentences(path: Path) -> list[tuple[str, str, str]]:
    """(sent_id, text, its PROPN words joined by spaces) of every kept sentence of a file."""
    kept = []
    for s in conllu.read_file(path):
        text = _TOKEN_GAP.sub("", _PAUSE.sub("", s.text).strip())
        if text and not _UNSAFE.search(text) and "\t" not in text:
            kept.append((s.sent_id, text, " ".join(w.form for w in s.words if w.upos == "PROPN")))
    return kept


def by_capitals(texts: list[str], reference: list[str]) -> list[tuple[str, str, str]]:
    """(sent_id, text, proper nouns) of untagged Danish or Norwegian sentences: the words
    capitalised inside a sentence, and a first word that `reference` (the texts and more of
    the same source) writes capitalised inside a sentence and never in lower case."""
    kept = [t for t in dict.fromkeys(t.strip() for t in texts) if t and not _UNSAFE.search(t)]
    inside, lower = set(), set()
    for text in [*kept, *reference]:
        for i, m in enumerate(_WORD.finditer(text)):
            word = m.group()
            if word[0].islower():
                lower.add(word.lower())
            elif i:
                inside.add(word)
    rows = []
    for n, text in enumerate(kept, 1):
        words = [m.group() for m in _WORD.finditer(text)]
        propn = [
            w
            for i, w in enumerate(words)
            if w[0].isupper() and (i or (w in inside and w.lower() not in lower))
        ]
        rows.append((str(n), text, " ".join(propn)))
    return rows


def _texts(kind: str, path: Path) -> list[str]:
    """The sentences of a plain text file (one a line) or of DanFEVER's evidence (JSON
    lines: each claim's Wikipedia passages, split at a full stop before a capital)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if kind == "text":
        return lines
    texts = []
    for line in lines:
        for passage in json.loads(line).get("evidence", []):
            texts += _SENTENCE_END.split(" ".join(passage.split()))
    return texts


def untagged(kind: str, paths: str) -> list[tuple[str, str, str]]:
    """Sentences of the first file of `paths` ("A+B+C"); the others only inform which
    words the source writes capitalised (`by_capitals`)."""
    first, *more = [Path(p) for p in paths.split("+")]
    reference = [t for path in more for t in _texts(kind, path)]
    return by_capitals(_texts(kind, first), reference)


def main(paths: list[str]) -> None:
    rows = ["source\tsent_id\ttext\tpropn"]
    for name in paths:
        plain = name.startswith("plain:")
        name = name.removeprefix("plain:")
        every = 1
        if name.startswith("every="):
            step, name = name.removeprefix("every=").split(":", 1)
            every = int(step)
        kind = name.split("=", 1)[0] if name.startswith(("text=", "jsonl=")) else ""
        if kind:
            source, name = name.split("=", 1)[1].split(":", 1)
            had = [row.split("\t")[2] for row in rows if row.startswith(f"{source}\t")]
            found = [row for row in untagged(kind, name) if row[1] not in set(had)]
            rows += [f"{source}\t{int(sid) + len(had)}\t{t}\t{p}" for sid, t, p in found]
            continue
        path = Path(name)
        source = path.name.split("-ud-")[0]
        kept = [row for row in sentences(path) if not (plain and row[2])][::every]
        rows += [f"{source}\t{sid}\t{text}\t{propn}" for sid, text, propn in kept]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sentences written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
