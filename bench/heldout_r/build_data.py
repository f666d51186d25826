"""Rebuild held-out R's shipped data (`data/sentences.tsv`, `data/names.tsv`) from the published
sources named in README.md. Nothing here runs when the set is generated or tested: the
generator reads only the two files this script writes.

    python -m bench.heldout_r.build_data --mirror /work/.mirror --debs /tmp/heldr_src

`--mirror` holds the fetched repositories as bare git directories (`owner+name/repo`, read with
`git show COMMIT:path`); `--debs` holds the unpacked Debian packages (`apt-get download` then
`dpkg-deb -x`): hunspell-sv, hunspell-da, hunspell-no, apertium-swe-dan, apertium-dan-nor,
apertium-swe-nor, apertium-eng-spa. The `lttoolbox` (lt-proc), `voikko-fi` and
`python3-libvoikko` Debian packages must be installed, and wordfreq (the bench extra); wordfreq is
imported inside the functions that need it, never at module top, so tests run without it.

Kept sentences name nobody and hold no identifier of their own: see `keep` and README.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

# Sources (repository, commit) read by this script; README.md names their licences.
SVCORE = ("TurkuNLP/multilingual-register-labeling", "98c8beb106c26b6fab58b974c16026339052f157")
FINCORE = ("TurkuNLP/FinCORE", "5c2a11defcf79d93e5e9889475986b2805f7264f")
MED1177 = ("olofmogren/biomedical-ner-data-swedish", "63894ac3ecc16d0416eb3217717a847cf511f477")
NORQUAD = ("ltgoslo/NorQuAD", "701f7db6a51f0264a282ce1ff8e59580251b391e")
LCC_DA = ("fnielsen/lcc-sentiment", "7d3237742ebf07f54e0347963eaacc82d039aeb6")
EUROPARL_DA = ("fnielsen/europarl-da-sentiment", "b4aaea5523cf40360d86b2e9c2870f872dd55f44")
PRIMOCK = ("babylonhealth/primock57", "cd2ac707ad03cb4d2531f4ec6b90c659bf4357c5")
SGD = ("google-research-datasets/dstc8-schema-guided-dialogue",
       "e852981ae34990f4358979625854259302feaa78")  # fmt: skip
DEBS = {  # Debian bookworm packages the names are read from
    "hunspell-sv": "1:7.5.0-1",
    "hunspell-da": "1:7.5.0-1",
    "hunspell-no": "1:7.5.0-1",
    "hunspell-en-us": "1:2020.12.07-2",
    "apertium-swe-dan": "0.8.1-3",
    "apertium-dan-nor": "1.5.0-2",
    "apertium-swe-nor": "0.4.0-1",
    "apertium-eng-spa": "0.8.1-2",
    "voikko-fi": "2.5-1",
}

# Given names that are also ordinary words of a language: registered on purpose, so their
# ordinary uses count (README, "Ordinary words"). Sentences may open with them.
WORD_NAMES = (
    "Love", "Bo", "Per", "Liv", "Inga", "Alla", "Dag", "Klara", "Vilja", "Sten", "Hans",
    "Will", "May", "Mark", "Rose", "Bill", "Hope", "Faith", "Grace", "Joy",
    "Tor", "Kai", "Aina", "Usko", "Onni", "Satu", "Tuuli", "Toivo", "Valo", "Meri", "Rauha", "Lumi",
)  # fmt: skip

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "january february march april june july august september october november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu "
    "marraskuu joulukuu",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
}
# Spelled-out day numbers and date words: a sentence holding one is left out (never planted).
DATE_WORDS = (
    "igår idag imorgon i går i dag i morgon yesterday today tomorrow tonight i morgen "
    "eilen tänään huomenna jul julen christmas easter påsk påske midsommar juhannus"
).split()
TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
DOMAIN = re.compile(
    r"\b\w+\.(?:se|no|dk|fi|com|org|net|nu|eu|io|uk|de|info|biz)\b|www|http|@", re.I
)
BAD_CHARS = set('[]{}<>|#*_=~^\\/"“”«»()&%$€£+§\ufffd')  # \ufffd: a source's broken encoding
DOTTED = re.compile(
    r"[^\W\d_]\.[^\W\d_]"
)  # "lasse.l.karagiannis", "t.ex.": user names, abbreviations


def git_show(mirror: Path, repo: tuple[str, str], path: str) -> str:
    name, commit = repo
    out = subprocess.run(
        ["git", "-C", str(mirror / name.replace("/", "+") / "repo"), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
    )
    return out.stdout.decode("utf-8", errors="replace")


def git_files(mirror: Path, repo: tuple[str, str], folder: str) -> list[str]:
    name, commit = repo
    out = subprocess.run(
        [
            "git",
            "-C",
            str(mirror / name.replace("/", "+") / "repo"),
            "ls-tree",
            "-r",
            "-l",
            commit,
            folder,
        ],  # fmt: skip
        check=True,
        capture_output=True,
        text=True,
    )
    # large files the snapshot left out are listed with no size we can read
    return [line.split("\t")[1] for line in out.stdout.splitlines() if "BAD" not in line]


# --- text ------------------------------------------------------------------------------------

SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ])")


def detokenise(text: str) -> str:
    text = re.sub(r"\s+([.,!?:;])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    return re.sub(r"\s+", " ", text).strip()


def sentences_of(text: str) -> Iterator[str]:
    for part in SPLIT.split(text.replace("\n", " ")):
        part = re.sub(r"\s+", " ", part).strip()
        if part:
            yield part


def svcore(mirror: Path) -> Iterator[tuple[str, str]]:
    for split in ("train", "dev", "test"):
        raw = git_show(mirror, SVCORE, f"register-annotations/SvCORE/{split}.tsv")
        for line in raw.splitlines():
            label, _, text = line.partition("\t")
            if set(label.split()) & {"IN", "MT", "LY"}:  # encyclopedic, machine-made, lyrics
                continue
            for s in sentences_of(text):
                yield "svcore", s


def med1177(mirror: Path) -> Iterator[tuple[str, str]]:
    for line in git_show(mirror, MED1177, "1177_annotated_sentences.txt").splitlines():
        yield "1177", detokenise(re.sub(r"[\[\]{}()]", " ", line))


def fincore(mirror: Path) -> Iterator[tuple[str, str]]:
    for split in ("dev", "test"):
        for line in git_show(mirror, FINCORE, f"data/{split}.tsv").splitlines():
            label, _, text = line.partition("\t")
            if label.startswith(("D-Informational", "Info-Persuasion", "Machine")):
                continue
            for s in sentences_of(detokenise(text)):
                yield "fincore", s


def norquad(mirror: Path) -> Iterator[tuple[str, str]]:
    """NorQuAD's passages (news and Wikipedia) and its annotators' own questions."""
    seen: set[str] = set()

    def passages(context: str, part: str) -> Iterator[tuple[str, str]]:
        if context in seen:
            return
        seen.add(context)
        for line in context.splitlines()[1:]:  # the first line is a title
            if line.startswith("FOTO"):
                continue
            for s in sentences_of(line):
                yield f"norquad-{part}", s

    files = [(f"data/evaluation/{p}/{s}_dataset_flattened.json", p) for p in ("news", "wiki")
             for s in ("test", "validation")]  # fmt: skip
    files += [(f"data/annotation/{p}/answers_{i}.json", p[:4]) for p in ("news", "wikipedia")
              for i in (1, 2)]  # fmt: skip
    questions: set[str] = set()
    for path, part in files:
        for doc in json.loads(git_show(mirror, NORQUAD, path))["data"]:
            for para in doc["paragraphs"]:
                yield from passages(para["context"], part)
                questions.update(q["question"].strip() for q in para["qas"])
    for annotator in ("annotator1", "annotator2"):
        for part in ("news", "wikipedia"):
            raw = git_show(
                mirror, NORQUAD, f"data/validation/{annotator}/{part}/input/documents.csv"
            )
            for row in csv.DictReader(io.StringIO(raw)):
                yield from passages(row["document_text"], part[:4])
    for q in sorted(questions):
        yield "norquad-questions", q


def lcc_da(mirror: Path) -> Iterator[tuple[str, str]]:
    for name in ("dan_mixed_2014_10K-sentences.csv", "dan_newscrawl_2011_10K-sentences.csv"):
        source = "lcc-web" if "mixed" in name else "lcc-news"
        for row in csv.DictReader(io.StringIO(git_show(mirror, LCC_DA, name))):
            yield source, row["text"].strip()
    for row in csv.reader(io.StringIO(git_show(mirror, EUROPARL_DA, "europarl-da-sentiment.csv"))):
        if len(row) > 2 and row[0].isdigit():
            yield "europarl", detokenise(row[2])


def english(mirror: Path) -> Iterator[tuple[str, str]]:
    for path in git_files(mirror, PRIMOCK, "transcripts"):
        if not path.endswith(".TextGrid"):
            continue
        for m in re.finditer(r'text = "(.*)"', git_show(mirror, PRIMOCK, path)):
            text = re.sub(r"</?UNSURE>", "", m.group(1))
            if "<" in text or not text.strip():
                continue
            for s in sentences_of(text):
                yield "primock57", s if s[-1] in ".!?" else s + "."
    for split in ("train", "dev", "test"):
        for path in git_files(mirror, SGD, split):
            if not path.split("/")[-1].startswith("dialogues_"):
                continue
            for dialogue in json.loads(git_show(mirror, SGD, path)):
                for turn in dialogue["turns"]:
                    for s in sentences_of(turn["utterance"]):
                        yield "sgd", s if s[-1] in ".!?" else s + "."


# --- the filter ------------------------------------------------------------------------------


def keep(lang: str, sentence: str, names: set[str], zipf) -> bool:  # noqa: ANN001
    """A sentence is kept when it names nobody and holds nothing that would be an identifier:
    no capitalised word after the first (English "I" aside), a first word that is a common
    word of the language (wordfreq zipf >= 3, also without a final s) and no given or family
    name of any list used here (the names that are ordinary words aside), no digit, month,
    weekday, date word, domain, link or e-mail, no brand-like mixed case, no stray markup."""
    if not 25 <= len(sentence) <= 220 or sentence[-1] not in ".!?":
        return False
    if any(c.isdigit() or c in BAD_CHARS for c in sentence):
        return False
    if DOMAIN.search(sentence) or DOTTED.search(sentence):
        return False
    words = TOKEN.findall(sentence)
    if not 4 <= len(words) <= 40 or not sentence[0].isupper():
        return False
    lower = sentence.lower()
    if any(w.lower() in ALL_MONTHS or w.lower() in WEEKDAY_SET for w in words):
        return False
    if any(f" {d} " in f" {lower} " for d in DATE_WORDS):
        return False
    first, rest = words[0], words[1:]
    if any(w[0].isupper() and not (lang == "en" and w in ("I", "I'm", "I've", "I'll", "I'd"))
           for w in rest):  # fmt: skip
        return False
    if any(any(c.isupper() for c in w[1:]) for w in words):  # "iPhone", "McDonald", "AAA"
        return False
    if first not in WORD_NAMES:
        bare = first.lower()
        for form in {bare, bare.rstrip("s"), bare.removesuffix("'s").removesuffix("’s")}:
            if form in names:
                return False
        if zipf(bare, lang) < 3.0:
            return False
    # mostly words of the language (web text mixes in others, English above all)
    known = sum(zipf(w.lower(), lang) >= 1.5 for w in words)
    if lang != "en" and sum(zipf(w.lower(), "en") > zipf(w.lower(), lang) for w in words) * 2 > len(
        words
    ):
        return False
    return known >= 0.85 * len(words)


MONTH_SET = {k: set(v.split()) for k, v in MONTHS.items()}  # English "may" is left to the modal
MONTH_SET["fi"] |= {m + s for m in MONTHS["fi"].split() for s in ("ssa", "n", "ta", "lla")}
WEEKDAY_SET = {w for v in WEEKDAYS.values() for w in v.split()}
ALL_MONTHS = set().union(*MONTH_SET.values())  # any language's ("mars, mars!" in Finnish too)


# --- names -----------------------------------------------------------------------------------


def hunspell_capitals(path: Path, encoding: str) -> list[str]:
    words = []
    for line in path.read_text(encoding=encoding).splitlines()[1:]:
        word = line.split("/")[0].split("\t")[0].strip()
        if word[:1].isupper() and word.isalpha() and word[1:].islower() and len(word) > 1:
            words.append(word)
    return sorted(set(words))


def apertium_classes(words: list[str], automorf: Path) -> dict[str, set[str]]:
    """{word: {"given", "family", "place", "other"}} as Apertium's analyser reads it."""
    out = subprocess.run(
        ["lt-proc", str(automorf)], input="\n".join(words) + "\n", capture_output=True, text=True
    )
    classes: dict[str, set[str]] = {}
    for m in re.finditer(r"\^([^/$]+)/([^$]*)\$", out.stdout):
        word, analyses = m.group(1), m.group(2)
        found = set()
        for a in analyses.split("/"):
            if "<ant>" in a:
                found.add("given")
            elif "<cog>" in a:
                found.add("family")
            elif "<top>" in a or "<loc>" in a or "<org>" in a or "<al>" in a:
                found.add("place")
            elif not a.startswith("*"):
                found.add("other")
        classes[word] = found
    return classes


