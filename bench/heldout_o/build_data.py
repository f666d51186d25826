"""Rebuild held-out O's shipped data (`data/sentences.tsv`, `data/names.tsv`) from its sources.

    apt-get download libreoffice-help-sv libreoffice-help-da libreoffice-help-fi \
        libreoffice-help-en-us gnome-user-docs firefox-esr-l10n-nb-no thunderbird-l10n-nb-no \
        libreoffice-l10n-nb            # Debian 12 (bookworm) packages, versions in README.md
    for f in *.deb; do d=${f%%_*}; mkdir -p x/$d; dpkg-deb -x $f x/$d; done
    # and bare git copies of synthetichealth/synthea-international and rogerbf/akademien
    python -m bench.heldout_o.build_data SRC SYNTHEA_GIT AKADEMIEN_GIT

Sentences are kept only when they cannot name anyone of their own (see `keep`). wordfreq (the
`bench` extra) is imported inside the functions that need it, never at module level: the tests
run with the `test` extra only.
"""

from __future__ import annotations

import gettext
import html
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

SYNTHEA_COMMIT = "4d406f4d3b06adfb12d57c365651e41eb11d1302"
AKADEMIEN_COMMIT = "a77f9782380be0873a81c14b8acb31890fa0fdaa"
DEBIAN_VERSIONS = {
    "libreoffice-help": "4:7.4.7-1+deb12u14",
    "gnome-user-docs": "43.0-2",
    "firefox-esr-l10n-nb-no": "153.8.0esr-1~deb12u1",
    "thunderbird-l10n-nb-no": "1:153.8.0esr-1~deb12u1",
    "libreoffice-l10n-nb": "4:7.4.7-1+deb12u14",
}
WORDFREQ = {"sv": "sv", "en": "en", "no": "nb", "da": "da", "fi": "fi"}
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "january february march april may june july august september october november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
    "lokakuu marraskuu joulukuu",
}
# words that name a day in the calendar ("nyårsdagen", "christmas"), dropped with their sentence
CALENDAR = {
    "sv": ("jul", "påsk", "midsommar", "nyår"),
    "en": ("christmas", "easter", "midsummer", "new year"),
    "no": ("jul", "påske", "sankthans", "nyttår"),
    "da": ("jul", "påske", "sankthans", "nytår"),
    "fi": ("joulu", "pääsiäi", "juhannus", "uudenvuoden"),
}
ORDINAL_WORDS = {
    "sv": ("första", "andra", "tredje", "fjärde", "femte", "tjugo", "trettio"),
    "en": ("first", "second", "third", "fourth", "fifth", "twentieth", "thirtieth"),
    "no": ("første", "andre", "tredje", "fjerde", "femte", "tjuende", "trettiende"),
    "da": ("første", "anden", "tredje", "fjerde", "femte", "tyvende", "tredivte"),
    "fi": ("ensimmäi", "toinen", "kolmas", "neljäs", "viides", "kahdeskymmen"),
}
BAD = re.compile(r"[\d@/\\{}<>\[\]$%&_=|#*~^`+;:]|https?|www\.|\.\w+\.|\.\.|\s-\s|\(|\)|\"")
CAP = 5000  # sentences per language shipped (the data stay under 3 MB)
NAME_CAPS = {"given:fi": 4000, "family:fi": 9000}
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _months(lang: str) -> set[str]:
    return set(MONTHS[lang].split())


