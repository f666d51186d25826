"""Development-time generator of `app/casebook/deid/data/verbs_sv.txt`: Swedish verbs whose
infinitive ends in "-a" and that hunspell-sv conjugates, one lower-case infinitive a line.

Never imported by Casebook: the redactor reads the plain file (`swedish_infinitives.py`).
Regenerate with

    apt-get download hunspell-sv
    dpkg-deb -x hunspell-sv_*.deb root
    PYTHONPATH=app:. python -m bench.build_swedish_verbs --root root

hunspell-sv (1:7.5.0-1, LGPL-3), the spelling checker LibreOffice and Firefox use, gives each
stem of `sv_SE.dic` the affix flags that make its forms. An entry is written here when it is
in lower case, ends in "a", and carries both flag "m" (the present tense in "-r": "tindrar")
and flag "M" (the past in "-de"/"-t": "tindrade", "tindrat"), which only verbs take
(`sv_SE.aff`: "SFX m 0 r .", "SFX M 0 de a"): "tindra", "ebba", "klara", "lotta". Nouns
("viola/AbEG") and adjectives are left out. Nothing of a held-out or validation set was read
to make it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "app/casebook/deid/data"
_HEADER = (
    "# Swedish verbs whose infinitive ends in -a: hunspell-sv 1:7.5.0-1 (LGPL-3) sv_SE.dic\n"
    "# entries in lower case with the present (m) and past (M) flags;\n"
    "# PYTHONPATH=app:. python -m bench.build_swedish_verbs --root ROOT\n"
)


def verbs(dic: Path) -> list[str]:
    """The lower-case infinitives in "-a" of `dic` (hunspell's `sv_SE.dic`) that carry the
    present-tense flag "m" and the past-tense flag "M"."""
    found: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        if (
            word.isalpha()
            and word.islower()
            and word.endswith("a")
            and "m" in flags
            and "M" in flags
        ):
            found.add(word)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True, help="the unpacked hunspell-sv .deb")
    args = parser.parse_args()
    words = verbs(args.root / "usr/share/hunspell/sv_SE.dic")
    out = DATA / "verbs_sv.txt"
    out.write_text(_HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} verbs -> {out}")


if __name__ == "__main__":
    main()
