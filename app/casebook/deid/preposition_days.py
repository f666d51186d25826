"""A day and month in digits closing a clause after a preposition of time, in the languages of
a Nordic study's notes (`dates.cued` asks): "She came back at 9/9.", "Hun kom til 12/03.",
"Vi ses på 3/3.", "Hun flyttet etter 9/9.", "ringer igen inden 12/3.".

`dates.DATE_CUE` already reads the words that date what follows them everywhere ("on",
"by", "until", "från", "den"); the prepositions here are weaker: each also goes before a
part or a score ("at 1/2 strength", "til 1/2 dose", "på 2/3 av tiden"). So they date a day
and month only where nothing follows it in its clause (a full stop, a comma, a line's end, a
conjunction opening the next clause): what a part or a count would go on to name is missing.
A common fraction (a half, a third, a quarter: "reduced to 1/2.", "på 3/4.") stays a
fraction, and so does a figure after a word of a count, a ratio or a result in its clause.

The same holds after a verb of arriving or happening ("Provsvaret kom 4/3.", "The letter
arrived 9/5.", "Det skjedde 14/2.") and after the copula that follows a verb of meeting
("Senast vi sågs var 9/5.", "Last time we met was 9/5.", "Sidst vi mødtes var 11/11."),
and after a verb of talking or meeting with "last" ("Vi snakket sist sammen 4/4.", "We last
spoke 3/5."):
a day is when something comes, happens or was; a part or a score there would name what it
counts before the clause ends ("Av de inbjudna kom 2/3." is a fraction and stays).
"""

from __future__ import annotations

import re

# Prepositions of time that are no date word alone: English, Swedish, Norwegian and Danish.
_PREPOSITION = re.compile(
    r"(?<![^\W\d_])(?:at|during|around|through|throughout|"
    r"på|innan|senast|tills|"  # Swedish
    r"til|fra|før|etter|innen|inden|siden|senest|frem til|fram til|mellom|"  # Norwegian, Danish
    # and the adverb of a meeting again, after which a day is the next meeting's ("Vi ses
    # igen 3/3, sa hon", "Vi snakkes igjen 9/9.", "We meet again 4/5.")
    r"igen|igjen|again"
    r")[ \u00a0]+\Z"
)
# A verb of arriving or happening, past or present, and a verb of meeting with the copula
# after it ("sågs var", "met was", "mødtes var"), in the same languages.
_EVENT_VERB = re.compile(
    r"(?<![^\W\d_])(?:kom|kommit|kommet|anlände|ankom|ankommer|landade|skedde|hände|"
    r"inträffade|skjedde|hendte|skete|came|arrived|arrives|happened|occurred|"
    r"(?:sågs|träffades|möttes|hördes|sås|møttes|mødtes|met|spoke|"
    r"(?:träffade|traff|traf|saw|så)[ \u00a0]+[^\W\d_]+(?:[ \u00a0]+other)?)"
    r"[ \u00a0]+(?:var|was|er)|"
    # a verb of talking or meeting and "last", the day it last happened: "Vi snakket sist
    # sammen 4/4.", "Vi talades senast vid 9/5.", "We last spoke 3/5."
    r"(?:snakket|snakkede|pratet|pratede|talte|talade|talades|pratade|pratades|sågs|"
    r"møttes|mødtes|traff|traf|träffades|spoke|talked|met)"
    r"[ \u00a0]+(?:sist|sidst|senast|last)(?:[ \u00a0]+(?:sammen|tillsammans|together|vid))?|"
    r"(?:last|sist|sidst|senast)[ \u00a0]+(?:spoke|talked|met|snakket|talte|talade))"
    r"[ \u00a0]+\Z"
)
# A count, a ratio or a result earlier in the clause makes the figures one ("The ratio was at
# 3/1.", "svarte riktig på 7/9.", "vant kampen på 3/1."): a proportion, never a day.
_COUNT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ratio|ratios|odds|proportion|score[sd]?|scoring|won|lost|beat|draw|"
    r"result|results|correct|right|answered|mix|mixed|dilut\w*|"
    r"förhållande\w*|resultat\w*|vann|förlorade|rätt|poäng|"
    r"forhold\w*|vant|tapte|vandt|tabte|riktig\w*|rigtig\w*|svarte|svarede|svarade|"
    r"poeng|point|points)(?![^\W\d_])[^.!?;\n]*\Z"
)
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
# What closes the clause right after the day and month: a stop or a comma, a line's end, or
# a conjunction that opens the next clause ("innan 4/1 och hon blev arg", "at 9/7 and asked").
_CLOSES = re.compile(
    r"[.!?;,](?:\s|\Z)|[ \u00a0]*(?:\n|\Z)"
    r"|[ \u00a0]+(?:and|but|or|och|men|eller|og|mens|ja|mutta)[ \u00a0]+(?![\d])"
)


def closing(low: str, start: int, end: int) -> bool:
    """Whether the day and month low[start:end] ("9/9", "12/03") follows a preposition of time
    or a verb of arriving, happening or meeting, closes its clause, and is no common
    fraction."""
    match = _DAY_MONTH.fullmatch(low, start, end)
    if not match:
        return False
    if not _PREPOSITION.search(low, max(0, start - 12), start):
        if not _EVENT_VERB.search(low, max(0, start - 40), start):
            return False
    day, month = int(match[1]), int(match[2])
    if not (1 <= day <= 31 and 1 <= month <= 12) or day < month <= 4:
        return False  # "til 1/2.", "at 3/4.": a half, a third, a quarter
    if _COUNT_BEFORE.search(low, max(0, start - 60), start):
        return False
    return _CLOSES.match(low, end) is not None
