"""Build `data/sentences.tsv` of held-out K from published sentences (development time only).

    python -m bench.heldout_k.build_sentences MIRRORS

MIRRORS holds the repositories of SOURCES as git directories (`owner+name/repo`, as the
project's mirror tool lays them out); each file is read at the commit named here, so a rebuild
reads the very same bytes. A row is `source, lang, sentence`, where every third-person
singular pronoun of a person is written `{case|pronoun}` (a slot the generator may fill with a
name inflected for that case, or give back its pronoun). Sentences that hold a digit, "@", a
link, or a capitalised word inside them (a name, a town, a firm: the set must not hold
identifiers nobody planted) are left out, and so is one that opens with a given or family name
of the name pool.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# source key: (repository, commit, path, lang)
SOURCES = {
    "turku-sv": (
        "TurkuNLP/Turku-paraphrase-corpus",
        "6fe754ede3087d14b4de2b4c08d153869de23afd",
        "data-sv/test.json",
        "sv",
    ),
    "turku-fi": (
        "TurkuNLP/Turku-paraphrase-corpus",
        "6fe754ede3087d14b4de2b4c08d153869de23afd",
        "data-fi/opus-pb-test.json",
        "fi",
    ),
    "webbnyheter-sv": (
        "klintan/swedish-ner-corpus",
        "87950716635b2bc6971717e6c0656c902a3831e2",
        "test_corpus.txt",
        "sv",
    ),
    "nocola-no": (
        "ltgoslo/nocola",
        "79894ce0b221fd87677986afe14c2819305a8149",
        "datasets/NoCoLa_class_test.txt",
        "no",
    ),
    "grammatiktak-da": (
        "Apros7/GrammatiktakDatasets",
        "a15976883848e01cc82dbfa30c1aaf570c948cd6",
        "Danish/present_tense.csv",
        "da",
    ),
    "ud-en-childes": (
        "UniversalDependencies/UD_English-CHILDES",
        "1036d3e0348f4a3c867d2951ecc9228c0ca9095f",
        "en_childes-ud-dev.conllu",
        "en",
    ),
    "ud-en-pronouns": (
        "UniversalDependencies/UD_English-Pronouns",
        "e4fdbb16a6857576dc94459a89d0f1807ca82f9c",
        "en_pronouns-ud-test.conllu",
        "en",
    ),
}

# Third-person singular pronouns of a person, by language: written form -> case.
PRONOUNS = {
    "sv": {
        "han": "nom",
        "hon": "nom",
        "honom": "acc",
        "henne": "acc",
        "hans": "gen",
        "hennes": "gen",
    },
    "no": {
        "han": "nom",
        "hun": "nom",
        "ham": "acc",
        "henne": "acc",
        "hans": "gen",
        "hennes": "gen",
    },
    "da": {
        "han": "nom",
        "hun": "nom",
        "ham": "acc",
        "hende": "acc",
        "hans": "gen",
        "hendes": "gen",
    },
    "fi": {
        "hän": "nom",
        "hänen": "gen",
        "häntä": "par",
        "hänet": "acc",
        "hänelle": "all",
        "häneltä": "abl",
        "hänellä": "ade",
        "hänestä": "ela",
        "hänessä": "ine",
        "häneen": "ill",
        "hänenä": "ess",
        "häneksi": "tra",
    },
}
MAX_PER_SOURCE = 2600
ENGLISH_CAPITALS = {"I", "I'm", "I'll", "I've", "I'd", "OK", "Mr", "Mrs", "Ms"}


def _git(mirrors: Path, repo: str, commit: str, path: str) -> bytes:
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def _names(mirrors: Path) -> set[str]:
    from bench.heldout_k.build_pools import read_pools

    return {row[3] for row in read_pools(mirrors)}


def _rare(word: str, lang: str) -> bool:
    """Not a frequent word of the language (wordfreq): a capitalised one is likely a name."""
    from wordfreq import zipf_frequency

    code = {"no": "nb"}.get(lang, lang)
    return zipf_frequency(word.lower(), code) < 3.0


def _vocabulary(sentences: list[str]) -> set[str]:
    """Words a source writes in lower case at least three times (a capitalised word that never
    is, at the start of a sentence, is most likely a name: "Rolf är ..."; a name typed in lower
    case once, "se oli se peter", is not a word of the source)."""
    counts = Counter(w for s in sentences for w in re.findall(r"[^\W\d_]+", s) if w.islower())
    return {w for w, n in counts.items() if n >= 3}


def _known(word: str, lang: str, vocabulary: set[str]) -> bool:
    """Written in lower case in the source, or among the language's most frequent words."""
    from wordfreq import zipf_frequency

    code = {"no": "nb"}.get(lang, lang)
    return word.lower() in vocabulary or zipf_frequency(word.lower(), code) >= 5.5


def _clean(sentence: str, names: set[str], lang: str, vocabulary: set[str]) -> bool:
    if not 25 <= len(sentence) <= 240 or re.search(r"[0-9@#/\\<>_*=|{}\[\]]|http|www", sentence):
        return False
    if sentence[0].islower() or sentence.count('"') % 2 or "  " in sentence:
        return False
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", sentence)
    if not words or words[0].upper() == words[0] and len(words[0]) > 1:
        return False
    if any(w.lower() not in vocabulary and (w.capitalize() in names or w in names) for w in words):
        return False  # a name of the pool, unless the source uses it as a word ("will", "liv")
    if words[0] not in ENGLISH_CAPITALS and (
        _rare(words[0], lang) or not _known(words[0], lang, vocabulary)
    ):
        return False
    for word in words[1:]:
        if word[0].isupper() and not (lang == "en" and word in ENGLISH_CAPITALS):
            before = sentence[: sentence.find(word)].rstrip()
            opens = before.endswith((".", "!", "?", ":", "–", "-"))
            if not opens or _rare(word, lang):
                return False
            if not _known(word, lang, vocabulary):
                return False
    return True


