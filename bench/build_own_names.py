"""Development-time generator of `names_own.tsv` in app/casebook/deid/data/ (written in place):
the given and family names the people of each neighbour language's countries bear.

    python -m bench.build_own_names      # needs Faker (the bench extra), as constraints.txt pins

A word of Norwegian, Danish, Finnish or German that is a name somewhere ("Vanha" and "Rauta"
are Finnish words and names elsewhere; "Veit" is Norwegian for "knows" and a German given
name) opening a sentence in that language is the word, unless people of that language bear
the name ("Satu", "Onni", "Sisko" in Finnish; "Mette" in Danish): `note_language.py` reads
this file to tell the two apart. The names are those of Faker's person providers (MIT) for
the language's own locales, and Sweden's (Casebook's studies are Swedish: their people are
named in notes of every neighbour language), lower case, one `language<TAB>name` a line.
"""

from __future__ import annotations

from bench.build_names import DATA, faker_names

OWN_LOCALES = {
    "nb": ("no_NO", "sv_SE"),
    "da": ("da_DK", "sv_SE"),
    "fi": ("fi_FI", "sv_SE"),
    "de": ("de_DE", "de_AT", "de_CH", "sv_SE"),
    # English-speaking countries' names, for `nordic_lower.borrowed_names`: a Norwegian
    # word list holds names of the English news it counted ("joe", "graham", "lauren"),
    # which stay names in lower case although no Norwegian bears them.
    "en": ("en_US", "en_GB", "en_IE", "en_NZ"),
}
OUT = DATA / "names_own.tsv"


def main() -> None:
    lines = ["# language<TAB>name: names the people of the language's countries bear (see"]
    lines.append("# bench/build_own_names.py; Faker's person providers, MIT)")
    for lang, locales in OWN_LOCALES.items():
        given, family = faker_names(locales)
        lines += [f"{lang}\t{name}" for name in sorted(given | family)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} names written to {OUT}")


if __name__ == "__main__":
    main()
