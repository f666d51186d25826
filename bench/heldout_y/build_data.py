"""Rebuilds held-out Y's pools (`data/sentences.tsv`, `data/names.tsv`) from mirrors of the
repositories named in `TEXT_SOURCES` and `NAME_SOURCES` (owner+name/repo git directories, as
the search tool's fetch leaves them). Generating the set needs none of this.

    python -m bench.heldout_y.build_data MIRRORS

Sentences are kept only when they name nobody and hold no date, number, domain or link (see
the README's "How sentences were kept")."""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

TEXT_SOURCES = (
    ("clinc/oos-eval", "828f8093932c8fe6ca7936c3d2e52903b1c523de"),
    ("xliuhw/NLU-Evaluation-Data", "f6071b496b17d71e6eb43f543af0707f4ff30557"),
    ("FossifyOrg/Commons", "ba6c2bc9cedc179693fe70a9d1becf3f982cb319"),
    ("FossifyOrg/Messages", "2303e65517bcb04c7cc029eafbc4ccb350dddb8d"),
    ("FossifyOrg/Calendar", "14816e9a09c6012c48743928d4e1634da08667cc"),
    ("CatimaLoyalty/Android", "80ec71d9d9df8da45f7915ff10c1953aafbb0c0f"),
    ("Kunzisoft/KeePassDX", "e94bf93079687c4f0f23b562788178bff623cb94"),
    ("Etar-Group/Etar-Calendar", "60b20da5eeb4418d55133f05affbbe75621aa9c9"),
)
NAME_SOURCES = (
    ("Keith3895/name-forge", "e077ecd9a32f8e1e84cc6c4ab05275f8f230d82e"),
    ("giellalt/lang-fkv", "3b74782fee2101dcfdba5f3cbefd7de3b2d57120"),
    ("giellalt/lang-smj", "882eca7ec87db18e8bfd95abfd055da103219b9c"),
    ("Mrjavaci/turkish-names", "a6821572d3885ad2c8280950a78dabb54488df8d"),
    ("duyet/vietnamese-namedb", "2129070dde2471a2a2c0ef24a32c6c02ebd71805"),
)
APPS = {  # repository: (short source name, resource folder)
    "FossifyOrg/Commons": ("Fossify Commons", "commons/src/main/res"),
    "FossifyOrg/Messages": ("Fossify Messages", "app/src/main/res"),
    "FossifyOrg/Calendar": ("Fossify Calendar", "app/src/main/res"),
    "CatimaLoyalty/Android": ("Catima", "app/src/main/res"),
    "Kunzisoft/KeePassDX": ("KeePassDX", "app/src/main/res"),
    "Etar-Group/Etar-Calendar": ("Etar", "app/src/main/res"),
}
FOLDERS = {
    "sv": ("values-sv",),
    "da": ("values-da",),
    "fi": ("values-fi",),
    "no": ("values-nb-rNO", "values-nb"),
}
LANGS = ("sv", "en", "fi", "no", "da")

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul påsk midsommar",
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen juhannus",
    "no": "januar februar mars april mai juni juli august september oktober november "
    "desember mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "da": "januar februar marts april maj juni juli august september oktober november "
    "december mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
}
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
PRONOUN_I = {"I", "I'm", "I've", "I'd", "I'll"}
DOMAIN = re.compile(r"\w\.(?:com|org|net|se|no|dk|fi|uk|io)\b|www|https?", re.I)
QUESTION = re.compile(
    r"^(?:what|whats|what's|how|when|where|who|why|which|can|could|would|will|is|are|do|does|"
    r"did|should|may|am|have|has)\b"
)
# HWU64 slot types an utterance may hold and still be kept (nothing that names or dates)
HARMLESS = {
    "time",
    "timeofday",
    "device_type",
    "media_type",
    "transport_type",
    "house_place",
    "food_type",
    "player_setting",
    "business_type",
    "order_type",
    "definition_word",
    "weather_descriptor",
    "list_name",
    "color_type",
    "change_amount",
    "music_genre",
    "podcast_descriptor",
    "general_frequency",
    "joke_type",
    "ingredient",
    "coffee_type",
    "music_descriptor",
    "news_topic",
}
KEEP_AT_MOST = {"clinc150": 5_000, "hwu64": 3_500}


