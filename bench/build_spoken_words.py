"""Development-time generator of `app/casebook/deid/data/spoken_sv.txt`: frequent Swedish words
of speech and chat that the plain word list lacks, read as known words (`vocab.known_words`).

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    pip install wordfreq==3.1.1            # the bench extra
    apt-get download hunspell libhunspell-1.7-0 hunspell-sv
    for f in *.deb; do dpkg-deb -x $f root; done
    PYTHONPATH=app:. python -m bench.build_spoken_words --root root

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

from casebook.deid import lexicon, vocab

from bench.build_name_words import _name_tail, _swedish_names, hunspell_accepts

DATA = Path(__file__).resolve().parents[1] / "app/casebook/deid/data"
KINDS = ("common", "known")
_COMPOUNDING = re.compile(r"^(COMPOUND|ONLYINCOMPOUND|CHECKCOMPOUND)")


def _without_compounds(root: Path, folder: Path) -> Path:
    """A copy of hunspell-sv under `folder`/usr/share/hunspell with its compound rules cut."""
    source = root / "usr/share/hunspell"
    target = folder / "usr/share/hunspell"
    target.mkdir(parents=True)
    aff = (source / "sv_SE.aff").read_text(encoding="utf-8").splitlines()
    kept = [line for line in aff if not _COMPOUNDING.match(line)]
    (target / "sv_SE.aff").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (target / "sv_SE.dic").write_bytes((source / "sv_SE.dic").read_bytes())
    (folder / "usr/bin").mkdir(parents=True)
    (folder / "usr/bin/hunspell").symlink_to((root / "usr/bin/hunspell").resolve())
    (folder / "usr/lib").mkdir(parents=True)
    (folder / "usr/lib/x86_64-linux-gnu").symlink_to((root / "usr/lib/x86_64-linux-gnu").resolve())
    return folder


def build(root: Path, top: int) -> list[str]:
    import wordfreq  # development only (bench extra)

    known = vocab.curated_ordinary().union(  # the lists before this one, not itself
        *(vocab._read(f"{kind}_{lang}.txt") for kind in KINDS for lang in vocab.LANGUAGES),
        vocab._read("clinical_en.txt"),
    )
    names, places = lexicon.all_names(), lexicon.places()
    own = _swedish_names()
    candidates = [
        w
        for w in wordfreq.top_n_list("sv", top)
        if len(w) >= 3
        and w.isalpha()
        and w not in known
        and w not in names
        and w not in places
        and w not in own
        and not _name_tail(w)
        and wordfreq.zipf_frequency(w, "sv")
        > max(wordfreq.zipf_frequency(w, other) for other in ("en", "de"))
    ]
    with tempfile.TemporaryDirectory() as tmp:
        accepted = hunspell_accepts(candidates, "sv_SE", _without_compounds(root, Path(tmp)))
    kept = [w for w in candidates if w in accepted]
    print(len(candidates), "->", len(kept))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="the unpacked .deb packages")
    parser.add_argument("--top", type=int, default=20_000)
    args = parser.parse_args()
    words = build(args.root, args.top)
    header = [
        "# Frequent Swedish words of speech and chat that wswedish lacks and hunspell-sv",
        "# accepts: made by bench/build_spoken_words.py (wordfreq 3.1.1, hunspell-sv 7.5.0).",
    ]
    (DATA / "spoken_sv.txt").write_text("\n".join(header + words) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