def keep(sentence: str, lang: str, given: set[str], zipf) -> bool:  # noqa: ANN001
    """A sentence of `lang` that names nobody and holds no identifier of its own.

    Dropped: digits, markup, paths, e-mail or link pieces, brackets and quotes; month names and
    holidays (spelled-out dates) and ordinal-plus-month phrases; any capitalised word after the
    first that is not a common lower-case word of the language (a product, a place or a person:
    none is kept); a first word that is a given name in any list used here or not a common word;
    all-caps words; sentences most of whose words are more English than the language."""
    if not (25 <= len(sentence) <= 220) or BAD.search(sentence):
        return False
    if sentence[0] != sentence[0].upper() or not sentence[0].isalpha():
        return False
    if sentence[-1] not in ".!?":
        return False
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 34:
        return False
    lower = sentence.lower()
    if any(w.lower() in _months(lang) for w in words):
        return False
    if any(c in lower for c in CALENDAR[lang]):
        return False
    wf = WORDFREQ[lang]
    for i, w in enumerate(words):
        if len(w) > 1 and w.isupper():
            return False
        if w[0].isupper():
            if w.lower() in given:
                return False
            if zipf(w.lower(), wf) < (3.0 if i else 2.5):
                return False
        elif zipf(w, wf) == 0 and len(w) > 3 and lang == "en":
            return False  # an unknown English word, most often a product or a command
    if lang != "en":
        own = sum(zipf(w.lower(), wf) >= zipf(w.lower(), "en") for w in words)
        if own < 0.75 * len(words):
            return False
    return True


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÜÉ])")


def _sentences(paragraph: str) -> list[str]:
    text = re.sub(r"\s+", " ", html.unescape(paragraph)).strip()
    return [s.strip() for s in SPLIT.split(text) if s.strip()]


def _strip(xml: str) -> str:
    return re.sub(r"<[^>]+>", "", xml)


def libreoffice_help(root: Path, lang: str) -> list[str]:
    code = {"sv": "sv", "da": "da", "fi": "fi", "en": "en-US"}[lang]
    pkg = {"sv": "sv", "da": "da", "fi": "fi", "en": "en-us"}[lang]
    base = root / f"libreoffice-help-{pkg}/usr/share/libreoffice/help/{code}/text"
    out: list[str] = []
    for f in sorted(base.rglob("*.html")):
        page = f.read_text("utf-8", errors="replace")
        for m in re.finditer(r'<p [^>]*class="(?:paragraph|listitem|tablecontent)"[^>]*>(.*?)</p>',
                             page, re.S):  # fmt: skip
            out.extend(_sentences(_strip(m.group(1))))
    return out


def gnome_help(root: Path, lang: str) -> list[str]:
    code = {"sv": "sv", "da": "da", "fi": "fi", "en": "C"}[lang]
    out: list[str] = []
    for f in sorted((root / f"gnome-user-docs/usr/share/help/{code}").rglob("*.page")):
        page = f.read_text("utf-8", errors="replace")
        for m in re.finditer(r"<p>(.*?)</p>", page, re.S):
            out.extend(_sentences(_strip(m.group(1))))
    return out


def mozilla_nb(root: Path, product: str) -> list[str]:
    out: list[str] = []
    for xpi in sorted((root / product).rglob("*.xpi")):
        with zipfile.ZipFile(xpi) as z:
            for name in sorted(z.namelist()):
                if not name.endswith((".ftl", ".properties")):
                    continue
                for line in z.read(name).decode("utf-8", errors="replace").splitlines():
                    if "=" in line and not line.lstrip().startswith("#"):
                        out.extend(_sentences(line.split("=", 1)[1]))
    return out


def libreoffice_ui_nb(root: Path) -> list[str]:
    out: list[str] = []
    base = root / "libreoffice-l10n-nb/usr/lib/libreoffice/program/resource/nb/LC_MESSAGES"
    for mo in sorted(base.glob("*.mo")):
        with mo.open("rb") as fp:
            catalog = gettext.GNUTranslations(fp)._catalog  # type: ignore[attr-defined]
        for value in catalog.values():
            if isinstance(value, str):
                out.extend(_sentences(value.replace("~", "")))
    return out


def _git_show(git: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git), "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip


