"""Names nobody registered in conversational text: vocatives, greetings, short utterances and
questions of published dialogue, speech and web talk, with recall per language, per slot and per
"in the lexicon / not in it", on a development share and a held-out share, and the false name
spans the same lines gain with no name put in.

    PYTHONPATH=.:app .venv/bin/python -m bench.spoken_names --ud DIR [--show N] [--out DIR]

DIR holds CoNLL-U files of treebanks no held-out set is built from (any folder depth):
English-GUM (only the documents of the conversation, interview, vlog and podcast genres, read
from the sentence ids), English-LinES and Swedish-LinES (novels with dialogue), Norwegian-
NynorskLIA (transcribed speech) and Finnish-OOD (only its web threads, tweets and web pages).
Sentences of up to 15 words, without digits, web addresses or "@".

Slots, one per line and chosen at random:

- `vocative-open`: "Name, ..." before the sentence ("Ali, we were there."), the sentence's first
  letter lowered unless a proper noun or "I" opens it;
- `vocative-close`: "..., Name?" ("we were there, Ali.") before the final mark;
- `greeting`: a greeting or thanks of the language and the name ("Hej Ali, ...", "Kiitos Ali!"
  alone on a line now and then);
- `alone`: the name alone as the whole utterance ("Ali?", "Ali!"), a line of a dialogue;
- `pronoun`: a third-person pronoun of a person becomes the name, inflected as the pronoun was
  (genitive -s / -'s; Finnish cases by `bench.treebank_names.finnish`): `pronoun-question`
  when the sentence asks, else `pronoun`.

Names: given names of every country of the first-name dictionary that `gender-guesser` ships
(Jörg Michael's nam_dict, GFDL; read for measuring only, nothing of it is shipped), which the
lexicon is not built from, the country drawn first so that small countries count as much as
large ones; family names, for two names in five, from mimesis's person datasets
(`bench.noted_names.MIMESIS`, romanised). `lexicon` says whether the given name is in the shipped
name lexicon (`in`) or not (`out`): real notes name people the lexicon never heard of.

Sentences with index % 4 == 3 (of each language's sentences) form the held-out share and take
names only from the held-out pool (crc32 % 4 == 0); rules are written from the development
share's misses only. A name counts as caught when redactions cover its letters before an ending
(`bench.treebank_names._caught`). `false` counts name spans in the line with no name put in
(the pronoun left, the vocative left out) that cover no proper noun of the treebank."""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter
from pathlib import Path

from casebook.deid import lexicon
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from bench.conllu import read_file
from bench.noted_names import MIMESIS, mimesis_names, report, write
from bench.treebank_names import _caught, finnish, held_out

LANGUAGE_OF = {"sv_": "sv", "no_": "no", "fi_": "fi", "en_": "en"}
GUM_GENRES = ("conversation", "interview", "vlog", "podcast")
FINNISH_KINDS = ("thread", "tweet", "web")
PRONOUNS = {
    "sv": {"han": "nom", "hon": "nom", "honom": "nom", "henne": "nom", "hans": "gen"}
    | {"hennes": "gen"},
    "no": {"han": "nom", "ho": "nom", "hun": "nom", "honom": "nom", "henne": "nom"}
    | {"hans": "gen", "hennar": "gen", "hennes": "gen"},
    "en": {"he": "nom", "she": "nom", "him": "nom", "his": "gen", "her": "her"},
    "fi": {"hän": "nom", "hänen": "n", "hänet": "n", "hänelle": "lle", "hänellä": "lla"}
    | {"häneltä": "lta", "hänestä": "sta", "hänessä": "ssa", "häntä": "ta", "häneen": "Vn"},
}
GREETINGS = {
    "en": ("Hi", "Hey", "Hello", "Thanks", "Thank you", "Bye", "Good morning", "Come on"),
    "sv": ("Hej", "Hallå", "Tack", "Hej då", "God morgon", "Kom igen", "Tjena"),
    "no": ("Hei", "Hallo", "Takk", "Ha det", "God morgon", "Kom igjen", "Hade"),
    "fi": ("Hei", "Moi", "Kiitos", "Terve", "Huomenta", "Heippa", "Moikka"),
}
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+")


