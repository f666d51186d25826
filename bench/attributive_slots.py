"""Whether a person typed in lower case after a Finnish or Swedish attribute is still found.

    PYTHONPATH=app:. .venv/bin/python -m bench.attributive_slots --ud UD-DIR

`attributive_nouns.noun_here` keeps a lower-case registered word that is a noun of its
language after an attribute ("tuo pieni taimi", "av ljus lönn"). This bench puts a registered
word-name in lower case (Finnish "taimi" of a registered Taimi Heikkilä, Swedish "lönn" of a
registered Mikael Lönn) in place of every proper noun (UPOS PROPN, one word; Finnish in the
nominative, Swedish in no genitive: the name's own form, which the rule reads) of UD's Finnish
and Swedish dev and test files, the place a person's name stands, and counts how many the
redactor removes with the rule and without it (`noun_here` made to answer no), and prints the
sentences where the rule keeps one. The treebanks' sentences are only read and counted.
Talbanken's test file is the one `bench/build_attributives.py` did not read: its figure is
the independent one; on the other files an attribute of a proper noun is left out of the
list by construction.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from unittest import mock

from casebook.deid import NameEntry, Redactor, Registry, attributive_nouns

from bench.conllu import columns

_WORD = {"fi": ("taimi", "Taimi Heikkilä"), "sv": ("lönn", "Mikael Lönn")}


def _cases(ud: Path) -> list[tuple[str, str, str, int]]:
    """(file, language, sentence, offset of the lower-case name) for every proper noun."""
    cases = []
    for path in sorted(ud.rglob("*.conllu")):
        lang = path.name[:2]
        if lang not in _WORD:
            continue
        word = _WORD[lang][0]
        for words in columns(path):
            forms = [w[1] for w in words]
            for i, w in enumerate(words):
                feats = w[5].split("|")
                if (
                    w[3] != "PROPN"
                    or i == 0
                    or not forms[i - 1].isalpha()
                    or (lang == "fi" and "Case=Nom" not in feats)
                    or "Case=Gen" in feats
                ):
                    continue  # the name's own form only: "taimin", "lönns" are other tokens
                before = " ".join(forms[:i])
                text = " ".join([*forms[:i], word, *forms[i + 1 :]])
                cases.append((path.name, lang, text, len(before) + 1))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    redactor = Redactor(
        Registry(
            [NameEntry("p:1", _WORD["fi"][1], "[P-1]"), NameEntry("p:2", _WORD["sv"][1], "[P-2]")]
        )
    )
    cases = _cases(args.ud)

    def found(text: str, at: int) -> bool:
        return any(span.start == at for span in redactor.spans(text))

    totals: dict[str, list[int]] = {}
    kept = []
    for name, _lang, text, at in cases:
        after = found(text, at)
        with mock.patch.object(attributive_nouns, "noun_here", return_value=False):
            before = found(text, at)
        row = totals.setdefault(name, [0, 0, 0])
        row[0] += 1
        row[1] += before
        row[2] += after
        if before and not after:
            kept.append((name, text))
    for name, (n, before, after) in sorted(totals.items()):
        print(
            f"{name}: {n} proper nouns put in lower case; removed without the rule {before},"
            f" with it {after}"
        )
    print(f"all: lost {len(kept)}")
    for name, text in kept[: args.show]:
        print(f"  {name}: {text}")


if __name__ == "__main__":
    main()
