"""A person before their role in parentheses: "roger (ex-partner) got in touch", "tel ove (god
man) 08-…", "Jessica Klang (guardian)", "gerd sterner (guardian)", "Del (priest) from work",
"N˜zamett˜n Arslan (priest)".

Interviewers put a third party's role in parentheses after the name. `lowercase_names.py`
takes a lower-case name there only when no language has it as a word ("altaf (tolk)");
`unregistered.py` takes a capitalised one only when it is no word. But the names most
carried are words as well ("roger", "ove", "del", "rose"), and a family name may be one
("Klang", "Sterner"). Right before "(" and a relation or role word (`vocab.RELATIONS`:
"guardian", "priest", "ex-partner", "tolk", "sambo"; `ROLE_NOUNS` of Norwegian, Danish and
Finnish: "saksbehandler", "forælder", "tulkki"; or "god man"), this module takes:

- one word of the name lexicon, that is a word too or not (N or C of `unregistered.py`), or a
  word nobody knows shaped like a name (U), in lower case or capitalised;
- and the word before it, when that is a given name of the lexicon (N or C) in the same case
  and the last word is any word but a function word ("Jessica Klang", "gerd sterner").

A word in the way of reading a name is left alone: an ordinary word that is no name ("the
doctor (guardian)", "skolan (kurator)"), a pronoun ("her (daughter)"), a relation or role
word itself ("mamma (sambo)"). A letter damaged in typing or conversion ("N˜zamett˜n",
"Ren?e") is read as a letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from casebook.deid import context, lexicon, vocab

_ROLE = re.compile(r" \((?:ex-)?([^\W\d_]+)(?:[ \t](man))?\)", re.IGNORECASE)
# A word of letters, with a damaged character inside ("N˜zamett˜n", "Ren?e", "Jos\ufffd").
# (The redactor reads text folded by NFKC, which writes a spacing tilde "˜" as a space and a
# combining tilde: "N ̃zamett ̃n".)
_DAMAGE_MARK = r"(?:[˜~?\ufffd´`^¨]| ?[\u0300-\u036f])"
_WORD_BEFORE = re.compile(rf"([^\W\d_](?:[^\W\d_]|{_DAMAGE_MARK}(?=[^\W\d_]))*)[ \t]*\Z")
_DAMAGE = re.compile(_DAMAGE_MARK)
_NAME, _COMMON, _UNKNOWN = "N", "C", "U"
_DETERMINERS = frozenset(
    "the a an this that his her their our my your its sin sitt sina min mitt din hans hennes "
    "deras vår er en ett den det".split()
)
# The role nouns of the people a meeting or an interview brings together, in the five
# languages of the study besides `vocab.RELATIONS`'s English and Swedish ones: participant,
# parent, interpreter, caseworker, social worker, teacher, guardian, nurse, doctor, pupil,
# relative, observer, chair, secretary, researcher, interviewer, interviewee, psychologist,
# counsellor, contact person, foster parent, neighbour (Danish and Norwegian "nabo", as
# `vocab.RELATIONS` holds English "neighbour" and Swedish "granne"), volunteer (Swedish
# "volontär", Danish, Norwegian and Swedish "frivillig", Finnish "vapaaehtoinen", as
# `vocab.ROLES` holds English "volunteer": "Volontär: wolf"); base and definite
# singular forms (the grammars' closed class of role nouns, not a note's words). Finnish's
# apart, as the heads of its compounds (`role_compound`).
FINNISH_ROLE_NOUNS = frozenset(
    """osallistuja osallistujat vanhempi vanhemmat huoltaja sosiaalityöntekijä
    sosiaaliohjaaja opettaja sairaanhoitaja lääkäri oppilas omainen tarkkailija
    puheenjohtaja sihteeri tutkija haastattelija haastateltava kuraattori psykologi tulkki
    yhteyshenkilö sijaisvanhempi perhetyöntekijä vapaaehtoinen vapaaehtoiset""".split()
) | frozenset("saattaja saattajat ohjaaja ohjaajat vertaisohjaaja kokemusasiantuntija".split())
# The titles of those who go with a person to an errand or an appointment and of peer workers
# of mental-health and disability services, as the Nordic laws and services name them: a
# companion or escort (Swedish "ledsagare", LSS 9 § 3, and "följeslagare"; Danish and
# Norwegian "ledsager", Serviceloven § 97 and the Norwegian ledsagerbevis; Danish "følgesvend",
# Norwegian "følgesvenn"; Danish "bisidder", who sits in at a meeting; Finnish "saattaja", Kela's
# escort), a peer worker (Norwegian "erfaringskonsulent", "erfaringsmedarbeider" and
# "likeperson", Swedish "kamratstödjare", Finnish "vertaisohjaaja", "kokemusasiantuntija" and the
# head "ohjaaja", instructor, above), in their base and definite singular forms: a role, no
# name, whether it labels a line ("Følgesvenn: Sirpa") or stands in brackets ("Vidar
# (vertaisohjaaja)").
COMPANION_NOUNS = frozenset(
    """ledsagare ledsagaren följeslagare följeslagaren kamratstödjare kamratstödjaren
    ledsager ledsageren følgesvenn følgesvennen følgesvend følgesvenden bisidder bisidderen
    erfaringskonsulent erfaringskonsulenten erfaringsmedarbeider erfaringsmedarbeideren
    likeperson likepersonen""".split()
) | frozenset("saattaja saattajat vertaisohjaaja kokemusasiantuntija".split())
# The offices of a club, a study circle or a users' group as the folk-education associations of
# the four countries and English name them (a Danish "tovholder", who holds the thread; a
# meeting's "ordstyrer"; a course's "kursleder"; a Swedish study circle's "cirkelledare" and
# "samtalsledare"; a Finnish group's "vetäjä"; the evening's host, Swedish "värd", Danish
# "værten", Norwegian "verten", Finnish "isäntä", not the Danish and Norwegian base forms
# "vært", "vert", which are the participles of "være", "verte" (been, become) as often as
# the host in the UD treebanks, nor Swedish "värden", the values of "värde"; a member,
# Danish, Norwegian and Swedish "medlem", Finnish "jäsen"; a reviewer, Danish and Norwegian
# "anmelder", Swedish "recensent", Finnish "arvostelija"; the treasurer, "kasserer",
# "kassör", "rahastonhoitaja"), base and definite singular: the labels of its minutes, its
# forms and its chats ("Tovholder: Kirsi Lahti", "Jäsen: Khaled", "Värd: vem tar
# nyckeln?"), no name. They head no compound (`_compound_heads`: "remember" and "mätvärden"
# are no roles) and take no definite ending beyond those listed.
CIRCLE_NOUNS = frozenset(
    """tovholder tovholderen ordstyrer ordstyreren kursleder kurslederen kursusleder
    kursuslederen cirkelledare cirkelledaren studiecirkelledare samtalsledare
    samtalsledaren vetäjä vetäjät ryhmänvetäjä värd værten verten isäntä
    emäntä medlem medlemmen medlemmet jäsen jäsenet anmelder anmelderen recensent recensenten
    arvostelija kasserer kassereren kassör kassören rahastonhoitaja member members host
    hostess reviewer facilitator organiser organizer treasurer""".split()
)
ROLE_NOUNS = (
    FINNISH_ROLE_NOUNS
    | COMPANION_NOUNS
    | CIRCLE_NOUNS
    | frozenset(
        """parent parents observer chair chairperson researcher translator
    förälder föräldern föräldrar vårdnadshavare vårdnadshavaren socialsekreterare observatör
    ordförande ordföranden forskare forskaren elev eleven familjehem
    deltaker deltakeren deltakar deltakaren forelder forelderen foreldre saksbehandler
    saksbehandleren sosionom sosionomen lærer læreren verge vergen sykepleier sykepleieren
    lege legen pårørende observatør leder lederen sekretær sekretæren forsker forskeren
    intervjuer intervjueren miljøterapeut fosterforelder kontaktlærer
    deltager deltageren forælder forælderen forældre sagsbehandler sagsbehandleren
    socialrådgiver socialrådgiveren værge værgen sygeplejerske sygeplejersken læge lægen
    pædagog pædagogen formand formanden interviewer intervieweren plejeforælder
    nabo naboen
    beboer beboeren beboere boende boenden asukas asukkaat resident residents
    volontär volontären volontärer frivillig frivillige frivilliga""".split()
    )
    | frozenset(
        # A mentor, a guide or supervisor, a representative (a residents' or users'), in
        # the five languages, base and definite singular: the roles of those who help a
        # person with a service or speak for a group ("Mentor:", "Vejleder:",
        # "Edustaja:"); English "mentor" is `vocab.RELATIONS`'s. The resident of supported
        # or sheltered housing (Danish and Norwegian "beboer", Swedish "boende", Finnish
        # "asukas") is among the nouns above: "Boende: rod", "Asukas: Norm".
        """mentorn mentoren mentori vejleder vejlederen veileder veilederen handledare
    handledaren representative representant representanten repræsentant repræsentanten
    edustaja""".split()
    )
    | frozenset(
        # The support contact the municipality grants a person for company and activities
        # (Norwegian "støttekontakt", helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6
        # bokstav b; Danish "støttekontaktperson", serviceloven § 99; Swedish "kontaktperson",
        # LSS 9 § 4, is `vocab.ATTENDANCE`'s), base and definite singular: "Solheim
        # (støttekontakt)".
        """støttekontakt støttekontakten støttekontaktperson støttekontaktpersonen""".split()
    )
)
ROLES = vocab.RELATIONS | ROLE_NOUNS
_DEFINITE_ENDINGS = ("en", "n", "et")


@cache
def _plain_roles() -> frozenset[str]:
    """`ROLES` less the words someone bears as a name ("Gran", "Page")."""
    return ROLES - lexicon.all_names()


@cache
def _bases() -> frozenset[str]:
    """The roles a definite ending may follow: `_plain_roles` less `CIRCLE_NOUNS`, which
    lists its definite forms ("hosten" is a cough, "värden" values)."""
    return _plain_roles() - CIRCLE_NOUNS


def role_noun(word: str) -> bool:
    """Whether the lower-case `word` is a role or relation noun of the five languages, in its
    base form, a definite form the lists lack ("naboen", "sygeplejersken") or a compound with
    a role head (`_compound_heads`: "beboerrepræsentant", "digimentor"), and no one's
    name ("bossen" ends as "boss" + "en" but is a family name)."""
    roles = _plain_roles()
    if word in roles:
        return True
    return word not in lexicon.all_names() and (
        any(word.endswith(end) and word[: -len(end)] in _bases() for end in _DEFINITE_ENDINGS)
        or _any_role_compound(word)  # "beboerrepræsentant", "digimentor": a compound role
    )


# Heads of Finnish compounds that name a role ("vastuuhenkilö", the person in charge;
# "tukihenkilö", "kotisairaanhoitaja", "lähiomainen"): "henkilö" (person) and the Finnish role
# nouns of `ROLE_NOUNS`; Finnish writes a role of several words as one compound.
_FINNISH_ROLE_HEADS = ("henkilö", *sorted(r for r in FINNISH_ROLE_NOUNS if not r.endswith("t")))
_FIRST_PART = 3  # letters before the head: "tuki|henkilö", "lähi|omainen"


def role_compound(word: str) -> bool:
    """Whether the lower-case `word` is a Finnish compound whose head is a role noun or
    "henkilö" and whose first part is a Finnish word ("vastuuhenkilö", "lähiomainen"), or a
    compound of any of the five languages with a role head (`_compound_heads`: "digimentor",
    "beboerrepræsentant"), and no one's name (a family name may end in such letters:
    "Tuomainen")."""
    if word in lexicon.all_names():
        return False
    if _any_role_compound(word):
        return True  # "digimentor", "beboerrepræsentant", "it-frivillig"
    listed = vocab.listed("fi")
    for head in _FINNISH_ROLE_HEADS:
        if len(word) >= len(head) + _FIRST_PART and word.endswith(head):
            first = word[: -len(head)]  # "vastuu", or a genitive: "kunnan|sihteeri"
            if first in listed or (first[-1] == "n" and first[:-1] in listed):
                return True
    return False


# Heads of the compounds of any of the five languages that name a role: a role noun of five
# letters or more (`ROLE_NOUNS`, `vocab.ROLES`, "mentor"), or the Danish and Norwegian "støtte"
# (support), written after a first part of two letters or more, glued or with a hyphen: a
# digital or peer mentor ("Digimentor:", "IT-mentor", "peer-mentor", "vertaismentori"), a
# residents' representative ("beboerrepræsentant", "boenderepresentant"), an IT volunteer
# ("IT-frivillig"), housing support ("bostøtte"). Not a head that ends a name of the lexicon
# after two letters ("chair": "Fearchair"; "leder": "Rohleder"; "legen", "omainen"), nor the
# words of kin and company of `vocab.RELATIONS` ("sonen": "Pesonen").
_HEAD_LENGTH = 5


@cache
def _compound_heads() -> frozenset[str]:
    """The heads `role_compound` reads, less those that end a name: a head is dropped when
    some name of the lexicon ends in it after two letters or more, found by looking up each
    name's endings (one pass over the lexicon, not one per head)."""
    names = lexicon.all_names()
    words = (ROLE_NOUNS | vocab.ROLES | {"mentor", "støtte", "støtten"}) - names - CIRCLE_NOUNS
    heads = {w for w in words if len(_base(w, words)) >= _HEAD_LENGTH and w.isalpha()}
    ending_names = {n[i:] for n in names for i in range(2, len(n)) if n[i:] in heads}
    return frozenset(heads - ending_names)


