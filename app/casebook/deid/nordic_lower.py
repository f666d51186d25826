"""A registered name typed in lower case that is a Norwegian or Danish word, in a Norwegian or
Danish sentence.

`names.py` reads a registered name as a possible word only where English or Swedish writes it
("dag", "liv", "may"); a name that only Norwegian or Danish writes as a word ("tove", "vera",
"kim", "mai", "anna") is taken wherever it stands in lower case. In a
sentence written in Norwegian or Danish (`note_language.sentence_language`; the word itself
counts only where the other words leave the sentence undecided) such a word is the word where
the grammar leaves no place for a person:

- after a determiner, a possessive or a quantifier ("en kim til noe nytt", "ei anna
  stilling", "heile tida", "mykje meir"): a name takes none ("kvar", also "where", and
  "det", also a pronoun, are left out: "veit kvar bodil står", "det aurora gjorde");
  after a plural article that is a pronoun as well ("de", "dei") where a noun follows the
  word: an adjective between article and noun ("blandt de vilde elefanter", among the wild
  elephants; not after "det", which opens a relative clause: "det ali lovar");
- after a preposition of place or time ("flyttet hit i mai", "mellom anna", "over verda";
  not "sidan", "inntil", "slik", which open clauses as well: "sidan lauren då vert");
  not after those that take people as well ("med", "hos", "til", "fra", "på", "om": "snakket
  med tove", "ventar på vera");
- after the infinitive marker "å" ("å vera", "å tru"), and after a modal where what follows
  is no infinitive nor an adverb ("ville vera katastrofalt", "kan vera eit", "skal lage
  matpakkar"; not "vil tove sjå", "skal tove ikkje", an inverted subject);
- right after a subject pronoun that opens a clause ("eg veit", "og vi veit"): a verb or an
  adverb there, a person never follows a subject ("har eg anna på meg" is an inverted
  subject with its object after it, and "det aurora gjorde" a pronoun, no article);
- after a degree adverb, before a word that may be a noun ("hvor lang tid", "kor lang tid",
  "så lang tid", "alt for lang tid", "meget lang dag"): the adjective the adverb grades,
  which a person never is; or between "hvor" or "kor" opening a question and its finite
  verb ("Hvor lang var løypa?": a question puts its verb right after what it asks about,
  so "hvor" and a person cannot open one, "Hvor er per?");
- the word is itself a determiner or quantifier and a word that may be a noun follows
  ("heile brødet", "sine barn", "meir skatt", "anna moro"; not "anna hos naboen", "anna
  kunne opne", "anna fortalde", where a verb follows its subject).

Everywhere else, and in an English or Swedish sentence or one that leans no way, it stays
the name it always was ("tove ringte i dag", "snakket med tove", "then tove rang"): the
setting that marks a person in lower case (`person_cues`, `lowercase_registered`) is rarely
there in a hurried Norwegian note, so the word must show itself.

Any registered name that is a common Norwegian or Danish word (`ordinary_words`: "bjørn",
"ane", "helle", "rune"; "stein" too, which English lists), typed in lower case inside a
Norwegian or Danish sentence with other words on its line (`common_here`), is read as an
English or Swedish homograph is where its grammar holds a common noun or a verb
(`word_slot`): after a preposition that takes things ("forvaltningen av bjørn", "jakt på
bjørn", "området for bjørn"), after an article and an adjective ("en gammel rune", "en
stærk strøm ved molen"), a noun's definite form after a preposition of path ("ned
bakken"), joined to
a bare noun ("ulv og bjørn") or repeated round a preposition ("stein på stein"), after "at"
or a modal and its adverb before no finite verb ("at ane, hvad", "skulle ikke ane,"), a
predicative after a copula whose subject is a definite noun ("sandkassen var helle"). There
it is the word unless its setting says person (`names.py`, rule 4: "med bjørn om",
"hos ane"); in a subject's or object's slot it stays the person ("I dag kom vera", "at lasse
sluttar"), since a Norwegian or Danish common noun takes its article there.

A registered name that no one in Norway, Denmark or an English-speaking country bears
(`names_own.tsv`) but that is a Norwegian or Danish word ("meir", more; "verda", the world;
"veit", knows: names elsewhere) is read in lower case in a Norwegian or Danish sentence as
an English or Swedish homograph is in an English or Swedish one (`borrowed_here`): the
word, unless its setting says person ("meir ringte", "snakket med meir": `names.py`, rule
4). Norwegian and Danish personal pronouns that are names elsewhere ("hos meg", "med deg")
are never persons there (`PERSONAL_PRONOUNS`).

A registered name written with a diacritic is also matched without it ("Lång" as "lang",
`registry.ascii_fold`). Where the bare form is a Norwegian or Danish word that the registry
holds as no name as written ("lang", long, beside a registered Lång), it is that word in lower
case in a Norwegian or Danish sentence (`folded_here`), unless a verb of saying or doing
follows it ("og lang sa at"): a writer of those languages has the name's letters on the
keyboard and writes "lång", "Lång".

`ordinary_words` and `borrowed_names` are read once when the matcher is built; `word_here`
and `borrowed_here` are asked only for a lower-case registered word that is one of them.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    calendar_words,
    context,
    inverted_subjects,
    namecontext,
    note_language,
    noun_pairs,
    vocab,
)

_GROUP = frozenset({"nb", "da"})

# Object and reflexive pronouns of bokmål, nynorsk and Danish ("hos meg", "med deg", "til
# seg", "for dykk"): some are names elsewhere (Meg), none is a person's name here.
PERSONAL_PRONOUNS = frozenset("meg deg seg mig dig sig oss dykk dokker dere dem ham hende".split())

# Determiners, possessives and quantifiers of bokmål, nynorsk and Danish: a noun follows them,
# never a name ("en kim", "ei sol", "heile tida", "mykje meir"); with Danish's own spellings of
# the neuter and plural possessives ("dit vilde udyr", "vores", "jeres") and "slags", kind
# of, after which a noun follows as after a quantifier ("en slags vilde dyr").
DETERMINERS = frozenset(
    """en ei eit et ein den denne dette desse disse hin
    min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre dykkar deira deres
    mit dit sit vores jeres slags
    dens dets hennar hennes hendes kvart hver hvert hvilken hvilket
    all alt alle ingen inga ingi intet noko nokon nokre noe noen noget nogen nogle
    mykje mye meget meir mer mere mest litt lidt lite lille fleire flere mange få færre
    begge same samme heile hele heil hel halve halv anna annan annet anden andet andre
    eine ene einaste eneste enkelte somme slikt slike sådan sådanne""".split()
)
# Prepositions of place and time that do not take a person as well ("i mai", "over verda").
# The plural articles before an adjective and its noun ("de vilde elefanter", "dei gamle
# husa"), which are the pronoun "they" as well ("de kom"): the word after one is the
# adjective only where a noun follows it. Not "det": it opens a relative clause before
# its subject ("det ali lovar", what Ali promises).
_ARTICLE_PRONOUNS = frozenset("de dei".split())
_PLACE_TIME = frozenset(
    """i over under gjennom gennem rundt innan innen inden mellom mellem ved utanfor
    utenfor udenfor innanfor innenfor indenfor langs blant iblant per pr""".split()
)
_SUBJECTS = frozenset("eg jeg du han ho hun vi me dei dere dokker man".split())
# What opens a clause before its subject: a subject pronoun after one is no inverted subject
# ("og eg veit"; not "har eg anna på meg", where an object follows the subject).
_CLAUSE_OPENERS = frozenset(
    """og men eller at som når då da fordi sidan siden om viss hvis dersom mens medan enn
    så""".split()
)
# Words that cannot be the noun a quantifier goes with: prepositions, conjunctions, finite
# verbs and adverbs ("anna hos naboen", "meir og meir", "anna ei skurke", "eine av dei").
_NOT_NOUNS = frozenset(
    """hos med til på av for om frå fra etter over under ved i og eller men som at enn
    er var har hadde vil skal kan må blir ble vert vart ikkje ikke også òg berre bare
    jo nok vel då da så no nå""".split()
)
_INFINITIVE = frozenset({"å"})
# Modals: the bare infinitive follows them ("ville vera katastrofalt", "skal lage mat"), or,
# where the clause is inverted, the subject and then its own infinitive or an adverb ("vil
# tove sjå", "må lasse snakke", "skal tove ikkje").
_MODALS = frozenset("vil ville skal skulle kan kunne må måtte bør burde".split())
_ADVERBS = frozenset(
    """ikkje ikke aldri aldrig også òg nok jo vel sjølv sjøl selv alltid altid heller gjerne
    ofte snart berre bare kun no nå nu da då så likevel""".split()
)
# Adverbs of degree, which grade an adjective or adverb ("hvor lang", "så lang", "for lang",
# "meget lang"), never a person; "hvor", "kor" (how, where) and "så" (so, then, saw) only
# before a noun.
_DEGREE = frozenset(
    """hvor kor så for altfor meget mye veldig ganske svært særlig temmelig nokså
    forholdsvis relativt utrolig utroligt""".split()
)
# "How" of bokmål and Danish, and of nynorsk ("Kor lang tid tek det?"), also "where".
_HOW = frozenset({"hvor", "kor"})
# Endings of regular finite verbs of bokmål, nynorsk and Danish: presents "-er", "-ar" and
# pasts "-te", "-de" ("bruker", "ventede", "kasta" is a noun as often and left out).
_FINITE_ENDINGS = ("er", "ar", "te", "de")
# Presents of one syllable, whose "-r" follows the stem's vowel ("hvor per bor", "tove går").
_SHORT_PRESENTS = frozenset("bor går står får ser tror gjør gør dør når ror snur".split())
_STOPS = frozenset(".,;:!?)")
# Endings of past tenses ("anna fortalde", "meir kjende"): a verb follows, not a noun.
_PAST = ("de", "te")
_NEXT_WORD = re.compile(r" ([a-zæøåäöé]+)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_LETTERS = re.compile(r"[^\W\d_]{2}")


@cache
def ordinary_words() -> frozenset[str]:
    """Common Norwegian and Danish words (`common_nb.txt`, `common_da.txt`)."""
    return vocab._read("common_nb.txt") | vocab._read("common_da.txt")


@cache
def borrowed_names() -> frozenset[str]:
    """Norwegian and Danish words, common and rarer (`common_nb`, `known_nb`, `common_da`,
    `known_da`), that no person of Norway, Denmark or an English-speaking country bears as a
    name (`names_own.tsv`: the Norwegian list counted English news, so it holds "joe" and
    "graham"), and the personal pronouns that are names elsewhere ("meg")."""
    names = frozenset().union(*(note_language.own_names(lang) for lang in ("nb", "da", "en")))
    return (_listed() - names) | PERSONAL_PRONOUNS


def signed_by_pronoun(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], first on the line after a sign-off, is a Norwegian or Danish
    object pronoun (`PERSONAL_PRONOUNS`) in a note of those languages ("Hilsen\nMeg",
    "Kærlig hilsen\nMig": regards, me): the writer signing as themselves, not a name
    ("Best,\nMeg" in an English note is Meg)."""
    if low[start:end] not in PERSONAL_PRONOUNS or not namecontext.signed_off(low, start):
        return False
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and not _GROUP.isdisjoint(languages)