def _proper_nouns() -> set[str]:
    """Words an English dictionary writes only with a capital (Jackson, Kroger, Ruth): the
    crowd workers' lower-case requests name people, places and firms with them. Debian's
    wamerican word list, when installed (rebuilding only), and the HWU64 assistant's name."""
    path = Path("/usr/share/dict/american-english")
    if not path.exists():  # pragma: no cover
        return {"olly"}
    words = set(path.read_text(encoding="utf-8").split())
    proper = {w.lower() for w in words if w[:1].isupper() and "'" not in w}
    return (proper - {w for w in words if w[:1].islower()}) | {"olly"}


PROPER = _proper_nouns()


def _git(mirrors: Path, repo: str, *args: str) -> str:
    base = mirrors / repo.replace("/", "+") / "repo"
    git_dir = base / ".git" if (base / ".git").is_dir() else base
    out = subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def _show(mirrors: Path, repo: str, path: str) -> str:
    return _git(mirrors, repo, "show", f"HEAD:{path}")


def _files(mirrors: Path, repo: str) -> list[str]:
    return _git(mirrors, repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()


# --- text ---------------------------------------------------------------------------------


def _english(mirrors: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    clinc = json.loads(_show(mirrors, "clinc/oos-eval", "data/data_full.json"))
    for split in sorted(clinc):
        for text, _intent in clinc[split]:
            out.append(("clinc150", _sentence_case(text)))
    for path in _files(mirrors, "xliuhw/NLU-Evaluation-Data"):
        if "autoGeneFromRealAnno" not in path or "/testset/csv/" not in path:
            continue
        rows = csv.DictReader(
            io.StringIO(_show(mirrors, "xliuhw/NLU-Evaluation-Data", path)), delimiter=";"
        )
        for row in rows:
            slots = re.findall(r"\[(\w+) :", row.get("answer_annotation") or "")
            if any(s not in HARMLESS for s in slots):
                continue
            out.append(("hwu64", _sentence_case(row.get("answer_from_anno") or "")))
    return out


def _sentence_case(text: str) -> str:
    """Crowd workers' lower-case requests written as sentences: a capital first, "I" as
    English writes it, a question mark after a question and a full stop otherwise."""
    text = re.sub(r"\s+", " ", text.strip().strip("'\"")).strip()
    if not text:
        return ""
    text = re.sub(r"\bi\b(?=(?:'m|'ve|'d|'ll)?\b)", "I", text)
    end = "?" if QUESTION.match(text) else "."
    if text[-1] not in ".!?":
        text += end
    return text[0].upper() + text[1:]


def _nordic(mirrors: Path) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for repo, (name, res) in APPS.items():
        files = set(_files(mirrors, repo))
        for lang, folders in FOLDERS.items():
            for folder in folders:
                path = f"{res}/{folder}/strings.xml"
                if path not in files:
                    continue
                for raw in re.findall(
                    r"<string [^>]*>(.*?)</string>", _show(mirrors, repo, path), re.S
                ):
                    text = html.unescape(raw.replace("\\'", "'").replace('\\"', '"'))
                    text = re.sub(r"\s+", " ", text.replace("\\n", " ")).strip()
                    for piece in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])", text):
                        out.append((lang, name, piece.strip()))
    return out


def keep(sentence: str, lang: str, names: set[str], words: set[str]) -> str | None:
    """Why `sentence` is dropped, or None when it is kept."""
    if not 12 <= len(sentence) <= 200:
        return "length"
    tokens = TOKEN.findall(sentence)
    if not 3 <= len(tokens) <= 30:
        return "length"
    if not sentence[0].isupper() or sentence[-1] not in ".!?" or sentence.endswith(".."):
        return "shape"
    if re.search(r"[.!?]\s", sentence[:-1]):
        return "shape"
    if re.search(r"[\d@%{}<>\[\]()/\\:;\"“”«»_#*=|&+~^$]|\s[-–—]\s", sentence) or DOMAIN.search(
        sentence
    ):
        return "digits, marks, links"
    if "'" in sentence and lang != "en":
        return "digits, marks, links"
    if any(c.isupper() for w in tokens[1:] if w not in PRONOUN_I for c in w):
        return "capitalised word inside"
    if tokens[0][1:] != tokens[0][1:].lower():
        return "shape"
    months = set(MONTHS[lang].split())
    if any(w.lower() in months for w in tokens):
        return "month, weekday, feast"
    lowered = {w.lower() for w in tokens}
    if lowered & names - words:
        return "a name list's word"
    if lang == "en" and lowered & PROPER:
        return "a proper noun (English)"
    return None


