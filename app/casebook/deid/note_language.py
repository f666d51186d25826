"""Which language a sentence is written in, when it is one of the neighbours' languages.

Nordic studies' notes hold lines and whole notes in Norwegian, Danish, Finnish and German
(participants and staff write in them; multi-site studies) among the Swedish and English ones.
There a capitalised ordinary word ("Hun", "Meget", "Jeg", "Hänen", "Mutta", "Siksi", "Heute")
is no word Casebook's Swedish and English lists know, and would be taken for a name.

`sentence_language` guesses the language of the sentence around a word by counting its
lower-case words that each language's common words hold (cheap set look-ups, asked only for
a capitalised word that would otherwise be a name and that some neighbour language knows).
`ordinary_here` then says whether the word is an ordinary word of that language, from the
lists `bench/build_wordlists.py` builds (`common_<lang>.txt`, `known_<lang>.txt`: wordfreq
frequencies filtered by Debian's `wnorwegian`, `wdanish`, `wngerman` and by voikko for
Finnish). In a German sentence a capitalised word after a preposition fused with its article
or an indefinite article is a noun whatever it is ("zum Zimmer", "im Sommer", "eine Lage"),
and a common German word that is no given name is a noun after a definite article, a
demonstrative or a possessive ("der Sonne", "dem Kopf").
A sentence in Swedish or English, or one that leans no way, gets None: there
"Onni", "Satu", "Toivo" or "Even" stay names although Finnish or Norwegian writes them as
words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import filterfalse

from casebook.deid import german_nouns, headings, lexicon, neighbour_forms, vocab
from casebook.deid.context import item_opening, sentence_start

NEIGHBOURS: tuple[str, ...] = ("nb", "da", "fi", "de")
_NORDIC: tuple[str, ...] = ("nb", "da", "fi")

_WORD = re.compile(r"[^\W\d_]+")
_END = re.compile(r"[.!?…\n]")
_END_MARKS = ".!?…\n"  # the characters of `_END`
_REACH = 200  # characters either side looked at, within the sentence
_FEW = 3  # lower-case words of a sentence under which the text around it decides
_GROUPS = {"en": ("en",), "sv": ("sv",), "nbda": ("nb", "da"), "fi": ("fi",), "de": ("de",)}
_NEIGHBOUR_GROUPS = ("nbda", "fi", "de")  # the groups `_language_of` may answer, in order


def sentence_language(
    text: str, start: int, end: int, count_word: bool = True
) -> tuple[str, ...] | None:
    """The neighbour languages the sentence holding text[start:end] is written in (("nb",
    "da") for Norwegian or Danish, which share most words, ("fi",), ("de",)): the group
    whose ordinary words (`common_<lang>.txt`, `known_<lang>.txt`: inflected forms, which
    Finnish has many of) are most of the sentence's words written in lower case, at least
    two of them, more than Swedish's and English's; else None. A sentence of fewer than
    three such words that leans no way (a heading, "Hengitys:"; a short line, "Sisko
    käynyt.") is read with the words around it, across sentence ends. The word itself counts only
    when `count_word` (not for a name of the lexicon, "Satu och Toivo", nor for a word that
    is no function word: "bakker" in "J. Bakker, late shift")."""
    begin = max(0, start - _REACH)
    # The last sentence end before `start` in reach, found in C (what `_END` finds there).
    cut = max(begin, *[text.rfind(mark, begin, start) + 1 for mark in _END_MARKS])
    stop = _END.search(text, end, end + _REACH)
    close = stop.start() if stop else end + _REACH
    if count_word:  # the word itself counts: read positions
        words = [
            m.group()
            for m in _WORD.finditer(text, cut, close)
            if m.group().islower() or m.start() == start
        ]
    else:  # only the other lower-case words: strings, no match objects
        word = _WORD.match(text, start)
        after = word.end() if word else start  # the word itself skipped, whatever its case
        words = [w for w in _WORD.findall(text, cut, start) if w.islower()]
        words += [w for w in _WORD.findall(text, after, close) if w.islower()]
    found = _language_of(" ".join(words).lower())
    if found is None and not _known_at_least(words, _FEW):
        # A heading or a short line ("Hengitys:", "Sisko käynyt.", "Lue lisää"), or one whose
        # other words no language knows ("Kerro nyt se numeroyhdistelmä.", "Svarer fra
        # x@y.com"): too few words to tell, so the lines around it, across sentence ends,
        # decide. (A word
        # cannot run across `cut`, which follows a sentence end, nor across `close` below
        # the window's end, which is one.)
        limit = min(len(text), end + _REACH)
        words += [w for w in _WORD.findall(text, begin, cut) if w.islower()]
        if close < limit:
            words += [w for w in _WORD.findall(text, close, limit) if w.islower()]
        return _language_of(" ".join(words).lower())
    return found


def _known_at_least(words: list[str], count: int) -> bool:
    """Whether `count` of `words` or more are in lower case and known to some language of the
    study or a neighbour's: an address, a long compound or a misspelling tells no sentence's
    language. (Read until `count` are found: most sentences tell at their first words.)"""
    weight = _WEIGHTS.__getitem__
    for w in words:
        if w.islower() and weight(w.lower()):
            count -= 1
            if not count:
                return True
    return False


# Each group's count of a sentence's words in one pass: a word's weight holds a 1 in the field
# of every group that knows it (`_FIELD` bits a group, in `_WEIGHT_GROUPS` order), so the sum
# of the weights holds every group's count. Read per distinct word, not per word and group:
# the group lists are large (cache misses) and the same words come back sentence after
# sentence.
_WEIGHT_GROUPS = (*_NEIGHBOUR_GROUPS, "sv", "en")
_FIELD = 12
_FIELD_MASK = (1 << _FIELD) - 1
_WEIGHTED_MAX = _FIELD_MASK  # more words than a field holds: counted group by group
_WEIGHTS_MAX = 1 << 17  # distinct words kept (bounded: cleared when full)


class _Weights(dict[str, int]):
    """Lower-case word -> its weight (see above), computed once per word; bounded."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _WEIGHTS_MAX:
            self.clear()
        weight = 0
        for field, group in enumerate(_WEIGHT_GROUPS):
            if word in _group_words(group):
                weight |= 1 << (field * _FIELD)
        self[word] = weight
        return weight


_WEIGHTS = _Weights()


def _weigh(words: set[str]) -> bool:
    """Put the weights of `words` (none of them weighed yet) in `_WEIGHTS`; False if they are
    more than it holds."""
    if len(words) > _WEIGHTS_MAX:
        return False
    if len(_WEIGHTS) + len(words) > _WEIGHTS_MAX:
        _WEIGHTS.clear()
    weights = dict.fromkeys(words, 0)
    for field, group in enumerate(_WEIGHT_GROUPS):
        for word in words.intersection(_group_words(group)):
            weights[word] |= 1 << (field * _FIELD)
    _WEIGHTS.update(weights)
    return True


def _scores(words: list[str]) -> dict[str, int]:
    """How many of `words` (lower case, with repeats) each group's languages know."""
    new = set(filterfalse(_WEIGHTS.__contains__, words))  # (in C; a dict subclass:
    # `difference` with it would walk the whole table)
    # (weighed together: one C-level intersection per group, not five look-ups a word)
    if len(words) > _WEIGHTED_MAX or (new and not _weigh(new)):
        return {g: sum(map(_group_words(g).__contains__, words)) for g in _WEIGHT_GROUPS}
    total = sum(map(_WEIGHTS.__getitem__, words))
    return {
        group: total >> (field * _FIELD) & _FIELD_MASK for field, group in enumerate(_WEIGHT_GROUPS)
    }


@lru_cache(maxsize=512)
def _language_of(words: str) -> tuple[str, ...] | None:
    # Each word counts once for every group one of whose languages knows it: one look-up of
    # its weight (`_WEIGHTS`) and one sum, in C, give every group's count at once.
    scores = _scores(words.split())
    best = max(_NEIGHBOUR_GROUPS, key=scores.__getitem__)
    top = scores[best]
    if top < 2 or any(scores[group] >= top for group in _NEIGHBOUR_GROUPS if group != best):
        return None
    if scores["sv"] >= top or scores["en"] >= top:
        return None
    return _GROUPS[best]


@cache
def _ordinary(lang: str) -> frozenset[str]:
    return _common(lang) | vocab._read(f"known_{lang}.txt")


def ordinary_words(lang: str) -> frozenset[str]:
    """The ordinary words of a neighbour language its lists hold, common and rare."""
    return _ordinary(lang)


def common_words(lang: str) -> frozenset[str]:
    """The common words of a neighbour language (`common_<lang>.txt`, its spoken forms and
    its frequent words that are foreign family names)."""
    return _common(lang)


def _spoken(lang: str) -> frozenset[str]:
    """Words of the spoken language the written lists lack (`data/spoken_fi.txt`: "mä", "sä",
    "oon", "niinku"): typed as said, they are common words of the language."""
    path = vocab.DATA / f"spoken_{lang}.txt"
    return vocab._read(path.name) if path.exists() else frozenset()


@cache
def _group_words(group: str) -> frozenset[str]:
    """The ordinary words of any language of a group (`_GROUPS`): Norwegian's and Danish's
    together, one look-up per word of a sentence instead of one per language."""
    return frozenset().union(*(_ordinary(lang) for lang in _GROUPS[group]))


@cache
def _common(lang: str) -> frozenset[str]:
    """The language's common words, with its frequent words that are foreign family names
    ("tarhan", of the yard; "luostari", a monastery: `vocab.name_words`)."""
    return vocab._read(f"common_{lang}.txt") | _spoken(lang) | vocab.name_words(lang)


# Words only a noun follows in German: a preposition fused with its article ("zum Zimmer",
# "im Westen", "im Sommer") and the indefinite articles ("eine Lage"). Not "der", "die":
# spoken German puts them before a person's name as well ("die Anna hat angerufen").
_GERMAN_NOUN_MARKERS = frozenset(
    "zum zur im am vom beim ins ein eine einen einem einer eines kein keine keinen keinem"
    " keiner".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _after_german_noun_marker(text: str, start: int) -> bool:
    last = _LAST_WORD.search(text, max(0, start - 12), start)
    return last is not None and last.group(1).lower() in _GERMAN_NOUN_MARKERS


# Determiners a German noun follows: the definite article, demonstratives and possessives
# ("der Lage", "dem Kopf", "seinen Kollegen"). A given name may follow an article in spoken
# German ("die Anna"), so after these only a word that is no given name counts as a noun.
_GERMAN_DETERMINERS = frozenset(
    "der die das den dem des dieser diese dieses diesem diesen jeder jede jedes jedem jeden"
    " sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres mein meine"
    " meiner meinem meinen meines unser unsere unserer unserem unseren dein deine deinem"
    " deinen deiner euer eure eurem euren welche welcher welchem welchen".split()
)


def _german_noun_after_determiner(text: str, start: int, word: str) -> bool:
    """Whether a common German word that is no given name follows a determiner ("der Sonne",
    "Der Fisch ist frisch", "dem Kopf"); a family name of the lexicon that German writes as a
    noun is then the noun."""
    if word not in _common("de") or word in lexicon.given_names():
        return False
    last = _LAST_WORD.search(text, max(0, start - 12), start)
    return last is not None and last.group(1).lower() in _GERMAN_DETERMINERS


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _before_a_stranger(text: str, end: int, languages: tuple[str, ...]) -> bool:
    """Whether a capitalised word follows that is a name of the lexicon or that no list
    knows: a name the rules find together with the word before it, as they did before the
    neighbours' words were known (an inflected stranger's name, "Löin Schwartzin", "Ilman
    Crookin"; a German role before a name, "Parteichef Scharping", "Freund Wim Wenders").
    A German compound whose last part is a German noun ("Bundesbahn") is no stranger."""
    following = _NEXT_WORD.match(text, end)
    if not following or not following.group(1)[0].isupper():
        return False
    word = following.group(1).lower()
    if word in lexicon.all_names():
        return True
    if any(word in _ordinary(lang) for lang in languages) or word in vocab.known_words():
        return False
    if languages == ("de",):
        german = _ordinary("de")
        return not any(word[cut:] in german for cut in range(2, len(word) - 3))
    return True


@cache
def _most_frequent(lang: str = "", count: int = 300) -> frozenset[str]:
    """The `count` most frequent words of one neighbour language, or of all of them (the
    lists are by frequency)."""
    if not lang:
        return frozenset().union(*(_most_frequent(other, count) for other in NEIGHBOURS))
    return vocab.most_frequent(lang, count)


def frequent(word: str, languages: tuple[str, ...]) -> bool:
    """Whether `word` is one of the 300 most frequent words of one of these languages."""
    return any(word in _most_frequent(lang) for lang in languages)


@cache
def own_names(lang: str) -> frozenset[str]:
    """The given and family names people of `lang`'s countries (and Sweden's) bear
    (`data/names_own.tsv`, from Faker's person providers; `bench/build_own_names.py`)."""
    lines = (vocab.DATA / "names_own.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(
        name for line in lines if not line.startswith("#") for name in _own(line, lang)
    )


@cache
def _borne() -> frozenset[str]:
    return frozenset().union(*(own_names(lang) for lang in _OWN_LANGUAGES))


def borne(word: str) -> bool:
    """Whether people of the study's neighbours' or the English-speaking countries bear the
    lower-case `word` as a name (`own_names` of any of its languages): "ivy", "aria",
    "jasper", which the lexicon leaves out for being English words."""
    return word in _borne()


_OWN_LANGUAGES = ("nb", "da", "fi", "de", "en")  # the languages of `names_own.tsv`


def _own(line: str, lang: str) -> tuple[str, ...]:
    language, _, name = line.partition("\t")
    return (name.strip().lower(),) if language == lang and name.strip() else ()


def _word_not_name(word: str, lang: str) -> bool:
    """Whether a name of the lexicon is a common word of `lang` that no one of its countries
    bears as a name ("vanha", old, and "lue", read, in Finnish; "veit", knows, in Norwegian;
    not "satu", "onni", "sisko", nor "mette" in Danish)."""
    return word in _common(lang) and word not in own_names(lang)


def nobodys_name_here(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start], which `ordinary_here` found to be an
    ordinary word of its sentence's language, is one that none of that language's people
    bears as a name: a common word of Norwegian, Danish or Finnish that is a name only
    elsewhere ("Mies", a man, is a German name; "Vanha", old) or only once its letters
    lose their marks ("Isä", father, is no "Isa"). Such a word is then no name even before
    a verb of saying ("Isä kertoi tyttärelleen", "Mies sanoi"), where "Satu kertoi" or
    "Aina sanoi" stays a person, being a name Finns bear. Not in German, which writes every
    noun capitalised."""
    languages = sentence_language(text, start, start + len(word), count_word=False)
    if not languages or languages == ("de",):
        return False
    if word not in lexicon.all_names():
        return any(word_of(word, lang) for lang in languages)
    # A word of the plain lists only: a family name that is an inflected word ("Tarhan",
    # `vocab.name_words`) is still a person before "soitti" ("Tarhan soitti eilen").
    return any(
        word in vocab._read(f"common_{lang}.txt") and word not in own_names(lang)
        for lang in languages
    )


def no_genitive_s(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a word that reads as a name of the lexicon with a genitive
    "s" ("Leivos" as Leivo's), stands in a Finnish sentence: Finnish writes a genitive with
    "-n" ("Leivon"), so the "s" belongs to the word ("Leivos maistui hyvältä", a pastry;
    Finnish nouns and adjectives end in "-os", "-us", "-is", "-as"). The word is then one
    nobody knows, judged by its setting as such."""
    return sentence_language(text, start, end, count_word=False) == ("fi",)


@cache
def neighbour_words() -> frozenset[str]:
    """Every ordinary word of any neighbour language: a word outside it needs no guess."""
    return frozenset().union(*(_ordinary(lang) for lang in NEIGHBOURS))


def _known(word: str) -> bool:
    """Whether `word` is an ordinary word of a neighbour language or a regular inflection of
    one its lists lack ("spytta", "kiistämättä": `neighbour_forms`)."""
    return word in neighbour_words() or any(
        neighbour_forms.is_form(word, lang) for lang in ("nb", "da", "fi")
    )


def word_of(word: str, lang: str) -> bool:
    """Whether `word` is an ordinary word of `lang`, listed or regularly inflected."""
    return word in _ordinary(lang) or neighbour_forms.is_form(word, lang)


def function_word_here(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start], which English notes use as a title
    ("ho", house officer), is a common word of its sentence's neighbour language (Nynorsk
    "ho", she: "ho hevdar", "Ho spytta"), the word itself counted."""
    if word not in neighbour_words():
        return False
    languages = sentence_language(text, start, start + len(word))
    return bool(languages) and any(word in _common(lang) for lang in languages)


def opens_a_name(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start], no name of the lexicon, opening a run of
    capitalised words is an ordinary word of its sentence's neighbour language, not part of
    the name after it: "Kun Esko toi", "Fordi Hagen greier", "Lääkäri Eskola keskusteli",
    "Präsident Franjo Tudjman". `ordinary_here` keeps such a word in the run, so that the
    rules still find the stranger after it ("Löin Schwartzin"); the run is then cut after
    it, and only the name is removed."""
    if not _known(word):
        return False
    named = word in lexicon.all_names()
    if named and not (
        frequent_before_given(text, start, word) or role_before_given(text, start, word)
    ):
        return False
    languages = sentence_language(text, start, start + len(word), count_word=False)
    opens = _opens(text, start)
    if not languages and opens and not named and not _labelled(text, start):
        # The opening word itself may tip a sentence whose other words Swedish shares ("Og
        # Lars tok god med": "og" is no Swedish word); it is no name of the lexicon.
        languages = sentence_language(text, start, start + len(word))
    if not languages:
        languages = _opening_finnish_verb(text, start, word)
    if not languages or (languages != ("de",) and not opens):
        return False
    return any(word_of(word, lang) for lang in languages)


def frequent_before_given(text: str, start: int, word: str) -> bool:
    """Whether `word`, a family name somewhere ("mutta", "koska", "han", "mens" are family
    names in some locale of the lexicon), is among the 300 most frequent words of a
    neighbour language and stands before a given name ("Mutta Matti meni", "Mens Mette
    sov"): there it is the sentence's opening word. A given name ("Dag", "Aina", "Liv")
    keeps the run, being the first of two given names as often ("Dag Olav", "Aina Liisa");
    so does a label before it ("Skriv till: Mai Hoàng", "From: Nyeste Nagy")."""
    if not frequent(word, ("nb", "da", "fi")):
        return False
    return _before_given_name(text, start, word)


def role_before_given(text: str, start: int, word: str) -> bool:
    """Whether `word`, a family name somewhere that is a common word of a neighbour language
    whose people bear it as no name ("naapuri", a neighbour; "lääkäri"), stands before a
    given name or before two capitalised words, a whole name ("Naapuri Rauha oli nähnyt
    kaiken", "Naapuri Evabritt Metsavaara oli"): a common noun before a name is the
    person's role, as "Grannen Semre" is in Swedish, not the first part of the name. Not
    after a label's colon ("Till: ..."), but after a transcript's speaker label ("V:",
    "K1:"), and not a given name itself ("Sisko", "Bjørn")."""
    if word in lexicon.given_names() or not any(
        word in _common(lang) and word not in own_names(lang) for lang in ("nb", "da", "fi")
    ):
        return False
    if _labelled(text, start) and not _SPEAKER.search(text, max(0, start - 8), start):
        return False
    first = _NEXT_WORD.match(text, start + len(word))
    if not first or not first.group(1)[0].isupper():
        return False
    if first.group(1).lower() in lexicon.given_names():
        return True
    second = _NEXT_WORD.match(text, first.end())
    return bool(second) and second.group(1)[0].isupper()


# A transcript's speaker label before a turn: a letter or two, perhaps a digit ("V:", "H:",
# "K1:", "IP:", "P2:"), at the start of its line.
_SPEAKER = re.compile(r"(?:^|\n)[ \t]*[A-ZÅÄÖ]{1,3}\d?:[ \t]*\Z")


def swedish_opening(text: str, start: int, word: str) -> bool:
    """Whether `word`, among the 300 most frequent Swedish words and no given name,
    opens a sentence right before a given name ("Och Anna gick hem", "Alla Erik vet"): the
    sentence's opening word, not the first half of the name ("och", "alla" are family names
    in some locale of the lexicon). Not after a label's colon."""
    if not frequent(word, ("sv",)) or not sentence_start(text, start):
        return False
    return _before_given_name(text, start, word)


def _before_given_name(text: str, start: int, word: str) -> bool:
    """Whether `word` at text[start], itself no given name, stands before a given name, and not
    after a label's colon."""
    if word in lexicon.given_names() or _labelled(text, start):
        return False
    after = _WORD.match(text, start + len(word) + 1)
    return bool(after) and after.group().lower() in lexicon.given_names()


def _labelled(text: str, start: int) -> bool:
    """Whether text[start] follows a label's colon ("To: Nyeste Nagy"): a name follows."""
    return text[max(0, start - 40) : start].rstrip(" \t").endswith(":")


def _opening_finnish_verb(text: str, start: int, word: str) -> tuple[str, ...] | None:
    """("fi",) where a short sentence too few words decide ("Tapasin Virtasen pihalla.",
    "Pyysimme Sadulta apua.") opens with a Finnish verb form (`neighbour_forms`) and its
    other lower-case words are Finnish more than any other language's: the verb is the
    evidence the count lacked."""
    if not neighbour_forms.is_finnish_verb_form(word) or word in vocab.known_words():
        return None
    stop = _END.search(text, start + len(word))
    words = [
        m.group()
        for m in _WORD.finditer(text, start + len(word), stop.start() if stop else len(text))
        if m.group().islower()
    ]
    scores = _scores(words)
    if scores["fi"] < 1 or scores["fi"] <= max(v for g, v in scores.items() if g != "fi"):
        return None
    return ("fi",)


def ordinary_lower_here(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start] is an ordinary word of the neighbour
    language its sentence is written in that none of that language's people bears as a name:
    "med bakte grønsaker", "hos alle saman", "på heile tida berre" (Norwegian), "teinien
    takia mutta" (Finnish) are words where Swedish would hold a name after "med" or "hos";
    "med mette" stays a name (Danish people are named Mette). The word itself counts for its
    sentence's language when one of a neighbour language's 300 most frequent words ("Jeres
    hus er stort": Danish "jeres", yours, tips a sentence Swedish shares the rest of), and
    for any word only where the other words leave the sentence undecided ("Min far var
    gårdejer, men han fik ..." ties Danish with Swedish, which lacks "gårdejer"). One of the
    language's `FUNCTION_RANK` most frequent words is the word even if its people bear it
    ("eikö kummallakin ole": Finnish "be", not Ole)."""
    if not _known(word):
        return False
    end = start + len(word)
    languages = sentence_language(
        text, start, end, count_word=word in _most_frequent()
    ) or sentence_language(text, start, end)
    return bool(languages) and any(
        word_of(word, lang)
        and (word not in own_names(lang) or word in _most_frequent(lang, FUNCTION_RANK))
        for lang in languages
    )


# The most frequent words of a language, its function words (auxiliaries, negation,
# conjunctions, pronouns): in lower case inside its sentence, the word even where its people
# bear it as a name (Finnish "ole", be, after a negation: "eikö kummallakin ole"; Danish
# "hans", his), as `lowercase_registered.FUNCTION` reads registered names.
FUNCTION_RANK = 30


def _after_lower_word(text: str, start: int) -> bool:
    """Whether the word at text[start] follows a word in lower case and one space, where a
    full stop may have been left out (`_missed_stop` then asks what the word is). Not after
    a name ("Gangin Päihittäjän") nor after a function word of any language, which ends no
    sentence ("Fredrik ja Sai", "sa att Hän")."""
    last = _LAST_WORD.search(text, max(0, start - 40), start)
    return (
        last is not None
        and text[start - 1] == " "
        and last.group(1).islower()
        and last.group(1) not in _most_frequent()
        and last.group(1) not in vocab.function_words()
    )


_IDENTIFIER_BEFORE = re.compile(r"\d[\d ./-]{4,}\d[A-Za-z]?\)?[ \t]+\Z")  # "…-620L": a check letter


def _after_identifier(text: str, start: int) -> bool:
    """Whether the word at text[start] follows a long number (a phone, an identity number, a
    case number, a date written with dots or slashes, in parentheses or not, perhaps with a
    check letter glued to its end as a Finnish identity number has one) and a space: a
    labelled number is a clause of its own ("Puh. 02-421 4936 Isä, tämä on ...", "(kennitala
    310191-7959) Olin rakastunut", "CPR-nr. 191284-3873 Derfor, ...", "Dato: 27.06.2026 Jeg
    tror"), so what follows may open a sentence whose full stop
    was left out (`_missed_stop` then asks what the word is)."""
    return _IDENTIFIER_BEFORE.search(text, max(0, start - 30), start) is not None


def _missed_stop(word: str, name: bool, languages: tuple[str, ...]) -> bool:
    """Whether a capitalised `word` right after a word in lower case ("… kaikki keittiöön
    Mutta vanhana haluan", "… længe på bussen Der kom ingen") opens a sentence whose full stop
    was left out (a headline, a line typed without one): in Norwegian, Danish or Finnish,
    which capitalise an ordinary word only where a sentence opens, an ordinary word of the
    language; a name of the lexicon only when it is one of the language's 300 most frequent
    words and none of its people bears it ("Mutta", "Der", "Men"; not "Dag", "Hans",
    "Kai", "Satu"); another word only when the language's lists hold it as written (a form
    read by its endings alone may be a stranger's name: "handläggaren Nyers") and is not
    shaped like a family name ("kaupassa Mäkisen kanssa", "kotiin Lahtisen autolla": a
    Finnish family name's case, though a word too) unless one of the language's 300 most
    frequent words ("Derfor"). Not in German, which capitalises its
    nouns anywhere."""
    if "de" in languages:
        return False
    if name:
        return any(
            word in _most_frequent(lang) and word not in own_names(lang) for lang in languages
        )
    if any(word in _most_frequent(lang) for lang in languages):
        return True  # "Derfor", "Siksi": one of the language's commonest words, no name
    if lexicon.name_shaped(word):
        return False  # "kaupassa Mäkisen kanssa": a family name's case, though a word too
    return any(word in _ordinary(lang) for lang in languages)


def _words_after(text: str, end: int) -> int:
    """How many words in lower case follow text[end] in its sentence."""
    stop = _END.search(text, end, end + _REACH)
    return sum(
        w.islower() for w in _WORD.findall(text, end, stop.start() if stop else end + _REACH)
    )


def _evidence(word: str) -> bool:
    """Whether a capitalised word counts for its own sentence's language: one of a neighbour
    language's 300 most frequent words, or a common word of Norwegian, Danish or Finnish that
    none of that language's people bears as a name ("firmaet", the firm; "veit", knows)."""
    return word in _most_frequent() or any(
        word in _common(lang) and word not in own_names(lang) for lang in ("nb", "da", "fi")
    )


def heading_word(word: str, around: str) -> bool:
    """Whether the lower-case `word`, a heading's, is an ordinary word of the neighbour language
    the lower-case words `around` it are written in, and no name its people bear
    (`headings.label_context`, `headings.numbered_label`)."""
    return any(word_of(word, g) and word not in own_names(g) for g in _language_of(around) or ())


def _opens(text: str, start: int) -> bool:
    """Whether a sentence or a numbered list's item opens at text[start] ("12) Hele dagen")."""
    return sentence_start(text, start) or item_opening(text, start)


def ordinary_here(text: str, low: str, start: int, word: str, name: bool) -> bool:
    """Whether the lower-case `word` at text[start] is an ordinary word of the neighbour
    language its sentence is written in. Norwegian, Danish and Finnish, like Swedish, write
    an ordinary word capitalised only where a sentence starts ("Mutta hän ei tullut"; "ja
    että Satu ei tullut" names Satu); German its nouns anywhere ("mit der Mutter"). A name of
    the lexicon (`name`) is made ordinary only where a sentence starts and only by one of the
    language's 300 most frequent words ("Mutta", but; "Aina", always; "Hele", all; "Minä",
    I), or by a common word of the language that none of its people bears as a name
    (`own_names`: "Vanha", old, "Lue", read, "Rauta", iron, are names elsewhere). Not by
    any other word: Debian's Norwegian and Danish lists write given names in lower case too
    ("mette", "søren", "james"), many Finnish family names are words ("Hämäläinen", a man
    of Häme; "Koskinen"), and a Finnish given name that is a word ("Satu", a fairy tale;
    "Onni", luck) opening a sentence is a person more often than not. A word that is a name only
    once its letters lose their marks ("Sinä", you; "Älä", don't) is judged as written."""
    if (
        _after_german_noun_marker(text, start)
        or _german_noun_after_determiner(text, start, word)
        or german_nouns.after_modifier(text, start, word, _GERMAN_DETERMINERS, _ordinary("de"))
    ):  # "in der Tasche", "kleine Kratzer": nouns that are family names too
        return sentence_language(text, start, start + len(word), count_word=False) == ("de",)
    name = name and word in lexicon.all_names()  # not "Sinä", "Älä": names only as "sina", "ala"
    if (
        not name
        and headings.number_label(text, start, start + len(word))
        and any(word in _common(lang) for lang in _NORDIC)
    ):
        return True  # "Päivä: 28.5.2025" (day): a form's field labelled in a neighbour
        # language, its value a date or a number ("Päivi: 28.5." is no frequent word: a
        # person). Not in German, whose nouns are capitalised family names too ("Krämer:
        # 28.5.", a shopkeeper, in a rota is the person)
    around = None if name else headings.label_context(text, start, start + len(word))
    if around and heading_word(word, around):
        return True  # "Hengitys: omia hengityksiä": a heading in the language of the lines around
    opens: bool | None = None  # whether a sentence opens at `start`: asked once, when it matters
    if word not in neighbour_words():
        if name or not (opens := _opens(text, start)) or not _known(word):
            return False  # an inflected form the lists lack ("Kiistämättä") counts where a
            # sentence opens
    if (
        name
        and word not in _most_frequent()
        and not any(_word_not_name(word, lang) for lang in NEIGHBOURS)
    ):
        return False
    if opens is None:
        opens = _opens(text, start)
    glued = not opens and (
        _after_lower_word(text, start) or _after_identifier(text, start)
    )  # a full stop left out?
    if not (opens or glued) and (name or word not in _ordinary("de")):
        return False  # only a German noun is ordinary inside a sentence (as below, sooner)
    languages = sentence_language(
        text, start, start + len(word), count_word=word in _most_frequent()
    )  # the word is no evidence of its sentence's language, unless a function word ("Minä"):
    # "J. Bakker, late shift" is English although "bakker" (hills) is Danish
    if not languages and _evidence(word) and _words_after(text, start + len(word)) >= _FEW:
        # ... or a common word none of the language's people bears, opening a sentence of
        # three lower-case words or more that Swedish shares ("Firmaet sa opp fem personer",
        # "Veit du kvar ho er?")
        languages = sentence_language(text, start, start + len(word))
    if not languages:
        return False
    if (name or languages != ("de",)) and not (
        opens or (glued and _missed_stop(word, name, languages))
    ):
        return False
    if _before_a_stranger(text, start + len(word), languages) and not (
        name and role_before_given(text, start, word)  # "Naapuri Rauha": the neighbour
    ):
        return False  # "Löin Schwartzin, Reinon ja ...", "Ilman Crookin": judged as before
    if name:
        return any(word in _most_frequent(lang) or _word_not_name(word, lang) for lang in languages)
    return any(word_of(word, lang) for lang in languages)
