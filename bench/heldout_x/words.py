"""Held-out X's word-names: registered people whose given or family name is also a common word
of their language, chosen from this set's own name lists (`data/names.tsv`) and the language's
word list; none of them is among the earlier sets' word-names."""

from __future__ import annotations

GIVEN_WORD_NAMES = {
    "sv": ("Inga",),
    "en": ("Bill", "Max"),
    "fi": ("Aina", "Valo", "Oiva"),
    "no": ("Finn", "Helga"),
    "da": (),
}
FAMILY_WORD_NAMES = {
    "sv": ("Lund", "Stål", "Ström"),
    "en": ("Price", "Cash", "Card"),
    "fi": ("Kivi", "Kuusi", "Virta"),
    "no": ("Land", "Heim", "Bakken"),
    "da": ("Høj", "Rød", "Mørk", "Præst", "Strøm"),
}
WORD_NAMES_BY_LANG: dict[str, tuple[str, ...]] = {
    lang: GIVEN_WORD_NAMES[lang] + FAMILY_WORD_NAMES[lang] for lang in GIVEN_WORD_NAMES
}