def voikko_classes(words: list[str], base_only: bool = True) -> dict[str, set[str]]:
    """{word: classes} as Voikko (the Finnish Joukahainen lexicon) reads it; with `base_only`
    an inflected reading ("Korhosen") counts as "other", so only base forms become names."""
    program = (
        "import json,sys,libvoikko\n"
        "v=libvoikko.Voikko('fi')\n"
        "out={}\n"
        "for w in json.load(sys.stdin):\n"
        "    out[w]=[[a.get('CLASS',''), a.get('BASEFORM','')==w] for a in v.analyze(w)]\n"
        "print(json.dumps(out))\n"
    )
    res = subprocess.run(
        ["/usr/bin/python3", "-c", program], input=json.dumps(words), capture_output=True, text=True
    )
    names = {"etunimi": "given", "sukunimi": "family", "paikannimi": "place", "nimi": "place"}
    classes: dict[str, set[str]] = {}
    for word, found in json.loads(res.stdout).items():
        kinds = set()
        for c, base in found:
            kinds.add(names.get(c, "other") if (base or not base_only) else "other")
        classes[word] = kinds
    return classes


def build_names(debs: Path) -> list[tuple[str, str, str, str]]:
    """(lang, "given"|"family", name, source): a word the language's analyser reads only as a
    given name or only as a family name (a word that is also a place is left out; a word that is
    also a common word is kept for given names only when it is one of WORD_NAMES)."""
    dic = debs.joinpath  # unpacked packages: <package>/usr/share/...
    aper = {
        "da": (dic("hunspell-da/usr/share/hunspell/da_DK.dic"), "utf-8",
               [dic("apertium-dan-nor/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin")]),
        "no": (dic("hunspell-no/usr/share/hunspell/nb_NO.dic"), "latin-1",
               [dic("apertium-dan-nor/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin"),
                dic("apertium-swe-nor/usr/share/apertium/apertium-swe-nor/nob-swe.automorf.bin")]),
        "sv": (dic("hunspell-sv/usr/share/hunspell/sv_SE.dic"), "utf-8",
               [dic("apertium-swe-dan/usr/share/apertium/apertium-swe-dan/swe-dan.automorf.bin"),
                dic("apertium-swe-nor/usr/share/apertium/apertium-swe-nor/swe-nob.automorf.bin")]),
        "en": (Path("/usr/share/hunspell/en_US.dic"), "utf-8",
               [dic("apertium-eng-spa/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin")]),
    }  # fmt: skip
    rows: list[tuple[str, str, str, str]] = []
    words_ok = set(WORD_NAMES)
    for lang, (dic, encoding, analysers) in aper.items():
        words = hunspell_capitals(dic, encoding)
        merged: dict[str, set[str]] = {}
        for automorf in analysers:
            for word, found in apertium_classes(words, automorf).items():
                merged.setdefault(word, set()).update(found)
        for word in words:
            found = merged.get(word, set())
            for kind in ("given", "family"):
                other = found - {kind}
                if kind in found and (not other or (kind == "given" and word in words_ok)):
                    rows.append((lang, kind, word, f"hunspell-{lang}+apertium"))
    from wordfreq import top_n_list

    candidates = sorted({w.title() for w in top_n_list("fi", 150_000) if w.isalpha()})
    for word, found in voikko_classes(candidates).items():
        for kind in ("given", "family"):
            other = found - {kind}
            if kind in found and (not other or (kind == "given" and word in words_ok)):
                rows.append(("fi", kind, word, "wordfreq-fi+voikko"))
    from wordfreq import zipf_frequency

    # a name people in the language write (wordfreq knows it), not a myth's or a star's
    rows = [r for r in rows if r[2] in WORD_NAMES or
            zipf_frequency(r[2].lower(), {"no": "nb"}.get(r[0], r[0])) >= 1.0]  # fmt: skip
    for word in WORD_NAMES:  # each is someone's given name in its language (README)
        if not any(r[2] == word and r[1] == "given" for r in rows):
            rows.append((WORD_LANG[word], "given", word, "word-name"))
    return sorted(set(rows))


