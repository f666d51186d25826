"""Build held-out U's shipped data (`data/sentences.tsv`, `data/names.tsv`) from its sources.

    python -m bench.heldout_u.build_data SRC

SRC holds the unpacked Debian packages (`SRC/x/<package>/usr/...`: dpkg-deb -x of the .deb
files named in `TEXT_SOURCES`), the unpacked PyPI wheel of name2nat 0.5.1 (`SRC/pypi/n2n`) and
the storybooks repository as a bare git directory (`MIRROR`). wordfreq must be installed (it is
imported inside the functions that need it: generating the set never needs it).

Text: narrative and conversational prose only: the dialogue, story, help and description texts
of seven free games (Wesnoth, Widelands, FreedroidRPG, Warzone 2100, Freeciv, SuperTux, Tux
Paint's stamps) as their volunteers translated them (their catalogues; interface catalogues
left out) and the CC BY children's stories of Global Storybooks' Norwegian site. Names: the
Wikipedia person names (with their nationality) that name2nat ships, and finnish-name-generator's
Finnish names. Towns: the city lists of Freeciv's nation rulesets.
"""

from __future__ import annotations

import gettext
import html
import importlib.util
import pickle
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from bench.heldout_u.people import WORD_NAMES_BY_LANG

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
LANGS = ("sv", "en", "fi", "no", "da")

# (repository or package, commit or version): named in the README.
TEXT_SOURCES = (
    ("wesnoth-1.16-data", "1:1.16.9-1"),
    ("wesnoth-1.16-<campaign>", "1:1.16.9-1"),
    ("widelands-data", "2:1.1-3"),
    ("freedroidrpg-data", "1.0-1"),
    ("warzone2100-data", "4.3.3-3"),
    ("freeciv-data", "3.0.6-1+deb12u1"),
    ("supertux-data", "0.6.3-2"),
    ("tuxpaint-stamps-default", "2022.06.04-1"),
    ("global-asp/storybooks-norge", "dde184a2fdc84565a04ffbcf922748941f2147b3"),
)
NAME_SOURCES = (
    ("name2nat", "0.5.1"),
    ("finnish-name-generator", "0.2.1"),
)
MIRROR = "/work/.mirror/global-asp+storybooks-norge/repo"

# Interface catalogues (menus, buttons, settings) are left out: only story, dialogue, help and
# description texts are read.
SKIP_CATALOGUES = re.compile(
    r"(wesnoth-lib|wesnoth-editor|wesnoth-wc|widelands\.mo|widelands_editor|widelands_console|"
    r"win_conditions|freedroidrpg\.mo|maps\.mo|world\.mo|freeciv-ruledit\.mo|freeciv-nations\.mo)$"
)
GAME_DIRS = {
    "wesnoth-1.16-data": ("wesnoth", "usr/share/games/wesnoth/1.16/locale"),
    "widelands-data": ("widelands", "usr/share/games/widelands/data/locale"),
    "freedroidrpg-data": ("freedroidrpg", "usr/share/locale"),
    "warzone2100-data": ("warzone2100", "usr/share/locale"),
    "freeciv-data": ("freeciv", "usr/share/locale"),
}
WESNOTH_CAMPAIGNS = tuple(
    f"wesnoth-1.16-{c}"
    for c in "did dm dw ei httt l low nr sof sota sotbe thot trow tsg ttb utbs".split()
)
LOCALES = {"sv": ("sv",), "fi": ("fi",), "da": ("da",), "no": ("nb", "nb_NO", "nn")}
STORY_DIRS = {"sv": ("sv",), "en": ("en",), "da": ("da",), "no": ("nb", "nn")}

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
PRONOUN_I = {"I", "I'm", "I'll", "I've", "I'd", "I’m", "I’ll", "I’ve", "I’d"}
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|se|no|dk|fi|uk|io|de|eu)\b", re.I)
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december "
    "måndag tisdag onsdag torsdag fredag lördag söndag jul julafton påsk midsommar nyår",
    "en": "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter midsummer",
    "no": "januar februar mars april mai juni juli august september oktober november desember "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag jul påske "
    "sankthans nyttår",
    "da": "januar februar marts april maj juni juli august september oktober november december "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag jul påske sankthans nytår",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu maanantai tiistai keskiviikko torstai perjantai lauantai "
    "sunnuntai joulu pääsiäinen juhannus",
}
# Names of the games and their worlds, in lower case too (a sentence naming one goes).
BRANDS = {
    "wesnoth", "widelands", "freeciv", "freedroid", "freedroidrpg", "warzone", "tux", "linux",
    "internet", "google", "github", "discord", "irc", "forum", "online", "multiplayer",
    "storybooks", "wiki", "lua", "addon", "addons", "atlanteans", "barbarians", "frisians",
    "amazons", "imperials", "drakes", "saurians", "orcs", "orc", "woses", "wose", "droid",
    "droids", "bot", "bots", "mega", "mods", "mod", "skript", "script",
}  # fmt: skip
# A first word this frequent is a function word of the language even where someone somewhere
# bears it as a name ("De", "Den", "Kan", "Han"): the sentence stays, and a registered person
# with that name makes it a recorded ordinary use.
FUNCTION_WORD = 5.0
# The openers that rule kept although a listed name, or its genitive, is spelled so, as the
# shipped sentences hold them: U's test checks every other opener against the names without
# wordfreq, which only `make bench` installs (rebuilding the data may change this set).
KEPT_FUNCTION_OPENERS = frozenset({"jeres", "less", "annars", "dess"})
CAP = 4200  # sentences per language, to keep the shipped data small
WORDFREQ = {"sv": "sv", "en": "en", "fi": "fi", "no": "nb", "da": "da"}
SCANDI = ("sv", "no", "da")