# --- names --------------------------------------------------------------------------------


def _name_forge(mirrors: Path) -> dict[str, list[str]]:
    """name-forge's lists by country: {code: [male..., female..., surnames...]} sorted out."""
    repo = "Keith3895/name-forge"
    codes = re.findall(r"\w+: '([A-Z]{2})'", _show(mirrors, repo, "src/index.ts"))
    source = _show(mirrors, repo, "src/dict.ts")
    body = source[source.index("export const dict") :]
    body = body[body.index("[") : body.rindex("]") + 1]
    body = re.sub(r"//[^\n]*", "", body)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S).replace("'", '"')
    body = re.sub(r",\s*([\]}])", r"\1", body)
    table = json.loads(body)
    out: dict[str, list[str]] = {}
    for code, (male, female, family) in zip(codes, table, strict=False):
        out[f"{code}/given"] = [n.strip() for n in _flat([male, female])]
        out[f"{code}/family"] = [n.strip() for n in _flat([family])]
    return out


def _flat(items: list) -> list[str]:
    return [x for i in items for x in (_flat(i) if isinstance(i, list) else [i])]


def _lexc(mirrors: Path, repo: str, path: str, tags: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in tags.values()}
    for line in _show(mirrors, repo, path).splitlines():
        line = line.split("!", 1)[0].strip()
        m = re.match(r"([A-ZÅÄÖÆØÜ][\w-]*?)(?:\+[^:\s]*)?(?::\S+)?\s+(\S+)\s*;", line)
        if not m:
            continue
        for tag, kind in tags.items():
            if tag in m.group(2):
                out[kind].append(m.group(1))
    return out


FINNISH = re.compile(r"(?:nen|la|lä|nen|io|ia|kka|kkä|aa|ää|uu|ii|yy|oo|ö|y)$|aa|ii|uu|yy|ää|kk|tt")
SWEDISH_FAMILY = re.compile(
    r"(?:sson|ström|strand|qvist|kvist|gren|berg|blad|dahl|holm|lund|"
    r"mark|ling|man|stedt|stam|sjö|vall|bäck|fors)$"
)
NORWEGIAN_FAMILY = re.compile(
    r"(?:sen|stad|rud|heim|vik|eng|dal|land|nes|haug|haugen|moen|"
    r"bakk|lie|aas|aasen|seth)$"
)
DANISH_FAMILY = re.compile(r"(?:sen|gaard|bæk|høj|skov|holt|strup|rup|lund|toft|kær|bjerg)$")


def _names(mirrors: Path) -> list[tuple[str, str, str, str]]:
    """(group, kind, name, source): by country where name-forge has the country, otherwise
    sorted out of the Kven and Lule Sámi analysers' name lexicons by letters and endings."""
    rows: list[tuple[str, str, str, str]] = []
    forge = _name_forge(mirrors)
    by_country = {
        "GB": "en",
        "FI": "fi",
        "NO": "no",
        "DK": "da",
        "PL": "moved/polish",
        "EG": "moved/arabic",
        "SO": "moved/somali",
    }
    for code, group in by_country.items():
        for kind in ("given", "family"):
            rows += [(group, kind, n, "name-forge") for n in forge.get(f"{code}/{kind}", [])]
    turkish = sorted(json.loads(_show(mirrors, "Mrjavaci/turkish-names", "names.json")))
    rng = random.Random(4242)
    for name in sorted(rng.sample(turkish, min(900, len(turkish)))):
        rows.append(("moved/turkish", "given", name, "turkish-names"))
    for path in ("boy_one_word.txt", "girl_one_word.txt"):
        for name in _show(mirrors, "duyet/vietnamese-namedb", path).split("\n"):
            if name.strip():
                rows.append(("moved/vietnamese", "given", name.strip(), "vietnamese-namedb"))
    kven = _lexc(
        mirrors,
        "giellalt/lang-fkv",
        "src/fst/morphology/stems/propernouns.lexc",
        {
            "_prop_sur_": "family",
            "_prop_mal_": "given",
            "_prop_fem_": "given",
            "_prop_plc_": "town",
        },
    )
    lule = _lexc(
        mirrors,
        "giellalt/lang-smj",
        "src/fst/morphology/stems/smj-propernouns.lexc",
        {"-sur": "family", "-mal": "given", "-fem": "given"},
    )
    for source, lexicon in (("Kven lexicon", kven), ("Lule Sámi lexicon", lule)):
        for name in lexicon.get("family", []):
            low = name.lower()
            if SWEDISH_FAMILY.search(low):
                rows.append(("sv", "family", name, source))
            elif DANISH_FAMILY.search(low) and "ø" not in low and "aa" not in low:
                rows.append(("da", "family", name, source))
            elif NORWEGIAN_FAMILY.search(low):
                rows.append(("no", "family", name, source))
            elif FINNISH.search(low) and not re.search(r"[åæøbcdfgqwxz]", low):
                rows.append(("fi", "family", name, source))
        for name in lexicon.get("given", []):
            low = name.lower()
            if FINNISH.search(low) and not re.search(r"[åæøbcdfgqwxz]", low):
                rows.append(("fi", "given", name, source))
            elif not re.search(r"[šžčđŋŧáæø]", low):
                rows.append(("sv", "given", name, source))
        for name in lexicon.get("town", []):
            rows.append(("stop", "place", name, source))
    return rows