WORD_LANG = {
    **dict.fromkeys(
        ("Love", "Bo", "Per", "Liv", "Inga", "Alla", "Dag", "Klara", "Vilja", "Sten", "Hans"), "sv"
    ),  # fmt: skip
    **dict.fromkeys(("Will", "May", "Mark", "Rose", "Bill", "Hope", "Faith", "Grace", "Joy"), "en"),
    "Tor": "no",
    **dict.fromkeys(
        ("Kai", "Aina", "Usko", "Onni", "Satu", "Tuuli", "Toivo", "Valo", "Meri", "Rauha", "Lumi"),
        "fi",
    ),  # fmt: skip
}


def proper_openings(rows: list[tuple[str, str, str]], debs: Path) -> set[str]:
    """First words (as written) that the language's analyser reads as a proper noun in any
    analysis, inflected ones included ("Roskildes", "Korhosen"): such sentences are dropped."""
    share = debs
    analysers = {
        "sv": ["apertium-swe-dan/usr/share/apertium/apertium-swe-dan/swe-dan.automorf.bin",
               "apertium-swe-nor/usr/share/apertium/apertium-swe-nor/swe-nob.automorf.bin"],
        "no": ["apertium-dan-nor/usr/share/apertium/apertium-dan-nor/nob-dan.automorf.bin",
               "apertium-swe-nor/usr/share/apertium/apertium-swe-nor/nob-swe.automorf.bin"],
        "da": ["apertium-dan-nor/usr/share/apertium/apertium-dan-nor/dan-nob.automorf.bin",
               "apertium-swe-dan/usr/share/apertium/apertium-swe-dan/dan-swe.automorf.bin"],
        "en": ["apertium-eng-spa/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin"],
    }  # fmt: skip
    proper: set[str] = set()
    for lang in ("sv", "no", "da", "en", "fi"):
        firsts = sorted({TOKEN.findall(r[2])[0] for r in rows if r[0] == lang} - set(WORD_NAMES))
        if lang == "fi":
            for word, found in voikko_classes(firsts, base_only=False).items():
                if found & {"given", "family", "place"}:
                    proper.add(word)
            continue
        for automorf in analysers[lang]:
            out = subprocess.run(["lt-proc", str(share / automorf)], input="\n".join(firsts) + "\n",
                                 capture_output=True, text=True)  # fmt: skip
            for m in re.finditer(r"\^([^/$]+)/([^$]*)\$", out.stdout):
                if "<np>" in m.group(2):
                    proper.add(m.group(1))
    return proper