def _base(word: str, words: frozenset[str] | set[str]) -> str:
    """The role noun `word` without its definite ending when the base is a role noun too:
    a compound's head is measured by its base, so a short noun's definite form does not
    count as a long head ("eleven", the pupil, is "elev": "Zachteleven" is a family name,
    not a compound role; "lægen", "naboen" likewise)."""
    for end in _DEFINITE_ENDINGS:
        if word.endswith(end) and word[: -len(end)] in words:
            return word[: -len(end)]
    return word


def _any_role_compound(word: str) -> bool:
    """Whether the lower-case `word` is a first part of two letters or more and a role head
    (`_compound_heads`), glued or after a hyphen ("digimentor", "it-mentor")."""
    heads = _compound_heads()
    for i in range(2, len(word)):
        if word[i:] in heads:
            first = word[:i].removesuffix("-")
            if len(first) >= 2 and first.isalpha():
                return True
    return False


# The heads of the compounds that name an office of a club or a group, or a watch, where they
# label a line: the offices of `CIRCLE_NOUNS` (which head no compound in running text, where
# Swedish "-värd" is "worthy": "sevärd", "prisvärd") and the Danish and Norwegian base forms
# of the host, "vært" and "vert" (participles of "være", "verte" alone), and the guard or
# watch, Danish "vagt", Norwegian and Swedish "vakt" ("badevagt", "nattevakt", "livvakt"),
# base and definite singular. Before a colon opening a line, "Saunavært:", "Bastuvärd:",
# "Badevakt:", "Saunaemäntä:" (the sauna's hostess), "Kurssinvetäjä:" label a speaker or a
# field by the office, as "Värd:" does: an adjective or a participle labels no line.
_LABEL_HEADS = frozenset(
    w for w in CIRCLE_NOUNS if len(w) >= _HEAD_LENGTH - 1 and w.isalpha()
) | frozenset("vært værten vert verten vagt vagten vakt vakten".split())
_LABEL_FIRST = 3  # letters of a label compound's first part, at least: "sauna|vært", "bade|vakt"
_LINKS = ("", "e", "s", "n")  # a first part's linking letter: "natt|e|vakt", "kurssi|n|vetäjä"