def names(synthea: Path, akademien: Path) -> list[tuple[str, str]]:
    import yaml  # noqa: PLC0415  (bench-only)

    rows: list[tuple[str, str]] = []
    for country in ("fi", "no"):
        data = yaml.safe_load(_git_show(synthea, SYNTHEA_COMMIT,
                                        f"{country}/src/main/resources/names.yml"))  # fmt: skip
        women, men = data["english"]["F"], data["english"]["M"]
        for i in range(max(len(women), len(men))):  # most frequent first, women and men in turn
            rows += [(f"given:{country}", n[i]) for n in (women, men) if i < len(n)]
        rows += [(f"family:{country}", n) for n in data["english"]["family"]]
    page = _git_show(akademien, AKADEMIEN_COMMIT, "source/namedays/names.js")
    for m in re.finditer(r"name: `([^`]+)`", page):
        name = m.group(1)
        if re.fullmatch(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?", name) and not re.search(
            r"dag|afton|natt|helg", name
        ):
            rows.append(("given:sv", name))
    clean = []
    for pool, name in rows:
        name = str(name).strip()
        if re.fullmatch(r"[^\W\d_][^\W\d_'’ -]*(?:[- ][^\W\d_]+)?", name) and len(name) >= 2:
            clean.append((pool, name))
    out = []
    for pool in sorted({p for p, _ in clean}):
        pooled = list(dict.fromkeys(n for p, n in clean if p == pool))
        out += [(pool, n) for n in pooled[: NAME_CAPS.get(pool)]]
    return out


def build(src: Path, synthea: Path, akademien: Path) -> None:
    from wordfreq import zipf_frequency  # noqa: PLC0415  (bench-only)

    cache: dict[tuple[str, str], float] = {}

    def zipf(word: str, lang: str) -> float:
        key = (word, lang)
        if key not in cache:
            cache[key] = zipf_frequency(word, lang)
        return cache[key]

    name_rows = names(synthea, akademien)
    given = {n.lower() for pool, n in name_rows if pool.startswith("given:")}
    raw: dict[str, dict[str, list[str]]] = {
        "sv": {
            "libreoffice-help": libreoffice_help(src, "sv"),
            "gnome-help": gnome_help(src, "sv"),
        },
        "da": {
            "libreoffice-help": libreoffice_help(src, "da"),
            "gnome-help": gnome_help(src, "da"),
        },
        "fi": {
            "libreoffice-help": libreoffice_help(src, "fi"),
            "gnome-help": gnome_help(src, "fi"),
        },
        "en": {
            "libreoffice-help": libreoffice_help(src, "en"),
            "gnome-help": gnome_help(src, "en"),
        },
        "no": {
            "firefox-l10n": mozilla_nb(src, "firefox-esr-l10n-nb-no"),
            "thunderbird-l10n": mozilla_nb(src, "thunderbird-l10n-nb-no"),
            "libreoffice-ui": libreoffice_ui_nb(src),
        },
    }
    lines = []
    seen: set[str] = set()
    for lang in sorted(raw):
        kept: dict[str, list[str]] = {}
        for source in sorted(raw[lang]):
            kept[source] = []
            for s in raw[lang][source]:
                if s not in seen and keep(s, lang, given, zipf):
                    seen.add(s)
                    kept[source].append(s)
            random.Random(f"{lang}/{source}").shuffle(kept[source])
            print(lang, source, len(raw[lang][source]), "->", len(kept[source]), file=sys.stderr)
        # round robin over the sources up to the cap, so no source is crowded out
        chosen = 0
        queues = [list(reversed(kept[source])) + [source] for source in sorted(kept)]
        while chosen < CAP and any(len(q) > 1 for q in queues):
            for q in queues:
                if len(q) > 1 and chosen < CAP:
                    lines.append(f"{lang}\t{q[-1]}\t{q.pop(-2)}")
                    chosen += 1
    DATA.mkdir(exist_ok=True)
    (DATA / "sentences.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "names.tsv").write_text(
        "".join(f"{pool}\t{name}\n" for pool, name in name_rows), encoding="utf-8"
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
