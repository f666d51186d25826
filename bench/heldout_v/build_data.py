"""Builds held-out V's shipped data from its raw sources (run once; generation needs none of it).

    python -m bench.heldout_v.build_data [MIRRORS] [SRC]

MIRRORS holds the git repositories below as `owner+name/repo` (the search tool's `fetch`
layout, default /work/.mirror); SRC (default /tmp/v_src) holds the PyPI wheels named below
unpacked (`ccc/`, `hab/`, `nv/`) and the R data files of the Yle election compass taken from
tjpajala/vaalikone (`yle_2015.rds`, `yle_2011.rds`), read with the `rdata` package. Writes
`data/sentences.tsv` (language, source, sentence), `data/names.tsv` (group, part, name,
source) and `data/towns.tsv` (country, postcode, town, source). Uses wordfreq (build only).
"""

from __future__ import annotations

import functools
import gzip
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

# (repository or package, commit or version): every one is named in the README.
TEXT_SOURCES = (
    ("alexa/Topical-Chat", "7c939229cbcf6f55f6977b341a5a2f2fe982d53f"),
    ("BYU-PCCL/chitchat-dataset", "chitchat_dataset 0.9.0"),
    ("tjpajala/vaalikone", "d47ff9bd1faee1d843feb4f65e6cbf415ea31e33"),
    ("Sprakbanken/transcription_matching", "253aaa59fa2d7ad3b8c381727d1d8dc10a4106a2"),
    ("navikt/sosialhjelp-soknad", "f9e0ed6fe6cc673e18c85cad7f9d76344bb8ab57"),
    ("Peymankor/danparcorpR", "599d7f6a81d0deb87f592227f246fda247cb154f"),
    ("peterdalle/svensktext", "48c437d3df9e2ae938a305365f903303f247061b"),
)
NAME_SOURCES = (
    ("unitedstates/congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb"),
    ("kb-labb/riksdagen_anforanden", "1721344bc25de64cae40fb2488b31a1c7d75a59d"),
    ("keita43a/Postal_code_region_number_Norway", "584fd5f407b5a33b1aa3dc91b7590462dce558b5"),
    ("stubben/postnumre-i-Danmark", "236e1452ca573b57c253f23058316bf84f66c3ba"),
    ("habesha-names", "habesha-names 0.2.0"),
    ("name-variants", "name-variants 0.1.3"),
)

LANGS = ("sv", "en", "fi", "no", "da")
WF = {"sv": "sv", "en": "en", "fi": "fi", "no": "nb", "da": "da"}
CAP = 4_600  # sentences a language keeps (drawn round-robin over its sources), word-names aside

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|fi|se|no|dk|uk|eu|info|io|gov|edu)\b", re.I)
PRONOUN_I = {"I", "I'm", "I've", "I'll", "I'd"}

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december"
    " måndag tisdag onsdag torsdag fredag lördag söndag jul julen julafton påsk påsken"
    " midsommar midsommarafton nyår nyårsafton",
    "en": "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday christmas easter"
    " thanksgiving halloween",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu"
    " lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai"
    " sunnuntai joulu joulun jouluna pääsiäinen pääsiäisenä juhannus juhannuksena",
    "no": "januar februar mars april mai juni juli august september oktober november desember"
    " mandag tirsdag onsdag torsdag fredag lørdag søndag jul julen julaften påske påsken"
    " sankthans nyttår",
    "da": "januar februar marts april maj juni juli august september oktober november december"
    " mandag tirsdag onsdag torsdag fredag lørdag søndag jul julen juleaften påske påsken"
    " sankthans nytår",
}
FI_MONTH_STEMS = ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                  "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu")  # fmt: skip
# products, sites and bodies written in lower case, and the sources' own jargon
BRANDS = set(
    "facebook twitter instagram youtube google netflix spotify amazon reddit iphone android"
    " whatsapp snapchat tiktok wikipedia nav kela fpa yle nrk dr svt skype uber airbnb"
    " ebay linkedin microsoft apple samsung".split()
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = text.replace("\u00a0", " ").replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    text = norm(text)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÜÉ])", text)
    return [p.strip() for p in parts if p.strip()]


