"""Development-time generator of `app/casebook/deid/data/closed_words.tsv`: interjections and
pronouns of English, Swedish, Norwegian and Finnish as Universal Dependencies annotators tag
them, none of them anyone's name in the lexicon.

Never imported by Casebook: the redactor reads the plain file. Regenerate with

    PYTHONPATH=app:. python -m bench.build_closed_words LANG=PATH.conllu ...

Subtitles, chat and child speech open a line with a greeting, a thank-you, an answer or a
spoken pronoun before a name ("Kiitos Onni", "Takk Kari", "Juu Satu tulee", "Mä ja Ahmed"):
a word nobody knows, capitalised, ran into the name of someone nobody registered. Which words
are interjections (UPOS `INTJ`) or pronouns (`PRON`) is what the treebanks' annotators say;
a form is written here, as `lang<TAB>upos<TAB>word`, when

- it is so tagged in at least `--share` (0.9) of its at least `--least` (3) occurrences in
  that language's files (lower-cased; "well" and "no" are adverbs and determiners too often);
- it is letters only, two or more;
- it is no given or family name and no place of the lexicon (`lexicon.all_names`,
  `lexicon.places`): "Per", "Bo", "Ella" stay for the name rules to judge; nor a first or
  last name of any of Python Faker's person providers, which the lexicon leaves out where
  they are words ("Ainoa", Finnish "only"); nor a particle of a family name ("de", "af":
  `function_edges` keeps those, "De Souza").

The treebanks hold few of the formulas speech opens a turn with, so greetings, thanks,
apologies, farewells and exclamations of each language (`casebook.deid.greetings.FORMULAS`,
written by hand from the
languages' grammars as interjections: "kiitos", "moikka", "terve", "takk", "tjena",
"unnskyld", "undskyld") are added under the same conditions, as `lang<TAB>INTJ`.

The Finnish treebanks hold few interjections, so with `--voikko ROOT` the builder also adds
the Finnish words among wordfreq 3.1.1's 50,000 most frequent (`fi`) that voikko
(`voikko-fi`, GPL-2+, unpacked under ROOT as for `bench/build_name_words.py`) reads only as
an interjection or an adverb ("joo", "juu", "okei", "kyllä", "niin", "nyt"), under the same
conditions: `fi<TAB>INTJ` or `fi<TAB>ADV`.

Treebanks read (licence CC BY-SA 4.0): UD English-EWT, Swedish-Talbanken and Swedish-PUD,
Norwegian-Nynorsk and Norwegian-NynorskLIA, Finnish-OOD and Finnish-PUD. Not read, so that
they measure the list: English-GUM, English-LinES, Swedish-LinES, Finnish-FTB (non-commercial
licences), nor any treebank of the held-out sets.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections import Counter
from functools import cache
from pathlib import Path

from casebook.deid import function_edges, greetings, lexicon

from bench import conllu

OUT = Path(__file__).resolve().parents[1] / "app/casebook/deid/data/closed_words.tsv"
TAGS = ("INTJ", "PRON")


def closed_words(
    files: list[tuple[str, Path]], share: float = 0.9, least: int = 3
) -> list[tuple[str, str, str]]:
    """(lang, upos, word) of every form tagged INTJ or PRON in `share` of its occurrences."""
    seen: dict[str, Counter[tuple[str, str]]] = {}
    for lang, path in files:
        counts = seen.setdefault(lang, Counter())
        for sentence in conllu.read_file(path):
            for word in sentence.words:
                counts[(word.form.lower(), word.upos)] += 1
    names = _names()
    out = []
    for lang, counts in sorted(seen.items()):
        total: Counter[str] = Counter()
        for (form, _), n in counts.items():
            total[form] += n
        for (form, upos), n in counts.items():
            if upos not in TAGS or total[form] < least or n < share * total[form]:
                continue
            if _kept(form, names):
                out.append((lang, upos, form))
    return sorted(out)


def formulas() -> list[tuple[str, str, str]]:
    """(lang, INTJ, word) of `greetings.FORMULAS` that no one bears as a name."""
    names = _names()
    return [
        (lang, "INTJ", word)
        for lang, words in greetings.FORMULAS.items()
        for word in words.split()
        if _kept(word, names)
    ]


@cache
def _names() -> frozenset[str]:
    """The lexicon's names and places, and every first and last name of Faker's locales."""
    import faker.providers.person as person  # type: ignore[import-untyped]  # bench extra

    found: set[str] = set(lexicon.all_names() | lexicon.places())
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in dir(provider):
            if attr.startswith(("first_name", "last_name")) and not attr.endswith("s_format"):
                values = getattr(provider, attr)
                if isinstance(values, (dict, list, tuple)):
                    found.update(str(v).lower() for v in values)
    return frozenset(found)


def _kept(form: str, names: frozenset[str]) -> bool:
    return (
        len(form) >= 2
        and form.isalpha()
        and form not in names
        and form not in function_edges._PARTICLES
    )


def finnish_particles(root: Path, top: int = 50_000) -> list[tuple[str, str, str]]:
    """(fi, INTJ or ADV, word): frequent Finnish words voikko reads only as an interjection
    or an adverb, no name or place of the lexicon."""
    import libvoikko  # type: ignore[import-not-found]  # development only
    from wordfreq import top_n_list  # type: ignore[import-not-found]  # bench extra

    libvoikko.Voikko.setLibrarySearchPath(str(root / "usr/lib/x86_64-linux-gnu"))
    voikko = libvoikko.Voikko("fi", path=str(root / "usr/lib/voikko"))
    names = _names()
    out = []
    for word in top_n_list("fi", top):
        classes = {a.get("CLASS") for a in voikko.analyze(word)}
        if not classes or not classes <= {"huudahdussana", "seikkasana"}:
            continue
        if _kept(word, names):
            upos = "INTJ" if "huudahdussana" in classes else "ADV"
            out.append(("fi", upos, word))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="LANG=PATH of a CoNLL-U file")
    parser.add_argument("--share", type=float, default=0.9)
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--voikko", type=Path, help="root of the unpacked voikko .debs")
    args = parser.parse_args()
    files = [(lang, Path(p)) for lang, _, p in (f.partition("=") for f in args.files)]
    rows = closed_words(files, args.share, args.least)
    rows = sorted(set(rows) | set(formulas()))
    if args.voikko:
        rows = sorted(set(rows) | set(finnish_particles(args.voikko)))
    head = (
        "# Interjections and pronouns of UD treebanks' annotators that are no lexicon name:\n"
        "# made by bench/build_closed_words.py (UD English-EWT, Swedish-Talbanken, Swedish-PUD,\n"
        "# Norwegian-Nynorsk, Norwegian-NynorskLIA, Finnish-OOD, Finnish-PUD; CC BY-SA 4.0)\n"
        "# and Finnish interjections and adverbs by voikko-fi among wordfreq 3.1.1's top 50,000,\n"
        "# and greetings, thanks and apologies written by hand (deid.greetings.FORMULAS).\n"
    )
    OUT.write_text(head + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()
