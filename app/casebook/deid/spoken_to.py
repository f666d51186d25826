"""A registered name typed in lower case as the person met, called or spoken to, in English and
the languages Casebook's studies are written in beside it (Swedish, Norwegian, Danish,
Finnish, German): "rang mark after lunch", "i spoke to may about the rent", "told will that",
"sa till mark att", "snakket med may i går", "møtte bill på stasjonen", "ringede til rose i
morges", "soitin stig eilen", "sprach gestern mit may über die miete", "habe bill am bahnhof
getroffen".

A registered name that is also a word ("may", "bill", "rose", "mark", "liv") is kept as the
word in lower case unless its setting leaves no reading as the word (`names.py`, rule 4;
`person_cues.names_in_lower_case`). Here the setting is a verb whose object is a person, or a
verb of saying and the preposition of the one spoken to ("to", "till", "til", "zu", "mit",
"med"; not "with": "she spoke with love about her children"), and after the word something
no verb would start: a preposition or adverb of time or place ("about", "om", "i går",
"eilen", "über"), "that" and its equivalents, a punctuation mark or the end of the text.
"we will mark the form", "he paid the bill", "barnen lekte på marken", "hon har haft ett
svårt liv" keep their words: no such verb stands before them. In German the verb of a
perfect comes last ("habe bill am bahnhof getroffen"): after "habe"/"hat" the participle is
looked for in the rest of the clause. A pronoun or quantifier there is the word, whoever
bears it as a name ("sa det till alla", "pratade med alla", "talked to some"), as
`lowercase_registered` reads it after "hos".

`person` is called for each lower-case registered ordinary word that `names.py` asks about;
it reads the few words around it only.
"""

from __future__ import annotations

import re

from casebook.deid import context, nordic_lower, vocab

# Verbs (past, present, participle) whose object is a person: met, called, asked, told.
CALLING_VERBS = {
    "en": """rang phoned called calls call met meet meets told asked texted emailed visited
        contacted""",
    "sv": """ringde ringer träffade träffar mötte frågade kontaktade besökte träffat ringt""",
    "nb": """ringte ringer møtte møter traff treffer spurte kontaktet besøkte møtt ringt
        truffet""",
    "da": """ringede ringer mødte møder traf spurgte kontaktede besøgte mødt ringet""",
    "fi": """soitin soitti soitimme tapasin tapasi tapasimme kysyin kysyi""",
    "de": """traf trifft rief fragte besuchte kontaktierte anrief""",
}
# Verbs of saying: the person spoken to follows their preposition ("spoke to", "sa till").
SAYING_VERBS = {
    "en": "spoke speak speaks talked talk talks said say says wrote write explained",
    "sv": "pratade pratar talade talar sa sade säger skrev förklarade",
    "nb": "snakket snakker pratet sa sier skrev forklarte",
    "da": "talte taler snakkede snakker sagde siger skrev forklarede",
    "fi": "puhuin puhui sanoin sanoi",
    "de": "sprach spricht redete redet sagte sagt schrieb erklärte telefonierte",
}
TO_PERSON = frozenset("to till til med mit zu".split())
# Verbs whose person follows a particle: "hälsade på liv" (visited), "hilste på kari".
ON_PERSON = frozenset("hälsade hälsar hilste hilser".split())
# What may follow the person as an object: a preposition, an adverb of time, "that".
AFTER_OBJECT = {
    "en": """about at on in for to from and but or again back today yesterday tomorrow this
        after before that last earlier later when""",
    "sv": "om på i för till från och men eller igen tillbaka idag igår imorgon att efter innan",
    "nb": "om på i for til fra og men igjen tilbake at etter før",
    "da": "om på i for til fra og men igen tilbage at efter før",
    "fi": "eilen tänään huomenna aamulla illalla ja mutta taas uudelleen",
    "de": "über am an im in um gestern heute morgen und aber dass wegen nach vor beim",
}
# German perfect: the auxiliary before the person, the participle at the clause's end.
_GERMAN_AUXILIARY = frozenset("habe hat haben hatte hatten".split())
_GERMAN_PARTICIPLES = frozenset("getroffen angerufen gefragt besucht gesehen kontaktiert".split())
# Finnish place cases: "asemalla" (at the station), "kaupassa" (in the shop).
_FINNISH_PLACE = ("lla", "llä", "ssa", "ssä")


def _all(table: dict[str, str]) -> frozenset[str]:
    return frozenset(w for words in table.values() for w in words.split())


_CALLING = _all(CALLING_VERBS)
_SAYING = _all(SAYING_VERBS)
_AFTER = _all(AFTER_OBJECT)
_FINNISH = frozenset(CALLING_VERBS["fi"].split())
_CLAUSE_END = re.compile(r"[.,;:!?\n]")
# Pronouns and quantifiers: "till alla", "med alla", "to some" are never the person's name.
_NOT_PERSONS = vocab.PRONOUNS | vocab.DETERMINERS | nordic_lower.PERSONAL_PRONOUNS
# The words before a person that `person` reads: the cheap first test (`person_cues`).
CUE_BEFORE = _CALLING | TO_PERSON | _GERMAN_AUXILIARY | {"på"}


def person(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is the person met, called or
    spoken to (see the module docstring)."""
    prev, gap = context.previous_word(low, start)
    if gap or not prev or low[start:end] in _NOT_PERSONS:
        return False
    if prev in _GERMAN_AUXILIARY:
        stop = _CLAUSE_END.search(low, end)
        clause = low[end : stop.start() if stop else len(low)].split()
        return bool(clause) and len(clause) <= 5 and clause[-1] in _GERMAN_PARTICIPLES
    if prev in _CALLING:
        return _object_ends(low, end, prev in _FINNISH)
    if prev in TO_PERSON or prev == "på":
        # the verb right before the preposition, or one adverb before it ("sprach gestern
        # mit"); "på" only after a verb of visiting ("hälsade på liv"), else a place
        words = [w.strip(",.") for w in low[max(0, start - 60) : start].split()[-3:-1]]
        verbs = ON_PERSON if prev == "på" else _SAYING | _CALLING
        if any(w in verbs for w in words):
            return _object_ends(low, end, False)
    return False


def _object_ends(low: str, end: int, finnish: bool) -> bool:
    kind, following, _index = context.next_word(low, end)
    if kind == "w":
        return following in _AFTER or (finnish and following.endswith(_FINNISH_PLACE))
    return kind in ("", ".", ",", ";", ":", "!", "?", ")", "\n")
