"""Development-time extract of validation E's name lists (`names.tsv`).

Never imported by the generator, which reads the plain `names.tsv` beside this file. Regenerate
with

    pip install gender-guesser==0.4.0 names==0.3.0     # the bench extra pins both
    python -m bench.validation_e.build_names

Sources, chosen because no other set and not the redactor's lexicon draws on them:

- given names: Jörg Michael's `nam_dict.txt` as shipped by `gender-guesser` (GFDL), which gives
  each first name a frequency class per country; taken for the countries of `GIVEN`, class 3
  or more. (The lexicon's README uses it only as a yardstick of coverage; nothing of it was
  copied into the lexicon.)
- English given names and surnames: the 1990 US census lists shipped by `names` (MIT).
- surnames of the other countries: Faker person providers of locales that neither the lexicon
  nor another set uses (`FAMILY`).
- Swedish and Icelandic family names are made by the generator itself (compounds and
  patronymics), not listed here.

Each row is `origin  part  weight  name`. Names that are common English or Swedish words
(in the redactor's `common_*.txt`) are left out, so a planted third party is never a word a
reader would take as a word; homographs are planted on purpose, as registered people.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

OUT = Path(__file__).with_name("names.tsv")
COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland "
    "estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria "
    "bosniaand croatia kosovo macedonia montenegro serbia slovenia albania greece russia "
    "belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china "
    "india japan korea vietnam other_countries"
).split()
# origin -> nam_dict countries whose given names it takes
GIVEN = {
    "se": ("sweden",),
    "is": ("iceland",),
    "lt": ("lithuania",),
    "lv": ("latvia",),
    "cz": ("czech_republic", "slovakia"),
    "ro": ("romania", "moldova"),
    "si": ("slovenia",),
    "al": ("albania", "kosovo"),
    "ar": ("arabia",),
    "br": ("portugal",),
    "mx": ("spain",),
    "in": ("india",),
    "gr": ("greece",),
}
FAMILY = {
    "lt": ("lt_LT",),
    "lv": ("lv_LV",),
    "cz": ("cs_CZ", "sk_SK"),
    "ro": ("ro_RO",),
    "si": ("sl_SI",),
    "br": ("pt_BR",),
    "mx": ("es_MX",),
    "in": ("en_IN",),
}
LATIN = re.compile(r"^[A-Za-zÀ-ɏ][a-zà-ɏ]+(?:-[A-ZÀ-ɏ][a-zà-ɏ]+)?$")


def _words() -> set[str]:
    data = Path(__file__).parents[2] / "app" / "casebook" / "deid" / "data"
    out: set[str] = set()
    for name in ("common_en.txt", "common_sv.txt"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.strip())
    return out


def _nam_dict() -> list[tuple[str, str]]:
    import gender_guesser

    path = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and line[0] not in "#=" and "+" not in line[:30]:
            rows.append((line.split()[1], line[30:].rstrip("\r$ ")))
    return rows


def _class(ch: str) -> int:
    return int(ch, 16) if ch.strip() else 0


def main() -> None:
    words = _words()
    rows: set[tuple[str, str, int, str]] = set()
    for name, values in _nam_dict():
        if not LATIN.match(name) or name.lower() in words:
            continue
        for origin, countries in GIVEN.items():
            best = max(
                _class(values[COUNTRIES.index(c)]) if COUNTRIES.index(c) < len(values) else 0
                for c in countries
            )
            if best >= 3:
                rows.add((origin, "given", best, name))
    import names

    base = Path(names.__file__).parent
    for file, part, top in (
        ("dist.male.first", "given", 400),
        ("dist.female.first", "given", 500),
        ("dist.all.last", "family", 3000),
    ):
        lines = (base / file).read_text(encoding="utf-8").splitlines()[:top]
        for line in lines:
            name = line.split()[0].capitalize()
            if LATIN.match(name) and name.lower() not in words:
                weight = max(1, int(float(line.split()[1]) * 100))
                rows.add(("us", part, weight, name))
    for origin, locales in FAMILY.items():
        for locale in locales:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            for name in provider.last_names:
                if LATIN.match(name) and name.lower() not in words:
                    rows.add((origin, "family", 1, name))
    ordered = sorted(rows)
    text = "origin\tpart\tweight\tname\n" + "".join(
        f"{o}\t{p}\t{w}\t{n}\n" for o, p, w, n in ordered
    )
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(ordered)} names written to {OUT}")


if __name__ == "__main__":
    main()
