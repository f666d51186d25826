"""Words naming a people, a language or a faith, used as an adjective before a noun.

Several such English words are also given or family names ("German", "Christian", "Norman",
"Irish", "French", "English", "Muslim", "Roman"), so a name rule that sees one capitalised
word of the name lexicon alone removes it from "her German lessons", "Christian churches in
the area", "according to Christian belief" or "after German forces left". Before a lower-case
noun the word is an adjective; a person's name is followed by a verb, a function word or an
adverb instead ("Christian said", "Norman too", "Christian yesterday"), and those keep the
name. A plural noun ending in "-s" reads as a verb as easily ("Christian lives alone",
"Norman works nights"), so it counts only after a determiner or a preposition ("the German
forces", "other German officials", "after German forces"); a noun ending in "-ing" reads as
a verb's participle ("Christian working late"), so it counts only after a determiner or a
superlative ("the German bedding", "the finest German cooking").

Only one lower-case word after one space is read: a test of a few characters, made only for
a capitalised word the lexicon already took for a name.
"""

from __future__ import annotations

from casebook.deid import homographs, vocab

# Adjectives of a people, a language or a faith (English; Swedish writes them in lower case).
ADJECTIVES = frozenset(
    """african american anglican arab arabic armenian asian australian austrian baptist
    belgian bengali bosnian brazilian british buddhist bulgarian canadian catholic celtic
    chinese christian coptic croatian czech danish dutch egyptian english eritrean estonian
    ethiopian european finnish french gaelic german greek hebrew hindu hungarian icelandic
    indian iranian iraqi irish islamic italian japanese jewish korean kurdish latin latvian
    lithuanian lutheran methodist mexican moroccan muslim nigerian norman norwegian orthodox
    pakistani pentecostal persian polish portuguese protestant punjabi roman romanian russian
    sami scottish serbian shia shiite sikh slovak somali spanish sunni swedish swiss syrian tamil
    thai turkish ukrainian urdu welsh""".split()
)

# Words that may follow a person's name and are no noun: function words, adverbs of time.
_NOT_NOUNS = frozenset(
    """and or but nor so yet if when while because as than that who whom whose which what
    where why how not never always often really just only even ever about too also again
    first later soon once twice still already here there alone himself herself themselves
    today tomorrow yesterday tonight now then last next this every all both each""".split()
)

# Before a plural ("the German forces", "after German forces"): a determiner or preposition.
_BEFORE_PLURAL = vocab.DETERMINERS | frozenset(
    """other many most all few several both his her their our my your of in on at for from
    after before by to under into over among against during without within""".split()
)


def before_noun(text: str, low: str, start: int, end: int, previous: str | None) -> bool:
    """Whether the capitalised text[start:end] is an adjective of a people, a language or a
    faith before a lower-case noun ("German lessons"), not a person ("Christian said").
    `low` is `text` in lower case; `previous` is the lower-case word before it, if any."""
    if low[start:end] not in ADJECTIVES or text[end : end + 1] != " ":
        return False
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    following = text[end + 1 : stop]
    if len(following) < 3 or not following.islower():
        return False
    if (
        following in _NOT_NOUNS
        or following in vocab.NAME_FOLLOWERS
        or following in vocab.MODALS
        or following in vocab.ADVERBS
        or following in vocab.SAYING_VERBS
        or following in vocab.PRONOUNS
        or following in vocab.OBJECT_PRONOUNS
        or following in vocab.TIME_WORDS
        or following in vocab.MONTHS
        or following in homographs.IRREGULAR_PAST
        or following.endswith(("ed", "ly"))
        or following not in vocab.common_words(("en",))
    ):
        return False
    if following.endswith("ing"):  # "the German bedding", "the finest German cooking"; not
        # "Christian working late", "with Christian cooking dinner"
        return previous in vocab.DETERMINERS or _superlative(previous)
    if following.endswith("s"):
        return previous in _BEFORE_PLURAL
    return True


def _superlative(word: str | None) -> bool:
    """Whether `word` is an English superlative ("best", "finest", "greatest"), after which
    only a noun phrase follows."""
    if not word or not word.endswith("est"):
        return False
    common = vocab.common_words(("en",))
    return word == "best" or (
        word in common
        and (
            (len(word) >= 6 and word[:-3] in common)
            or (word[:-2].endswith("e") and word[:-2] in common)
        )
    )


# A plural copula, and the adverbs that may stand between it and its adjective ("the majority
# of whom are Muslim", "they were mostly Irish"): a plural subject has no person's name for
# its predicate.
_PLURAL_COPULA = frozenset("are were".split())
_DEGREE = frozenset(
    """mostly mainly largely predominantly chiefly all both also not nominally devoutly
    overwhelmingly""".split()
)


def predicate(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised text[start:end] is an adjective of a people or a faith said of
    a plural subject ("most of them are Muslim", "they were mostly Irish"), closing its
    clause: no person is named there."""
    if low[start:end] not in ADJECTIVES:
        return False
    follows = text[end : end + 1]
    if follows not in ("", ",", ".", ";", ":", "!", "?", ")", "\n") and not low.startswith(
        (" and ", " or "), end
    ):
        return False
    words = low[max(0, start - 40) : start].split()
    if words and words[-1] in _DEGREE:
        words.pop()
    return bool(words) and words[-1] in _PLURAL_COPULA


def adjective(text: str, low: str, start: int, end: int, previous: str | None) -> bool:
    """Whether the capitalised text[start:end] is an adjective of a people, a language or a
    faith: before its noun (`before_noun`) or said of a plural subject (`predicate`)."""
    return before_noun(text, low, start, end, previous) or predicate(text, low, start, end)