def borrowed_here(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a lower-case registered name of `borrowed_names`, stands in
    a Norwegian or Danish sentence (the word itself not counted), where it is read as a
    homograph: the word unless its setting says person."""
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages) and not _GROUP.isdisjoint(languages)


def common_here(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a lower-case registered name that is a common Norwegian or
    Danish word (`ordinary_words`), stands inside a sentence of those languages (the word
    itself not counted) with other words on its line: read there as a homograph, the word
    unless its setting says person ("jakt på ulv og bjørn", "at ane"). A word alone on its
    line is no sentence's but a heading's or a list's (a chat's contact above its
    messages), and keeps its name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    if not (_LETTERS.search(text, line_start, start) or _LETTERS.search(text, end, line_end)):
        return False
    return borrowed_here(text, start, end)


# Prepositions that take people as often as things ("med tove", "hos ane", "til mai", "fra
# ane", "snakket om rune", "for tove å vere"); "på" only after a verb ("venter på", "ventar
# på", "tenkte på"), and a thing after a noun ("jakt på bjørn", "hund på bjørn").
_PEOPLE_PREPOSITIONS = frozenset("med hos til fra frå om for".split())
_THING_PREPOSITIONS = (
    _PLACE_TIME | frozenset("på etter efter av af mot mod uten uden kring omkring".split())
) - _PEOPLE_PREPOSITIONS
_VOWELS = tuple("aeiouyæøå")
# "av"/"af" after a passive participle or an "-s" passive names its agent, a person as
# often as a thing ("ledet af jean", "ledes av", "skrevet av").
_AGENTS = frozenset({"av", "af"})
_PASSIVE_ENDINGS = ("et", "es", "ede", "ete", "tt")
# Prepositions between a noun and itself in a set phrase ("stein på stein", "dag for dag").
_REPEATING = frozenset("på for etter efter til i over om".split())
_PAIRING = frozenset({"og", "eller"})
# Possessives after a noun, which Norwegian puts there for kin ("mora hans"): a person's.
_OWNERS = frozenset("hans hennar hennes hendes deira deres sin si sitt sine".split())


def word_slot(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] of a Norwegian or Danish sentence stands
    where its grammar holds a common noun or a verb and a person's name seldom stands:

    - after a preposition that takes things rather than people ("forvaltningen av bjørn",
      "spor etter bjørn"; "på" after a noun, "jakt på bjørn"; "for" after a noun in its
      definite form, "området for bjørn"; not "med", "hos", "til", "fra", "om": "snakket
      med tove", nor "for" elsewhere, "viktig for ane", "for tove å vere", nor "af"/"av"
      after a passive, "ledet af jean");
    - after an article or determiner and one word, an adjective ("en gammel rune"; not a
      definite noun, "den politikken ella støttar"), before no finite verb unless the word
      after it is a preposition spelt as one ("en stærk strøm ved molen", "under");
    - the definite form of a listed noun after a preposition of path ("gikk ned bakken",
      "oppover lia"; not "opp", also a particle before an object: "ringte opp bakken");
    - joined by "og"/"eller" to a bare common noun ("ulv og bjørn", "rune og tegn"), also
      where the preposition before the word is repeated before that noun ("talte om lykke
      og om penge"; not "med kari og med venner", "til kari og til skolen": a person, a
      definite noun), or repeated after a preposition in a set phrase ("stein på stein");
    - a verb after the Danish infinitive marker "at" or after a modal and its adverb where
      what follows is no infinitive ("at ane, hvad", "skulle ikke ane,", "kunne kun ane
      omridset"; not "at graham enno levde", a subject);
    - the noun an inverted existential "er der" presents after a fronted phrase ("bag huset
      er der skov", "i dag var der sne"): "der" is the empty subject there, and the
      construction takes an indefinite noun phrase, never a name, which is definite; not
      "der er" opening a clause, where "der" may point ("Der er tove igen!"), nor Norwegian
      "det er", also a cleft ("det er tove som");
    - a predicative after a copula whose subject is a noun in its definite form or the
      relative "som" before it ("Bænken var helle hele dagen", "træet, som var helle i
      legen"; not "Det var rune som", "samstundes er ane ein ærleg mann", inverted), or
      after "som" closing its clause ("gjaldt som helle.").

    A Norwegian or Danish common noun takes its article or definite ending as a subject or
    object; bare, it stands in these slots, where a name is rare."""
    prev, gap = context.previous_word(low, start)
    kind, following, index = context.next_word(low, end)
    if kind == "w" and following in _PAIRING:
        _kind, after, at = context.next_word(low, index + len(following))
        _kind, owner, _index = context.next_word(low, at + len(after))
        if _bare_noun(after) and owner not in _OWNERS:  # not "bjørn og mora hans"
            return True  # "rune og tegn", "stein og snøras"
        before_word, before_gap = context.previous_word(low, start)
        if (
            not before_gap
            and after == before_word
            and after in _NOT_NOUNS
            and _bare_noun(owner)
            and not _definite_noun(owner)
            and owner not in noun_pairs.people_nouns()
        ):
            return True  # "talte om lykke og om penge": a preposition repeated, two nouns
    if (
        kind == "w"
        and following in _REPEATING
        and low.startswith(low[start:end], index + len(following) + 1)
    ):
        return True  # "stein på stein", "steg for steg": a set phrase of one noun
    if gap or not prev:
        return False
    before, before_gap = context.previous_word(low, start - len(prev) - 1)
    if prev in _PAIRING:
        return not before_gap and _bare_noun(before)  # "ulv og bjørn", "helle og mållinjen"
    if prev in _AGENTS and before.endswith(_PASSIVE_ENDINGS):
        return False  # "Mødet blev ledet af jean", "ledes av": the agent of a passive
    if prev == "på" and not before_gap and (before in _PLACE_ADVERBS or before in _POSTURE):
        return True  # "oppe på haugen", "ligger på haugen": the place, no object of a verb
    if prev in _THING_PREPOSITIONS:
        return prev != "på" or not (
            before_gap or _finite(before) or before.endswith(_VOWELS)
        )  # "av bjørn", "jakt på bjørn"; not "venter på rune"
    if prev == "for":  # "forvaltningsområdet for bjørn"; not "viktig for ane", "for tove å"
        return (
            not before_gap
            and _definite_noun(before)
            and not (kind == "w" and following in _INFINITIVE)
        )
    if prev == "der" and before in _EXISTENTIAL:
        return not before_gap  # "bag huset er der skov": what there is
    if prev in _COPULAS:  # "sandkassen var helle", "som var helle i"; not "samstundes er ane"
        return (
            not before_gap
            and (_definite_noun(before) or before == "som")
            and not _finite_next(low, end)
        )
    if prev == "som":
        return low[end : end + 1] in _STOPS  # "gjaldt som helle."
    if prev == "at" or (prev in _ADVERBS and before in _MODALS and not before_gap):
        # "at ane, hvad", "skulle ikke ane,"; not "at lasse sluttar", a subject
        return _infinitive_after(low, end) and not _finite_next(low, end)
    if (
        prev in _PATH_PREPOSITIONS or (prev == "opp" and not before_gap and before in _WALKING)
    ) and _definite_of_listed(low[start:end]):
        return True  # "gikk ned bakken", "gikk opp haugen": the way gone, a definite noun
    if not before_gap and before in DETERMINERS and prev not in DETERMINERS:
        # "en gammel rune"; not "den politikken ella støttar", a relative clause's subject. A
        # preposition after the word is no verb, though it may be spelt as one ("en stærk
        # strøm ved molen": "ved", knows; "en stor stein under bordet")
        return (
            _bare_noun(prev)
            and not _definite_noun(prev)
            and (not _finite_next(low, end) or _preposition_next(low, end))
        )
    return False


# Prepositions of a way gone down, up or along ("gikk ned bakken", "oppover lia", "bortover
# vegen"): the way follows them as a noun in its definite form, which a name has not. "ned"
# is also a particle before an object ("slo ned ..."), so only a word that is the definite
# form of a listed noun is read as the way ("bakken": bakke). Not "opp" ("ringte opp per",
# called Per), "utover" (beside), nor Danish "ad" ("grinede ad per", laughed at Per).
_PATH_PREPOSITIONS = frozenset("ned nedover oppover bortover".split())
# The forms of "gå" (walk, go) of bokmål, nynorsk and Danish: "opp" after it is the way up a
# place ("gikk opp bakken"), never the particle of "ringe opp", "ta opp" before an object.
_WALKING = frozenset("gå går gikk gjekk gjeng gått gik gået".split())
# Adverbs of where something is ("oppe", "nede", "ute", "inne", "borte", "hjemme", "framme"
# of bokmål and nynorsk; "henne" of Danish): "på" after one opens the place it is at ("oppe
# på haugen", "ute på moen"), which a person never is.
_PLACE_ADVERBS = frozenset(
    "oppe nede ute inne borte hjemme heime framme fremme oppi nedi uti inni".split()
)
# The verbs of position ("ligge", "sitte", "stå") and of dwelling ("bo"), in every form of
# bokmål, nynorsk and Danish: "på" after one opens a place ("kirken ligger på haugen", "vi
# satt på haugen"), never an object as after "venter på", "tenker på", "ser på".
_POSTURE = frozenset(
    """ligge ligger ligg lå ligget lege legat lig sitte sitter sit sat satt sittet setet
    sidder siddet stå står sto stod stått stået bo bor bur bodde budde bodd budd boede
    boet""".split()
)
_DEFINITE_OF = ("en", "et", "n", "t", "a", "na", "ne", "ene")


def _definite_of_listed(word: str) -> bool:
    """Whether `word` is listed and is the definite form of a noun the lists hold ("bakken"
    of "bakke", "trappa" of "trapp", "huset" of "hus")."""
    listed = _listed()
    return word in listed and any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in listed
        for ending in _DEFINITE_OF
    )