def nam_dict_names(min_length: int = 3) -> dict[str, list[str]]:
    """gender-guesser's first names by country (any frequency), capitalised, Latin letters."""
    import gender_guesser  # development-time only

    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "list of countries" in line)
    columns: dict[int, str] = {}
    for line, below in zip(lines[start:], lines[start + 1 :], strict=False):
        body = line.rstrip("$").rstrip()
        if not body.startswith("# ") or body.endswith("|") or not below.startswith("# "):
            continue
        column = len(body) - len(body[1:].lstrip()) if body[1:].strip() else -1
        if column > 0 and below[column : column + 1] == "|":
            columns[column] = body[column:].strip()
    out: dict[str, set[str]] = {country: set() for country in columns.values()}
    for line in lines:
        if line.startswith("#") or len(line) < 31 or line[29] == "+" or line[0] == "=":
            continue
        word = line[3:29].strip()
        if not _LATIN.fullmatch(word) or len(word) < min_length:
            continue
        for column, country in columns.items():
            if line[column : column + 1].strip():
                out[country].add(word[0].upper() + word[1:])
    return {country: sorted(names) for country, names in out.items() if names}


def pools(seed: int, size: int = 3000) -> dict[bool, list[str]]:
    """Development (False) and held-out (True) pools: given names, two in five with a family
    name; the held-out pool holds only given names with crc32 % 4 == 0."""
    rng = random.Random(seed)
    by_country = nam_dict_names()
    countries = sorted(by_country)
    family = [f for locale in MIMESIS for f in mimesis_names(locale)[1]]
    out: dict[bool, list[str]] = {False: [], True: []}
    while min(len(out[False]), len(out[True])) < size:
        given = rng.choice(by_country[rng.choice(countries)])
        name = f"{given} {rng.choice(family)}" if rng.random() < 0.4 else given
        out[held_out(given)].append(name)
    return out


def keep(sent_id: str, path: Path) -> bool:
    if path.name.startswith("en_gum"):
        return any(f"_{genre}_" in sent_id for genre in GUM_GENRES)
    if path.name.startswith("fi_ood"):
        return sent_id.startswith(FINNISH_KINDS)
    return True


def _inflect(name: str, language: str, case: str) -> str:
    if language == "fi":
        return " ".join([*name.split()[:-1], finnish(name.split()[-1], case)])
    if case != "gen":
        return name
    return name + ("'s" if language == "en" else ("'" if name[-1] in "sxz" else "s"))


def _split_end(text: str) -> tuple[str, str]:
    body = text.rstrip(" .!?…\"'”»")
    return body, text[len(body) :] or "."


def _lowered_opening(text: str, words: tuple) -> str:
    first = words[0] if words else None
    if first is None or first.upos == "PROPN" or first.form == "I" or first.form.isupper():
        return text
    return text[:1].lower() + text[1:]


