"""Rebuild held-out N's shipped data from the published sources (see README.md, "Rebuilding").

    python -m bench.heldout_n.build_data SOURCES

SOURCES holds what the README's sources table names, as the tools leave them:
`Helsinki-NLP+OPUS-MT-testsets/repo` (a bare git directory at TICO_COMMIT), `man/<lang>/`
(the extracted `usr/share/man/<lang>` of Debian's manpages-sv, -da, -nb and -fi 4.18.1-1),
`humannames/list.txt` (npm humannames 1.0.5) and `persian_names/data/` (PyPI persian-names
1.5.1). Writes data/sentences.tsv (lang, source, sentence) and data/names.tsv (kind, origin,
name). Needs only the standard library, except `wordfreq` (bench extra), imported inside
`build` to keep common English and Nordic words out of the given names.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICO_COMMIT = "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"
TICO_PATH = "datasets/tico19/testsets/en-so/tico19-test.en"
MANPAGES_VERSION = "4.18.1-1"
HUMANNAMES_VERSION = "1.0.5"
PERSIAN_NAMES_VERSION = "1.5.1"

# Function words that mark a sentence as written in the language (an untranslated man-page
# string stays English, so English's own must be absent from the Nordic ones).
MARKERS = {
    "sv": {"och", "är", "att", "som", "inte", "för", "med", "det", "den", "om", "av", "till"},
    "da": {"og", "er", "at", "som", "ikke", "for", "med", "det", "den", "af", "til", "hvis"},
    "no": {"og", "er", "at", "som", "ikke", "for", "med", "det", "den", "av", "til", "hvis"},
    "fi": {"ja", "on", "ei", "että", "jos", "tai", "kun", "se", "tämä", "voi", "ovat"},
    "en": {"the", "and", "is", "of", "to", "a", "in", "are", "you", "it", "be"},
}
ENGLISH_ONLY = {"the", "is", "of", "and", "this", "you", "are", "with", "which", "be"}
BAD = re.compile(r"[0-9/\\_=<>@*\[\]{}|~#%$^+&`]|--|\.\.|\bhttps?\b|\bwww\b")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖØÆ])")
ESCAPES = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\s[-+]?\d|\\\(..|\\\*\(..|\\\*.|\\[,/&|^]")
FAMILY_ENDINGS = {
    "nordic": ("sson", "sen", "berg", "lund", "qvist", "kvist", "gren", "holm", "strom",
               "stad", "dahl", "vik", "heim", "rud", "nen", "lainen", "mark", "blad"),
    "polish": ("ski", "ska", "wicz", "czyk", "wski", "wska"),
    "bosnian": ("ic", "vic"),
    "german": ("mann", "meier", "mayer", "bauer", "hofer", "huber"),
}  # fmt: skip


def clean_sentence(text: str, lang: str) -> str | None:
    """The sentence if it is plain prose of the language with no name, number or code in it."""
    text = " ".join(text.split())
    if not 4 <= len(text.split()) <= 40 or text[-1] not in ".!?" or not text[0].isupper():
        return None
    if BAD.search(text) or any(unicodedata_cf(c) for c in text):
        return None
    words = re.findall(r"[^\W\d_]+", text)
    if any(w[0].isupper() and not w.isupper() for w in words[1:]):  # a proper name or title
        return None
    lower = {w.lower() for w in words}
    if not lower & MARKERS[lang]:
        return None
    if lang != "en" and len(lower & ENGLISH_ONLY) >= 1:
        return None
    if any(len(w) == 1 and w.lower() not in {"a", "i", "å", "ö", "o", "e"} for w in words):
        return None
    return text


def unicodedata_cf(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char) in ("Cf", "Co", "Cc")


def man_paragraphs(page: str) -> list[str]:
    """The running text of a troff man page, one string a paragraph (macros dropped)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in page.splitlines():
        if line.startswith((".", "'")):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        line = ESCAPES.sub("", line.replace("\\-", "-").replace("\\e", "\\")).strip()
        if line:
            current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def man_sentences(root: Path, lang: str) -> list[str]:
    out: list[str] = []
    for path in sorted(root.rglob("*.gz")):
        page = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        for paragraph in man_paragraphs(page):
            for sentence in SENTENCE_SPLIT.split(paragraph):
                kept = clean_sentence(sentence, lang)
                if kept:
                    out.append(kept)
    return list(dict.fromkeys(out))


def tico_sentences(repo: Path) -> list[str]:
    text = subprocess.run(
        ["git", "-C", str(repo), "show", f"{TICO_COMMIT}:{TICO_PATH}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out = [s for line in text.splitlines() if (s := clean_sentence(line, "en"))]
    return list(dict.fromkeys(out))


def family_origin(name: str) -> str | None:
    low = name.lower()
    for origin, endings in FAMILY_ENDINGS.items():
        if len(low) >= 5 and low.endswith(endings):
            return origin
    return None


def build(sources: Path) -> None:
    from wordfreq import top_n_list  # bench extra, only when rebuilding

    rows: list[tuple[str, str, str]] = []
    rows += [("en", "tico19", s) for s in tico_sentences(sources / "Helsinki-NLP+OPUS-MT-testsets/repo")]
    for lang, folder in (("sv", "sv"), ("da", "da"), ("no", "nb"), ("fi", "fi")):
        rows += [(lang, "manpages-l10n", s) for s in man_sentences(sources / "man" / folder, lang)]
    with (HERE / "data/sentences.tsv").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")

    common = set()
    for lang in ("en", "sv", "da", "nb", "fi", "de", "pl"):
        common.update(w.lower() for w in top_n_list(lang, 30_000))
    names: list[tuple[str, str, str]] = []
    listed = (sources / "humannames/list.txt").read_text(encoding="utf-8").split()
    for name in sorted(set(listed)):
        if not re.fullmatch(r"[A-Z][a-z]{2,11}", name) or name.lower() in common:
            continue
        origin = family_origin(name)
        if origin:
            names.append(("family", origin, name))
        elif 3 <= len(name) <= 8 and not re.search(r"(.)\1\1|[^aeiouy]{4}", name.lower()):
            names.append(("given", "humannames", name))
    for file in ("male_en.txt", "female_en.txt"):
        for name in (sources / "persian_names/data" / file).read_text(encoding="utf-8").split():
            if re.fullmatch(r"[A-Z][a-z]{2,11}", name):
                names.append(("given", "persian", name))
    given = sorted(n for n in set(names) if n[0] == "given" and n[1] == "humannames")
    kept = set(given[::7]) | {n for n in names if n[1] != "humannames"}  # every 7th: < 1 MB
    with (HERE / "data/names.tsv").open("w", encoding="utf-8") as f:
        for row in sorted(kept):
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
