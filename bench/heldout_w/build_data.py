"""Build held-out W's pools of published sentences (`data/sentences.tsv`) from the sources its
README names, read from git mirrors of their repositories (the search tool's `fetch`).

    python -m bench.heldout_w.build_data MIRRORS     # MIRRORS/owner+name/repo git directories

Nothing here is needed to generate the set; wordfreq (the bench environment's) is imported
lazily, only to build. Every filter counts what it drops, printed at the end."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit) of every text source, as the README names them.
TEXT_SOURCES = (
    ("nbertagnolli/counsel-chat", "e202e19c5002482f4f6631af754c276dd9adf7f2"),
    ("navikt/foreldrepengesoknad", "f06276a09be64217da48c43599b9f4a2d9ad5de7"),
    ("City-of-Helsinki/kukkuu-ui", "e4c487fde8b81f62819f10e3306129031cd2ade1"),
    ("City-of-Helsinki/tilavarauspalvelu-ui", "45b66d0ab90f586d750bd56beec01342ff30674b"),
    ("City-of-Helsinki/hel-fi-drupal-grants", "21f9648b134882f44d20b11a1da3725faa01e2c4"),
    ("OS2Forms/os2forms-docs", "0988313a5eb6d3e4987e55dc6b000d7f3c24a896"),
    ("itk-dev/os2forms_selvbetjening", "dcc4e7c7ea64d2d9c7c0c5fbc271a422f7729bac"),
    ("TurkuNLP/toxicity-classifier", "34d0e992f23fa8304c27bcc4851c275e17344b3b"),
    ("ltgoslo/norec_fine", "a1d48a7124484fd11794d9347912430bf5732108"),
    ("helsingborg-stad/spm-laiban", "85c960e40555df854ccf149bb778024a6faf7b7e"),
    ("helsingborg-stad/Municipio", "93b5198c98863dfec831ebebee59eb25f5f142f8"),
    ("datahotellet/dataset-archive", "9d94679af8c740c5e8639cc7d523e8214c0b245c"),
    ("City-of-Helsinki/palvelutarjotin-ui", "37188aa35533495bf15d02ad39134efcafe9bdc5"),
    ("City-of-Helsinki/palvelutarjotin-admin", "e6ed8c1a8fb107b68e7af1d4624212e57c5b9cda"),
    ("City-of-Helsinki/parking-permits-ui", "7288fb252a9fd9188a8bcb956c7b483dcf291d6c"),
    ("City-of-Helsinki/events-helsinki-monorepo", "f7747105a97fd41c29012c69e72616d2754443f7"),
)
HELSINKI = (2, 3, 4, 12, 13, 14, 15)  # TEXT_SOURCES read as Helsinki's services
# (repository, commit) of every name and town source.
NAME_SOURCES = (
    ("koushik1207/OlympicsViz.github.io", "81778dc966b2673f13104da7e5f6705e4ce294bf"),
    ("avoindata/datavaalit-ehdokas-ja-tulostiedot", "0381d7e322aea2151641abadadaf7979f9c0cf77"),
    ("datahotellet/dataset-archive", "9d94679af8c740c5e8639cc7d523e8214c0b245c"),
    ("nbertagnolli/counsel-chat", "e202e19c5002482f4f6631af754c276dd9adf7f2"),
    ("viktorbengtsson/pypsa-vgr", "d05449af81c2aa92f46a34665b6e0723e70a840f"),
    ("magenta-aps/django-resource-booking", "b7d9c9ba1072dd0f36f4f697e2ad7e6b84baa723"),
)
# Olympic committees whose medallists' names serve each group; "moved": countries of the
# Nordic countries' larger immigrant groups present in the data.
NOCS = {
    "sv": ("SWE",), "no": ("NOR",), "da": ("DEN",), "fi": ("FIN",), "en": ("GBR", "USA"),
    "moved": ("IRI", "IRQ", "SYR", "AFG", "SOM", "ERI", "ETH", "TUR", "POL", "RUS", "UKR", "EST",
              "VIE", "BIH", "YUG", "LTU", "LAT"),
}  # fmt: skip
LANGS = ("sv", "en", "fi", "no", "da")
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
PRONOUN_I = {"I", "I'm", "I've", "I'd", "I'll"}
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|se|no|dk|fi|io|nu|eu|gov|uk)\b", re.I)
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november "
    "december måndag tisdag onsdag torsdag fredag lördag söndag jul påsk midsommar",
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen juhannus",
}
# languages a sentence of each must not look more like (V's rule, Spanish added for English)
OTHERS = {"sv": ("nb", "da", "fi", "en"), "no": ("sv", "da", "en"), "da": ("sv", "nb", "en"),
          "fi": ("sv", "en", "de"), "en": ("es", "fr", "de")}  # fmt: skip
FORBIDDEN = re.compile(r"[\[\]{}()<>@#%&*=+|\\/:;\"“”«»„…_~^$§]|\.\.| - | – | — |\d|https?|www")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÉ])")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def _git(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def _show(mirrors: Path, repo: str, commit: str, path: str) -> str:
    git = _git(mirrors, repo)
    out = subprocess.run(["git", "--git-dir", str(git), "show", f"{commit}:{path}"],
                         capture_output=True, check=True)  # fmt: skip
    return out.stdout.decode("utf-8", "replace")


def _files(mirrors: Path, repo: str, commit: str, pattern: str) -> list[str]:
    git = _git(mirrors, repo)
    command = ["git", "--git-dir", str(git), "ls-tree", "-r", "--name-only", commit]
    names = subprocess.run(command, capture_output=True, check=True, text=True).stdout.split("\n")
    return sorted(n for n in names if re.search(pattern, n))


def _json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def _po_strings(text: str) -> list[str]:
    out, current, inside = [], [], False
    for line in text.splitlines():
        if line.startswith("msgstr"):
            inside = True
            current = [line.split(" ", 1)[1] if " " in line else '""']
        elif inside and line.startswith('"'):
            current.append(line)
        else:
            if inside and current:
                out.append("".join(json.loads(p) for p in current if p.startswith('"')))
            inside, current = False, []
    return out


def _yaml_strings(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        m = re.match(r"\s*[\w#'-]+:\s*'?(.+?)'?\s*$", line)
        if m and len(m.group(1)) > 20 and " " in m.group(1):
            out.append(m.group(1).replace("''", "'"))
    return out


def _texts(mirrors: Path) -> list[tuple[str, str, str]]:
    """(language, source, text) of every document read."""
    docs: list[tuple[str, str, str]] = []
    repo, commit = TEXT_SOURCES[0]
    rows = csv.DictReader(
        io.StringIO(_show(mirrors, repo, commit, "data/20200325_counsel_chat.csv"))
    )
    for row in rows:
        docs.append(("en", "counsel-chat-question", row["questionText"] or ""))
        docs.append(("en", "counsel-chat-answer", row["answerText"] or ""))
    repo, commit = TEXT_SOURCES[1]
    for path in _files(mirrors, repo, commit, r"src/intl/.*n[bn]_NO\.json$"):
        for s in _json_strings(json.loads(_show(mirrors, repo, commit, path))):
            docs.append(("no", "nav-foreldrepenger", re.sub(r"<[^>]+>", " ", s)))
    for repo, commit in (TEXT_SOURCES[i] for i in HELSINKI):
        for lang in ("fi", "sv"):
            for path in _files(
                mirrors, repo, commit, rf"(/{lang}\.json|/{lang}/[\w.-]+\.json|{lang}\.po)$"
            ):
                raw = _show(mirrors, repo, commit, path)
                strings = (
                    _po_strings(raw) if path.endswith(".po") else _json_strings(json.loads(raw))
                )
                docs += [(lang, "helsinki", re.sub(r"<[^>]+>", " ", s)) for s in strings]
        if repo.endswith("drupal-grants"):
            for path in _files(mirrors, repo, commit, r"conf/cmi/language/sv/webform\..*\.yml$"):
                docs += [
                    ("sv", "helsinki", s) for s in _yaml_strings(_show(mirrors, repo, commit, path))
                ]
            for path in _files(mirrors, repo, commit, r"conf/cmi/webform\.webform\..*\.yml$"):
                docs += [
                    ("fi", "helsinki", s) for s in _yaml_strings(_show(mirrors, repo, commit, path))
                ]
    repo, commit = TEXT_SOURCES[5]
    for path in _files(mirrors, repo, commit, r"\.md$"):
        docs.append(("da", "os2forms-docs", _show(mirrors, repo, commit, path)))
    repo, commit = TEXT_SOURCES[6]
    for path in _files(mirrors, repo, commit, r"translations\.da\.po$"):
        docs += [
            ("da", "os2forms-drupal-da", s) for s in _po_strings(_show(mirrors, repo, commit, path))
        ]
    repo, commit = TEXT_SOURCES[7]
    rows = list(
        csv.reader(
            io.StringIO(_show(mirrors, repo, commit, "annotations/all_annotations.tsv")),
            delimiter="\t",
        )
    )
    toxic = {r[0] for r in rows[1:] if len(r) > 2 and not r[1].startswith("not-")}
    posts = {r[0]: r[2] for r in rows[1:] if len(r) > 2 and r[0] not in toxic}
    docs += [("fi", "suomi24-sample", t) for _, t in sorted(posts.items())]
    repo, commit = TEXT_SOURCES[8]
    for split in ("train.json", "dev.json", "test.json"):
        for item in json.loads(_show(mirrors, repo, commit, split)):
            docs.append(("no", "norec-fine", _detokenise(item["text"])))
    repo, commit = TEXT_SOURCES[9]
    for line in _show(
        mirrors, repo, commit, "Laiban/Shared/Resources/sv.lproj/Localizable.strings"
    ).splitlines():
        m = re.match(r'\s*"[^"]+"\s*=\s*"(.*)";\s*$', line)
        if m:
            docs.append(("sv", "laiban", m.group(1).replace('\\"', '"')))
    repo, commit = TEXT_SOURCES[10]
    docs += [
        ("sv", "municipio", re.sub(r"<[^>]+>", " ", t))
        for t in _po_strings(_show(mirrors, repo, commit, "languages/sv_SE.po"))
    ]
    repo, commit = TEXT_SOURCES[11]
    rows = csv.DictReader(
        io.StringIO(
            _show(mirrors, repo, commit, "datasets/valg/valglokaler/2017/dataset.csv").lstrip(
                "\ufeff"
            )
        ),
        delimiter=";",
    )
    docs += [("no", "valglokaler", r["info_text"] or "") for r in rows]
    return docs


def _detokenise(text: str) -> str:
    text = re.sub(r" ([.,!?;:)»])", r"\1", text)
    return re.sub(r"([(«]) ", r"\1", text)


def _names(mirrors: Path) -> dict[tuple[str, str], dict[str, str]]:
    """{(group, given|family): {name: source}}."""
    out: dict[tuple[str, str], dict[str, str]] = {}

    def add(group: str, given: str, family: str, source: str) -> None:
        for kind, value in (("given", given), ("family", family)):
            value = value.strip()
            if re.fullmatch(
                r"[A-ZÅÄÖÆØÉÜ][a-zåäöæøéüáíóúèëïšžčćđ]+(?:-[A-ZÅÄÖÆØ][a-zåäöæøéüáíóú]+)?", value
            ):
                out.setdefault((group, kind), {}).setdefault(value, source)

    repo, commit = NAME_SOURCES[0]
    group_of = {noc: g for g, nocs in NOCS.items() for noc in nocs}
    for row in csv.DictReader(
        io.StringIO(_show(mirrors, repo, commit, "ranking-data/athlete_events2.csv"))
    ):
        group = group_of.get(row["NOC"])
        name = row["Name"]
        if group is None or any(c in name for c in '"()'):
            continue
        parts = name.split()
        if len(parts) >= 2:
            add(group, parts[0], parts[-1], "olympics")
    repo, commit = NAME_SOURCES[1]
    text = _show(
        mirrors, repo, commit, "2012/prebudgets/municipal_elections_prebudgets_2012_finland.csv"
    )
    for row in csv.DictReader(io.StringIO(text), delimiter=";"):
        add(
            "fi",
            row["first_name"].split()[0] if row["first_name"] else "",
            row["last_name"],
            "fi-candidates-2012",
        )
    repo, commit = NAME_SOURCES[2]
    for town in ("harstad", "tromso", "leikanger"):
        text = _show(
            mirrors, repo, commit, f"datasets/{town}/valg/mandatkaring/dataset.csv"
        ).lstrip("\ufeff")
        for row in csv.DictReader(io.StringIO(text), delimiter=";"):
            family, _, given = row["kandidatnavn"].partition(",")
            add("no", given.split()[0] if given.split() else "", family, "no-candidates")
    repo, commit = NAME_SOURCES[3]
    for row in csv.DictReader(
        io.StringIO(_show(mirrors, repo, commit, "data/20200325_counsel_chat.csv"))
    ):
        m = re.match(r"([A-Z][a-z]+) ([A-Z][a-z]+)(?=[A-Z,]|$)", row["therapistInfo"] or "")
        if m:
            add("en", m.group(1), m.group(2), "counsel-chat")
    return out


def _towns(mirrors: Path) -> list[tuple[str, str, str, str]]:
    """(language, town, postcode or "", source)."""
    towns: dict[tuple[str, str], tuple[str, str]] = {}
    repo, commit = TEXT_SOURCES[11]
    text = _show(mirrors, repo, commit, "datasets/valg/valglokaler/2017/dataset.csv").lstrip(
        "\ufeff"
    )
    for row in csv.DictReader(io.StringIO(text), delimiter=";"):
        if re.fullmatch(r"\d{4}", row["postal_code"] or "") and row["area"]:
            towns.setdefault(
                ("no", row["area"].strip().title()), (row["postal_code"], "valglokaler")
            )
    repo, commit = NAME_SOURCES[1]
    text = _show(
        mirrors, repo, commit, "2012/prebudgets/municipal_elections_prebudgets_2012_finland.csv"
    )
    for row in csv.DictReader(io.StringIO(text), delimiter=";"):
        towns.setdefault(("fi", row["municipality"].strip()), ("", "fi-candidates-2012"))
    repo, commit = NAME_SOURCES[4]
    raw = subprocess.run(
        [
            "git",
            "--git-dir",
            str(_git(mirrors, repo)),
            "show",
            f"{commit}:input/geo/markanvandning.csv.gz",
        ],
        capture_output=True,
        check=True,
    ).stdout
    import gzip

    for row in csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))):
        towns.setdefault(("sv", row["Namn"].strip()), ("", "pypsa-vgr"))
    repo, commit = NAME_SOURCES[5]
    for name in re.findall(
        r"'([^']+) Kommune'", _show(mirrors, repo, commit, "booking/data/municipalities.py")
    ):
        towns.setdefault(("da", name), ("", "django-resource-booking"))
    repo, commit = NAME_SOURCES[0]
    for row in csv.DictReader(
        io.StringIO(_show(mirrors, repo, commit, "ranking-data/athlete_events2.csv"))
    ):
        if row["City"] in (
            "London",
            "St. Louis",
            "Los Angeles",
            "Atlanta",
            "Lake Placid",
            "Squaw Valley",
            "Salt Lake City",
        ):
            towns.setdefault(("en", row["City"]), ("", "olympics"))
    return [(lang, town, code, source) for (lang, town), (code, source) in sorted(towns.items())]


def keep(sentences: list[tuple[str, str, str]], lowered: dict[str, set[str]],
         dropped: Counter) -> list[tuple[str, str, str]]:  # fmt: skip
    """The filter (README, "How sentences were kept"); counts each reason for dropping."""
    from wordfreq import zipf_frequency

    kept, seen = [], set()
    for lang, source, s in sentences:
        s = " ".join(s.translate(INVISIBLE).replace("\u00a0", " ").split())
        if (lang, s) in seen:
            continue
        seen.add((lang, s))
        words = TOKEN.findall(s)
        reason = None
        if not (12 <= len(s) <= 240 and 3 <= len(words) <= 34):
            reason = "length"
        elif not (s[0].isupper() and s[-1] in ".!?" and len(words[-1]) >= 2):
            reason = "shape"
        elif FORBIDDEN.search(s) or DOMAIN.search(s) or (lang != "en" and "'" in s):
            reason = "digits-marks-links"
        elif "." in s.split()[-1][:-1]:
            reason = "shape"  # an abbreviation at the end ("f.eks.")
        elif any(c.isupper() for c in words[0][1:]):
            reason = "shape"
        elif any(any(c.isupper() for c in w) for w in words[1:] if w not in PRONOUN_I):
            reason = "capitalised-inside"
        elif any(w.lower() in MONTHS[lang].split() for w in words):
            reason = "month-weekday-feast"
        elif words[0].lower() not in lowered[lang]:
            reason = "first-word-never-lower"
        else:
            code = "nb" if lang == "no" else lang
            known = sum(zipf_frequency(w.lower(), code) > 0 for w in words)
            if known < 0.85 * len(words):
                reason = "unknown-words"
            elif zipf_frequency(words[0].lower(), code) < (2.5 if lang == "fi" else 3.0):
                reason = "rare-first-word"
            elif sum(
                max(zipf_frequency(w.lower(), other) for other in OTHERS[lang])
                > zipf_frequency(w.lower(), code) + 1
                for w in words
            ) * 3 > len(words):
                reason = "other-language"
        if reason:
            dropped[(lang, reason)] += 1
            continue
        kept.append((lang, source, s))
    return kept


# Registered people whose given or family name is also a word of their language, chosen from
# this set's own name sources where that language's kept sentences use the word (README).
WORD_NAMES: dict[str, tuple[str, ...]] = {
    "sv": ("Bror", "Berg", "Fast", "Kalla", "Seger"),
    "en": ("Major", "Long", "Strong", "Small", "Friend"),
    "fi": ("Ilta", "Voitto", "Lehti", "Aalto", "Rinne"),
    "no": ("Endre", "Jo", "Vår", "Fin", "Glad"),
    "da": ("Tage", "Lange", "Skov", "Bank", "Vest"),
}
COMMON = 4.5  # a name that is also this common a word of a language, written in lower case there


def _split(docs: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], dict]:
    lowered: dict[str, set[str]] = {lang: set() for lang in LANGS}
    sentences = []
    for lang, source, text in docs:
        for w in TOKEN.findall(text):
            if w.islower():
                lowered[lang].add(w)
        for part in re.split(r"\n\s*\n|\n(?=[-*#>|])", text):
            part = re.sub(r"^[\s#>*-]+", "", part)
            sentences += [(lang, source, s) for s in SPLIT.split(" ".join(part.split()))]
    return sentences, lowered


def main(mirrors: Path, show_candidates: bool = False) -> None:
    sentences, lowered = _split(_texts(mirrors))
    dropped: Counter = Counter()
    kept = keep(sentences, lowered, dropped)
    names = _names(mirrors)
    name_words = {n.lower() for table in names.values() for n in table}
    # Names that the kept sentences write as common words (in lower case, at least three
    # sentences, Zipf >= COMMON in that language) are words there, not names: they leave the
    # name lists (never planted) and do not drop a sentence. Every other word that any name
    # list of the sources holds drops the sentence it stands in, in any case.
    from wordfreq import zipf_frequency

    written_lower: Counter = Counter()
    for lang, _, s in kept:
        for w in {w for w in TOKEN.findall(s)[1:] if w.islower()} & name_words:
            written_lower[(lang, w)] += 1
    planted = {w.lower() for ws in WORD_NAMES.values() for w in ws}
    words_not_names = {
        (lang, w)
        for (lang, w), n in written_lower.items()
        if n >= 3 and zipf_frequency(w, "nb" if lang == "no" else lang) >= COMMON
    } - {(lang, w) for lang in LANGS for w in planted}  # fmt: skip  (a word-name never)
    common = {w for _, w in words_not_names}
    pruned = Counter()
    for key in list(names):
        for n in list(names[key]):
            parts = set(re.split(r"[- ]", n.lower()))
            if parts & common and n.lower() not in planted:
                del names[key][n]
                pruned[key[0]] += 1
    print("names left out as common words:", dict(pruned), len(common))
    if show_candidates:
        from wordfreq import zipf_frequency

        for lang in LANGS:
            having: Counter = Counter()
            for lg, _, s in kept:
                if lg == lang:
                    for w in {w.lower() for w in TOKEN.findall(s)} & name_words:
                        having[w] += 1
            own = {n.lower() for (g, _), t in names.items() if g == lang for n in t}
            code = "nb" if lang == "no" else lang
            good = [(w, n, round(zipf_frequency(w, code), 1)) for w, n in having.most_common()
                    if n >= 8 and w in own]  # fmt: skip
            print(lang, good[:60])
        return
    word_of = {w.lower(): lang for lang, ws in WORD_NAMES.items() for w in ws}
    rows = []
    for lang, source, s in kept:
        found = {w.lower() for w in TOKEN.findall(s)} & name_words
        found -= {w for w in found if (lang, w) in words_not_names}
        if not found:
            rows.append((lang, source, "pool", s))
            continue
        words = [w for w in found if word_of.get(w) == lang]
        if len(found) == 1 and words:
            rows.append((lang, source, "word:" + words[0], s))
        else:
            dropped[(lang, "name-word")] += 1
    with open(HERE / "data/sentences.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("language\tsource\tuse\tsentence\n")
        for row in sorted(rows):
            out.write("\t".join(row) + "\n")
    with open(HERE / "data/names.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("group\tkind\tname\tsource\n")
        for (group, kind), table in sorted(names.items()):
            for name, source in sorted(table.items()):
                out.write(f"{group}\t{kind}\t{name}\t{source}\n")
    with open(HERE / "data/towns.tsv", "w", encoding="utf-8", newline="") as out:
        out.write("language\ttown\tpostcode\tsource\n")
        for row in _towns(mirrors):
            out.write("\t".join(row) + "\n")
    print(Counter((lang, source, use.split(":")[0]) for lang, source, use, _ in rows))
    print(Counter(use for _, _, use, _ in rows if use != "pool"))
    print({k: len(v) for k, v in sorted(names.items())})
    for key, n in sorted(dropped.items()):
        print(key, n)


if __name__ == "__main__":
    main(Path(sys.argv[1]), show_candidates="--candidates" in sys.argv)
