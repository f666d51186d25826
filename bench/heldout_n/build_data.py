"""Rebuild held-out N's shipped data from the published sources (see README.md, "Rebuilding").

    python -m bench.heldout_n.build_data SOURCES

SOURCES holds what the README's sources table names, as the tools leave them:
`Helsinki-NLP+OPUS-MT-testsets/repo` (a bare git directory at TICO_COMMIT),
`COST-ELTeC+ELTeC-{swe,nor,eng}/repo` (bare git directories at ELTEC_COMMITS), `man/<lang>/`
(the extracted `usr/share/man/<lang>` of Debian's manpages-sv, -da, -nb and -fi 4.18.1-1),
`guide/da/` (the extracted `usr/share/doc/installation-guide-amd64/da` of Debian's
installation-guide-amd64 20230508+deb12u1), `humannames/list.txt` (npm humannames 1.0.5, line
ends made Unix) and `persian_names/data/` (PyPI persian-names 1.5.1). Writes
data/sentences.tsv (lang, source, sentence) and data/names.tsv (kind, origin, name). Needs
only the standard library, except `wordfreq` (bench extra), imported inside `build` to keep
common words out of the given names and names out of sentence openings.
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
ELTEC_COMMITS = {
    "swe": "eef89d94921e48ff00f75dcdb0f8bcf7d4e273e4",
    "nor": "78bf7c179d863908be2f932a89b0e793cb4d6f03",
    "eng": "3db3b6738a836f0e1b276b6c9703e42f4297f978",
}
ELTEC_LANGS = {"swe": "sv", "nor": "no", "eng": "en"}
ELTEC_KEEP = 5_000  # sentences a language, drawn evenly from the novels (data stays small)
GUIDE_VERSION = "20230508+deb12u1"
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
# the words that held-out N registers as given names too (people.WORD_NAMES, lower case)
OPENERS = {
    "love",
    "may",
    "mark",
    "per",
    "rose",
    "bill",
    "will",
    "hope",
    "bo",
    "inga",
    "alla",
    "liv",
    "tor",
    "aina",
    "usko",
    "onni",
    "satu",
    "tuuli",
    "sol",
    "vilja",
}
ENGLISH_ONLY = {"the", "is", "of", "and", "this", "you", "are", "with", "which", "be"}
BAD = re.compile(r"[0-9/\\_=<>@*\[\]{}|~#%$^+&`]|--|\.\.|\bhttps?\b|\bwww\b")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖØÆ])")
ESCAPES = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\s[-+]?\d|\\\(..|\\\*\(..|\\\*.|\\[,/&|^]")
FAMILY_ENDINGS = {
    "nordic": (
        "sson",
        "sen",
        "berg",
        "lund",
        "qvist",
        "kvist",
        "gren",
        "holm",
        "strom",
        "stad",
        "dahl",
        "vik",
        "heim",
        "rud",
        "nen",
        "lainen",
        "mark",
        "blad",
    ),
    "polish": ("ski", "ska", "wicz", "czyk", "wski", "wska"),
    "bosnian": ("ic", "vic"),
    "german": ("mann", "meier", "mayer", "bauer", "hofer", "huber"),
}


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


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def eltec_sentences(repo: Path, commit: str, lang: str) -> list[str]:
    """Sentences of the novels' paragraphs (dialogue dashes dropped), each novel in turn."""
    import xml.etree.ElementTree as ET

    names = _git(repo, "ls-tree", "-r", "--name-only", "-z", commit).decode().split("\0")
    files = sorted(n for n in names if n.endswith(".xml") and ("level1/" in n or lang == "no"))
    out: list[str] = []
    for name in files:
        try:
            root = ET.fromstring(_git(repo, "show", f"{commit}:{name}"))
        except (ET.ParseError, subprocess.CalledProcessError):  # a file the snapshot lacks
            continue
        for p in root.iter("{http://www.tei-c.org/ns/1.0}p"):
            text = re.sub(r"^[—–-]\s*", "", " ".join("".join(p.itertext()).split()))
            for sentence in SENTENCE_SPLIT.split(text):
                kept = clean_sentence(re.sub(r"^[—–-]\s*", "", sentence), lang)
                if kept:
                    out.append(kept)
    return list(dict.fromkeys(out))


