"""Rebuild `sentences.tsv` from Universal Dependencies CoNLL-U files (see README.md).

    python -m bench.real_sentences.build DIR/sv_pud-ud-test.conllu DIR/en_pud-ud-test.conllu \
        plain:DIR/en_atis-ud-train.conllu plain:DIR/en_atis-ud-dev.conllu \
        plain:DIR/en_atis-ud-test.conllu DIR/en_eslspok-ud-train.conllu \
        DIR/en_eslspok-ud-dev.conllu DIR/en_eslspok-ud-test.conllu \
        DIR/no_nynorsklia-ud-test.conllu every=3:DIR/no_nynorsk-ud-test.conllu \
        every=2:DIR/fi_ood-ud-test.conllu every=3:DIR/fi_pud-ud-test.conllu \
        every=2:DIR/de_gsd-ud-test.conllu

Keeps a sentence when it holds no digit, no "@" and no link, with the words its annotators
tagged PROPN (proper noun) in a column of their own: every other word the redactor replaces
is a false positive, and in a sentence with none every replaced word is. From a file named
with "plain:" before it only sentences without a PROPN are kept (ATIS is mostly town names);
from one named with "every=K:" only every K-th kept sentence (a sample of a large treebank, so
that the TSV stays small). The pause marks of spoken transcripts ("#" in NynorskLIA) are left
out, as a note typed from the recording would not have them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("sentences.tsv")
_UNSAFE = re.compile(r"\d|@|https?:|www\.")
# ESLSpok writes its tokens apart ("park .", "do n't"): written as a note would have them.
_TOKEN_GAP = re.compile(r" (?=[.,?!;:](?:\s|$)|n't\b|'(?:s|re|m|ll|ve|d)\b)")
_PAUSE = re.compile(r"(?:^| )#(?= |$)")


def sentences(path: Path) -> list[tuple[str, str, str]]:
    """(sent_id, text, its PROPN words joined by spaces) of every kept sentence of a file."""
    kept, sent_id, text, tags = [], "", "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            raw = _PAUSE.sub("", line.split("=", 1)[1].strip()).strip()
            text, tags = _TOKEN_GAP.sub("", raw), []
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if cols[0].isdigit() and cols[3] == "PROPN":
                tags.append(cols[1])
        elif not line and text:
            if not _UNSAFE.search(text) and "\t" not in text:
                kept.append((sent_id, text, " ".join(tags)))
            text = ""
    return kept


def main(paths: list[str]) -> None:
    rows = ["source\tsent_id\ttext\tpropn"]
    for name in paths:
        plain = name.startswith("plain:")
        name = name.removeprefix("plain:")
        every = 1
        if name.startswith("every="):
            step, name = name.removeprefix("every=").split(":", 1)
            every = int(step)
        path = Path(name)
        source = path.name.split("-ud-")[0]
        kept = [row for row in sentences(path) if not (plain and row[2])][::every]
        rows += [f"{source}\t{sid}\t{text}\t{propn}" for sid, text, propn in kept]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sentences written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
