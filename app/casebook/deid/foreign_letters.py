"""Letters of another alphabet: an unknown capitalised word written with a letter that none of
the study's languages uses is a name of the people whose alphabet it is.

Interviewers write the names of the largest groups born abroad as their bearers spell them:
Turkish and Azerbaijani "Koçyiğit", "Işıl", "Xədicə"; Polish "Białecki", "Oleńka"; Bosnian,
Croatian and Serbian "Barbarić"; Vietnamese "Hưng", "Vũ", "Thành"; Czech, Baltic and
Hungarian names. No lexicon lists them all, but their letters tell: no
word of Swedish, Norwegian, Danish, Finnish, German or English is written with "ı", "ł",
"ğ", "ə", "ć", "ư" or a Vietnamese tone mark. Such a word, unknown to the word lists and to
the towns of `lexicon.places`, is a name wherever it stands (rule 7 of `unregistered.py`),
unless a preposition of place goes before it ("i Wąchock", "till Łęczyca": rule 6) or the
sentence around it is itself written in that alphabet: a lower-case word of it nearby
("Przyjechała do Malmö", "Narodila se v Brně") says the note quotes that language, whose
words open its sentences capitalised.

Letters that the study's languages borrow are not taken: French and Spanish accents ("é",
"è", "ç", "ñ", "à", "ô", "ë", "ü"), Icelandic and Faroese letters, the Finnish loan letters
"š" and "ž" ("Tšekki", "šekki") and the Sami letters of Norwegian, Swedish and Finnish
("č", "đ", "ŋ", "ŧ", "á"). So "Café", "Zürich", "Tšekissä" and "Kárášjohka" are not read so.
Month and weekday words of the languages that use these letters ("Październik", "Şubat",
"Pazartesi") are CLDR's (`calendar_words`), never names.
"""

from __future__ import annotations

from functools import cache

from casebook.deid import lexicon
from casebook.deid.registry import ascii_fold

# Turkish and Azerbaijani; Polish; Czech, Slovak, Croatian, Bosnian, Serbian (Latin), Slovene
# (less the Finnish loan letters and the Sami ones); Baltic; Hungarian; Vietnamese. Not the
# Romanian "ă", "ș", "ț": a Romanian sentence quoted in a note ("Născută ... la Iași") has too
# few of them in its lower-case words to tell it from a sentence of ours with a name in it.
_LETTERS = frozenset(
    "ıığşəǝłśźżńćęąřůěťďľĺŕňāēīūģķļņėįųőűơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ"
)


def foreign_letter(word: str) -> bool:
    """Whether the lower-case `word` holds a letter of an alphabet none of the study's
    languages writes ("koçyiğit", "białecki", "hưng"), and is no month or weekday word."""
    if _LETTERS.isdisjoint(word) or word in _calendar_words():
        return False
    return ascii_fold(word) not in lexicon.places()  # "Łęczyca", however it is typed


def foreign_stranger(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] is a stranger's name by its letters: a
    letter of another alphabet in it, and none in the lower-case words of its sentence around
    it (up to 80 characters either side)."""
    word = text[start:end].lower()
    if not foreign_letter(word):
        return False
    around = text[max(0, start - 80) : start] + " " + text[end : end + 80]
    return not any(
        w[0].islower() and not _LETTERS.isdisjoint(w) for w in around.split() if w[:1].isalpha()
    )


@cache
def _calendar_words() -> frozenset[str]:
    from casebook.deid import calendar_words

    cal = calendar_words.calendar()
    return frozenset(w.rstrip(".") for w in (*calendar_words.month_words(), *cal.weekdays))