# Nationalities of name2nat's Wikipedia names, per language of the notes; people who moved to
# the Nordic countries are drawn from the largest groups' nationalities.
NATIONS = {
    "sv": ("Swedish",),
    "no": ("Norwegian",),
    "da": ("Danish",),
    "fi": ("Finnish",),
    "en": ("English", "British", "Scottish", "Welsh"),
    "moved": (
        "Somali", "Iraqi", "Syrian", "Iranian", "Afghan", "Eritrean", "Polish", "Turkish",
        "Ukrainian", "Bosnian", "Kurdish", "Ethiopian",
    ),
}  # fmt: skip
TOWN_RULESETS = {
    "sv": ("swedish",),
    "no": ("norwegian",),
    "da": ("danish",),
    "fi": ("finnish",),
    "en": ("english", "british", "scottish"),
}


def read_mo(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as f:
        catalogue = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    out = []
    for key, value in catalogue.items():
        msgid = key[0] if isinstance(key, tuple) else key
        if not msgid or not value:
            continue
        if "\x04" in msgid:  # context
            msgid = msgid.split("\x04", 1)[1]
        out.append((msgid, value))
    return out


def game_texts(src: Path) -> dict[str, dict[str, list[str]]]:
    """{language: {source: [strings]}}; English from the catalogues' msgids (the originals)."""
    texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    packages = [(p, GAME_DIRS[p]) for p in GAME_DIRS]
    packages += [(c, GAME_DIRS["wesnoth-1.16-data"]) for c in WESNOTH_CAMPAIGNS]
    for package, (short, base) in packages:
        root = src / "x" / package / base
        english: set[str] = set()
        for lang, locales in LOCALES.items():
            for locale in locales:
                folder = root / locale / "LC_MESSAGES"
                if not folder.is_dir():
                    continue
                for mo in sorted(folder.glob("*.mo")):
                    if SKIP_CATALOGUES.search(mo.name):
                        continue
                    for msgid, msgstr in read_mo(mo):
                        if msgstr != msgid:
                            texts[lang][short].append(msgstr)
                        english.add(msgid)
        texts["en"][short].extend(sorted(english))
    return texts


def read_po(path: Path) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs of a .po file (fuzzy entries left out)."""
    out = []
    for entry in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
        if "#, fuzzy" in entry:
            continue
        parts: dict[str, str] = {}
        key = None
        for line in entry.splitlines():
            m = re.match(r'(msgid|msgstr|msgctxt)\s+"(.*)"$', line)
            if m:
                key = m.group(1)
                parts[key] = m.group(2)
            elif key and re.match(r'"(.*)"$', line):
                parts[key] += line.strip()[1:-1]
        msgid, msgstr = parts.get("msgid", ""), parts.get("msgstr", "")
        if msgid and msgstr:
            out.append((msgid.replace('\\"', '"'), msgstr.replace('\\"', '"')))
    return out


def supertux_texts(src: Path) -> dict[str, dict[str, list[str]]]:
    texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    root = src / "x/supertux-data/usr/share/games/supertux2"
    english: set[str] = set()
    for lang, locales in LOCALES.items():
        for locale in locales:
            for po in sorted(root.rglob(f"{locale}.po")):
                for msgid, msgstr in read_po(po):
                    if msgstr != msgid:
                        texts[lang]["supertux"].append(msgstr.replace("\\n", " "))
                    english.add(msgid.replace("\\n", " "))
    texts["en"]["supertux"].extend(sorted(english))
    return texts


def stamp_texts(src: Path) -> dict[str, dict[str, list[str]]]:
    """Tux Paint's stamp descriptions: the first line is English, then `<locale>.utf8=...`."""
    texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    root = src / "x/tuxpaint-stamps-default/usr/share/tuxpaint/stamps"
    wanted = {loc: lang for lang, locs in LOCALES.items() for loc in locs}
    for path in sorted(root.rglob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if lines and "=" not in lines[0]:
            texts["en"]["tuxpaint"].append(lines[0])
        for line in lines[1:]:
            loc, _, value = line.partition(".utf8=")
            if loc in wanted and value:
                texts[wanted[loc]]["tuxpaint"].append(value)
    return texts


def story_texts() -> dict[str, dict[str, list[str]]]:
    texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    files = subprocess.run(
        ["git", "-C", MIRROR, "ls-tree", "-r", "--name-only", "HEAD", "stories/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for lang, dirs in STORY_DIRS.items():
        for d in dirs:
            for path in files:
                if not re.fullmatch(rf"stories/{d}/\d{{4}}/index\.html", path):
                    continue
                page = subprocess.run(
                    ["git", "-C", MIRROR, "show", f"HEAD:{path}"],
                    capture_output=True, text=True, check=True,
                ).stdout  # fmt: skip
                licence = re.search(r"creativecommons\.org/licenses/([a-z-]+)/", page)
                if not licence or licence.group(1) != "by":
                    continue  # stories under CC BY-NC (non-commercial) are left out
                for m in re.finditer(r'level2-txt def"><h3>(.*?)</h3>', page, re.S):
                    texts[lang]["storybooks"].append(html.unescape(m.group(1)))
    return texts


def clean(text: str) -> str:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def split(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÉ])", clean(text))]


def name_lists(src: Path, lower_seen: set[str]) -> dict[str, Counter]:
    """{"<group>/given" | "<group>/family": Counter of people} from name2nat's Wikipedia names
    (groups: the five languages and `moved`), with Finnish names of finnish-name-generator; a
    name any of the texts writes in lower case (a word: "per", "sten") is left out."""
    with (src / "pypi/n2n/name2nat/name2nats.pkl").open("rb") as f:
        table: dict[str, list[str]] = pickle.load(f)
    wanted = {nat: group for group, nats in NATIONS.items() for nat in nats}
    counts: dict[str, Counter] = defaultdict(Counter)
    word = re.compile(r"^[A-ZÅÄÖÆØÜ][a-zåäöæøüéáóúí]+(?:-[A-ZÅÄÖÆØ][a-zåäöæøüé]+)?$")
    anywhere: Counter = Counter()  # family names, whatever the nationality
    for full, nats in table.items():
        parts = full.split()
        if len(parts) < 2 or not all(word.match(p) for p in parts):
            continue
        anywhere[parts[-1]] += 1
        if len(nats) != 1 or nats[0] not in wanted:
            continue
        group = wanted[nats[0]]
        counts[f"{group}/given"][parts[0]] += 1
        counts[f"{group}/family"][parts[-1]] += 1
    # Swedes, Danes and Finns are few under their own nationality in name2nat: the
    # Scandinavian given-name stock is shared (Norwegian list), family names are taken by the
    # languages' endings from every nationality (emigrants' descendants keep them).
    for group in ("sv", "da"):
        counts[f"{group}/given"] = Counter(counts["no/given"])
    for name, n in anywhere.items():
        for group, ending in FAMILY_ENDINGS.items():
            if re.search(ending, name):
                counts[f"{group}/family"][name] += n
    spec = importlib.util.spec_from_file_location(
        "fng", src / "pypi/fng/finnish_name_generator/__init__.py"
    )
    assert spec and spec.loader
    fng = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fng)
    for name in fng.first_names:
        counts["fi/given"][name] += 3
    for name in fng.family_names:
        counts["fi/family"][name] += 3
    out: dict[str, Counter] = {}
    for key, counter in counts.items():
        out[key] = Counter(
            {
                n: k
                for n, k in counter.items()
                if k >= 2
                and len(n) >= 3
                and n.lower() not in lower_seen  # a word of the texts: no name of anyone here
            }
        )
    return out


FAMILY_ENDINGS = {
    "sv": r"[^s](sson|ström|qvist|kvist|berg|lund|gren|blad|dahl|holm|fors|stedt|ling)$",
    "da": r"[^s](sen|gaard|strup|skov|bæk|høj|holm|borg)$",
    "fi": r"(nen|koski|mäki|salo|aho|vaara|järvi|lahti|niemi|kangas|harju|mäkelä|nummi)$",
}


def towns(src: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    base = src / "x/freeciv-data/usr/share/games/freeciv/nation"
    for lang, files in TOWN_RULESETS.items():
        seen: list[str] = []
        for name in files:
            text = (base / f"{name}.ruleset").read_text(encoding="utf-8")
            block = text.split("cities =", 1)[1]
            for m in re.finditer(r'^\s*"([^"(]+?)\s*(?:\([^)]*\))?"\s*[,;]?\s*$', block, re.M):
                town = m.group(1).strip()
                if re.fullmatch(
                    r"[A-ZÅÄÖÆØ][a-zåäöæøéü]+(?:[- ][A-ZÅÄÖÆØa-zåäöæø][a-zåäöæø]+)?", town
                ):
                    if town not in seen:
                        seen.append(town)
        out[lang] = seen
    return out


def keep(sentence: str, lang: str, lower_seen: set[str], names: set[str]) -> bool:
    from wordfreq import zipf_frequency

    wf = WORDFREQ[lang]
    if not 12 <= len(sentence) <= 240:
        return False
    if not sentence[0].isupper() or sentence[-1] not in ".!?" or sentence.endswith(".."):
        return False
    if re.search(r"[\d@<>{}\[\]|*&$%#_=/\\:;\"“”„«»()~^+]|''|\s[-–—]\s|…|\bhttps?\b", sentence):
        return False
    if DOMAIN.search(sentence):
        return False
    if lang != "en" and ("'" in sentence or "’" in sentence):
        return False  # quoted commands and words, or English left untranslated
    words = TOKEN.findall(sentence)
    least = 3
    if not least <= len(words) <= 34 or len(words[-1]) < 2:
        return False
    first, rest = words[0], words[1:]
    if any(c.isupper() for c in first[1:]):
        return False
    if any(any(c.isupper() for c in w) for w in rest if w not in PRONOUN_I):
        return False
    low = first.lower()
    if low not in lower_seen:
        return False
    if zipf_frequency(low, wf) < (2.5 if lang == "fi" else 3.0):
        return False
    if zipf_frequency(low, wf) < FUNCTION_WORD and (
        low in names or (low.endswith("s") and low[:-1] in names)
    ):
        return False
    months = MONTHS[lang].split()
    for w in words:
        lw = w.lower()
        if lw in BRANDS or any(part in BRANDS for part in lw.split("-")):
            return False
        if any(lw.startswith(m) for m in months) if lang == "fi" else lw in months:
            return False
        if lw in names and zipf_frequency(lw, wf) < 4.5:
            return False
    known = sum(zipf_frequency(w.lower(), wf) > 0 for w in words)
    if known < 0.85 * len(words):
        return False
    if lang != "en":
        english = sum(
            zipf_frequency(w.lower(), "en") > zipf_frequency(w.lower(), wf) + 1 for w in words
        )
        if english > len(words) / 3:
            return False
    if lang in SCANDI:
        mine = sum(zipf_frequency(w.lower(), wf) for w in words)
        for other in SCANDI:
            if (
                other != lang
                and sum(zipf_frequency(w.lower(), WORDFREQ[other]) for w in words) > mine + 2
            ):
                return False
    return True


def main(src: Path) -> None:
    texts = game_texts(src)
    for lang, by_source in (
        *story_texts().items(),
        *supertux_texts(src).items(),
        *stamp_texts(src).items(),
    ):
        for source, strings in by_source.items():
            texts[lang][source].extend(strings)
    every_lower = {
        w for by in texts.values() for v in by.values() for t in v for w in TOKEN.findall(t)
        if w.islower()
    }  # fmt: skip
    counts = name_lists(src, every_lower)
    names_all = {n.lower() for c in counts.values() for n in c}
    rows = []
    stats = {}
    for lang in LANGS:
        lower_seen: set[str] = set()
        for strings in texts[lang].values():
            for s in strings:
                lower_seen.update(w for w in TOKEN.findall(s) if w.islower())
        seen: set[str] = set()
        by_source: dict[str, list[str]] = {}
        for source in sorted(texts[lang]):
            kept = []
            for string in texts[lang][source]:
                for sentence in split(string):
                    if sentence in seen or not keep(sentence, lang, lower_seen, names_all):
                        continue
                    seen.add(sentence)
                    kept.append(sentence)
            random.Random(f"{lang}/{source}").shuffle(kept)
            by_source[source] = kept
        # round robin over the sources up to the cap, so no source crowds out the others
        taken = 0
        while taken < CAP and any(by_source.values()):
            for source in sorted(by_source):
                if by_source[source] and taken < CAP:
                    rows.append((lang, source, by_source[source].pop()))
                    stats[(lang, source)] = stats.get((lang, source), 0) + 1
                    taken += 1
        # every kept sentence that uses a word-name as its word joins the pool beyond the cap
        words = {w.lower() for w in WORD_NAMES_BY_LANG[lang]}
        for source in sorted(by_source):
            for sentence in by_source[source]:
                if words & {w.lower() for w in TOKEN.findall(sentence)}:
                    rows.append((lang, source, sentence))
                    stats[(lang, source)] = stats.get((lang, source), 0) + 1
    DATA.mkdir(exist_ok=True)
    rows.sort()
    with (DATA / "sentences.tsv").open("w", encoding="utf-8") as f:
        f.write("lang\tsource\tsentence\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    for key, kept in sorted(stats.items()):
        print(*key, kept)
    name_rows = []
    for key, counter in sorted(counts.items()):
        group, part = key.split("/")
        chosen = [n for n, _ in counter.most_common()][: 1200 if group == "moved" else 800]
        name_rows.extend((group, part, n, "name2nat") for n in sorted(chosen))
        print(key, len(chosen))
    for lang, found in towns(src).items():
        name_rows.extend((lang, "town", t, "freeciv") for t in found)
        print(lang, "towns", len(found))
    with (DATA / "names.tsv").open("w", encoding="utf-8") as f:
        f.write("group\tpart\tname\tsource\n")
        for row in name_rows:
            f.write("\t".join(row) + "\n")
    rng = random.Random(2026)
    for lang in LANGS:
        pool = [r[2] for r in rows if r[0] == lang]
        print(lang, *rng.sample(pool, 5), sep="\n  ")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/u_src"))
