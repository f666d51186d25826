"""Reading the context of a word: the word before it, what follows, whether a sentence starts
there, and which language a note is in. Shared by the rules for registered names (`names.py`),
unregistered names (`unregistered.py`) and review candidates (`review.py`)."""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import closed_words, emoticons, greetings, journeys, lexicon, vocab

_SPACE = " \t\u00a0"
# The word after one space (not the next cell of a table), its whole run of letters ("Aino
# tuli", "on" of "on-line"; the apostrophe and hyphen in the look-ahead's class are no
# letters already, so only a letter after it stops it).
NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![^\W\d_'’-])")
_SENTENCE_SKIP = frozenset(" \t\u00a0\"'“”‘’«»([{*•·–—-")
_SENTENCE_END = frozenset(".!?…:;\n\r")
# The spaces, dashes and bullets a line's item or label may stand after ("- Vært: ", "• Eier:").
LINE_MARGIN = " \t-–—•*·"


def guess_languages(low: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """("en",) or ("sv",) when the start of a lower-cased text clearly leans one way, else all
    of `languages`. Counts a few very frequent words in the first 1,000 characters."""
    if not ("en" in languages and "sv" in languages):
        return languages
    english = swedish = 0
    for marker in vocab.ENGLISH_MARKERS:
        english += low.count(marker, 0, 1000)
    for marker in vocab.SWEDISH_MARKERS:
        swedish += low.count(marker, 0, 1000)
    if english >= 3 and english >= 3 * swedish:
        return ("en",)
    if swedish >= 3 and swedish >= 3 * english:
        return ("sv",)
    return languages


# A time stamp that opens a line of an observer's log: "12:16", "13.35", "[09:05]", "kl. 14",
# and Finnish "klo 8.05" (kello, o'clock).
_STAMP = re.compile(
    r"(?:(?<![\w.:])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\b[Kk]lo?\.?[ \t]?\d{1,2}(?:[:.]\d{2})?)"
    r"[\])]?[ \t]*[-–—:]?[ \t]*\Z"
)

# A message's stamp in brackets, as a chat or text-message log is pasted: "[sms 07:51]",
# "[WhatsApp 21:14]", "[12/03/2024, 14:05]", "(SMS kl 9.30)": words and a date may stand
# before the time of day, a second or "pm" after it.
_BRACKETED_STAMP = re.compile(
    r"[\[(][^\[\]()\n]{0,30}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?[\])]"
    r"[ \t]*[-–—:]?[ \t]*\Z"
)

# What opens an item of a checklist, a numbered paragraph or a line of a timed log, before
# its first word: "[ ]", "- [x]", "§18", "86 min", "+25:", "+188:".
_ITEM_MARK = re.compile(
    r"(?:\[[ xX✓✔]?\]|§[ \t]?\d{1,3}[.:]?|(?<![\w.:,])\+?\d{1,4}[ \t]?min\.?:?|"
    r"(?<![\w.:,])\+\d{1,4}:?)[ \t]*\Z"
)
# Punctuation spoken into a dictation and typed as words: "... vilket var nytt. punkt Dag tre
# utan alkohol", "ny rad Bo själv har ...".
_SPOKEN_STOP = re.compile(
    r"(?<![^\W\d_])(?:punkt|ny rad|nytt stycke|new line|new paragraph|full stop)[ \t]*\Z",
    re.IGNORECASE,
)


# Abbreviations whose full stop ends no sentence before a name: "Enl. Frank har ...",
# "Ang. Max: ...", "bl.a. Inga och Per".
_ABBREVIATION_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Ee]nl|[Aa]ng|bl\.a|t\.ex|[Jj]fr|resp)\.\Z")


