"""A two-letter weekday that is also a small word of English or a neighbour ("to", CLDR's
Finnish, Swedish and Norwegian Thursday), read as the weekday before a date where the note is
written in a language that abbreviates its weekday so and has no such word, before a date in
digits with full stops as that language writes it: Finnish "Syntymäpäivä on to 3.7.2025",
an Outlook header "Lähetetty: to 26.6.2025 11:30".

The language is the sentence's (`note_language.sentence_language`) or, on a header line too
short to tell ("Lähetetty: to 26.6.2025"), that of its label word before the colon. English
"from 1.7. to 3.7.2025", "moved to 3/7" and Danish and Norwegian "to" (two) keep their word:
English is no neighbour language, and "to" is an ordinary word of Danish and Norwegian.
`date_edges.py` asks this for a small weekday word in lower case without its full stop.
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words, note_language

# The date after it in digits with full stops, as CLDR's short date of those languages writes
# it ("d.M.y": "3.7.2025"), not a date of another calendar ("on 1 de set. de 2023").
_NUMERIC_AFTER = re.compile(r"[ \u00a0]+\d{1,2}\.\d{1,2}\.")
# A header's label at the start of its line, right before the weekday: "Lähetetty: ".
_LABEL = re.compile(r"(?:^|\n)[ \t]*([^\W\d_]+):[ \t]+\Z")


def weekday_here(text: str, start: int, word: str) -> bool:
    """Whether `word` (lower case, at `start` in `text`, no full stop) is a weekday here."""
    if not _NUMERIC_AFTER.match(text, start + len(word)):
        return False
    languages = (
        calendar_words.shortday_languages()
        .get(word, frozenset())
        .intersection(note_language.NEIGHBOURS)
    )
    if not languages:
        return False
    here = note_language.sentence_language(text, start, start + len(word), count_word=False)
    if here is None:
        label = _LABEL.search(text, max(0, start - 40), start)
        if label is None:
            return False
        label_word = label[1].lower()
        here = tuple(lang for lang in languages if note_language.word_of(label_word, lang))
    return any(lang in languages and not note_language.word_of(word, lang) for lang in here)