def label_compound(word: str) -> bool:
    """Whether the lower-case `word` is a compound whose head is an office or a watch of
    `_LABEL_HEADS` and whose first part (perhaps before a linking "e", "s" or "n") is a word
    of the five languages' lists ("saunavært", "bastuvärd", "badevakt", "saunaemäntä"), and no
    one's name ("Calvert", "Sivert"). Only a line's label reads it (`line_roles.role_at`)."""
    if word in lexicon.all_names():
        return False
    for i in range(_LABEL_FIRST, len(word) - 3):
        if word[i:] not in _LABEL_HEADS:
            continue
        first = word[:i].removesuffix("-")
        for link in _LINKS:
            stem = first.removesuffix(link) if link else first
            if len(stem) >= _LABEL_FIRST and _first_part(stem):
                return True
    return False


def _first_part(word: str) -> bool:
    """Whether `word` is a word of the lists of the Nordic languages or Finnish."""
    return any(word in vocab.listed(lang) for lang in ("da", "nb", "fi")) or word in (
        vocab.common_words(("sv",))
    )


def role_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens its line (after a bullet or a dash perhaps) and labels
    it with a colon, and is a role noun of `ROLES`, even one that is a family name too
    ("Asukas: Norm", the resident; "Tulkki: Anna Lind", the interpreter): a form's field or
    a turn's speaker by role, its value the person."""
    if text[end : end + 1] != ":" or text[start:end].lower() not in ROLES:
        return False
    i = context.margin_start(text, start)
    return i == 0 or text[i - 1] == "\n"


