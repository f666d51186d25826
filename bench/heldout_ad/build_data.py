"""Build held-out AD's `data/sentences.tsv` from the published texts (see the README).

    python -m bench.heldout_ad.build_data MIRRORS WORDLIST

MIRRORS holds the search tool's git mirrors (`owner+name/repo`) of the two repositories in
`TEXT_SOURCES`; WORDLIST is the British English word list of Debian's `wbritish` package
(`/usr/share/dict/british-english`, SCOWL), a filter only: a sentence is kept only when every
word of it is a lower-case word of that list (names are listed there capitalised only), so no
person, firm, product or town the texts name is kept. Generating the set needs none of it."""

from __future__ import annotations

import csv
import html
import random
import re
import subprocess
import sys
from pathlib import Path

from bench.heldout_ad import people

TEXT_SOURCES = [
    ("hamzaaacodes/sms-spam-collection", "f3e73e1e74e6330b62d1ee1983bba2a063184c26"),
    ("collapsed-stacks/onstartups", "240fea96a6a543e3e9cf557dcfe08bb74f829622"),
]
KEEP = {"sms": None, "ons": 20_000}  # all kept SMS sentences; a seeded sample of the forum's
SEED = 9521

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
DOMAIN = re.compile(r"\b\w+\.(?:com|org|net|dk|se|no|fi|uk|io|co)\b", re.I)
MONTHS = {
    "en": "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday christmas easter "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
}
I_FORMS = {"i", "i'm", "i'll", "i've", "i'd"}
# words a note about a family firm would not quote (abuse, sex), dropped with their sentence
COARSE = set(
    "fuck fucking shit sex sexy horny dick cock pussy boobs bitch ass arse damn porn naked "
    "nude kiss kisses kissing bra panties slut whore".split()
)
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
SHAPE = re.compile(r"[A-Za-z ,.!?'’-]+")


def _git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], check=True, capture_output=True, text=True
    ).stdout


def _dictionary(path: Path) -> frozenset[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w and w[0].islower():
            words.add(w.replace("’", "'"))
    return frozenset(words)


def _sms(mirror: Path, commit: str) -> list[str]:
    out = []
    for line in _git(mirror, "show", f"{commit}:SMSSpamCollection").splitlines():
        label, _, text = line.partition("\t")
        if label == "ham":
            out.append(text)
    return out


def _forum(mirror: Path, commit: str) -> list[str]:
    listing = _git(mirror, "ls-tree", "-r", "--name-only", commit, "questions/").splitlines()
    out = []
    for path in sorted(listing):
        if not path.endswith(".md"):
            continue
        text = _git(mirror, "show", f"{commit}:{path}")
        paragraph: list[str] = []
        fenced = False
        for line in [*text.splitlines(), ""]:
            if line.strip().startswith("```"):
                fenced = not fenced
                continue
            skip = fenced or line.startswith(
                (
                    "#",
                    "- posted by",
                    "- tagged",
                    "- score",
                    "---",
                    "All content is licensed",
                    "    ",
                    ">",
                    "|",
                )
            )
            if skip or not line.strip():
                if paragraph:
                    out.append(" ".join(paragraph))
                paragraph = []
                continue
            paragraph.append(html.unescape(re.sub(r"<[^>]+>", " ", line)).strip())
    return out


def _reason(sentence: str, dictionary: frozenset[str], months: set[str]) -> str | None:
    """Why a sentence is dropped, or None when it is kept."""
    if not 20 <= len(sentence) <= 200:
        return "length"
    if not SHAPE.fullmatch(sentence) or " - " in sentence or "--" in sentence:
        return "characters"
    if sentence[-1] not in ".!?" or re.search(r"[.!?]", sentence[:-1]) or not sentence[0].isupper():
        return "shape"
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 30:
        return "length"
    for i, word in enumerate(words):
        low = word.lower().replace("’", "'")
        if low in I_FORMS:
            continue
        if any(c.isupper() for c in (word[1:] if i == 0 else word)):
            return "capitalised word inside"
    lows = [w.lower().replace("’", "'") for w in words]
    if any(w in months for w in lows):
        return "month, weekday, feast"
    if any(w in COARSE for w in lows):
        return "coarse"
    for low in lows:
        if low in I_FORMS:
            continue
        if low not in dictionary and re.sub(r"'s$", "", low) not in dictionary:
            return "not a lower-case word of the list"
    return None


def build(mirrors: Path, wordlist: Path) -> list[tuple[str, str, str, str]]:
    dictionary = _dictionary(wordlist)
    months = set(MONTHS["en"].split())
    words_named = {w.lower(): w for w in people.WORD_NAMES_BY_LANG["en"]}
    other_names = people.name_words() - set(words_named)
    texts = {
        "sms": _sms(mirrors / "hamzaaacodes+sms-spam-collection/repo", TEXT_SOURCES[0][1]),
        "ons": _forum(mirrors / "collapsed-stacks+onstartups/repo", TEXT_SOURCES[1][1]),
    }
    dropped: dict[str, int] = {}
    rows: list[tuple[str, str, str, str]] = []
    for source, paragraphs in texts.items():
        lower: dict[str, int] = {}
        for paragraph in paragraphs:
            for word in TOKEN.findall(paragraph)[1:]:
                if word.islower():
                    lower[word] = lower.get(word, 0) + 1
        kept: dict[str, str] = {}
        for paragraph in paragraphs:
            paragraph = re.sub(r"\s+", " ", paragraph.replace("\u00a0", " ")).strip()
            for sentence in SPLIT.split(paragraph):
                sentence = sentence.strip()
                reason = _reason(sentence, dictionary, months)
                lows = [w.lower() for w in TOKEN.findall(sentence)]
                if reason is None and lows[0] not in I_FORMS and lower.get(lows[0], 0) < 3:
                    reason = "a first word rarely written in lower case"
                if reason is None and set(lows) & other_names:
                    reason = "a name list's word"
                named = [w for w in lows if w in words_named]
                if reason is None and named and (lows[0] in words_named or len(named) > 1):
                    reason = "a word-name opening the sentence or two in it"
                if reason:
                    dropped[reason] = dropped.get(reason, 0) + 1
                    continue
                kept[sentence] = f"word:{words_named[named[0]]}" if named else "pool"
        pool = sorted(s for s, use in kept.items() if use == "pool")
        if KEEP[source] is not None and len(pool) > KEEP[source]:
            pool = sorted(random.Random(SEED).sample(pool, KEEP[source]))
        words = sorted((s, use) for s, use in kept.items() if use != "pool")
        rows += [("en", source, "pool", s) for s in pool]
        rows += [("en", source, use, s) for s, use in words]
        print(source, "kept", len(kept), "pool", len(pool), "word", len(words), file=sys.stderr)
    print("dropped", dict(sorted(dropped.items(), key=lambda kv: -kv[1])), file=sys.stderr)
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]), Path(sys.argv[2]))
    out = Path(__file__).resolve().parent / "data" / "sentences.tsv"
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(["language", "source", "use", "sentence"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