# At most this many kept sentences of a source are shipped (a seeded sample), so the data stay
# small and no language leans on one source more than it must.
CAPS = {"svcore": 4200, "sgd": 2400, "europarl": 900, "fincore": 4600}


def capped(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    import random

    out = []
    for source in dict.fromkeys(r[1] for r in rows):
        mine = [r for r in rows if r[1] == source]
        if len(mine) > CAPS.get(source, len(mine)):
            mine = sorted(random.Random(7193).sample(mine, CAPS[source]))
        out.extend(mine)
    return out


def main(argv: Iterable[str] | None = None) -> None:
    from wordfreq import zipf_frequency

    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--debs", type=Path, default=Path("/tmp/heldr_src"))
    args = parser.parse_args(list(argv) if argv is not None else None)
    names = build_names(args.debs)
    DATA.mkdir(exist_ok=True)
    with (DATA / "names.tsv").open("w", encoding="utf-8") as f:
        for row in names:
            f.write("\t".join(row) + "\n")
    every_name = {n.lower() for _, _, n, _ in names if n not in WORD_NAMES}
    cache: dict[tuple[str, str], float] = {}

    def zipf(word: str, lang: str) -> float:
        code = {"no": "nb"}.get(lang, lang)
        if (word, lang) not in cache:
            cache[word, lang] = zipf_frequency(word, code)
        return cache[word, lang]

    streams = {
        "sv": [svcore(args.mirror), med1177(args.mirror)],
        "fi": [fincore(args.mirror)],
        "no": [norquad(args.mirror)],
        "da": [lcc_da(args.mirror)],
        "en": [english(args.mirror)],
    }
    rows = []
    for lang, sources in streams.items():
        seen: set[str] = set()
        for stream in sources:
            for source, sentence in stream:
                sentence = unicodedata.normalize("NFC", sentence.replace("\u00ad", ""))
                sentence = sentence.replace("’", "'")
                if sentence in seen or not keep(lang, sentence, every_name, zipf):
                    continue
                seen.add(sentence)
                rows.append((lang, source, sentence))
    proper = proper_openings(rows, args.debs)
    rows = [r for r in rows if TOKEN.findall(r[2])[0] not in proper]
    rows = capped(rows)
    with (DATA / "sentences.tsv").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
