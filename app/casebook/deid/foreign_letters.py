"""Letters of another alphabet: an unknown capitalised word written with a letter that none of
the study's languages uses is a name of the people whose alphabet it is.

Interviewers write the names of the largest groups born abroad as their bearers spell them:
Turkish and Azerbaijani "Koçyiğit", "Işıl", "Xədicə"; Polish "Białecki", "Oleńka"; Bosnian,
Croatian and Serbian "Barbarić", "Višeslav"; Vietnamese "Hưng", "Vũ", "Thành"; Romanian,
Czech, Baltic and Hungarian names. No lexicon lists them all, but their letters tell: no
word of Swedish, Norwegian, Danish, Finnish, German or English is written with "ı", "ł",
"ğ", "ə", "ć", "ư" or a Vietnamese tone mark. Such a word, unknown to the word lists and to
the towns of `lexicon.places` (GeoNames: "Łódź", "Niš", "Đà" stay places), reads as a name of
the lexicon (`unregistered.py`'s N): a name wherever it stands, unless a place or
organisation word follows or a preposition of place goes before it.

Letters that the study's languages borrow are not taken: French and Spanish accents ("é",
"è", "ç", "ñ", "à", "ô", "ë", "ü"), Icelandic and Faroese letters, the Finnish loan letters
"š" and "ž" ("Tšekki", "šekki") and the Sami letters of Norwegian, Swedish and Finnish
("č", "đ", "ŋ", "ŧ", "á"). So "Café", "Zürich", "Tšekissä" and "Kárášjohka" are not read so.
Month and weekday words of the languages that use these letters ("Październik", "Şubat",
"Pazartesi") are CLDR's (`calendar_words`), never names.
"""

from __future__ import annotations

from functools import cache

# Turkish and Azerbaijani; Polish; Czech, Slovak, Croatian, Bosnian, Serbian (Latin), Slovene
# (less the Finnish loan letters and the Sami ones); Romanian; Baltic; Hungarian; Vietnamese.
_LETTERS = frozenset(
    "ıığşəǝłśźżńćęąřůěťďľĺŕňșțţăāēīūģķļņėįųőűơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ"
)


def foreign_letter(word: str) -> bool:
    """Whether the lower-case `word` holds a letter of an alphabet none of the study's
    languages writes ("koçyiğit", "białecki", "hưng"), and is no month or weekday word."""
    return not _LETTERS.isdisjoint(word) and word not in _calendar_words()


@cache
def _calendar_words() -> frozenset[str]:
    from casebook.deid import calendar_words

    cal = calendar_words.calendar()
    return frozenset(w.rstrip(".") for w in (*calendar_words.month_words(), *cal.weekdays))
