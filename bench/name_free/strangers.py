"""Which ordinary words of published sentences the redactor takes for a name nobody registered.

    PYTHONPATH=.:app .venv/bin/python -m bench.name_free.strangers [--held] [--top N] [--out TSV]

Reads sentences of UD treebanks that are no source of held-out J (git mirrors under
/work/.mirror, fetched as `github:UniversalDependencies/UD_X`): Swedish Talbanken (dev,
test) and LinES (dev, test), Norwegian Nynorsk (dev, test) and NynorskLIA (dev, test,
train), Finnish FTB (dev, test), PUD and OOD, English EWT (dev, test) and GUM (dev, test).
A sentence is kept when it has at least three words, no PROPN token and no capitalised word
after its first (a proper noun the annotation missed, or a title), the way a study's notes
that hold no name would read.

Sentences of one language are laid out as notes: a heading, then six sentences as prose, one
a line, after "- ", "* " or "• ", or after a clock time ("10:42 ", "9.05 "). In every other
note, each third-person pronoun in the subject's form ("han", "hon", "ho", "hän", "he",
"she") is replaced by a common given name of the language, capitalised, as a note writes a
person nobody registered. The registry is empty. A name span over a planted name is found
(recall of this bench), one that also covers another word reaches over, and one over no
planted name is a false name: every word of these sentences is an ordinary word. Each false
span is listed with its rule, where it stands and whether the word is in a common-word list.

With `--mixed` each note takes its sentences from every language in turn, as a multi-site
study's notes may (its heading is in the first sentence's language). With `--openings`
every sentence whose first word is no PROPN is read, names and all (no name is planted),
and only a name span over a sentence's first word counts: an ordinary word opening a
sentence, read as a name alone or with the proper noun after it ("Men Lars kom").

Sentences whose index is 3 modulo 4 (per treebank file) are held out (`--held`): fixes are
checked there, never drawn from it. All treebanks are CC BY-SA 4.0 or CC BY 4.0.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from casebook.deid import lexicon, vocab
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.false_positives import _RULE, _instrument

MIRRORS = Path("/work/.mirror")
SOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    "sv": (
        ("UD_Swedish-Talbanken", "sv_talbanken-ud-dev.conllu"),
        ("UD_Swedish-Talbanken", "sv_talbanken-ud-test.conllu"),
        ("UD_Swedish-LinES", "sv_lines-ud-dev.conllu"),
        ("UD_Swedish-LinES", "sv_lines-ud-test.conllu"),
    ),
    "nn": (
        ("UD_Norwegian-Nynorsk", "no_nynorsk-ud-dev.conllu"),
        ("UD_Norwegian-Nynorsk", "no_nynorsk-ud-test.conllu"),
        ("UD_Norwegian-NynorskLIA", "no_nynorsklia-ud-dev.conllu"),
        ("UD_Norwegian-NynorskLIA", "no_nynorsklia-ud-test.conllu"),
        ("UD_Norwegian-NynorskLIA", "no_nynorsklia-ud-train.conllu"),
    ),
    "fi": (
        ("UD_Finnish-FTB", "fi_ftb-ud-dev.conllu"),
        ("UD_Finnish-FTB", "fi_ftb-ud-test.conllu"),
        ("UD_Finnish-PUD", "fi_pud-ud-test.conllu"),
        ("UD_Finnish-OOD", "fi_ood-ud-test.conllu"),
    ),
    "en": (
        ("UD_English-EWT", "en_ewt-ud-dev.conllu"),
        ("UD_English-EWT", "en_ewt-ud-test.conllu"),
        ("UD_English-GUM", "en_gum-ud-dev.conllu"),
        ("UD_English-GUM", "en_gum-ud-test.conllu"),
    ),
}
HEADINGS = {
    "sv": ("Anteckning", "Bedömning", "Observationer", "Sammanfattning", "Planering"),
    "nn": ("Notat", "Vurdering", "Observasjonar", "Samandrag", "Plan"),
    "fi": ("Muistiinpano", "Arvio", "Havainnot", "Yhteenveto", "Suunnitelma"),
    "en": ("Notes", "Assessment", "Observations", "Summary", "Plan"),
}
# Subject pronouns of the third person singular, and common given names of each language
# (Statistics Sweden, Norway, Finland and the US Social Security Administration's top lists).
PRONOUNS = {
    "sv": frozenset({"han", "hon"}),
    "nn": frozenset({"han", "ho", "hun"}),
    "fi": frozenset({"hän"}),
    "en": frozenset({"he", "she"}),
}
GIVEN = {
    "sv": ("Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Elin", "Mikael"),
    "nn": ("Kari", "Ola", "Ingrid", "Lars", "Silje", "Knut", "Solveig", "Håkon"),
    "fi": ("Matti", "Aino", "Pekka", "Liisa", "Juha", "Sanna", "Timo", "Riikka"),
    "en": ("John", "Mary", "David", "Susan", "Michael", "Linda", "James", "Karen"),
}
LAYOUTS = ("prose", "lines", "dash", "star", "dot", "clock")
PER_NOTE = 6
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Sentence:
    lang: str
    tokens: list[str]  # surface forms, with `spaces[i]` after each
    spaces: list[str]
    index: int
    name_free: bool  # no PROPN, no capitalised word after the first


@dataclass
class Note:
    text: str
    lang: str
    layout: str
    planted: list[tuple[int, int]] = field(default_factory=list)
    openings: list[tuple[int, int]] = field(default_factory=list)


def _conllu(repo: str, name: str) -> str:
    git = MIRRORS / f"UniversalDependencies+{repo}" / "repo"
    return subprocess.run(
        ["git", f"--git-dir={git}", "show", f"HEAD:{name}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _parse(lang: str, conllu: str) -> list[Sentence]:
    out: list[Sentence] = []
    index = 0
    for block in conllu.split("\n\n"):
        tokens: list[str] = []
        spaces: list[str] = []
        propn = False
        first_propn = False
        skip_to = 0
        for line in block.splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 10 or "." in cols[0]:
                continue
            if "-" in cols[0]:  # a multiword token: its surface form stands for its words
                skip_to = int(cols[0].split("-")[1])
            else:
                propn = propn or cols[3] == "PROPN"
                first_propn = first_propn or (cols[3] == "PROPN" and not tokens)
                if int(cols[0]) <= skip_to:
                    continue
            tokens.append(cols[1])
            spaces.append("" if "SpaceAfter=No" in cols[9] else " ")
        if not tokens:
            continue
        index += 1
        words = [t for t in tokens if _WORD.fullmatch(t)]
        inner_caps = any(
            t[:1].isupper() and t != "I" and tokens[i - 1] not in {".", "!", "?", ":", '"'}
            for i, t in enumerate(tokens)
            if i > 0
        )
        if len(words) < 3 or first_propn or not _WORD.fullmatch(tokens[0]):
            continue
        if re.search(r"\d", "".join(tokens)):
            continue
        out.append(Sentence(lang, tokens, spaces, index, not propn and not inner_caps))
    return out


def sentences(held: bool, openings: bool = False) -> dict[str, list[Sentence]]:
    """Each language's sentences of the share: those with no name, or with `openings` every
    sentence whose first word is no proper noun."""
    out: dict[str, list[Sentence]] = {}
    for lang, files in SOURCES.items():
        for repo, name in files:
            kept = _parse(lang, _conllu(repo, name))
            out.setdefault(lang, []).extend(
                s for s in kept if (s.index % 4 == 3) == held and (openings or s.name_free)
            )
    return out


def _render(s: Sentence, plant: bool, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    text = ""
    planted: list[tuple[int, int]] = []
    for tok, sp in zip(s.tokens, s.spaces, strict=True):
        if plant and tok.lower() in PRONOUNS[s.lang]:
            name = rng.choice(GIVEN[s.lang])
            planted.append((len(text), len(text) + len(name)))
            tok = name
        text += tok + sp
    return text.strip(), planted


def _mixed(by_lang: dict[str, list[Sentence]]) -> dict[str, list[Sentence]]:
    """One list of every language's sentences taken in turn, so that each note mixes them
    (a Swedish line, a Norwegian one, a Finnish one, an English one)."""
    queues = [list(v) for v in by_lang.values()]
    out: list[Sentence] = []
    while any(queues):
        for q in queues:
            if q:
                out.append(q.pop(0))
    return {"mixed": out}


def notes(held: bool, openings: bool = False, mixed: bool = False) -> list[Note]:
    rng = random.Random(5 if held else 9)
    out: list[Note] = []
    by_lang = sentences(held, openings)
    for lang, sents in (_mixed(by_lang) if mixed else by_lang).items():
        for n, start in enumerate(range(0, len(sents), PER_NOTE)):
            chunk = sents[start : start + PER_NOTE]
            layout = LAYOUTS[n % len(LAYOUTS)]
            plant = n % 2 == 1 and not openings
            first = chunk[0].lang
            heading = rng.choice(HEADINGS[first]) + rng.choice((":", "", " -"))
            note = Note(heading + "\n", lang, layout)
            for k, s in enumerate(chunk):
                line, planted = _render(s, plant, rng)
                if layout == "prose":
                    lead = "" if k == 0 else " "
                elif layout == "lines":
                    lead = "\n" if k else ""
                else:
                    mark = {"dash": "- ", "star": "* ", "dot": "• "}.get(layout)
                    if mark is None:
                        mark = f"{rng.randint(7, 22)}{rng.choice('.:')}{rng.randint(0, 59):02d} "
                    lead = ("\n" if k else "") + mark
                at = len(note.text) + len(lead)
                note.text += lead + line
                note.planted += [(at + b, at + e) for b, e in planted]
                note.openings.append((at, at + len(s.tokens[0])))
            note.text += "\n"
            out.append(note)
    return out


def _where(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if line_start == 0:
        return "heading"
    if re.fullmatch(r"\d\d?[.:]\d\d\s+", before):
        return "after clock"
    if re.fullmatch(r"[-•*]\s+", before):
        return "bullet start"
    if not before.strip():
        return "line start"
    if re.search(r"[.!?:]['\"”)]*\s+$", before):
        return "sentence start"
    return "inside"


def _listed(word: str, lang: str) -> str:
    low = word.lower()
    langs = {"nn": ("nb",), "mixed": ("sv", "nb", "fi", "en")}.get(lang, (lang,))
    if any(low in vocab._read(f"common_{one}.txt") for one in langs):
        return "common"
    if low in vocab.common_words():
        return "common elsewhere"
    if low in vocab.known_words():
        return "known"
    return "unlisted"


def measure(held: bool, openings: bool = False, mixed: bool = False) -> dict[str, object]:
    _instrument()
    redactor = Redactor(Registry([]))
    words = planted = found = over = false = 0
    by: dict[str, Counter[str]] = {k: Counter() for k in ("lang", "where", "rule", "listed")}
    gone: Counter[str] = Counter()
    rows: list[str] = []
    names = lexicon.all_names()
    for note in notes(held, openings, mixed):
        words += len(_WORD.findall(note.text))
        planted += len(note.planted)
        _RULE.clear()
        spans = [s for s in redactor.spans(note.text) if s.kind == "name" and not s.key]
        if openings:  # only the first word of each sentence is known to be no name
            spans = [s for s in spans if any(s.start < e and b < s.end for b, e in note.openings)]
        for b, e in note.planted:
            found += any(s.start < e and b < s.end for s in spans)
        for s in spans:
            hit = [(b, e) for b, e in note.planted if s.start < e and b < s.end]
            if hit:
                over += s.end - s.start > sum(e - b for b, e in hit) + 1
                continue
            false += 1
            word = note.text[s.start : s.end]
            rule = next((r for (b, e), r in _RULE.items() if b < s.end and s.start < e), "?")
            where = _where(note.text, s.start)
            listed = _listed(word, note.lang) if " " not in word else "several"
            lex = "lexicon" if word.lower() in names else "not lexicon"
            for key, val in (("lang", note.lang), ("where", where), ("rule", rule)):
                by[key][val] += 1
            by["listed"][f"{listed}, {lex}"] += 1
            gone[f"{word} ({note.lang})"] += 1
            line_start = note.text.rfind("\n", 0, s.start) + 1
            line_end = note.text.find("\n", s.end)
            context = note.text[max(line_start, s.start - 50) : min(line_end, s.end + 50)]
            rows.append(f"{note.lang}\t{word}\t{where}\t{listed}\t{rule}\t{context}")
    return {
        "words": words,
        "planted": planted,
        "found": found,
        "reaching over": over,
        "false": false,
        **{k: dict(v.most_common()) for k, v in by.items()},
        "gone": gone,
        "rows": rows,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", action="store_true", help="the held-out quarter")
    ap.add_argument(
        "--openings",
        action="store_true",
        help="every sentence whose first word is no PROPN; count spans over that word only",
    )
    ap.add_argument("--mixed", action="store_true", help="notes that mix the languages")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--out", help="write each false span (lang, word, where, listed, rule)")
    args = ap.parse_args()
    out = measure(args.held, args.openings, args.mixed)
    planted = max(1, int(str(out["planted"])))
    print(
        f"{out['words']} words; planted names {out['planted']}, found {out['found']}"
        f" ({int(str(out['found'])) / planted:.3f}), reaching over {out['reaching over']};"
        f" false name spans {out['false']}"
    )
    for key in ("lang", "where", "listed", "rule"):
        print(f"by {key}: " + ", ".join(f"{k} {v}" for k, v in dict(out[key]).items()))  # type: ignore[call-overload]
    gone: Counter[str] = out["gone"]  # type: ignore[assignment]
    print("words: " + ", ".join(f"{w} {c}" for w, c in gone.most_common(args.top)))
    if args.out:
        Path(args.out).write_text("\n".join(out["rows"]) + "\n", encoding="utf-8")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