def sentence_start(text: str, index: int) -> bool:
    """True at the start of the text, a line, a sentence or a quotation, after a colon or a
    slash between spaces, after an aside in brackets that ended its own sentence ("(See
    above.) Will she"); after a time stamp, also a message's stamp in brackets, or the mark
    of an item (a checkbox, a paragraph sign, minutes into a meeting) that itself stands at
    such a start ("12:16 Will anyone drive her?", "[sms 07:51] Hope is ...", "- [x] Love
    the new routine", "86 min Per the nurse"), also with a quotation mark or a dialogue's
    dash between ('12:32 ”Alla visste', "[08:56] «Jeg tror", "09:05 – Alla"), or a chat log's
    mark of a message received or sent ("15:03 < Will you call back?"); after
    punctuation spoken into a dictation ("punkt", "ny rad", "new line"); after a spoken opener
    and its comma before a capital (`_after_spoken_opener`: "Siis, Niitä ei"); and after an e-mail
    or web address or a phone or identity number that nothing ends, before a lower-case word
    (`_after_identifier`: "+39 312 467 0870 May I add ...")."""
    i = index - 1
    while i >= 0 and text[i] in _SENTENCE_SKIP:
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return (
            i < 0 or text[i] != "." or not _ABBREVIATION_BEFORE.search(text, max(0, i - 6), i + 1)
        )
    if (text[i] in emoticons.MOUTHS or text[i] >= "\u2600") and emoticons.ends_sentence(text, i):
        return True  # "friends :) My room", "so good 😊 Will she ...": a smiley ends it
    if text[i] == "," and index < len(text) and text[index].isupper():
        return _after_spoken_opener(text, i, index)  # "Siis, Niitä ei näytetä", "Hm, Neste"
    if text[i] == "/" and 0 < i < index - 1 and text[i - 1] in _SPACE:
        return True  # " / " between the findings of a hurried note ("lugn / Inga problem")
    if text[i] in ")]" and _closed_aside(text, i):
        return True  # "(Se kapitel 3.) Will she ...": an aside that ended its own sentence
    if text[i] in "<>" and i and text[i - 1] in _SPACE:
        # "12:32 > Hope is ...", "09:41 < Sol og regn ...": a text-message log marks each
        # message sent or received after its time; the message opens after the mark.
        return _direction_mark(text, i)
    # What stands before the skipped marks: a quotation or a dialogue's dash may open the
    # line after a stamp or mark ('12:16 ”Alla visste', "[10:30] «Jeg trodde", "14:02 – Alla").
    head = i + 1
    if text[i].isdigit() or text[i] in ")]":
        stamp = _STAMP.search(text, max(0, head - 24), head)
        timed = stamp is not None and stamp.start() < head
        if timed and sentence_start(text, stamp.start()):
            return True
        if text[i] in ")]":  # "[sms 07:51] Dag för dag ...": a message opens there
            message = _BRACKETED_STAMP.search(text, max(0, head - 56), head)
            if message and message.start() < head:
                return sentence_start(text, message.start())
        if timed:
            return False
    if text[i].isdigit() or text[i] in "]n:":
        mark = _ITEM_MARK.search(text, max(0, head - 16), head)
        if mark and mark.start() < head:
            return sentence_start(text, mark.start())
    elif text[i] in "tdepTDEP":
        if _SPOKEN_STOP.search(text, max(0, index - 20), index) is not None:
            return True
    return text[index - 1] in _SPACE and _after_identifier(text, i, index)


# The number of a list's item in brackets, before its first word: "12) ", "(3) ".
_ITEM_NUMBER = re.compile(r"(?<![^\s(])\d{1,3}\)[ \t]*\Z")


def item_opening(text: str, index: int) -> bool:
    """Whether text[index] is the first word of a numbered list's item ("12) Hele dagen ...",
    "(3) Sama homma ..."), the number itself at a line's or a sentence's start. Not one of
    `sentence_start`'s openings: the rules for registered names read the word after such a
    number as they always have (a person is listed so as often: "2) Per ringde"); the reading
    of a word nobody registered as a word of the sentence's language asks it
    (`note_language.ordinary_here`)."""
    mark = _ITEM_NUMBER.search(text, max(0, index - 8), index)
    return mark is not None and sentence_start(text, mark.start())


def _direction_mark(text: str, mark: int) -> bool:
    """Whether the "<" or ">" at `mark` is the direction mark of a chat or text-message log
    after the message's time stamp ("15:03 < Will you call back?", "[09:12] > Mark the
    forms"): received or sent, as such logs are exported; the message opens after it."""
    stamp = _STAMP.search(text, max(0, mark - 24), mark) or _BRACKETED_STAMP.search(
        text, max(0, mark - 56), mark
    )
    return stamp is not None and stamp.start() < mark and sentence_start(text, stamp.start())


def _closed_aside(text: str, close: int) -> bool:
    """Whether the bracket at `close` closes an aside whose sentence ended inside it ("(Jämför
    andra kulturer.)", "(next day. )"): the next sentence opens after it."""
    j = close - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] not in ".!?…":
        return False
    return text[j] != "." or not _ABBREVIATION_BEFORE.search(text, max(0, j - 6), j + 1)


