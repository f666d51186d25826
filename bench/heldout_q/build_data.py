"""Rebuilds `data/sentences.tsv` and `data/names.tsv` of held-out Q from the fetched sources.

    python -m bench.heldout_q.build_data MIRROR_DIR     # MIRROR_DIR holds owner+name/repo git dirs

Sources (commits pinned below; see README.md): Swedish government speeches and opinion pieces
(civictechsweden/g0vse, regeringen.se as Markdown), Danish prime ministers' New Year speeches
(matiassingers/statsminister-nytaarstaler), US State of the Union and inaugural addresses (NLTK
data, public domain), Finnish ministers' answers to members' written questions
(aajanki/eduskunta-vkk, the Finnish Parliament's open data), Norwegian given and family names
(frimerke/norskenavn, Statistics Norway) and Finnish given and family names
(JouniVatanen/jmisc, the Finnish Digital and Population Data Services Agency). wordfreq is
imported inside the functions that need it (tests run without it).
"""

from __future__ import annotations

import bz2
import csv
import html
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

G0VSE_COMMIT = "b9e34cec61a3e35d81bde27a417a269945487a37"  # last snapshot that holds tal/
NYTAAR_COMMIT = "e5a19ad367bac3fbb5a8ab278852d2ce0019a025"
NLTK_DATA_COMMIT = "5db857e6f7df11eabb5e5665836db9ec8df07e28"
NORSKENAVN_COMMIT = "c521f0b140f16a5a1fb96585be25317c35a63a67"
JMISC_COMMIT = "e0035fd5aa26dcb06fc7a0b1c4088e7f71f489d0"
VKK_COMMIT = "d194943e80e0e4294caccc7c21669263f49032c7"

# Given names that are ordinary words too, registered on purpose (their uses as words count).
WORD_NAMES = (
    "Alla",
    "Inga",
    "Per",
    "Bo",
    "Tor",
    "Liv",
    "Dag",
    "Sol",
    "Ask",
    "Vilja",
    "Klara",
    "Bror",
    "Love",
    "May",
    "Mark",
    "Rose",
    "Bill",
    "Will",
    "Hope",
    "Grace",
    "Frank",
    "Joy",
    "Faith",
    "Aina",
    "Usko",
    "Onni",
    "Satu",
    "Tuuli",
    "Toivo",
    "Rauha",
    "Valo",
    "Ilta",
    "Armas",
)

FAMILY_CAP = 4000  # the most frequent family names of each list (the Finnish one is long)
SOURCE_CAP = 4500  # sentences kept per source, in the source's own order
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december"
    " måndag tisdag onsdag torsdag fredag lördag söndag jul julafton påsk midsommar nyår nyåret"
    " nyårsafton",
    "en": "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday christmas easter",
    "no": "januar februar mars april mai juni juli august september oktober november desember"
    " mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske nyttår",
    "da": "januar februar marts april maj juni juli august september oktober november december"
    " mandag tirsdag onsdag torsdag fredag lørdag søndag jul juleaften påske nytår nytåret"
    " nytårsaften nytårsaftensdag nytårstale",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu"
    " marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai joulu"
    " pääsiäinen juhannus uudenvuoden",
}
# Whole words and word starts never kept: dates spelled out, brands and sites written small.
DATE_STARTS = (
    "januar",
    "februar",
    "april",
    "juni",
    "juli",
    "august",
    "septemb",
    "oktob",
    "novemb",
    "decemb",
    "desemb",
    "nytår",
    "nyår",
    "nyttår",
    "christmas",
    "jul",
)
BRANDS = {
    "fortum",
    "fortumin",
    "nokian",
    "kela",
    "kelan",
    "finnair",
    "ylen",
    "facebook",
    "twitter",
    "google",
    "youtube",
    "instagram",
    "tiktok",
    "iphone",
    "ikea",
    "volvo",
    "spotify",
    "netflix",
    "microsoft",
    "apple",
    "amazon",
    "nokia",
    "ericsson",
    "saab",
    "lego",
    "maersk",
    "mærsk",
    "novo",
    "coca",
    "mcdonald",
    "aftonbladet",
    "expressen",
    "politiken",
}
DOMAIN = re.compile(r"\w\.(?:se|no|dk|fi|com|org|net|eu|gov|nu|io)\b", re.IGNORECASE)
BAD = re.compile(r"[\d@#/\\()\[\]{}<>\"“”«»„*_|=+§%&~^$€£…–—]|\.\.|\bwww\b|https?|^[-–]")