# --- reading the raw sources ---------------------------------------------------------------


def git_show(mirror: Path, repo: str, path: str) -> bytes:
    gd = mirror / repo.replace("/", "+") / "repo"
    if (gd / ".git").is_dir():
        gd = gd / ".git"
    return subprocess.run(
        ["git", f"--git-dir={gd}", "show", f"HEAD:{path}"], check=True, capture_output=True
    ).stdout


def git_ls(mirror: Path, repo: str, under: str) -> list[str]:
    gd = mirror / repo.replace("/", "+") / "repo"
    if (gd / ".git").is_dir():
        gd = gd / ".git"
    out = subprocess.run(
        ["git", f"--git-dir={gd}", "ls-tree", "-r", "--name-only", "HEAD", under],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.split("\n")[:-1]


def topical_chat(mirror: Path) -> list[str]:
    out = []
    for split in ("valid_freq", "valid_rare", "test_freq", "test_rare"):
        convs = json.loads(git_show(mirror, "alexa/Topical-Chat", f"conversations/{split}.json"))
        for conv in convs.values():
            out.extend(turn["message"] for turn in conv["content"])
    return out


def chitchat(src: Path) -> list[str]:
    data = json.loads((src / "ccc/chitchat_dataset/dataset.json").read_text(encoding="utf-8"))
    out = []
    for convo in data.values():
        for turn in convo["messages"]:
            out.append(" ".join(m["text"] for m in turn))
    return out


def rds_columns(path: Path) -> dict[str, list[str | None]]:
    import rdata  # build only

    obj = rdata.parser.parse_file(path, extension="rds").object
    names: list[str] = []
    a = obj.attributes
    while a is not None and a.info.type.name == "LIST":
        if a.tag is not None and a.tag.value is not None and a.tag.value.value == b"names":
            names = [x.value.decode("utf-8", "replace") for x in a.value[0].value]
        a = a.value[1] if len(a.value) > 1 else None
    cols: dict[str, list[str | None]] = {}
    for name, col in zip(names, obj.value, strict=True):
        if col.info.type.name != "STR":
            continue
        vals: list[str | None] = []
        for x in col.value:
            if x.value is None:
                vals.append(None)
                continue
            try:
                vals.append(x.value.decode("utf-8"))
            except UnicodeDecodeError:
                vals.append(x.value.decode("latin-1"))
        cols[name] = vals
    return cols


NOT_TEXT = re.compile(r"osoite|sukunimi|etunimi|puolue|kotikunta|vastattu|Äidinkieli|Kielitaito"
                      r"|Koulutus|Ammatti|Työnantaja|Uskonnollinen|Poliittinen|Käytän|rahoitu"
                      r"|Taloudelliset|Vuositulot|Sijoitusten|Lapsia|vapaa-ajalla|sukupuoli",
                      re.I)  # fmt: skip


def yle(src: Path, year: int) -> tuple[dict[str, list[str]], list[tuple[str, str, str, str]]]:
    """Candidates' own answers by their mother tongue (Finnish, Swedish), and their names and
    home municipalities."""
    cols = rds_columns(src / f"yle_{year}.rds")
    lower = {k.lower(): k for k in cols}
    tongue = cols.get(lower.get("äidinkieli", ""), [])
    given = cols[lower["etunimi"]]
    family = cols[lower["sukunimi"]]
    home = cols[lower["kotikunta"]]
    texts: dict[str, list[str]] = defaultdict(list)
    for name, vals in cols.items():
        if NOT_TEXT.search(name) or sum(len(v or "") for v in vals) < 20_000:
            continue
        for i, v in enumerate(vals):
            if not v:
                continue
            t = (tongue[i] or "") if i < len(tongue) else ""
            lang = "sv" if t.startswith("ruotsi") else "fi" if t.startswith("suomi") else "?"
            texts[lang].append(v)
    people = [
        (given[i] or "", family[i] or "", home[i] or "", (tongue[i] or "") if tongue else "")
        for i in range(len(given))
    ]
    return texts, people


def storting(mirror: Path) -> list[str]:
    """Stortinget's proceedings from 2017 on (Talk of Norway, taken, ends with the 2015-2016
    session)."""
    repo = "Sprakbanken/transcription_matching"
    files = [f for f in git_ls(mirror, repo, "data/proceedings") if f.split("/")[-1] >= "2017-01"]
    out = []
    for f in files:
        for line in git_show(mirror, repo, f).decode("utf-8").splitlines():
            out.append(re.sub(r"\s+([,.!?])", r"\1", line))
    return out


def nav(mirror: Path) -> list[str]:
    src = git_show(mirror, "navikt/sosialhjelp-soknad", "src/locales/nb/skjema.ts").decode()
    src += git_show(mirror, "navikt/sosialhjelp-soknad", "src/locales/nb/dokumentasjon.ts").decode()
    return [m.group(1) for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', src) if "{{" not in m.group(1)]


def folketinget(mirror: Path) -> tuple[list[str], list[str]]:
    xml = git_show(mirror, "Peymankor/danparcorpR", "data-raw/EdixiXMLExport_20142.xml").decode()
    texts = []
    for m in re.finditer(r"<Tekst>([^<]*)</Tekst>", xml):
        t = re.sub(r"([.!?:])(?=[A-ZÆØÅ])", r"\1 ", m.group(1))
        texts.append(t)
    members = re.findall(r"([A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w.-]+)+) \((?:[A-ZÆØÅ]{1,3})\)", xml)
    members += re.findall(r"<Navn>([^<]+)</Navn>", xml)
    return texts, members


def sentiment_examples(mirror: Path) -> list[str]:
    import csv
    import io

    raw = git_show(mirror, "peterdalle/svensktext", "sentiment/sentimentlex.csv").decode()
    out = []
    for row in csv.DictReader(io.StringIO(raw)):
        ex = row.get("example") or ""
        ex = re.sub(r"\s+([.,!?:;)])", r"\1", ex)
        ex = re.sub(r"([(])\s+", r"\1", ex)
        out.append(ex)
    return out


# --- keeping sentences ---------------------------------------------------------------------


@functools.cache
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # build only

    return zipf_frequency(word, WF[lang])


def keep(s: str, lang: str, lower_seen: set[str], names: set[str]) -> bool:
    if not 12 <= len(s) <= 240 or s[-1] not in ".!?" or s.endswith("..") or not s[0].isupper():
        return False
    if re.search(r"\d|@|https?:|www|[<>{}\[\]|*&$%#_=;:\"“”«»()/\\]|\.\.|…| [-–—] ", s):
        return False
    if DOMAIN.search(s) or ("'" in s and lang != "en"):
        return False
    words = TOKEN.findall(s)
    last = TOKEN.findall(s.split()[-1])
    if not 3 <= len(words) <= 34 or not last or len(last[-1]) < 2:
        return False
    first, rest = words[0], words[1:]
    if any(c.isupper() for c in first[1:]):
        return False
    if any(any(c.isupper() for c in w) for w in rest if w not in PRONOUN_I):
        return False
    months = set(MONTHS[lang].split())
    low = [w.lower() for w in words]
    if any(w in months for w in low) or any(w in BRANDS for w in low):
        return False
    if lang == "fi" and any(w.startswith(FI_MONTH_STEMS) for w in low):
        return False
    f = first.lower()
    if f not in lower_seen or zipf(f, lang) < (2.5 if lang == "fi" else 3.0):
        return False
    if zipf(f, lang) < 5 and (f in names or (f.endswith("s") and f[:-1] in names)):
        return False
    if any(w in names and zipf(w, lang) < 4.5 for w in low[1:]):
        return False
    known = [w for w in low if zipf(w, lang) > 0]
    if len(known) < 0.85 * len(low):
        return False
    if lang != "en":
        english = sum(zipf(w, "en") > zipf(w, lang) + 1.0 for w in low)
        if english > len(low) / 3:
            return False
    others = {"sv": ("no", "da", "fi"), "no": ("sv", "da"), "da": ("sv", "no"),
              "fi": ("sv",), "en": ()}[lang]  # fmt: skip
    own = sum(zipf(w, lang) for w in low) / len(low)
    for other in others:
        if sum(zipf(w, other) for w in low) / len(low) > own + 0.3:
            return False
    return True


def main() -> None:
    mirror = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    src = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/v_src")
    import pickle

    cache = src / "raw.pkl"
    if cache.exists():
        raw, people_fi, da_members = pickle.loads(cache.read_bytes())
    else:
        raw, people_fi, da_members = read_raw(mirror, src)
        cache.write_bytes(pickle.dumps((raw, people_fi, da_members)))
    names = build_names(mirror, src, people_fi, da_members)
    sentences_from(raw, names)


def read_raw(mirror: Path, src: Path):
    raw: dict[tuple[str, str], list[str]] = {}
    raw[("en", "topical-chat")] = topical_chat(mirror)
    raw[("en", "chitchat")] = chitchat(src)
    people_fi: list[tuple[str, str, str, str]] = []
    for year in (2015, 2011):
        texts, people = yle(src, year)
        raw[("fi", f"yle-{year}")] = texts["fi"]
        raw[("sv", f"yle-{year}")] = texts["sv"]
        people_fi += people
    raw[("no", "storting")] = storting(mirror)
    raw[("no", "nav")] = nav(mirror)
    da_texts, da_members = folketinget(mirror)
    raw[("da", "folketinget")] = da_texts
    raw[("sv", "sentimentlex")] = sentiment_examples(mirror)
    return raw, people_fi, da_members


def sentences_from(raw, names) -> None:
    import pickle

    all_names = {n.lower() for (_g, part, n, _s) in names if part in ("given", "family")}
    cached = Path("/tmp/v_src/kept.pkl")
    if cached.exists():
        ship(pickle.loads(cached.read_bytes()), names)
        return

    sentences: dict[tuple[str, str], list[str]] = {}
    lower_seen: dict[str, set[str]] = defaultdict(set)
    for (lang, source), texts in raw.items():
        sents = []
        for t in texts:
            sents.extend(split_sentences(t))
        sentences[(lang, source)] = sents
        for s in sents:
            lower_seen[lang].update(w for w in TOKEN.findall(s) if w.islower())
    kept: dict[tuple[str, str], list[str]] = {}
    for (lang, source), sents in sentences.items():
        seen: set[str] = set()
        k = []
        if len(sents) > 200_000:  # Stortinget: a seeded sample of its lines is plenty
            sents = random.Random(7).sample(sents, 200_000)
        for s in sents:
            if s in seen:
                continue
            seen.add(s)
            if keep(s, lang, lower_seen[lang], all_names):
                k.append(s)
        kept[(lang, source)] = k
        print(lang, source, len(sents), "->", len(k), file=sys.stderr)
    cached.write_bytes(pickle.dumps(kept))
    ship(kept, names)


def ship(kept: dict[tuple[str, str], list[str]], names) -> None:
    rows = []
    rng = random.Random(2608)
    for lang in LANGS:
        pools = [(src_, list(v)) for (lg, src_), v in sorted(kept.items()) if lg == lang]
        for _, pool in pools:
            rng.shuffle(pool)
        taken: list[tuple[str, str]] = []
        seen_l: set[str] = set()
        i = 0
        while len(taken) < CAP and any(pools_left(pools, i)):
            for source, pool in pools:
                if i < len(pool) and pool[i] not in seen_l and len(taken) < CAP:
                    taken.append((source, pool[i]))
                    seen_l.add(pool[i])
            i += 1
        rest = [(s_, x) for s_, pool in pools for x in pool[i:] if x not in seen_l]
        rows += [(lang, s_, x) for s_, x in taken]
        rows += [(lang, s_, x) for s_, x in rest]  # filtered to word-name sentences below
    write_sentences(rows, names)
    print(Counter(r[0] for r in rows), file=sys.stderr)


def pools_left(pools: list[tuple[str, list[str]]], i: int) -> list[bool]:
    return [i < len(p) for _, p in pools]


WORD_NAME_FILE = HERE / "word_names.txt"


def write_sentences(rows: list[tuple[str, str, str]], names: list[tuple[str, str, str, str]]):
    """Ships the capped pool plus every other kept sentence that uses a chosen word-name (the
    word-names are listed in `word_names.txt`, language and word a line)."""
    words: dict[str, set[str]] = defaultdict(set)
    if WORD_NAME_FILE.exists():
        for line in WORD_NAME_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, word = line.split()
                words[lang].add(word.lower())
    out = []
    per_lang: Counter = Counter()
    per_word: Counter = Counter()
    for lang, source, s in rows:
        if per_lang[lang] < CAP:
            out.append((lang, source, "pool", s))
            per_lang[lang] += 1
            continue
        hit = sorted({w.lower() for w in re.findall(r"[^\W\d_]+", s)} & words[lang])
        if hit and per_word[(lang, hit[0])] < 300:  # enough distinct sentences for any word
            per_word[(lang, hit[0])] += 1
            out.append((lang, source, "word", s))
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8") as f:
        f.write("language\tsource\tuse\tsentence\n")
        for lang, source, use, s in out:
            f.write(f"{lang}\t{source}\t{use}\t{s}\n")
    with (DATA / "names.tsv").open("w", encoding="utf-8") as f:
        f.write("group\tpart\tname\tsource\n")
        for row in names:
            if row[1] != "town":
                f.write("\t".join(row) + "\n")
    with (DATA / "towns.tsv").open("w", encoding="utf-8") as f:
        f.write("country\tpostcode\ttown\tsource\n")
        for group, part, name, source in names:
            if part == "town":
                town, code = name.split("|")
                f.write(f"{group}\t{code}\t{town}\t{source}\n")


# --- names and towns -----------------------------------------------------------------------

NAME_RE = re.compile(r"^[A-ZÅÄÖÆØÜÉ][a-zåäöæøüéèáíóúýðšž]+(?:-[A-ZÅÄÖÆØ][a-zåäöæøüé]+)?$")


def good(name: str) -> bool:
    return bool(NAME_RE.match(name)) and 2 <= len(name) <= 16


def build_names(mirror: Path, src: Path, people_fi, da_members) -> list[tuple[str, str, str, str]]:
    rows: set[tuple[str, str, str, str]] = set()
    # English: members of the US Congress now sitting, and their district offices' towns
    import yaml  # build only (PyYAML)

    leg = yaml.safe_load(git_show(mirror, "unitedstates/congress-legislators",
                                  "legislators-current.yaml"))  # fmt: skip
    for p in leg:
        first, last = p["name"].get("nickname") or p["name"]["first"], p["name"]["last"]
        if good(first):
            rows.add(("en", "given", first, "congress-legislators"))
        if good(last):
            rows.add(("en", "family", last, "congress-legislators"))
    offices = yaml.safe_load(git_show(mirror, "unitedstates/congress-legislators",
                                      "legislators-district-offices.yaml"))  # fmt: skip
    for p in offices:
        for o in p.get("offices", []):
            city, code = o.get("city"), str(o.get("zip") or "")
            if city and re.fullmatch(r"\d{5}", code) and all(good(w) for w in city.split()):
                rows.add(("en", "town", f"{city}|{code}", "congress-legislators"))
    # Swedish: members of the Riksdag who spoke 2003-2023 (KBLab's speech metadata)
    meta = gzip.decompress(git_show(mirror, "kb-labb/riksdagen_anforanden",
                                    "metadata/adjusted_metadata.csv.gz")).decode()  # fmt: skip
    import csv
    import io

    for row in csv.DictReader(io.StringIO(meta)):
        parts = (row.get("speaker") or "").split()
        if len(parts) >= 2:
            if good(parts[0]):
                rows.add(("sv", "given", parts[0], "riksdagen_anforanden"))
            if good(parts[-1]):
                rows.add(("sv", "family", parts[-1], "riksdagen_anforanden"))
    kommuner = git_show(mirror, "peterdalle/svensktext", "platser/kommuner.csv").decode()
    for row in csv.DictReader(io.StringIO(kommuner)):
        town = row["name"].removesuffix(" kommun").removesuffix(" stad")
        code = row["code"]
        if all(good(w) for w in town.split()):
            rows.add(("sv", "town", f"{town}|{code}", "svensktext"))
    # Finnish (and Finland-Swedish): candidates of the Yle election compass 2011 and 2015
    for given, family, home, tongue in people_fi:
        group = "sv" if tongue.startswith("ruotsi") else "fi"
        g = given.split()[0] if given.split() else ""
        if good(g):
            rows.add((group, "given", g, "yle-vaalikone"))
        if good(family):
            rows.add((group, "family", family, "yle-vaalikone"))
        if home and all(good(w) for w in home.split()):
            rows.add(("fi", "town", f"{home}|", "yle-vaalikone"))
    # Norwegian: members named in Stortinget's proceedings from 2017 on; postal towns (Bring)
    repo = "Sprakbanken/transcription_matching"
    files = [f for f in git_ls(mirror, repo, "data/proceedings") if f.split("/")[-1] >= "2017-01"]
    named: Counter = Counter()
    for f in files[::4]:
        text = git_show(mirror, repo, f).decode("utf-8")
        for m in re.finditer(r"[Rr]epresentante(?:n|ne) ((?:[A-ZÆØÅ][a-zæøåé]+ ){1,3}"
                             r"[A-ZÆØÅ][a-zæøåé]+)", text):  # fmt: skip
            named[m.group(1)] += 1
    for full in named:
        parts = full.split()
        if good(parts[0]):
            rows.add(("no", "given", parts[0], "transcription_matching"))
        if good(parts[-1]):
            rows.add(("no", "family", parts[-1], "transcription_matching"))
    reg = git_show(mirror, "keita43a/Postal_code_region_number_Norway",
                   "Postnummerregister-ansi.txt").decode("latin-1")  # fmt: skip
    for line in reg.splitlines():
        f = line.split("\t")
        if len(f) >= 5 and f[4] in ("B", "G"):
            town = f[1].title()
            if all(good(w) for w in town.split()):
                rows.add(("no", "town", f"{town}|{f[0]}", "Postnummerregister"))
    # Danish: members of the Folketing 2014-2015; postal towns (DAWA via postnumre-i-Danmark)
    for full in da_members:
        parts = full.split()
        if len(parts) >= 2:
            if good(parts[0]):
                rows.add(("da", "given", parts[0], "danparcorpR"))
            if good(parts[-1]):
                rows.add(("da", "family", parts[-1], "danparcorpR"))
    post = json.loads(git_show(mirror, "stubben/postnumre-i-Danmark", "postnumre.json"))
    for region in post.values():
        for kommune in region.values():
            for code, town in kommune.items():
                if len(code) == 4 and all(good(w) for w in town.split()):
                    rows.add(("da", "town", f"{town}|{code}", "postnumre-i-Danmark"))
    # families who moved to the Nordic countries: Eritrea and Ethiopia (habesha-names),
    # Arabic-speaking countries, Iran and Afghanistan, Turkey (name-variants' tables)
    hab = json.loads((src / "hab/habesha_names/data/given_names.json").read_text("utf-8"))
    for e in hab["entries"]:
        if good(e["canonical"]):
            rows.add(("moved", "given", e["canonical"], "habesha-names"))
    sys.path.insert(0, str(src / "nv"))
    from name_variants import arabic_names, persian_names, turkish_names  # build only

    for mod in (arabic_names, persian_names, turkish_names):
        table = next(v for k, v in vars(mod).items() if k.isupper() and isinstance(v, dict))
        for entry in table.values():
            forms = entry.get("forms") or entry.get("variants") or []
            if forms and good(forms[0].title()):
                rows.add(("moved", "given", forms[0].title(), "name-variants"))
    return sorted(rows)


if __name__ == "__main__":
    main()