def cases(language: str, rows: list, pool: dict[bool, list[str]], rng: random.Random) -> list:
    """(share, slot, line with the name, line without it, name as written, name)."""
    out = []
    pronouns = PRONOUNS[language]
    for n, sentence in enumerate(rows):
        text, words = sentence.text, sentence.words
        if re.search(r"\d|@|http|www\.", text) or not 2 <= len(words) <= 15:
            continue
        share = n % 4 == 3
        name = rng.choice(pool[share])
        places = []
        at = 0
        for i, word in enumerate(words):
            start = text.find(word.form, at)
            if start < 0:
                break
            at = start + len(word.form)
            if word.form.lower() in pronouns and word.upos == "PRON":
                places.append((i, start, word))
        slot = rng.choice(("vocative-open", "vocative-close", "greeting", "alone", "pronoun"))
        if slot == "pronoun" and not places:
            slot = "vocative-open"
        if slot == "vocative-open":
            rest = _lowered_opening(text, words)
            line, before, shown = f"{name}, {rest}", rest, name
        elif slot == "vocative-close":
            body, end = _split_end(text)
            line, before, shown = f"{body}, {name}{end}", text, name
        elif slot == "greeting":
            greeting = rng.choice(GREETINGS[language])
            if rng.random() < 0.3:
                mark = rng.choice(("!", ".", ""))
                line, before = f"{greeting} {name}{mark}", f"{greeting}{mark}"
            else:
                rest = _lowered_opening(text, words)
                line, before = f"{greeting} {name}, {rest}", f"{greeting}, {rest}"
            shown = name
        elif slot == "alone":
            mark = rng.choice(("?", "!", ".", "!"))
            line, before, shown = f"{name}{mark}\n{text}", text, name
        else:
            i, start, word = rng.choice(places)
            case = pronouns[word.form.lower()]
            if case == "her":
                case = (
                    "gen"
                    if word.upos == "PRON"
                    and i + 1 < len(words)
                    and (words[i + 1].upos in ("NOUN", "ADJ"))
                    else "nom"
                )
            shown = _inflect(name, language, case)
            line = text[:start] + shown + text[start + len(word.form) :]
            before = text
            slot = "pronoun-question" if text.rstrip().endswith("?") else "pronoun"
        proper = {w.form.lower() for w in words if w.upos == "PROPN"}
        out.append((share, slot, line, before, shown, name, proper))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--per", type=int, default=1500, help="lines per language at most")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--held-out-misses", action="store_true", help="check only: never tune")
    parser.add_argument("--seed", type=int, default=2031)
    parser.add_argument("--out", type=Path, help="folder for the misses and false spans")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = pools(args.seed)
    known = lexicon.all_names()
    redactor = Redactor(Registry([]))
    hits: Counter = Counter()
    seen: Counter = Counter()
    false: Counter = Counter()
    missed: list[str] = []
    falses: list[str] = []
    rows_of: dict[str, list] = {}
    for path in sorted(args.ud.rglob("*.conllu")):
        language = LANGUAGE_OF.get(path.name[:3])
        if language:
            rows = [s for s in read_file(path) if keep(s.sent_id, path)]
            rows_of.setdefault(language, []).extend(rows)
    for language, rows in sorted(rows_of.items()):
        lines = cases(language, rows, pool, rng)
        lines = lines[:: max(1, len(lines) // args.per)][: args.per]  # spread over the files
        for share, slot, line, before, shown, name, proper in lines:
            part = "held-out" if share else "dev"
            at = line.index(shown)
            spans = redactor.spans(line)
            # at most the name as shown: "İ" lower-cases to two characters
            stem = min(len(shown), len(os.path.commonprefix([shown.lower(), name.lower()])))
            caught = _caught(spans, at, stem, line)
            where = "in" if name.split()[0].lower() in known else "out"
            for key in (
                (language, slot),
                (language, "all"),
                ("all", slot),
                ("all", "all"),
                (language, f"lexicon-{where}"),
                ("all", f"lexicon-{where}"),
            ):
                seen[(part, *key)] += 1
                hits[(part, *key)] += caught
            if not caught and (part == "dev" or args.held_out_misses):
                marked = f"{line[:at]}[[{shown}]]{line[at + len(shown) :]}"
                missed.append(f"{part}\t{language}\t{slot}\t{where}\t{marked}")
            wrong = [
                s
                for s in redactor.spans(before)
                if s.kind == "name" and before[s.start : s.end].lower() not in proper
            ]
            false[(part, language)] += len(wrong)
            falses += [f"{part}\t{language}\t{before[s.start : s.end]}\t{before}" for s in wrong]
    slots = ("all", "lexicon-in", "lexicon-out", "vocative-open", "vocative-close", "greeting")
    slots += ("alone", "pronoun", "pronoun-question")
    report(seen, hits, slots, ("false name spans with no name put in", false), missed, args.show)
    write(args.out, {"missed.txt": missed, "false.txt": falses})


if __name__ == "__main__":
    main()