def _slot(sentence: str, lang: str) -> str:
    table = PRONOUNS[lang]

    def put(m: re.Match[str]) -> str:
        case = table[m.group(0).lower()]
        return f"{{{case}|{m.group(0)}}}"

    pattern = r"(?<![\w'-])(" + "|".join(sorted(table, key=len, reverse=True)) + r")(?![\w'-])"
    return re.sub(pattern, put, sentence, flags=re.IGNORECASE)


def _plain(mirrors: Path, key: str) -> list[str]:
    repo, commit, path, lang = SOURCES[key]
    raw = _git(mirrors, repo, commit, path).decode("utf-8")
    if key.startswith("turku"):
        out = []
        for item in json.loads(raw):
            out.extend((item["txt1"], item["txt2"]))
        return [" ".join(s.split()) for s in out]
    if key == "nocola-no":
        good = raw.split("Grammatical:", 1)[1]
        return [line.split("\t")[0].strip() for line in good.splitlines() if line.strip()]
    if key == "webbnyheter-sv":  # a token and its entity tag a line, a blank line between
        out = []
        for block in raw.split("\n\n"):
            rows = [line.split() for line in block.splitlines() if line.strip()]
            if not rows or any(len(r) != 2 or r[1] != "0" for r in rows):
                continue  # a person, place, organisation or other name tagged in it
            text = " ".join(r[0] for r in rows)
            text = re.sub(r" ([.,?!;:)])", r"\1", text).replace("( ", "(")
            out.append(text)
        return out
    if key == "grammatiktak-da":
        rows = list(csv.reader(raw.splitlines()[1:], delimiter="|"))
        return [
            r[1].strip() + ("" if r[1].strip()[-1:] in ".!?" else ".") for r in rows if len(r) > 1
        ]
    raise KeyError(key)


def _conllu(mirrors: Path, key: str) -> list[str]:
    """English: slots from the annotators' features (Case, Poss), so "her" is read right."""
    repo, commit, path, _lang = SOURCES[key]
    raw = _git(mirrors, repo, commit, path).decode("utf-8")
    out = []
    for block in raw.split("\n\n"):
        lines = block.strip().splitlines()
        rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
        rows = [r for r in rows if len(r) == 10 and r[0].isdigit()]
        if not rows:
            continue
        text = []
        for r in rows:
            feats = dict(f.split("=", 1) for f in r[5].split("|") if "=" in f)
            form = r[1]
            person = (
                r[3] == "PRON"
                and feats.get("Person") == "3"
                and feats.get("Number") == "Sing"
                and feats.get("Gender") in ("Masc", "Fem")
                and feats.get("PronType") == "Prs"
                and "Reflex" not in feats
            )
            by_form = {"he": "nom", "she": "nom", "him": "acc", "his": "gen", "hers": "gen"}
            if not feats and r[3] == "PRON" and form.lower() in (*by_form, "her"):
                person = True  # no features (CHILDES): the form and the tag tell the case
                feats = {
                    "Poss": "Yes" if r[4] == "PRP$" or form.lower() in ("his", "hers") else "",
                    "Case": "Nom" if by_form.get(form.lower()) == "nom" else "Acc",
                }
            if person:
                case = (
                    "gen"
                    if feats.get("Poss") == "Yes"
                    else ("nom" if feats.get("Case") == "Nom" else "acc")
                )
                form = f"{{{case}|{form}}}"
            text.append(form + ("" if "SpaceAfter=No" in r[9] else " "))
        joined = re.sub(r" (n't|'s|'re|'ll|'m|'ve|'d)\b", r"\1", "".join(text).strip())
        out.append(re.sub(r" ([.,?!;:])", r"\1", joined))
    return out


def build(mirrors: Path) -> list[tuple[str, str, str]]:
    names = _names(mirrors)
    rows: list[tuple[str, str, str]] = []
    for key, (_repo, _commit, _path, lang) in SOURCES.items():
        seen: set[str] = set()
        kept = []
        sentences = _conllu(mirrors, key) if lang == "en" else _plain(mirrors, key)
        vocabulary = _vocabulary([re.sub(r"\{\w+\|([^}]*)\}", r"\1", s) for s in sentences])
        for s in sentences:
            bare = re.sub(r"\{\w+\|([^}]*)\}", r"\1", s) if lang == "en" else s
            if bare in seen or not _clean(bare, names, lang, vocabulary):
                continue
            seen.add(bare)
            slotted = s if lang == "en" else _slot(s, lang)
            kept.append(slotted)
        with_slot = [s for s in kept if "{" in s]
        without = [s for s in kept if "{" not in s]
        take = with_slot[: MAX_PER_SOURCE * 2 // 3]
        take += without[: MAX_PER_SOURCE - len(take)]
        rows.extend((key, lang, s) for s in take)
        print(
            f"{key}: {len(kept)} clean, {len(with_slot)} with a pronoun, {len(take)} kept",
            file=sys.stderr,
        )
    return rows


def main() -> None:
    rows = build(Path(sys.argv[1]))
    with open(HERE / "data" / "sentences.tsv", "w", encoding="utf-8", newline="") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
