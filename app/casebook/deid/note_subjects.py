"""A note about a person: what follows a registered name that is also a word, opening a
sentence, and that only a person can be said to be, do or have.

`names.py` reads a capitalised registered word at the start of a sentence ("Love", "Hope",
"Mark", "Bo") as a name only before a verb of saying or doing, and before a weak verb ("is",
"var", "gets") only when the person is named elsewhere in the note. The study knows these
people, and an interviewer's note about one of them has shapes no month, feeling, noun or
Swedish verb takes:

- a state of a person, right after the word or after "is"/"was"/"är"/"var" and a negation:
  "Joy quiet most of the time", "Love unavailable, left msg", "May was late", "Bo ej hemma",
  "Max var på gott humör" (`PERSON_STATES`, `_MOOD`);
- a verb of perceiving or remembering, which only a person does: "Hope saw her daughter",
  "Mark forgot the time", "Inga glömde tiden" (`PERSON_ONLY_VERBS`);
- a Swedish verb with "med" or a reflexive after it: "Mark var med på mötet", "Mark hade med
  sig en lista" (a Swedish noun there takes its article: "Marken var blöt");
- a German auxiliary and what opens its object: "Peter hat eine neue Nummer" (an English
  reader's "peter" is a verb and "hat" a noun; the sentence is German);
- a possessive determiner before a verb, which no determiner stands before: "My is waiting"
  ("My" the Swedish name).

Pronouns and quantifiers that are names ("Inga", "Alla") are left to `names.py`: "Inga var
med" may be "none were there".
"""

from __future__ import annotations

import re

from casebook.deid import (
    finnish_owners,
    homographs,
    kin_names,
    namecontext,
    noun_predicates,
    vocab,
)

# States of a person, in English, Swedish, Norwegian and Danish: how someone was, not how a
# month, a feeling, a mark or the weather is ("Hope was high" and "Love is blind" stay words;
# no "stille", "sur", "full" or "glad", which the sea, milk and things are too).
PERSON_STATES = frozenset(
    """unavailable unreachable absent late tired exhausted sleepy asleep awake quiet
    withdrawn tearful upset anxious agitated restless calm cheerful drunk intoxicated sober
    sick unwell ill poorly pregnant discharged admitted
    trött utmattad sömnig vaken tyst tystlåten ledsen upprörd orolig rastlös lugn
    berusad nykter sjuk krasslig gravid utskriven inlagd frånvarande försenad
    anträffbar nåbar onåbar
    syk syg sliten trøtt trett træt søvnig våken vågen lei redd rædd bekymret bekymra
    urolig rastløs beruset edru ædru gravid utskrevet utskreven udskrevet innlagt
    innlagd indlagt fraværende fraværande forsinket forsinka sint vred nervøs engstelig
    deprimert deprimeret forvirret forvirra""".split()
)
# Where a person is: a state only after a verb or a negation ("Bo ej hemma", "is away"); right
# after a Swedish verb that is also a name it says where to live ("Bo hemma hos mamma").
_WHERE = frozenset("home away hemma borta hjemme heime væk".split())
# "på gott humör", "in a good mood", "at home", "not at home"
_MOOD = re.compile(
    r"(?:på[ \t]+(?:gott|bra|dåligt|sämre|bättre)[ \t]+humör|vid[ \t]+gott[ \t]+mod"
    r"|i[ \t]+(?:godt|dårlig|dårligt|bedre|verre|værre)[ \t]+humør"
    r"|in[ \t]+(?:a[ \t]+)?(?:good|bad|low|better|great)[ \t]+(?:mood|spirits|form)"
    r"|at[ \t]+home)(?![^\W\d_])"
)
# The verbs between the word and the state: a copula or an auxiliary, then a negation.
_COPULAS = frozenset(
    """is was seems seemed looked looks är var verkar verkade såg
    er virker virket virka ble blev""".split()
)
_NEGATIONS = frozenset("not ej inte icke ikke ikkje".split())
# Perceiving, remembering and sleeping: a person's doings, in the past and the present.
PERSON_ONLY_VERBS = frozenset(
    """saw sees forgot forgets remembered remembers heard hears slept sleeps woke wakes
    overslept missed misses spent spends sent sends emailed e-mailed mejlade mejlar mailade
    smsade skrattade skrattar grät suckade nickade noticed notices recognised recognized
    recognises recognizes
    såg ser glömde glömmer mindes minns hörde hör sov sover vaknade vaknar
    försov missade missar märkte märker kände
    glemte glemmer husket huskede husker hørte hører våknet vågnede savnet savnede smilte
    smilede gråt græd nikket nikkede sukket sukkede""".split()
)
# Swedish verbs after which "med" (taking part, bringing along) or "sig" makes a subject a
# person: "var med", "hade med sig", "tog med sig", "satte sig"; and raising a question, "tog
# upp frågan".
_SWEDISH_WITH = re.compile(
    r"(?:var|är|hade|har|tog|tar|kom|kommer|satte|sätter|gjorde)[ \t]+"
    r"(?:med(?:[ \t]+sig)?|sig)(?![^\W\d_])|(?:tog|tar)[ \t]+upp[ \t]+(?:frågan|saken|det)"
)
# German auxiliaries and what opens their object or complement.
_GERMAN = re.compile(
    r"(?:hat|hatte|ist|war|wird|wurde|möchte|will|kann|muss|soll)[ \t]+"
    r"(?:eine|einen|ein|einem|keine|keinen|kein|den|die|das|dem|nicht|heute|morgen|gestern"
    r"|sehr|noch|schon|jetzt|wieder|angerufen|gesagt|erzählt)(?![^\W\d_])"
)
# A new number or address, a move to one: "Max changed number, now +47…", "Love gave us a new
# number", "Miles has moved to Goethestraße 13", "Summer has moved to 2351 Maple Ave".
_NEW_DETAILS = re.compile(
    r"(?:(?:has|had|have)[ \t]+)?(?:changed|gave[ \t]+(?:us|me|them)[ \t]+(?:a|her|his)|got[ \t]+a"
    r"|has[ \t]+a)[ \t]+(?:new[ \t]+)?(?:number|phone|mobile|address|e-?mail)(?![^\W\d_])"
    r"|(?:has|had)[ \t]+moved[ \t]+to[ \t]+"
    r"(?:\d|[^\W\d_]+(?:gatan|vägen|straße|strasse|straat|veien|vej)|[^\W\d_]+[ \t]+\d)"
)
_POSSESSIVES = frozenset("my your our their his".split())
# Verbs of getting, giving and making after a subject: a bare English noun before one is one
# that needs no article, a mass or abstract noun, a time ("Love makes it bearable", "Hope
# keeps her going", "May gets busy"); any other word there is the person ("Roar gets
# försörjningsstöd": a roar would be "The roar").
_LEXICAL = frozenset("gets got makes made needs needed keeps kept gives gave helps helped".split())
BARE_NOUNS = frozenset(
    """love hope faith grace joy peace patience charity mercy honor honour glory harmony unity
    destiny fortune liberty justice truth beauty wisdom serenity bliss felicity constance
    prudence temperance verity trinity amity comfort pride fame music art money time luck
    spring summer autumn fall winter dawn dusk rain snow frost storm sunshine light sky
    heaven sun sol""".split()
)
# "Bill and the patient argued": "and" and a person after it, as "and" and a name do; also a
# relative of the word's own ("Martin and her sister", "Anna ja hänen siskonsa"): a bird, a
# month or a verb has no sister.
_WITH_PERSON = re.compile(
    r"(?:and|och|og|ja)[ \t]+(?:(the|my|their|your|min|deras|(her|his|hennes|hans|sin|hendes"
    r"|hänen))[ \t]+)?([^\W\d_]+)"
)
_PEOPLE_WORDS = frozenset("patient patienten pt client klienten participant deltagaren".split())
_AUXILIARIES = frozenset("is was has had will would can could does did".split())


