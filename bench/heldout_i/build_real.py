"""Rebuild `real.tsv`, held-out I's real sentences, from Universal Dependencies treebanks.

    python -m bench.heldout_i.build_real DIR   # DIR holds the .conllu files listed in FILES

The sentences are published text nobody at Casebook wrote, annotated by other people:
UD_Swedish-Talbanken (professional prose, Lund University), UD_Swedish-SweLL (essays by adult
learners of Swedish, Språkbanken) and UD_English-EWT (web text: e-mail, reviews, blogs,
answers), all CC BY-SA 4.0 (commits in README.md). A sentence is kept only when it can carry
no identifier nobody labelled: no token its annotators tagged as a proper noun (PROPN), no
e-mail address or link, no run of five digits or more, nothing shaped like a date or a clock
time. What is recorded beside each sentence comes from its annotators' tags, not from us:

- `subj`: a third-person personal pronoun a name can stand in for ("hon", "he");
- `poss`: a possessive pronoun a name's genitive can stand in for ("hennes", "his");
- `word`: a word that is also a given name used as a word (not PROPN): "per", "will", "my".

A file name, a word of letters and digits or a date such as "01-Feb-02" also drops a
sentence: annotators do not tag a name inside "Lisa_resume.doc" as a proper noun.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FILES = (
    ("talbanken", "sv", "sv_talbanken-ud-dev.conllu"),
    ("talbanken", "sv", "sv_talbanken-ud-test.conllu"),
    ("swell", "sv", "sv_swell-ud-test.conllu"),
    ("ewt", "en", "en_ewt-ud-dev.conllu"),
    ("ewt", "en", "en_ewt-ud-test.conllu"),
)
OUT = Path(__file__).with_name("real.tsv")

# Words that are also given names (of people in held-out I's registry or its unregistered
# third parties); chosen from names, not from any other set or rule.
HOMOGRAPHS = frozenset(
    "per bo hans sten dag saga klara ros liv ask vilja vide stig gun bror karl linnea viola "
    "iris rut björn my love will may mark bill rose hope grace joy frank grant sky dawn ruby "
    "robin ray guy miles dean rich pat sue art said lily holly summer ivy penny crystal "
    "hunter chase faith august april june eva tor alva nova".split()
)
SUBJECT = {"sv": {"han", "hon"}, "en": {"he", "she"}}
POSSESSIVE = {"sv": {"hans", "hennes"}, "en": {"his", "her"}}
_UNSAFE = re.compile(
    r"@|https?:|www\.|\.(?:com|se|org|net)\b|\d{5}|\d[\d .-]{6,}\d|\d{1,2}[./:]\d{1,2}"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
    r"|_|\.(?:doc|pdf|xls|txt)\b|\b(?=\w*\d)(?=\w*[^\W\d])\w+",
    re.IGNORECASE,
)  # also file names and words mixing letters and digits ("Sam3102.doc", "EY4108")
_MONTH_FIRST = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|januari|februari|mars|juni|juli|augusti|oktober)\s+\d", re.IGNORECASE
)  # fmt: skip


def _tokens(block: list[str]) -> list[tuple[str, str, str, str, bool]] | None:
    """(form, upos, feats, deprel, space_after) per word, or None for a sentence with
    multiword tokens (its surface and its words differ)."""
    out = []
    for line in block:
        cols = line.split("\t")
        if "-" in cols[0]:
            return None
        if "." in cols[0]:
            continue
        out.append((cols[1], cols[3], cols[5], cols[7], "SpaceAfter=No" not in cols[9]))
    return out


def _detokenised(tokens: list[tuple[str, str, str, str, bool]], source: str) -> list[bool]:
    """Space after each token; SweLL writes no SpaceAfter, so punctuation decides there."""
    if source != "swell":
        return [t[4] for t in tokens]
    spaces = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        spaces.append(not (nxt in {".", ",", "!", "?", ":", ";", ")"} or t[0] == "("))
    return spaces


def sentence(block: list[str], source: str, lang: str) -> tuple[str, list[str]] | None:
    tokens = _tokens(block)
    if not tokens or any(t[1] == "PROPN" for t in tokens):
        return None
    spaces = _detokenised(tokens, source)
    text, marks = "", []
    for (form, upos, feats, deprel, _), space in zip(tokens, spaces, strict=True):
        start, low = len(text), form.lower()
        text += form + (" " if space else "")
        role = None
        if low in SUBJECT[lang] and upos == "PRON" and deprel == "nsubj":
            role = "subj"
        elif low in POSSESSIVE[lang] and "Poss=Yes" in feats:
            role = "poss"
        elif low in HOMOGRAPHS:
            role = f"word:{upos}"
        if role:
            marks.append(f"{start}:{start + len(form)}:{role}")
    text = text.strip()
    if len(text) < 12 or _UNSAFE.search(text) or _MONTH_FIRST.search(text) or "\t" in text:
        return None
    return text, marks


def build(directory: Path) -> list[str]:
    rows = []
    for source, lang, name in FILES:
        block: list[str] = []
        for line in (directory / name).read_text(encoding="utf-8").splitlines() + [""]:
            if line and not line.startswith("#"):
                block.append(line)
                continue
            if not line and block:
                found = sentence(block, source, lang)
                if found:
                    rows.append(f"{source}\t{lang}\t{found[0]}\t{';'.join(found[1])}")
                block = []
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]))
    header = "# source\tlang\ttext\tmarks (start:end:role); CC BY-SA 4.0, see README.md\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} sentences to {OUT}")


if __name__ == "__main__":
    main()