_NUMBER_PARTS = frozenset("0123456789 +-–()/.\u00a0")
_LETTERS = re.compile(r"[^\W\d_]*")
_IDENTIFIER_DIGITS = 7  # a phone or identity number; not a year, a dose or a house number
# A date inside a sentence is no identifier that ends one: "Since 2025-04-03 Miles has ...".
_DATE_SHAPED = re.compile(
    r"[ \u00a0]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{6})[ \u00a0]*"
)


# A single word set off by a comma before the capitalised first word of a transcript's or a
# chat's sentence: "Siis, Niitä ei näytetä", "Altså, Neste møte blir ...", "Um, Show me".
_OPENER_BEFORE = re.compile(r"(?<![^\W\d_'’-])([^\W\d_]{1,12})\Z")


def _after_spoken_opener(text: str, comma: int, index: int) -> bool:
    """Whether the capitalised word at text[index], after ", " at text[comma], opens the
    sentence after a spoken opener: one ordinary word (a filler, an interjection or an adverb
    said first, "Siis", "Niinku", "Altså", "Hm", "Um") standing at a sentence's start and set
    off by the comma. Speech is transcribed so ("Siis, Niitä ei näytetä listalla"): the
    sentence opens after the filler, and its first word is read as any first word is. The
    opener is a frequent word of a study language (`vocab.frequent_words`: wordfreq's top
    20,000 a spelling dictionary lists, with the spoken Finnish and Swedish forms) or of
    `closed_words`, no name or place of the lexicon, and no greeting, thanks or farewell,
    after which a name is the one spoken to ("Hei, Anna", "Tack, Maja": `greetings`)."""
    if comma + 2 != index or text[index - 1] not in _SPACE:
        return False
    found = _OPENER_BEFORE.search(text, max(0, comma - 13), comma)
    if found is None:
        return False
    return found.group(1).lower() in _spoken_openers() and sentence_start(text, found.start())


_SPOKEN = ("en", "sv", "nb", "da", "fi")  # the study's languages with frequent-word lists


@cache
def _spoken_openers() -> frozenset[str]:
    """The words `_after_spoken_opener` reads as a spoken opener."""
    words = closed_words.words().union(*(vocab.frequent_words(lang) for lang in _SPOKEN))
    named = lexicon.all_names() | lexicon.places()
    greeting = greetings.OPENERS | greetings.FAREWELLS | greetings.NO_NAME
    return frozenset(w for w in words if w not in named and w not in greeting)


def _after_identifier(text: str, last: int, index: int) -> bool:
    """Whether the word at `index` opens a sentence whose full stop the writer left out after
    an e-mail address, a web address or a phone or identity number that ends at `last`
    ("mejla x@y.se Grace period on the rent ...", "+39 312 467 0870 May I add ...",
    "ID no. 780409-1291 Will power is ..."): a lower-case word (or "I") follows it, so it is
    no name in a list of contact details ("070-123 45 67 Per Lind"), nor one that the address
    before it carries ("per@example.se Per vet om det")."""
    found, token = False, ""
    if text[last].isdigit():
        digits = 0
        i = last
        while i >= 0 and i > last - 40 and text[i] in _NUMBER_PARTS:
            digits += text[i].isdigit()
            i -= 1
        found = digits >= _IDENTIFIER_DIGITS and not _DATE_SHAPED.fullmatch(text, i + 1, last + 1)
    if not found and text[last] != " ":  # "…/page2", "x@y.se": an address, whatever ends it
        begin = max(
            text.rfind(" ", max(0, last - 120), last), text.rfind("\n", max(0, last - 120), last)
        )
        token = text[begin + 1 : last + 1].lower()
        found = "@" in token or "://" in token or token.startswith("www.")
    if not found:
        return False  # the common case: an ordinary word or number before it
    end = _LETTERS.match(text, index).end()
    if token and text[index:end].lower() in token:
        return False  # "per@example.se Per vet": an address that carries the name, its owner's
    return text[end : end + 1] == " " and (
        text[end + 1 : end + 2].islower() or text.startswith("I ", end + 1)
    )


def margin_start(text: str, index: int) -> int:
    """Where the spaces, dashes and bullets right before `index` begin (`LINE_MARGIN`): the
    start of the line when `index` opens its item ("- Vært:", "• Eier: kettle")."""
    while index > 0 and text[index - 1] in LINE_MARGIN:
        index -= 1
    return index