def build(mirrors: Path) -> None:
    from bench.heldout_y import people  # noqa: PLC0415

    name_rows = _names(mirrors)
    every_name = {n.lower() for _, _, n, _ in name_rows for n in [n, *n.split("-")]}
    word_names = {w.lower(): lang for lang, ws in people.WORD_NAMES_BY_LANG.items() for w in ws}
    lower_seen: dict[str, Counter] = {lang: Counter() for lang in LANGS}
    texts = [("en", s, t) for s, t in _english(mirrors)] + _nordic(mirrors)
    for lang, _s, text in texts:
        lower_seen[lang].update(w for w in TOKEN.findall(text)[1:] if w.islower())
    common = {w for c in lower_seen.values() for w, n in c.items() if n >= 3}
    dropped: dict[str, Counter] = {lang: Counter() for lang in LANGS}
    kept: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for lang, source, text in texts:
        text = re.sub(r"[\u00ad\u200b-\u200d\u2060\ufeff]", "", text).replace("\u00a0", " ")
        if (lang, text) in seen:
            continue
        seen.add((lang, text))
        why = keep(text, lang, every_name, common | set(word_names))
        if why:
            dropped[lang][why] += 1
            continue
        words = {w.lower() for w in TOKEN.findall(text)}
        mine = [w for w in words if w in word_names]
        if any(word_names[w] != lang for w in mine) or len(mine) > 1:
            dropped[lang]["another word-name"] += 1
            continue
        use = f"word:{mine[0]}" if mine else "pool"
        kept.append((lang, source, use, text))
    rng = random.Random(8128)
    out: list[tuple[str, str, str, str]] = []
    for source, most in KEEP_AT_MOST.items():
        rows = [r for r in kept if r[1] == source and r[2] == "pool"]
        out += sorted(rng.sample(rows, min(most, len(rows))))
    out += [r for r in kept if r[1] not in KEEP_AT_MOST or r[2] != "pool"]
    DATA.mkdir(exist_ok=True)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8") as f:
        f.write("language\tsource\tuse\tsentence\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    pool_words = {w.lower() for r in out for w in TOKEN.findall(r[3])}
    names_out = sorted(
        {
            r
            for r in name_rows
            if r[0] != "stop"
            and r[2].lower() not in pool_words
            and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", r[2])
            and r[2].lower() not in word_names
            and len(r[2]) > 2
        }
    )
    with (DATA / "names.tsv").open("w", encoding="utf-8") as f:
        f.write("group\tkind\tname\tsource\n")
        for row in names_out:
            f.write("\t".join(row) + "\n")
    print("kept", Counter((r[0], r[1]) for r in out))
    print("names", Counter((r[0], r[1]) for r in names_out))
    print("dropped", {k: dict(v) for k, v in dropped.items()})


if __name__ == "__main__":
    build(Path(sys.argv[1]))
