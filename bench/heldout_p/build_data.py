"""Rebuild held-out P's shipped data (`data/sentences.tsv`, `data/names.tsv`) from the fetched
sources (see README.md, "Rebuilding"). Not run by tests; wordfreq is imported inside `rebuild`
only, so the test extra alone can import this module.

    python -m bench.heldout_p.build_data /path/to/mirrors

The mirrors are bare git directories (`git show` reads them): orgtre+top-open-subtitles-sentences,
bolddp+swedish-names and nltk+nltk_data; chatterbot-corpus is read from its PyPI wheel.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

SUBTITLES_COMMIT = "861f4267cdbb36f4cca4ddfdb2221f1c75bf485b"  # orgtre/top-open-subtitles-sentences
SCB_NAMES_COMMIT = "48fac21cfee2880d97b7f924e4d9e8aa93b3fd7f"  # bolddp/swedish-names
NLTK_DATA_COMMIT = "5db857e6f7df11eabb5e5665836db9ec8df07e28"  # nltk/nltk_data (names.zip)
CHATTERBOT_VERSION = "1.3.3"  # chatterbot-corpus on PyPI
DKHATE_COMMIT = "7af9edea6a10afc5a9ad59e8cebb24060b16bbef"  # AndersGiovanni/worker_vs_gpt (DKHate)
FORUM_COMMIT = (
    "a10231e7dc36d6416a2c0e5f3a2a7c4a04f9473f"  # Daniel-B-Tufvesson/speech-act-classifier
)
LANGS = ("sv", "en", "no", "da", "fi")
WORDFREQ_LANG = {"sv": "sv", "en": "en", "no": "nb", "da": "da", "fi": "fi"}

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Month names (and the Nordic Christmas word, a date of its own) in every language of the set:
# a sentence holding one is dropped, so no spelled-out date stays unplanted.
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december"
    " jul julafton midsommar nyår nyårsafton påsk",
    "en": "january february march april june july august september october november december"
    " christmas easter",
    "no": "januar februar mars april mai juni juli august september oktober november desember"
    " jul julaften påske nyttår",
    "da": "januar februar marts april maj juni juli august september oktober november december"
    " jul juleaften påske nytår",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu"
    " lokakuu marraskuu joulukuu joulu juhannus pääsiäinen",
}
# Product, brand, site and media names written in lower case (a capital one is dropped anyway):
# they are no ordinary words, so a sentence holding one is dropped.
BRANDS = set(
    "aftonbladet expressen facebook fb google youtube ikea volvo saab netflix spotify instagram"
    " twitter iphone ipad android windows flashback familjeliv ica coop hm svt tv4 nrk yle dr"
    " reddit wikipedia tiktok snapchat whatsapp messenger blocket swish telia zalando ebay amazon"
    " microsoft apple samsung nokia lego mcdonalds starbucks coca cola pepsi bmw audi tesla"
    " skype zoom teams linkedin tinder ps4 xbox nintendo playstation dn gp politiken bt ekstra"
    " bladet berlingske vg dagbladet aftenposten hs iltalehti ilta sanomat postnord posten"
    " roskilde".split()
)
# Words that are registered people's given names in this set and ordinary words of a language;
# a sentence may begin with one of them only when it is plainly the word (no comma after it).
WORD_NAMES = (
    # Swedish, Norwegian, Danish
    "Alla",
    "Inga",
    "Per",
    "Bo",
    "Tor",
    "Liv",
    "Dag",
    "Sol",
    "Sten",
    "Björn",
    "Hans",
    "Klara",
    "Bror",
    "Saga",
    "Ask",
    "Åsa",
    "Vilde",
    "Storm",
    "Vilja",
    "Max",
    # English
    "Love",
    "May",
    "Mark",
    "Rose",
    "Bill",
    "Will",
    "Hope",
    "Grace",
    "Frank",
    "Guy",
    "Joy",
    "Dawn",
    "Sue",
    "Pat",
    "Ray",
    "Rob",
    "Jack",
    "Faith",
    "Summer",
    # Finnish
    "Aina",
    "Usko",
    "Onni",
    "Satu",
    "Tuuli",
    "Veli",
    "Sisko",
    "Toivo",
    "Lempi",
    "Rauha",
    "Lahja",
    "Valo",
    "Aamu",
    "Ilta",
    "Armas",
    "Oiva",
    "Eli",
)
FINNISH_WORD_NAMES = (
    "Aina",
    "Usko",
    "Onni",
    "Satu",
    "Tuuli",
    "Veli",
    "Sisko",
    "Toivo",
    "Lempi",
    "Rauha",
    "Lahja",
    "Valo",
    "Aamu",
    "Ilta",
    "Armas",
    "Oiva",
)


def _git(mirror: Path, commit: str, path: str) -> bytes:
    out = subprocess.run(
        ["git", "--git-dir", str(mirror), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    )
    return out.stdout


def _months(lang: str) -> set[str]:
    return set(MONTHS[lang].split())


def keep(sentence: str, lang: str, given: set[str], zipf) -> bool:  # noqa: ANN001
    """A published sentence is kept when it names nobody, holds no date, number, address, e-mail
    or link, and reads as its language (see README, "How sentences were kept")."""
    s = sentence.strip()
    if not (12 <= len(s) <= 200) or s != sentence or not s[0].isupper() or s[-1] not in ".!?":
        return False
    if any(c.isdigit() for c in s) or re.search(r"[@/\\<>\[\]{}()#*_=+|~^\"“”«»]|www|http", s):
        return False
    if s.startswith("-") or " - " in s or "..." in s:
        return False
    words = TOKEN.findall(s)
    if not (3 <= len(words) <= 30):
        return False
    wl = WORDFREQ_LANG[lang]
    months = _months(lang)
    for i, w in enumerate(words):
        low = w.lower()
        if low in months or low in BRANDS:
            return False
        if w.isupper() and len(w) > 1:
            return False
        if w[0].isupper():
            if i == 0:
                after = s[len(w) : len(w) + 1]
                if w in WORD_NAMES and after == " ":
                    continue
                if low in given or zipf(low, wl) < 2.5:
                    return False
            elif w != "I" or lang != "en":
                return False  # any capital inside a sentence: a name, a place or a product
    if lang != "en":
        native = sum(zipf(w.lower(), wl) >= zipf(w.lower(), "en") for w in words)
        if native * 4 < len(words) * 3:
            return False
    if lang in ("sv", "no", "da"):  # a Swedish line in a Danish thread is no Danish sentence
        own = sum(zipf(w.lower(), wl) for w in words)
        for other in ("sv", "nb", "da"):
            if other != wl and sum(zipf(w.lower(), other) for w in words) > own + 1.0:
                return False
    return True


def _subtitles(mirror: Path, lang: str) -> list[str]:
    text = _git(mirror, SUBTITLES_COMMIT, f"bld/top_sentences/{lang}_top_sentences.csv")
    out = []
    for line in text.decode("utf-8").splitlines()[1:]:
        sentence, _, _count = line.rpartition(",")
        out.append(sentence.strip('"').replace('""', '"'))
    return out


def _chatterbot(wheel: Path, lang: str) -> list[str]:
    folder = {"en": "english", "sv": "swedish"}.get(lang)
    if folder is None:
        return []
    out = []
    with zipfile.ZipFile(wheel) as z:
        for name in sorted(z.namelist()):
            if f"/data/{folder}/" in name and name.endswith(".yml"):
                for line in z.read(name).decode("utf-8").splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        line = line.lstrip("- ").strip()
                        if not re.search(
                            r"\b(bots?|robots?|computers?|software|programs?|"
                            r"chatterbot|product|artificial|machine)\b",
                            line,
                            re.I,
                        ):
                            out.extend(re.split(r"(?<=[.!?])\s+", line))
    return out


def _dkhate(mirror: Path) -> list[str]:
    """Danish social-media comments of DKHate (OffensEval 2020 Danish), the ones its annotators
    marked not offensive, split into sentences."""
    out = []
    for name in ("offenseval-da-training-v1.tsv", "offenseval-da-test-v1.tsv"):
        text = _git(mirror, DKHATE_COMMIT, f"data/hate-speech/oe20da_data/{name}")
        for line in text.decode("utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].strip() == "NOT":
                out.extend(re.split(r"(?<=[.!?])\s+", parts[1].strip()))
    return out


def _forums(mirror: Path) -> list[str]:
    """Swedish forum sentences (Familjeliv, Flashback; Språkbanken's corpora) of a speech-act
    data set, the `# text =` line of each CoNLL-U sentence."""
    import bz2

    raw = bz2.decompress(_git(mirror, FORUM_COMMIT, "data/all-data.conllu.bz2")).decode("utf-8")
    return [line[len("# text = ") :] for line in raw.splitlines() if line.startswith("# text = ")]


def rebuild(mirrors: Path, wheel: Path) -> None:
    from wordfreq import zipf_frequency  # bench-only: never at module top

    data = Path(__file__).parent / "data"
    scb = mirrors / "bolddp+swedish-names/repo"
    female = json.loads(_git(scb, SCB_NAMES_COMMIT, "swedish_female_names.json"))
    male = json.loads(_git(scb, SCB_NAMES_COMMIT, "swedish_male_names.json"))
    nltk = mirrors / "nltk+nltk_data/repo"
    zpath = data.parent / "_names.zip"
    zpath.write_bytes(_git(nltk, NLTK_DATA_COMMIT, "packages/corpora/names.zip"))
    with zipfile.ZipFile(zpath) as z:
        english = [
            n.strip()
            for f in ("names/female.txt", "names/male.txt")
            for n in z.read(f).decode("latin-1").splitlines()
            if n.strip() and not n.startswith("#")
        ]
    zpath.unlink()
    given_all = {n.lower() for n in [*female, *male, *english]}

    def wordlike(name: str) -> bool:
        low = name.lower()
        return max(zipf_frequency(low, WORDFREQ_LANG[lang]) for lang in LANGS) >= 2.8

    rows = []
    for kind, names in (("given:f", female), ("given:m", male), ("given:en", english)):
        seen = set()
        for n in names:
            n = n.strip()
            if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", n) or len(n) < 3 or n in seen:
                continue
            if not n[0].isupper() or not n[1:].replace("-", "").islower() or wordlike(n):
                continue
            seen.add(n)
            rows.append(f"{kind}\tscb\t{n}" if kind != "given:en" else f"{kind}\tnltk\t{n}")
    (data / "names.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    subs = mirrors / "orgtre+top-open-subtitles-sentences/repo"
    lines = []
    for lang in LANGS:
        kept: dict[str, str] = {}
        dkhate = mirrors / "AndersGiovanni+worker_vs_gpt/repo"
        forums = mirrors / "Daniel-B-Tufvesson+speech-act-classifier/repo"
        for source, sentences in (
            ("opensubtitles", _subtitles(subs, lang)),
            ("chatterbot", _chatterbot(wheel, lang)),
            ("dkhate", _dkhate(dkhate) if lang == "da" else []),
            ("forums", _forums(forums) if lang == "sv" else []),
        ):
            n = 0
            for s in sentences:
                if s not in kept and keep(s, lang, given_all, zipf_frequency):
                    kept[s] = source
                    n += 1
            print(lang, source, len(sentences), "->", n, file=sys.stderr)
        lines.extend(f"{lang}\t{src}\t{s}" for s, src in kept.items())
    (data / "sentences.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    whl = (
        Path(sys.argv[2])
        if len(sys.argv) > 2
        else Path("/tmp/heldp_src/chatterbot_corpus-1.3.3-py2.py3-none-any.whl")
    )
    rebuild(root, whl)