def _git(mirror: Path, name: str) -> Path:
    base = mirror / name / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def _show(repo: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def _ls(repo: Path, commit: str, path: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", commit, "--", path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sorted(line for line in out.splitlines() if line)


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; soft hyphens and zero-width characters of the web page are
    dropped (hidden characters in Q stand only inside identifiers, where they are planted)."""
    text = re.sub(r"[\u00ad\u200b-\u200f\u2060\ufeff]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in SPLIT.split(text) if s.strip()]


def detokenize(sentence: str) -> str:
    """The dataset split punctuation from words with spaces ("lain mukaan , kun"): undo it."""
    sentence = re.sub(r"\s+([,.:;!?)])", r"\1", sentence)
    return re.sub(r"([(])\s+", r"\1", sentence).strip()


def _markdown_text(md: str) -> str:
    lines = []
    for line in md.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ">", "|", "!", "[", "-", "*")):
            lines.append("")
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line).replace("\\", "")
        lines.append(line)
    return "\n".join(lines)


def raw_sentences(mirror: Path) -> dict[tuple[str, str], list[str]]:
    """Every sentence of each source, before filtering: {(language, source): [...]}."""
    out: dict[tuple[str, str], list[str]] = {}
    g0v = _git(mirror, "civictechsweden+g0vse")
    for folder, source in (("tal", "regeringen-tal"), ("debattartiklar", "regeringen-debatt")):
        got = []
        for path in _ls(g0v, G0VSE_COMMIT, folder):
            if path.endswith(".md"):
                md = _show(g0v, G0VSE_COMMIT, path).decode("utf-8", "replace")
                for para in _markdown_text(md).split("\n"):
                    got.extend(split_sentences(para))
        out[("sv", source)] = got
    ny = _git(mirror, "matiassingers+statsminister-nytaarstaler")
    got = []
    for path in _ls(ny, NYTAAR_COMMIT, "years"):
        if path.endswith("data.json"):
            data = json.loads(_show(ny, NYTAAR_COMMIT, path))
            raw = data.get("rawHtml") or ""
            for para in re.split(r"</p>|<br\s*/?>", raw):
                got.extend(split_sentences(html.unescape(re.sub(r"<[^>]+>", " ", para))))
    out[("da", "nytaarstaler")] = got
    vkk = _git(mirror, "aajanki+eduskunta-vkk")
    got = []
    for part in ("train", "dev", "test"):
        text = bz2.decompress(_show(vkk, VKK_COMMIT, f"vkk/{part}.csv.bz2")).decode("utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            got.extend(split_sentences(detokenize(row["sentence"])))
    out[("fi", "eduskunta-vkk")] = got
    nltk = _git(mirror, "nltk+nltk_data")
    for name in ("state_union", "inaugural"):
        blob = _show(nltk, NLTK_DATA_COMMIT, f"packages/corpora/{name}.zip")
        got = []
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            for info in sorted(z.namelist()):
                if info.endswith(".txt"):
                    text = z.read(info).decode("latin-1")
                    for para in re.split(r"\n\s*\n", text):
                        got.extend(split_sentences(para))
        out[("en", name)] = got
    return out


def raw_names(mirror: Path) -> dict[str, list[str]]:
    """Given and family names of Norway and Finland as published (before filtering)."""
    nn = _git(mirror, "frimerke+norskenavn")
    names: dict[str, list[str]] = {}
    for key, path in (
        ("given:no:f", "data/fornavn_kvinner.js"),
        ("given:no:m", "data/fornavn_menn.js"),
        ("family:no", "data/etternavn.js"),
    ):
        text = _show(nn, NORSKENAVN_COMMIT, path).decode("utf-8")
        body = text[text.index("[") : text.rindex("]") + 1]
        found = []
        for item in json.loads(body):
            value = item.get("navn") if isinstance(item, dict) else item
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str):
                    found.append(v.strip())
        names[key] = found
    jm = _git(mirror, "JouniVatanen+jmisc")
    text = _show(jm, JMISC_COMMIT, "data-raw/people_names.txt").decode("utf-8-sig")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.count("\t") >= 3]
    names["given:fi:f"] = [r[0] for r in rows if r[3].strip() == "F" and r[2].strip() == "F"]
    names["given:fi:m"] = [r[0] for r in rows if r[3].strip() == "F" and r[2].strip() == "M"]
    names["family:fi"] = [r[0] for r in rows if r[3].strip() not in ("F",)]
    return names


def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # bench-only package

    return zipf_frequency(word, "nb" if lang == "no" else lang)


def name_filter(names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Names that are not common words of any of the five languages (Zipf < 2.8), alphabetic,
    unique; the registered word-names are added back on purpose."""
    out: dict[str, list[str]] = {}
    for key, values in names.items():
        kept = []
        for v in values:
            if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", v) or len(v) < 2 or not v[0].isupper():
                continue
            if max(_zipf(v.lower(), lang) for lang in ("sv", "en", "no", "da", "fi")) >= 2.8:
                continue
            kept.append(v)
        out[key] = sorted(set(kept[:FAMILY_CAP] if key.startswith("family") else kept))
    return out


def keep(sentence: str, lang: str, given: set[str], family: set[str]) -> bool:
    """A published sentence is kept only when it names nobody, holds no date, number, address,
    e-mail, link or brand, and reads as its language (see README, "How sentences were kept")."""
    if not (20 <= len(sentence) <= 220) or sentence[-1] not in ".!?" or BAD.search(sentence):
        return False
    if DOMAIN.search(sentence) or "'" in sentence or "’" in sentence:
        return False
    words = TOKEN.findall(sentence)
    if not 3 <= len(words) <= 35 or not words[0][0].isupper() or len(words[-1]) < 2:
        return False
    months = set(MONTHS[lang].split()) | set(" ".join(MONTHS.values()).split())
    for w in words:
        low = w.lower()
        if low in months or low.startswith(DATE_STARTS) or low in BRANDS:
            return False
        if len(w) > 1 and w.isupper():
            return False
    if any(w[0].isupper() for w in words[1:] if not (lang == "en" and w == "I")):
        return False  # every capitalised word after the first: people, places, bodies, products
    first = words[0]
    stems = {first, first.rstrip("s"), first[:-2] if first.endswith(("'s", "es")) else first}
    for stem in stems:
        if stem in given or stem in family or stem.lower() in {n.lower() for n in ()}:
            if first not in WORD_NAMES:
                return False
    if _zipf(first.lower(), lang) < 3.0:
        return False  # a first word that is not a common word of the language written small
    if lang != "en":
        native = sum(_zipf(w.lower(), lang) >= _zipf(w.lower(), "en") for w in words)
        if native * 4 < len(words) * 3:
            return False
    if lang in ("sv", "da"):
        other = "da" if lang == "sv" else "sv"
        if (
            sum(_zipf(w.lower(), other) > _zipf(w.lower(), lang) + 0.5 for w in words)
            > len(words) // 3
        ):
            return False
    return True


def build(mirror: Path) -> None:
    names = name_filter(raw_names(mirror))
    given = {n for k, v in names.items() if k.startswith("given") for n in v}
    family = {n for k, v in names.items() if k.startswith("family") for n in v}
    rows = []
    for (lang, source), sentences in sorted(raw_sentences(mirror).items()):
        seen: set[str] = set()
        kept = 0
        for s in sentences:
            if kept < SOURCE_CAP and s not in seen and keep(s, lang, given, family):
                seen.add(s)
                rows.append(f"{lang}\t{source}\t{s}")
                kept += 1
        print(lang, source, len(sentences), "->", kept, file=sys.stderr)
    DATA.mkdir(exist_ok=True)
    (DATA / "sentences.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    lines = [f"{k}\t{n}" for k in sorted(names) for n in names[k]]
    (DATA / "names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in names.items()}, file=sys.stderr)


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror"))
