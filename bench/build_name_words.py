"""Development-time generator of `app/casebook/deid/data/name_words.tsv`: frequent ordinary words
of Swedish, Norwegian, Danish and Finnish that the name lexicon also holds as a family name.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    pip install wordfreq==3.1.1            # the bench extra
    apt-get download hunspell libhunspell-1.7-0 hunspell-sv hunspell-no hunspell-da \\
        voikko-fi libvoikko1 libhfstospell11 python3-libvoikko
    for f in *.deb; do dpkg-deb -x $f root; done
    export LD_LIBRARY_PATH=root/usr/lib/x86_64-linux-gnu
    PYTHONPATH=app:.:root/usr/lib/python3/dist-packages python -m bench.build_name_words --root root

`common_<lang>.txt` holds a language's frequent words that a plain word list (Debian's
`wswedish`, `wnorwegian`, `wdanish`) or voikko lists in lower case. Plain word lists hold
few inflected forms, so a frequent inflection ("pappas", dad's; Finnish "tarhan", of the
yard) is in no common list, and where the lexicon holds it as a family name (Greek Pappas,
Turkish Tarhan) it is read as a name wherever it opens a sentence. The same holds for a
rarer word of `known_<lang>.txt` (Finnish "luostari", a monastery), since the known lists
never make a name of the lexicon ordinary.

A word is written here, as `lang<TAB>word`, when it is

- among wordfreq's `--top` (100,000) most frequent words of the language and more frequent
  there than in English and in German (names travel, and English and German text hold the
  world's: "porter", "gates", "sims", "meier", "strasser" are surnames that a Swedish or
  Norwegian dictionary also accepts, as an English loan or an inflected form);
- a family name of the lexicon and no given name of it (a given name opening a sentence is
  a person more often than not: "Anna", "Verda", "Aatto" stay names);
- no name that people of the language's countries bear (`names_own.tsv`, Sweden's with
  each: "Kvist", "Seppä", "Strand" stay names);
- accepted in lower case by the language's spelling checker as one word, not a compound:
  hunspell (`hunspell-sv`, `hunspell-no` bokmål and nynorsk, `hunspell-da`), whose affix
  rules accept inflected forms, with no last part that family names end in ("-berg",
  "-ström", `vocab.NAME_ELEMENTS`, `lexicon.SURNAME_ENDINGS`); voikko for Finnish, which
  analyses a word, so that only a word with a reading as a common noun, adjective, verb or
  adverb of one part counts ("tarhan", "luostari"; not the compound "honkasalo", a
  surname made of two words, nor "seppä" read as a surname), and none ending in "-nen", as
  most Finnish family names do ("Kuusinen", "Lintunen", though words too);
- in no `common_<lang>.txt` already.

Material: wordfreq 3.1.1 (CC BY-SA 4.0 data), hunspell dictionaries (LGPL/GPL: Swedish
LGPL-3, Norwegian GPL-2, Danish GPL-2), voikko-fi (GPL-2+), the lexicon's own lists.
"""

from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

from casebook.deid import lexicon, note_language, vocab

DATA = Path(__file__).resolve().parents[1] / "app/casebook/deid/data"
LANGUAGES = ("sv", "nb", "da", "fi")
HUNSPELL = {"sv": ("sv_SE",), "nb": ("nb_NO", "nn_NO"), "da": ("da_DK",)}
# voikko's classes of an ordinary word: noun, adjective, verb, adverb and their kin.
_VOIKKO_WORD = frozenset(
    "nimisana laatusana nimisana_laatusana teonsana seikkasana asemosana suhdesana"
    " sidesana huudahdussana kieltosana lukusana".split()
)


def hunspell_accepts(words: list[str], dictionary: str, root: Path) -> set[str]:
    """The words hunspell's `dictionary` accepts as written (lower case)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(root / "usr/lib/x86_64-linux-gnu"))
    out = subprocess.run(
        [str(root / "usr/bin/hunspell"), "-d", str(root / "usr/share/hunspell" / dictionary), "-G"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return set(out.split())


def _name_tail(word: str) -> bool:
    """Whether a word ends like a Scandinavian or other family name ("-berg", "-sson")."""
    return word.endswith(lexicon.SURNAME_ENDINGS) or any(
        word.endswith(tail) and len(word) - len(tail) >= 3 for tail in vocab.NAME_ELEMENTS
    )


class _Finnish:
    def __init__(self, root: Path) -> None:
        import libvoikko  # type: ignore[import-not-found]  # development only

        libvoikko.Voikko.setLibrarySearchPath(str(root / "usr/lib/x86_64-linux-gnu"))
        self.voikko = libvoikko.Voikko("fi", path=str(root / "usr/lib/voikko"))

    def word(self, word: str) -> bool:
        """An ordinary Finnish word of one part, by one of voikko's readings."""
        return any(
            a.get("CLASS") in _VOIKKO_WORD and a.get("STRUCTURE", "").count("=") == 1
            for a in self.voikko.analyze(word)
        )


def build(root: Path, top: int) -> list[str]:
    import wordfreq  # development only (bench extra)

    family, given = lexicon.family_names(), lexicon.given_names()
    rows: list[str] = []
    finnish = _Finnish(root)
    for lang in LANGUAGES:
        common = vocab._read(f"common_{lang}.txt")
        own = note_language.own_names(lang) if lang != "sv" else _swedish_names()
        candidates = [
            w
            for w in wordfreq.top_n_list(lang, top)
            if len(w) >= 3
            and w.isalpha()
            and w in family
            and w not in given
            and w not in own
            and w not in common
            and wordfreq.zipf_frequency(w, lang)
            > max(wordfreq.zipf_frequency(w, other) for other in ("en", "de"))
        ]
        if lang == "fi":  # "-nen" ends most Finnish family names ("Kuusinen", "Lintunen")
            kept = [w for w in candidates if finnish.word(w) and not w.endswith("nen")]
        else:
            accepted = set().union(*(hunspell_accepts(candidates, d, root) for d in HUNSPELL[lang]))
            kept = [w for w in candidates if w in accepted and not _name_tail(w)]
        rows += [f"{lang}\t{w}" for w in sorted(kept)]
        print(lang, len(candidates), "->", len(kept))
    return rows


def _swedish_names() -> frozenset[str]:
    """Sweden's names: `names_own.tsv` lists them with every neighbour's."""
    return frozenset.intersection(*(note_language.own_names(lang) for lang in ("nb", "da", "fi")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="the unpacked .deb packages")
    parser.add_argument("--top", type=int, default=100_000)
    args = parser.parse_args()
    rows = build(args.root, args.top)
    header = [
        "# Frequent words of a language that the name lexicon holds as a family name:",
        "# made by bench/build_name_words.py (wordfreq 3.1.1, hunspell-sv/-no/-da, voikko-fi).",
    ]
    (DATA / "name_words.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