def word_end(text: str, position: int) -> int:
    """Where the run of letters from `position` ends (`position` itself if none starts there)."""
    while position < len(text) and text[position].isalpha():
        position += 1
    return position


_REACH = 40  # characters before a word the fast path of `previous_word` looks at


def previous_word(low: str, index: int) -> tuple[str, str]:
    """The word before `index` (lower case) and the punctuation between (",", "." or "").
    A line break right after a letter only wraps the sentence ("barndom i\nErbil"), unless
    the word after it is a label ("with the father\nAdmin: the certificate ...")."""
    if index > 1 and low[index - 1] == " " and low[index - 2].isalpha():
        # The common case, a word of letters and one space ("med jenny"), in string methods
        # (asked some 30 times per KB of a note); anything else by the loops below.
        space = low.rfind(" ", max(0, index - _REACH), index - 1)
        word = low[space + 1 : index - 1]
        if (space >= 0 or index - _REACH <= 0) and word.isalpha():
            return word, ""
    return _walk_back(low, index)


def _walk_back(low: str, index: int) -> tuple[str, str]:
    """`previous_word` character by character: any spacing, a wrapped line, a comma or full
    stop between."""
    i = index
    while i > 0 and low[i - 1] in _SPACE:
        i -= 1
    if i > 1 and low[i - 1] == "\n" and low[i - 2].isalpha() and not _label_at(low, index):
        i -= 1
    gap = ""
    if i > 0 and low[i - 1] in ",.":
        gap = low[i - 1]
        i -= 1
        while i > 0 and low[i - 1] in _SPACE:
            i -= 1
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    if j == i:
        return "", gap
    return low[j:i], gap


def _label_at(low: str, index: int) -> bool:
    """Whether the word at `index` is a label, a colon right after it ("Admin: ...",
    "Öppenhet: ..."): a line it opens is a heading or a form's field, not a wrapped one."""
    end = index
    while end < len(low) and low[end].isalpha():
        end += 1
    return end > index and low[end : end + 1] == ":"


def next_word(text: str, index: int) -> tuple[str, str, int]:
    """What follows `index` past spaces: ("w", word, start) for a word, else (char, "", i)."""
    n = len(text)
    i = index
    while i < n and text[i] in _SPACE:
        i += 1
    if i >= n:
        return "", "", i
    if not text[i].isalpha():
        return text[i], "", i
    j = i + 1
    while j < n and (text[j].isalpha() or text[j] in "'’"):
        j += 1
    return "w", text[i:j].lower(), i


# A number of up to three digits and a lower-case word: a count in running text ("3 utan").
_COUNT_GOES_ON = re.compile(r"\d{1,3}[ \t]+(?=[^\W\d_])")


def unwrapped(text: str, index: int) -> tuple[str, str, int] | None:
    """`next_word` past a line break at `index` that only wraps a sentence: the next line
    goes on with a lower-case word ("Will\\nshe manage", "Inga\\nsynpunkter") or a count and
    one ("Dag\\n3 utan alkohol"), as in text hard-wrapped by an e-mail program or copied
    from a PDF; else None."""
    if text[index : index + 1] != "\n":
        return None
    found = next_word(text, index + 1)
    count = _COUNT_GOES_ON.match(text, found[2]) if found[0].isdigit() else None
    if count and text[count.end()].islower():
        return found  # "Dag\n3 utan alkohol": a count goes on, the sentence with it
    if found[0] != "w" or not text[found[2]].islower():
        return None
    chunk = text[found[2] : found[2] + 40].split(None, 1)[0].rstrip(",.;:!?")
    return found if chunk.isalpha() else None  # not "anna.berg@…" on a contact line


def abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation rather than a sentence: a
    lower-case word goes on after it ("Pat. lugn, god kontakt", "Ssk. ringde")."""
    if text[dot : dot + 1] != ".":
        return False
    kind, _word, index = next_word(text, dot + 1)
    return kind == "w" and index > dot + 1 and text[index].islower()


def sign_off_line(low: str, start: int) -> bool:
    """Whether the word at `start` opens a line that is a closing formula and nothing else
    ("Best wishes,", "Love,", "Kind regards"): a word of the closing, not a name."""
    begin = low.rfind("\n", 0, start) + 1
    if low[begin:start].strip(" \t"):
        return False
    stop = low.find("\n", start)
    if low[start : stop if stop >= 0 else len(low)].strip().rstrip(",.!-–— \t") not in (
        greetings.CLOSINGS
    ):
        return False
    # After a closing line ("Thanks,\nLove") the line is the writer's name.
    before = low[: max(0, begin - 1)].rstrip()
    previous = before[before.rfind("\n") + 1 :].strip().rstrip(",.!-–— \t")
    return previous not in greetings.CLOSINGS


def closing_before_signer(low: str, start: int, end: int) -> bool:
    """Whether the word at `start`..`end` is a one-word closing formula (`greetings.CLOSINGS`)
    that opens its line with the signer after it on the same line ("Hilsen NAV-kontoret",
    "Mvh Kari Nord", "Terveisin Anna"): regards, then who sends them; the closing is no name.
    A closing that is also a name in the repo's name lexicon ("Love", a Swedish given name;
    "Best") stays a word the rules read: "Love Andersson ringde"."""
    word = low[start:end]
    if word not in greetings.CLOSINGS or low[end : end + 1] != " " or word in lexicon.all_names():
        return False
    begin = low.rfind("\n", 0, start) + 1
    if low[begin:start].strip(" \t"):
        return False
    stop = low.find("\n", end)
    return bool(low[end : stop if stop >= 0 else len(low)].strip())


# Every closing formula in one string: words that stand in none of them open none.
_SIGN_OFF_TEXT = "\n".join(sorted(greetings.CLOSINGS))


def closing_formula(text: str, low: str, start: int, end: int) -> bool:
    """Whether the words at `start`..`end` belong to a closing formula that opens a sentence
    and ends its line or a comma before the writer's name on the same line ("Viele Grüße",
    "Best, Guled", "Mit freundlichen Grüßen, Anna"): words of the closing, not a name."""
    if low[start:end].strip(" \u00a0") not in _SIGN_OFF_TEXT:
        return False  # the closing would hold these words: no closing does (one C search)
    stop, n = end, len(low)
    while stop < n and stop - end < 40 and (low[stop].isalpha() or low[stop] in " \u00a0"):
        stop += 1
    if stop < n and low[stop] != ",":
        line_end = low.find("\n", stop)
        if low[stop : line_end if line_end >= 0 else n].strip(",.!-–— \t"):
            return False  # "Best wishes to all of you" goes on: no closing
    begin = start
    while begin > 0 and start - begin < 40 and (low[begin - 1].isalpha() or low[begin - 1] == " "):
        begin -= 1
    while low[begin] == " ":
        begin += 1
    return low[begin:stop].rstrip(" \u00a0") in greetings.CLOSINGS and sentence_start(text, begin)


# After a Finnish negation verb comes its connegative ("eivät ole", "ei peritä", "en tiedä"),
# after a Swedish, Norwegian or Danish indefinite article a noun ("en kurator", "ei jente",
# "et barn"). In the UD treebanks on this machine (Finnish FTB, OOD, PUD; Swedish Talbanken,
# LinES; Norwegian Nynorsk, NynorskLIA; English EWT, GUM, LinES; German GSD), one lower-case
# word of 2,303 after "ei", "en", "et", "emme", "ette" or "eivät" is tagged a proper noun
# (`bench/lower_slots.py`).
_VERB_OR_NOUN_BEFORE = frozenset("ei en et emme ette eivät".split())


def after_negation_or_article(low: str, start: int) -> bool:
    """Whether the word at `start` follows a Finnish negation verb or a Scandinavian
    indefinite article right before it ("eivät ole yhdenmukainen", "ei peritä", "en
    kurator"): a verb or a noun stands there, typed in lower case no name."""
    prev, gap = previous_word(low, start)
    return not gap and prev in _VERB_OR_NOUN_BEFORE


def broken_word(low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end] and the word right before it, one space between, are
    one known word broken by a stray space, as text pasted from a PDF often is ("a ho meland
    of": homeland), where the word alone is no name of the lexicon ("dr ama" stays Dr Ama)."""
    if low[start - 1 : start] != " ":
        return False
    prev, gap = previous_word(low, start)
    word = low[start:end]
    return (
        not gap
        and len(prev) >= 2
        and len(prev) + len(word) >= 6
        and prev + word in vocab.known_words()
        and word not in lexicon.all_names()
    )


# A dose after a word or two: "Abilify Maintena 400 mg", "Elvanse 30mg" name a medicine.
_DOSE = re.compile(
    r"[ \t\u00a0]*\d+(?:[.,]\d+)?[ \t\u00a0]*(?:mg|mcg|µg|ml|mikrogram|milligram|ie|iu)(?![^\W\d_])"
)


def dose_follows(low: str, start: int, end: int) -> bool:
    """Whether a dose follows `end`: the capitalised words `low[start:end]` before it are a
    medicine's name, unless one of them is a given name of the lexicon ("Mohammed 20 mg
    sertraline" in a telegraphic note names someone; a medicine so named stays removed)."""
    if _DOSE.match(low, end) is None:
        return False
    return not any(w in lexicon.given_names() for w in _WORDS.findall(low, start, end))


_WORDS = re.compile(r"[^\W\d_]+")


def speaker_label(text: str, start: int, end: int) -> bool:
    """ "Pat:", "Pt:" or "Pat. (…" opening a line or a message: the patient (the abbreviation
    Swedish and English notes use), not somebody called Pat."""
    if text[start:end].lower() not in ("pat", "pt"):
        return False
    after = text[end : end + 3]
    return after[:1] == ":" or (after[:1] == "." and not after[1:].strip().istitle())


def after_person_word(low: str, start: int) -> bool:
    """Whether a title, role or relation word stands right before `start` ("ssk Colombo",
    "överläkare Mamun", "cousin Conceição"): what follows is a person, even a word that is
    also a town."""
    prev, gap = previous_word(low, start)
    return not gap and (prev in vocab.TITLES or prev in vocab.RELATIONS)


def place_position(low: str, start: int) -> bool:
    """Right after a preposition of place, or after "to"/"till" or "from"/"från" after a verb
    of going ("barndom i Erbil", "wants to move to Lund", "flyttar till Prishtina", "came
    from Santiago"), or on a journey
    or beside a town (`journeys`: "went back to York", "from York to Hull", "Lund and
    Malmö")."""
    prev, gap = previous_word(low, start)
    if prev in vocab.LOCATIVES and not gap:
        return True
    if prev in ("from", "från") and not gap:
        given = journeys.given_name_at(low, start)
        if journeys.came_from(low, start, _start_of(low, start) - len(prev), given):
            return True  # "the family came from Santiago", "kom från Erbil 1996"
    if journeys.given_name_at(low, start):
        return _after_motion_verb(low, start, prev, gap)  # "flyttar till Anna" as before
    if journeys.beside_a_town(low, start):
        return True  # "Lund and Malmö", "Lund–Malmö"
    if gap or not prev:
        return False
    if prev in ("from", "från") and journeys.from_then_to(low, start):
        return True  # "moved from York to Hull"
    if _after_motion_verb(low, start, prev, gap):
        return True
    return prev in ("to", "till") and journeys.to_a_place(low, _start_of(low, start) - len(prev))


def _start_of(low: str, start: int) -> int:
    """Where the gap before the word at `start` begins."""
    i = start
    while i > 0 and not low[i - 1].isalpha():
        i -= 1
    return i


def _after_motion_verb(low: str, start: int, prev: str, gap: str) -> bool:
    """After "to"/"till" right after a verb of going ("flyttar till Lund")."""
    if gap or prev not in ("to", "till"):
        return False
    verb, verb_gap = previous_word(low, _start_of(low, start) - len(prev))
    return not verb_gap and verb in vocab.MOTION_VERBS


def passive_agent(low: str, start: int, prev: str, gap: str) -> bool:
    """After "by" or "av" that follow a passive ("told by", "was replaced by", "ersätts av",
    "besöks av"): the one who does it, a person more often than not. Not "en av", "a list by"."""
    if gap or prev not in ("by", "av"):
        return False
    i = start
    while i > 0 and not low[i - 1].isalpha():
        i -= 1
    verb, verb_gap = previous_word(low, i - len(prev))
    if verb_gap or len(verb) < 4:
        return False
    if prev == "by":
        return verb.endswith("ed") or verb in ("told", "seen", "met", "driven", "taken", "given")
    return verb.endswith(("as", "ts", "ks", "ds", "rs", "ls", "ns")) and verb not in _NOT_PASSIVE


# Swedish words ending like a passive that are not one ("hans", "alls", "dess").
_NOT_PASSIVE = frozenset("dess hans hennes alls andras flera bättre mindre".split())