def state_after(low: str, index: int) -> bool:
    """Whether the words from `index` (a word's start, lower case) state how a person is:
    "quiet most of the time", "was late", "ej hemma", "var på gott humör"."""
    words = _words(low, index, 4)
    i = 0
    if i < len(words) and words[i][0] in _COPULAS:
        i += 1
    if i < len(words) and words[i][0] in _NEGATIONS:
        i += 1
    if i >= len(words):
        return False
    word, start = words[i]
    if word in _WHERE or low.startswith("at ", start):
        return i > 0  # "Bo ej hemma", "was at home"; not "Bo hemma hos mamma" (live at home)
    return word in PERSON_STATES or _MOOD.match(low, start) is not None


def person_predicate(low: str, start: int, word: str, following: str, index: int) -> bool:
    """Whether `word` (lower case, at `start`), opening a sentence before the word `following`
    at `index`, is a person by what is said of it (the shapes in the module docstring)."""
    if homographs.born(low, index):
        return True  # "Bo är född 1989", "Bill was born on 10/7"
    if word in vocab.PRONOUNS:
        return False
    if following in PERSON_ONLY_VERBS or state_after(low, index):
        return True
    if noun_predicates.person_noun_predicate(low, index):
        return True  # "Ask er en god venn av familien", "Lind var en dyktig lærer"
    if _NEW_DETAILS.match(low, index):
        return True
    if _SWEDISH_WITH.match(low, index) or _GERMAN.match(low, index):
        return True
    if following in _LEXICAL:
        if word in BARE_NOUNS or word in vocab.MONTHS or word in vocab.TIME_WORDS:
            return False
        return not homographs.paid_for(low, start, start + len(word))  # "Bill needs paying"
    together = _WITH_PERSON.match(low, index)
    if together and (together[3] in vocab.RELATIONS or together[3] in _PEOPLE_WORDS):
        return True
    if together and together[2] and _kin(together[3]):
        return True  # "Martin and her sister", "Anna ja hänen siskonsa"
    return word in _POSSESSIVES and following in _AUXILIARIES


def _kin(word: str) -> bool:
    """A relative in English, the neighbour languages or Finnish (with its possessive suffix)."""
    return word in kin_names.KIN or word in kin_names.NEIGHBOUR_KIN or word in finnish_owners.KIN


def message_or_contact(low: str, start: int) -> bool:
    """Whether the month word at `start` follows a message and "from" (`namecontext.
    message_from`: "Referral from May") or a person's contact detail and "till", "åt", "for"
    or "to": "Nytt nummer till June:", "new mobile for May" (not "the number for May": a
    figure for a month)."""
    if namecontext.message_from(low, start):
        return True
    words = low[max(0, start - 40) : start].split()[-2:]
    if len(words) < 2 or words[0] not in vocab.PERSONAL_DATA:
        return False
    return words[1] in ("till", "åt") or (words[1] in ("for", "to") and words[0] != "number")


def _words(low: str, index: int, limit: int) -> list[tuple[str, int]]:
    """Up to `limit` words from `index` on one line, with their starts, stopping at
    punctuation other than a space."""
    out: list[tuple[str, int]] = []
    i, n = index, len(low)
    while i < n and len(out) < limit:
        j = i
        while j < n and low[j].isalpha():
            j += 1
        if j == i:
            break
        out.append((low[i:j], i))
        k = j
        while k < n and low[k] in " \t":
            k += 1
        if k == j:
            break
        i = k
    return out
