"""Development-time generator of `app/casebook/deid/data/spoken_sv.txt` and `spoken_en.txt`:
frequent Swedish and English words of speech and chat that the plain word lists lack, read as
common words of their language (`vocab.frequent_words`).

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    pip install wordfreq==3.1.1            # the bench extra
    apt-get download hunspell libhunspell-1.7-0 hunspell-sv hunspell-en-us
    for f in *.deb; do dpkg-deb -x $f root; done
    PYTHONPATH=app:. python -m bench.build_spoken_words --root root
    PYTHONPATH=app:. python -m bench.build_spoken_words --root root --lang en

English (`spoken_en.txt`): Debian's `wamerican`/`wbritish` lack the interjections and words of
the forums that hunspell-en-us 1:2020.12.07-2 (SCOWL, LGPL/MIT-like) accepts ("yikes",
"congrats", "dammit", "nah"), which Reddit comments open a sentence with, capitalised. The
same gates hold, against Swedish and German, and one more: hunspell-en-us lists a proper noun
capitalised, so a word it also holds capitalised or in capitals ("Mel", "Dickens", "Java",
"ATM") is left out, a name being one reading of it.

`common_sv.txt` and `known_sv.txt` hold the frequent words of wordfreq that Debian's plain
Swedish word list (`wswedish`) holds in lower case. That list has few inflected and
colloquial forms: "såna" (sådana, such), "jävlas" (to mess with someone, a deponent verb),
"hehe" (laughter), "motoriserad" (a participle), frequent in the subtitles, forum posts and
chat that wordfreq counts, are in neither, so a capitalised one opening a line of speech is
read as a word nobody knows, as a stranger's name may be. hunspell-sv, the spelling checker
LibreOffice and Firefox use, accepts them through its affix rules.

A word is written here when it is

- among wordfreq's `--top` (20,000, the range of `common_sv.txt`) most frequent Swedish
  words, of letters only, three or more, and more frequent in Swedish than in English and
  in German (a name that travels is counted in every language's news: "pitt", "java");
- accepted in lower case by hunspell-sv with its compound rules switched off (a compound
  of two words may be a place or a family name: "Lindholm", "Rosendal");
- no name of the lexicon (given or family), no place of it, no name Swedes bear
  (`names_own.tsv`), and without the last part of a family or place name
  (`vocab.NAME_ELEMENTS`, `lexicon.SURNAME_ENDINGS`);
- in no `common_*`/`known_*` list of Swedish or English already.

Material: wordfreq 3.1.1 (CC BY-SA 4.0 data), hunspell-sv 1:7.5.0-1 (LGPL-3), the lexicon's
own lists.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from casebook.deid import lexicon, note_language, vocab

from bench.build_name_words import _name_tail, _swedish_names, hunspell_accepts

DATA = Path(__file__).resolve().parents[1] / "app/casebook/deid/data"
KINDS = ("common", "known")
_COMPOUNDING = re.compile(r"^(COMPOUND|ONLYINCOMPOUND|CHECKCOMPOUND)")


# Each language: its hunspell dictionary and the languages it must be more frequent in than.
DICTIONARIES = {"sv": "sv_SE", "en": "en_US"}
RIVALS = {"sv": ("en", "de"), "en": ("sv", "de")}


def _without_compounds(root: Path, folder: Path, dictionary: str = "sv_SE") -> Path:
    """A copy of a hunspell dictionary under `folder`/usr/share/hunspell with its compound
    rules cut."""
    source = root / "usr/share/hunspell"
    target = folder / "usr/share/hunspell"
    target.mkdir(parents=True)
    aff = (source / f"{dictionary}.aff").read_text(encoding="utf-8").splitlines()
    kept = [line for line in aff if not _COMPOUNDING.match(line)]
    (target / f"{dictionary}.aff").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (target / f"{dictionary}.dic").write_bytes((source / f"{dictionary}.dic").read_bytes())
    (folder / "usr/bin").mkdir(parents=True)
    (folder / "usr/bin/hunspell").symlink_to((root / "usr/bin/hunspell").resolve())
    (folder / "usr/lib").mkdir(parents=True)
    (folder / "usr/lib/x86_64-linux-gnu").symlink_to((root / "usr/lib/x86_64-linux-gnu").resolve())
    return folder


def _proper_nouns(root: Path, dictionary: str) -> frozenset[str]:
    """The words a hunspell dictionary lists capitalised or in capitals, in lower case."""
    dic = (root / "usr/share/hunspell" / f"{dictionary}.dic").read_text(encoding="utf-8")
    stems = (line.split("/", 1)[0].strip() for line in dic.splitlines()[1:])
    return frozenset(w.lower() for w in stems if w[:1].isupper())


def build(root: Path, top: int, lang: str = "sv") -> list[str]:
    import wordfreq  # development only (bench extra)

    known = vocab.curated_ordinary().union(  # the lists before this one, not itself
        *(vocab._read(f"{kind}_{lang}.txt") for kind in KINDS for lang in vocab.LANGUAGES),
        vocab._read("clinical_en.txt"),
    )
    names, places = lexicon.all_names(), lexicon.places()
    own = _swedish_names() if lang == "sv" else note_language.own_names(lang)
    proper = _proper_nouns(root, DICTIONARIES[lang]) if lang == "en" else frozenset()
    candidates = [
        w
        for w in wordfreq.top_n_list(lang, top)
        if len(w) >= 3
        and w.isalpha()
        and w not in known
        and w not in names
        and w not in places
        and w not in own
        and w not in proper
        and (lang != "sv" or not _name_tail(w))
        and wordfreq.zipf_frequency(w, lang)
        > max(wordfreq.zipf_frequency(w, other) for other in RIVALS[lang])
    ]
    dictionary = DICTIONARIES[lang]
    with tempfile.TemporaryDirectory() as tmp:
        folder = _without_compounds(root, Path(tmp), dictionary)
        accepted = hunspell_accepts(candidates, dictionary, folder)
    kept = [w for w in candidates if w in accepted]
    print(len(candidates), "->", len(kept))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="the unpacked .deb packages")
    parser.add_argument("--top", type=int, default=20_000)
    parser.add_argument("--lang", choices=sorted(DICTIONARIES), default="sv")
    args = parser.parse_args()
    words = build(args.root, args.top, args.lang)
    header = {
        "sv": [
            "# Frequent Swedish words of speech and chat that wswedish lacks and hunspell-sv",
            "# accepts: made by bench/build_spoken_words.py (wordfreq 3.1.1, hunspell-sv 7.5.0).",
        ],
        "en": [
            "# Frequent English words of speech and chat that wamerican/wbritish lack and",
            "# hunspell-en-us accepts in lower case only: made by bench/build_spoken_words.py",
            "# --lang en (wordfreq 3.1.1, hunspell-en-us 1:2020.12.07-2).",
        ],
    }[args.lang]
    out = DATA / f"spoken_{args.lang}.txt"
    out.write_text("\n".join(header + words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
