"""Development-time generator of the shipped common-word lists (`common_*.txt` and
`known_*.txt` in app/casebook/deid/data/, written in place).

Never imported by Casebook: the redactor reads the plain files. Regenerate with

    pip install wordfreq==3.1.1            # into a scratch virtualenv, not the project's
    apt-get download wbritish wamerican wswedish && for f in *.deb; do dpkg-deb -x $f root; done
    python -m bench.build_wordlists --dicts root/usr/share/dict --top 20000 --known 100000

and for the neighbours' languages and German (sentences written in them, `note_language.py`):

    apt-get download wnorwegian wdanish wngerman libvoikko1 libhfstospell11 voikko-fi \\
        python3-libvoikko && for f in *.deb; do dpkg-deb -x $f root; done
    LD_LIBRARY_PATH=root/usr/lib/x86_64-linux-gnu \\
        python -m bench.build_wordlists --dicts root/usr/share/dict --top 20000 --known 50000 \\
        --languages nb,da,fi,de --voikko root

A word is "common" when it is among the `--top` most frequent words of the language in wordfreq
AND a spelling dictionary lists it in lower case. Frequency alone is not enough: frequency lists
are full of given names ("anna", "erik" are among the 2,000 most frequent Swedish words), and a
given name in the common-word list would make the redactor treat it as an ordinary word. Spelling
dictionaries write proper nouns capitalised, so the lower-case entry is the evidence that the word
is an ordinary word ("may", "will", "per", "inga", "hans", "berg" stay in; "anna", "elin" drop
out).

A word is "known" (`known_*.txt`) when it is ranked after the common words but among the
`--known` most frequent, with the same dictionary test: rarer ordinary words and inflected forms
("kuratorn", "sköterskan", "tolken", "carers"). They never decide whether a name of the lexicon
is an ordinary word; they only say that a capitalised word nobody knows as a name is a word.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

from casebook import deid

DATA = Path(deid.__file__).with_name("data")  # the package's lists, written in place

SOURCES = {
    "en": (("british-english", "utf-8"), ("american-english", "utf-8")),
    "sv": (("swedish", "latin-1"),),
}

# The neighbours' languages and German, for sentences written in them (`note_language.py`):
# Debian's `wnorwegian` (bokmål and nynorsk; wordfreq's "nb" frequencies), `wdanish` and
# `wngerman`. Finnish has no Debian word list: voikko (`voikko-fi`, Finnish morphology) is
# the spelling dictionary there, and it too accepts a proper noun only capitalised
# ("helsinki", "mikko" are rejected, "anna", "satu", "toivo" accepted: they are words).
NEIGHBOURS = {
    "nb": (("bokmaal", "latin-1"), ("nynorsk", "latin-1")),
    "da": (("danish", "utf-8"),),
    "de": (("ngerman", "utf-8"),),
    "fi": (),  # voikko
}


def lower_case_entries(folder: Path, files: tuple[tuple[str, str], ...]) -> set[str]:
    words: set[str] = set()
    for name, encoding in files:
        for line in (folder / name).read_text(encoding=encoding).splitlines():
            word = line.strip()
            if word and word == word.lower():
                words.add(word)
    return words


def german_nouns(folder: Path) -> set[str]:
    """German writes every noun capitalised, so `wngerman`'s capitalised entries are mostly
    nouns ("Mutter", "Termin"); those the name lexicon or the towns know are left out
    ("Peter", "Berlin", "Müller")."""
    from casebook.deid import lexicon

    names = lexicon.all_names() | lexicon.places()
    words = set()
    for line in (folder / "ngerman").read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word[:1].isupper() and word[1:].islower() and word.lower() not in names:
            words.add(word.lower())
    return words


class _Voikko:
    """Finnish spelling by voikko (`libvoikko1`, `voikko-fi`, `python3-libvoikko` unpacked
    under `root`): a lower-case word it accepts is an ordinary word."""

    def __init__(self, root: Path):
        import sys

        sys.path.insert(0, str(root / "usr/lib/python3/dist-packages"))
        import libvoikko  # type: ignore[import-not-found]

        libvoikko.Voikko.setLibrarySearchPath(str(root / "usr/lib/x86_64-linux-gnu"))
        self.voikko = libvoikko.Voikko("fi", path=str(root / "usr/lib/voikko"))

    def __contains__(self, word: str) -> bool:
        return word == word.lower() and bool(self.voikko.spell(word))


def dictionary_of(lang: str, dicts: Path, voikko: Path | None) -> set[str] | _Voikko:
    if lang == "fi":
        if voikko is None:
            raise SystemExit("Finnish needs --voikko (the unpacked voikko packages)")
        return _Voikko(voikko)
    files = SOURCES.get(lang) or NEIGHBOURS[lang]
    words = lower_case_entries(dicts, files)
    return words | german_nouns(dicts) if lang == "de" else words


def build(
    dicts: Path, top: int, known: int, languages: tuple[str, ...], voikko: Path | None = None
) -> None:
    import wordfreq  # development-time only

    for lang in languages:
        dictionary = dictionary_of(lang, dicts, voikko)
        ranked = wordfreq.top_n_list(lang, max(top, known))
        keep = [w for w in ranked[:top] if len(w) >= 2 and w.isalpha() and w in dictionary]
        header = (
            f"# Common {lang} words: wordfreq {version('wordfreq')} top {top}"
            " that a spelling dictionary lists in lower case.\n"
            "# Generated by bench/build_wordlists.py; one word per line, by frequency.\n"
        )
        (DATA / f"common_{lang}.txt").write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
        rarer = [w for w in ranked[top:] if len(w) >= 2 and w.isalpha() and w in dictionary]
        header = (
            f"# Known {lang} words: wordfreq {version('wordfreq')} ranks {top + 1}-{known}"
            " that a spelling dictionary lists in lower case.\n"
            "# Generated by bench/build_wordlists.py; one word per line, sorted.\n"
        )
        text = header + "\n".join(sorted(set(rarer) - set(keep))) + "\n"
        (DATA / f"known_{lang}.txt").write_text(text, encoding="utf-8")
        print(f"{lang}: {len(keep)} common words, {len(rarer)} known words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dicts", type=Path, required=True, help="folder with the word lists")
    parser.add_argument("--top", type=int, default=20000)
    parser.add_argument("--known", type=int, default=100000)
    parser.add_argument("--languages", default="en,sv", help="en,sv or nb,da,fi,de")
    parser.add_argument("--voikko", type=Path, help="root of the unpacked voikko packages (fi)")
    args = parser.parse_args()
    build(args.dicts, args.top, args.known, tuple(args.languages.split(",")), args.voikko)


if __name__ == "__main__":
    main()