def _preposition_next(low: str, end: int) -> bool:
    """Whether the word after `end` is a preposition ("ved", "under", "over", "etter")."""
    found = _NEXT_WORD.match(low, end)
    return found is not None and (
        found.group(1) in _THING_PREPOSITIONS or found.group(1) in _PEOPLE_PREPOSITIONS
    )


def _definite_noun(word: str) -> bool:
    """Whether `word` is shaped like a noun in its definite form ("sandkassen", "området",
    "politikken"): a subject or an object, never an adjective."""
    return len(word) > 4 and word.endswith(_DEFINITE)


def _bare_noun(word: str) -> bool:
    """Whether `word` may be a bare common noun: a word of the Norwegian or Danish lists
    that is no pronoun, determiner, person word or function word."""
    return (
        word in _listed()
        and word not in _SUBJECTS
        and word not in PERSONAL_PRONOUNS
        and word not in DETERMINERS
        and word not in _NOT_NOUNS
        and word not in vocab.RELATIONS
    )


def folded_here(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a lower-case Norwegian or Danish word that the registry holds
    only as a name written with diacritics ("lang" of Lång), stands in a Norwegian or Danish
    sentence: there it is the word, since a Norwegian or Dane writing the name has its
    letters on the keyboard ("Hvor lang tid", "bruker lang tid")."""
    return borrowed_here(text, start, end)


def word_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end], a common Norwegian or Danish word, is the
    word where it stands: its sentence is Norwegian or Danish and its setting one of the
    module docstring's."""
    word = low[start:end]
    prev, gap = context.previous_word(low, start)
    before = not gap and (
        prev in DETERMINERS
        or prev in _PLACE_TIME
        or prev in _INFINITIVE
        or (prev in _SUBJECTS and _opens_clause(low, start - len(prev) - 1))
        or (prev in _ARTICLE_PRONOUNS and _noun_follows(low, end))
    )
    if not (
        before
        or (word in DETERMINERS and _noun_follows(low, end))
        or (not gap and _graded(low, prev, start, end))
        or (not gap and prev in _MODALS and _infinitive_after(low, end))
        or (gap == "," and noun_pairs.among_nouns(text, low, start, end))  # "elg, bjørn og"
        or _adjective_before_noun(low, word, end)  # "fra vilde dyr", "med vilde slag"
        or _plural_predicative(low, word, start, end)  # "om natten blev de vilde og"
    ):
        return False
    # The grammar has read a word's slot here, so the word itself may decide a sentence its
    # other words leave undecided ("Det ville vera katastrofalt for henne": "vera" is the one
    # word Swedish lacks); it never outweighs them (`borrowed_here` does not count it).
    languages = note_language.sentence_language(
        text, start, end, count_word=False
    ) or note_language.sentence_language(text, start, end)
    return bool(languages) and not _GROUP.isdisjoint(languages)


def listed() -> frozenset[str]:
    """Norwegian and Danish words, common and rarer (`_listed`)."""
    return _listed()


@cache
def _listed() -> frozenset[str]:
    """Norwegian and Danish words, common and rarer (`common_nb`, `known_nb`, `common_da`,
    `known_da`): where an adjective's three forms and a noun's definite forms are looked up."""
    return frozenset().union(
        *(vocab._read(f"{kind}_{lang}.txt") for kind in ("common", "known") for lang in _GROUP)
    )


def _adjective_e_form(word: str) -> bool:
    """Whether `word` is the "-e" form of an adjective whose bare and neuter "-t" forms the
    lists hold too (vilde: vild, vildt), the form of its plural and definite uses."""
    listed = _listed()
    return len(word) >= 4 and word[-1] == "e" and word[:-1] in listed and word[:-1] + "t" in listed


# Adverbs of place of bokmål, nynorsk and Danish, some spelt as a noun's plural ("hjemme",
# at home, beside "hjemmene"): no noun after a word ("med vilde hjemme hos henne").
_PLACE_ADVERBS = frozenset(
    "hjemme heime hjem heim ute ude inne inde borte oppe nede her der".split()
)
# Endings of a Norwegian or Danish noun's definite forms, singular and plural ("dyret",
# "slaget", "dværgene", "menneskerne").
_DEFINITE = ("en", "et", "ne", "ene", "erne")


def _adjective_before_noun(low: str, word: str, end: int) -> bool:
    """Whether `word`, ending at `end`, is the plural or definite form of an adjective before
    its noun ("fra vilde dyr", "med vilde slag", "havde vilde mennesker"): the lists hold its
    three forms, bare, neuter "-t" and "-e" (vild, vildt, vilde), and the word after it is a
    lower-case noun, one whose definite form the lists hold, no adverb, no day or month
    ("med vilde i dag", "med vilde mandag" keep the person). A person's name in lower case
    stands before no bare noun of its own."""
    if not _adjective_e_form(word):
        return False
    listed = _listed()
    found = _NEXT_WORD.match(low, end)
    if not found:
        return False
    following = found.group(1)
    return (
        following not in _NOT_NOUNS
        and following not in _ADVERBS
        and following not in _PLACE_ADVERBS
        and following not in DETERMINERS
        and following not in inverted_subjects.FINITE
        and following not in calendar_words.note_weekdays()
        and following not in calendar_words.month_words()
        and low[found.end() : found.end() + 1] != "-"
        and any(following + ending in listed for ending in _DEFINITE)
    )


# Copulas of bokmål, nynorsk and Danish, present and past: "være", "bli(ve)", "verte".
_COPULAS = frozenset("er var blir ble blei bliver blev vert vart".split())
# The verbs of Danish and Norwegian existential sentences with "der" ("der er", "der findes").
_EXISTENTIAL = frozenset("er var findes fandtes finnes fins fantes".split())
# Plural subject pronouns of bokmål, nynorsk and Danish ("blev de", "vart dei", "er vi").
_PLURAL_SUBJECTS = frozenset("de dei vi me dere dokker".split())
# What may close a predicative: a stop, a comma, "og"/"eller".
_PREDICATIVE_CLOSE = re.compile(r"[ \t]*(?:[.,;:!?]|\Z|\n|(?:og|eller)\b)")


def _plural_predicative(low: str, word: str, start: int, end: int) -> bool:
    """Whether `word`, the "-e" form of an adjective (its bare and neuter "-t" forms listed:
    vild, vildt, vilde), is the predicative after a copula and a plural subject pronoun,
    where it closes the clause ("om natten blev de vilde og var bange", "nu er vi klare."):
    a predicative adjective agrees with a plural subject in "-e", and a person's name has no
    place between the subject and the end of its clause ("blev de vilde" is never "they
    became Vilde"); a singular subject or "det" ("det var vilde", it was Vilde) is left."""
    if not _adjective_e_form(word):
        return False
    subject, gap = context.previous_word(low, start)
    if gap or subject not in _PLURAL_SUBJECTS:
        return False
    copula, gap = context.previous_word(low, start - len(subject) - 1)
    return not gap and copula in _COPULAS and _PREDICATIVE_CLOSE.match(low, end) is not None


def _graded(low: str, prev: str, start: int, end: int) -> bool:
    """Whether the word at low[start:end] is an adjective a degree adverb `prev` grades: a
    noun follows ("hvor lang tid", "alt for lang tid"), or "hvor" opens a question and a
    finite verb follows ("Hvor lang var løypa?")."""
    if prev not in _DEGREE:
        return False
    if _noun_follows(low, end) and not _finite_next(low, end) and not _infinitive_next(low, end):
        return True
    if prev not in _HOW or not _finite_next(low, end):
        return False
    before, gap = context.previous_word(low, start - len(prev) - 1)
    if not (gap or not before):
        return False
    closing = _SENTENCE_END.search(low, end)  # a question, not "Hvor tove bor, vet jeg ikke."
    return closing is not None and closing.group() == "?"


def _finite(word: str) -> bool:
    """Whether `word` is a finite verb of bokmål, nynorsk or Danish by its form."""
    return (
        word in inverted_subjects.FINITE
        or word in _SHORT_PRESENTS
        or (len(word) > 3 and word.endswith(_FINITE_ENDINGS))
    )


def _infinitive_next(low: str, end: int) -> bool:
    """Whether the infinitive marker follows `end` ("for luna å vere": a person, no noun)."""
    found = _NEXT_WORD.match(low, end)
    return found is not None and found.group(1) in _INFINITIVE


def _finite_next(low: str, end: int) -> bool:
    """Whether the word after `end` is a finite verb by its form ("lang var", "per kommer")."""
    found = _NEXT_WORD.match(low, end)
    return found is not None and _finite(found.group(1))


def _opens_clause(low: str, start: int) -> bool:
    """Whether a clause starts at `start` (a subject pronoun there is no inverted subject)."""
    prev, gap = context.previous_word(low, start)
    return bool(gap) or not prev or prev in _CLAUSE_OPENERS


def _noun_follows(low: str, end: int) -> bool:
    """Whether a lower-case word that may be a noun follows `end` ("meir tid", "heile
    brødet"; not "anna hos naboen", "meir og meir")."""
    found = _NEXT_WORD.match(low, end)
    if not found:
        return False
    following = found.group(1)
    return not (
        following in _NOT_NOUNS
        or following in DETERMINERS
        or following in inverted_subjects.FINITE
        or following.endswith(_PAST)
    )


def _infinitive_after(low: str, end: int) -> bool:
    """Whether the word before `end`, after a modal, is the modal's infinitive: what follows
    it is a determiner, "å", "at", a punctuation mark, or a word that is no infinitive
    (Norwegian and Danish infinitives end in a vowel) and no adverb ("vera katastrofalt",
    "vera eit", "vera å", "lage matpakkar"; not "tove sjå", "lasse snakke", "tove ikkje")."""
    if low[end : end + 1] in _STOPS:
        return True
    found = _NEXT_WORD.match(low, end)
    if not found:
        return False
    following = found.group(1)
    if following in DETERMINERS or following in ("å", "at", "det"):
        return True
    return following[-1] not in "aeiouyæøå" and following not in _ADVERBS


def subject_pronoun_here(text: str, start: int, word: str) -> bool:
    """Whether the lower-case `word` at text[start] is a subject pronoun of bokmål, nynorsk or
    Danish ("Ho kom inn", she came in; "Eg veit") in a sentence written in Norwegian or
    Danish (the word itself not counted): a pronoun there, whatever name it is elsewhere
    (Ho, Han)."""
    if word not in _SUBJECTS:
        return False
    languages = note_language.sentence_language(text, start, start + len(word), count_word=False)
    return bool(languages) and _GROUP.issuperset(languages)
