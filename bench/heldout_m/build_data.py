"""Rebuild held-out M's shipped data from the fetched sources (never needed to generate the set).

    python -m bench.heldout_m.build_data MIRRORS

MIRRORS holds `Helsinki-NLP+OPUS-MT-testsets/repo` and `duckduckgo+zeroclickinfo-goodies/repo`
(bare git directories at the commits below, as the `fetch` tool leaves them). Writes
`data/sentences.tsv` (lang, source, sentence: Tatoeba's sentences from the Tatoeba Challenge
test sets, CC BY 2.0 FR) and `data/given.tsv` (origin, name: given names of the name-day
calendars of DuckDuckGo's NameDays goodie, Apache 2.0).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

OPUS_COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
DDG_COMMIT = "5b600e9a03622c6b431e38c6b874db8eb184a31b"
DATA = Path(__file__).parent / "data"
TATOEBA = "datasets/helsinki_nlp/tatoeba/testsets/{pair}/tatoeba-test-v2021-08-07.{lang}"
# (language of the notes, Tatoeba code, language pairs whose test sets hold it)
PAIRS = {
    "sv": ("swe", ("eng-swe", "dan-swe", "fin-swe", "nor-swe", "nob-swe")),
    "da": ("dan", ("dan-eng", "dan-fin", "dan-nob", "dan-nor", "dan-swe")),
    "fi": ("fin", ("eng-fin", "dan-fin", "fin-nob", "fin-nor", "fin-swe", "fin-nno")),
    "nb": ("nob", ("eng-nob", "dan-nob", "fin-nob", "nob-swe", "nno-nob")),
    "no": ("nor", ("eng-nor", "dan-nor", "fin-nor", "nor-swe")),
    "nn": ("nno", ("eng-nno", "fin-nno", "nno-nob")),
    "en": ("eng", ("eng-swe", "dan-eng", "eng-fin", "eng-nob", "eng-nor")),
}
COUNTRIES = {"Sweden": "swe", "Denmark": "dan", "Poland": "pol", "Croatia": "hrv"}
# Tatoeba's stock characters and other names its sentences open with (they would be names
# nobody planted, so sentences holding them are left out).
STOCK = {"Tom", "Mary", "John", "Alice", "Bob", "Ken", "Jack", "Jim", "Mike", "Ziri", "Sami",
         "Layla", "Yanni", "Skura", "Rima", "Mennad", "Baya", "Fadil", "Dan", "Linda", "Jane",
         "Lucy", "Bill", "Ann", "Anna", "Tomi", "Maria", "Pekka", "Lisa"}  # fmt: skip
ENGLISH_I = {"I", "I'm", "I'd", "I'll", "I've"}
WORD_NAMES_OK = {"Will", "May", "Love", "Mark", "Hope", "Alla", "Inga", "Per", "Bo", "Liv", "Aina",
                 "Usko", "Onni", "Satu", "Tuuli", "Ask", "Sol", "Rose", "Bill", "Tor"}  # fmt: skip
# a few insults and slurs left out: the notes are a study's, not a chat room's
ROUGH = re.compile(
    r"\b(fuck\w*|bitch\w*|shit\w*|cunts?|whores?|nigg\w*|fitta|horan?|vittu\w*|jävla\w*)\b", re.I
)
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _show(repo: Path, commit: str, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"{commit}:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def given_names(ddg: Path) -> list[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for country, origin in COUNTRIES.items():
        text = _show(ddg, DDG_COMMIT, f"share/goodie/name_days/{country}.txt")
        for line in text.splitlines():
            for name in line.split(","):
                name = name.strip()
                if name and not name.startswith("*") and re.fullmatch(r"[^\W\d_]{3,12}", name):
                    out.add((origin, name))
    return sorted(out)


def clean(line: str) -> str:
    """Whitespace normalised; invisible characters of the source dropped (in the notes they
    stand only inside identifiers)."""
    line = "".join(c for c in line if unicodedata.category(c) != "Cf")
    return " ".join(line.split())


def keep(sentence: str, lang: str, names: set[str]) -> bool:
    if not 18 <= len(sentence) <= 180 or re.search(r"\d", sentence):
        return False
    if ROUGH.search(sentence):
        return False
    if any(c in sentence for c in '"“”«»()[]{}<>@/#&*_=+|\\~'):
        return False
    words = WORD.findall(sentence)
    if len(words) < 4 or words[0] in names or words[0] in STOCK:
        return False
    for w in words[1:]:
        if w[0].isupper() and not (lang == "en" and w in ENGLISH_I):
            return False  # a proper name, a title or an acronym inside
    return not any(w.rstrip("'s") in STOCK for w in words)


def sentences(opus: Path, names: set[str]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for lang, (code, pairs) in PAIRS.items():
        note_lang = {"nb": "no", "nn": "no"}.get(lang, lang)
        found: list[str] = []
        for pair in pairs:
            text = _show(opus, OPUS_COMMIT, TATOEBA.format(pair=pair, lang=code))
            for line in text.splitlines():
                s = clean(line)
                if s and s not in seen and keep(s, note_lang, names):
                    seen.add(s)
                    found.append(s)
        # a first word never seen in lower case inside a sentence is a name ("Liz", "Elbonia")
        inner = {w for s in found for w in WORD.findall(s)[1:] if w.islower()}
        for s in found:
            first = WORD.findall(s)[0]
            if first.lower() in inner or first in ENGLISH_I or first in WORD_NAMES_OK:
                out.append((lang, "tatoeba", s))
    return out


def main(mirrors: str) -> None:
    root = Path(mirrors)
    opus = root / "Helsinki-NLP+OPUS-MT-testsets" / "repo"
    ddg = root / "duckduckgo+zeroclickinfo-goodies" / "repo"
    given = given_names(ddg)
    from bench.heldout_m.people import GIVEN, WORD_NAMES

    names = {n for _, n in given} | {n for v in GIVEN.values() for n in v.split()}
    names -= set(WORD_NAMES)  # sentences opening with "Will", "May", "Alla" are wanted
    rows = sentences(opus, names)
    DATA.mkdir(exist_ok=True)
    with open(DATA / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write(
            "# lang\tsource\tsentence (Tatoeba, CC BY 2.0 FR, via Tatoeba Challenge test sets)\n"
        )
        f.writelines(f"{a}\t{b}\t{c}\n" for a, b, c in rows)
    with open(DATA / "given.tsv", "w", encoding="utf-8") as f:
        f.write("# origin\tgiven name (name-day calendars of DuckDuckGo's NameDays, Apache 2.0)\n")
        f.writelines(f"{a}\t{b}\n" for a, b in given)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror")