def guide_sentences(root: Path, lang: str) -> list[str]:
    """Sentences of the paragraphs of an HTML manual."""
    import html

    out: list[str] = []
    for path in sorted(root.glob("*.html")):
        page = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in re.findall(r"<p>(.*?)</p>", page, flags=re.S):
            if "<code" in paragraph or "<a " in paragraph or "<span" in paragraph:
                continue
            text = html.unescape(re.sub(r"<[^>]+>", "", paragraph))
            for sentence in SENTENCE_SPLIT.split(" ".join(text.split())):
                kept = clean_sentence(sentence, lang)
                if kept:
                    out.append(kept)
    return list(dict.fromkeys(out))


def _spread(items: list[str], keep: int) -> list[str]:
    if len(items) <= keep:
        return items
    step = len(items) / keep
    return [items[int(i * step)] for i in range(keep)]


def family_origin(name: str) -> str | None:
    low = name.lower()
    for origin, endings in FAMILY_ENDINGS.items():
        if len(low) >= 5 and low.endswith(endings):
            return origin
    return None


def build(sources: Path) -> None:
    from wordfreq import top_n_list  # bench extra, only when rebuilding

    known = {
        lang: {w.lower() for w in top_n_list(code, 50_000)}
        for lang, code in (("sv", "sv"), ("no", "nb"), ("en", "en"), ("da", "da"), ("fi", "fi"))
    }

    candidates: list[tuple[str, str, list[str]]] = [
        ("en", "tico19", tico_sentences(sources / "Helsinki-NLP+OPUS-MT-testsets/repo"))
    ]
    for code, commit in ELTEC_COMMITS.items():
        lang = ELTEC_LANGS[code]
        found = eltec_sentences(sources / f"COST-ELTeC+ELTeC-{code}/repo", commit, lang)
        candidates.append((lang, f"eltec-{code}", found))
    for lang, folder in (("sv", "sv"), ("da", "da"), ("no", "nb"), ("fi", "fi")):
        candidates.append((lang, "manpages-l10n", man_sentences(sources / "man" / folder, lang)))
    candidates.append(("da", "installation-guide", guide_sentences(sources / "guide/da", "da")))
    # words the language's sentences write in lower case inside a sentence: a capitalised
    # opening never seen so is a name ("Hanna rätade på sig"), even when wordfreq knows it
    attested: dict[str, set[str]] = {}
    for lang, _source, found in candidates:
        for sentence in found:
            attested.setdefault(lang, set()).update(
                w for w in re.findall(r"[^\W\d_]+", sentence)[1:] if w.islower()
            )

    def opens_with_a_word(sentence: str, lang: str, novel: bool) -> bool:
        """Its first word is a common word of the language (in a novel, also written in lower
        case inside other sentences): not a name opening the sentence. Manuals and TICO-19
        open with no character's name; novels do."""
        first = re.match(r"[^\W\d_]+", sentence)
        if not first:
            return False
        word = first.group().lower()
        return word in known[lang] and (not novel or word in attested.get(lang, set()))

    rows: list[tuple[str, str, str]] = []
    for lang, source, found in candidates:
        novel = source.startswith("eltec-")
        found = [s for s in found if opens_with_a_word(s, lang, novel)]
        if not source.startswith("eltec-"):
            rows += [(lang, source, s) for s in found]
            continue
        kept = _spread(found, ELTEC_KEEP)
        # and the sentences opening with a word that is also a registered given name ("Will
        # you...", "Alla var där"), so that such openings occur in useful numbers
        chosen = set(kept)
        opening = [s for s in found if s not in chosen and s.split(" ")[0].lower() in OPENERS]
        rows += [(lang, source, s) for s in kept + _spread(opening, 600)]
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
    kept = set(given[::10]) | {
        n for n in names if n[1] != "humannames"
    }  # every 10th: data stay small
    with (HERE / "data/names.tsv").open("w", encoding="utf-8") as f:
        for row in sorted(kept):
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