_NOT_NAMES = vocab.PRONOUNS | vocab.TITLES | ROLES | vocab.function_words()


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a name stands in `text`, outside the spans `taken` ((start, end, ...))."""
    out: list[tuple[int, int]] = []
    for match in _roles(text):
        role = match.group(1).lower()
        if (
            role not in ROLES
            and not role_compound(role)
            and not (role in ("god", "gode") and (match.group(2) or "").lower() == "man")
        ):
            continue
        last = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if last is None:
            continue
        word = last.group(1)
        spans = [last.span(1)]
        first = _WORD_BEFORE.search(text, max(0, last.start() - 40), last.start())
        before = first.group(1) if first is not None else ""
        if before.lower() in _DETERMINERS:
            continue  # "the church (priest)": a thing, its word
        person = _person_word(word, word_class)
        if first is not None and _given_before(before, word, person, word_class):
            spans.insert(0, first.span(1))  # "Jessica Klang", "gerd sterner"
        elif not person:
            continue
        for s, e in spans:
            if not any(b < e and s < f for b, f, *_ in taken):  # type: ignore[misc]
                out.append((s, e))
    return out


def _clean(word: str) -> str:
    """The word with a damaged character read as an "i" (the letter most often lost)."""
    return _DAMAGE.sub("i", word)


def _person_word(word: str, word_class: Callable[[str], str | None]) -> bool:
    """Whether `word` right before the role may be a name (the module's docstring)."""
    word = _clean(word)
    low = word.lower()
    if len(low) < 2 or low in _NOT_NAMES or not (word.islower() or word.istitle()):
        return False
    cls = word_class(low[0].upper() + low[1:])
    if cls in (_NAME, _COMMON):
        return True
    return cls == _UNKNOWN and lexicon.name_shaped(low)


def _given_before(
    before: str, word: str, person: bool, word_class: Callable[[str], str | None]
) -> bool:
    """Whether `before` is a given name standing before `word` in the same case: a given
    name of the lexicon, or when `word` may be a name itself (`person`), any word that may."""
    if not before or before[0].isupper() != word[0].isupper():
        return False
    if word.lower() in _NOT_NAMES or not (word.islower() or word.istitle()):
        return False  # "Anna (her daughter)" reads "her"; the name is one word then
    if person:
        return _person_word(before, word_class)  # "rövşanə şərifova", "N˜zamett˜n Arslan"
    low = _clean(before).lower()
    if low in _NOT_NAMES or low not in lexicon.given_names():
        return False
    return _person_word(before, word_class)


def _roles(text: str) -> list[re.Match[str]]:
    """Each parenthesis after a space that `_ROLE` reads (`str.find` to each " (")."""
    found = []
    at = text.find(" (")
    while at >= 0:
        match = _ROLE.match(text, at)
        if match is not None:
            found.append(match)
        at = text.find(" (", at + 2)
    return found
