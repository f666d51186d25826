"""Sentence shapes that make a capitalised word a person, whatever the word is (a name nobody
registered and no lexicon lists: "Siciid", "Budai"), beside `person_cues.py`:

- the speaker after a quotation, the verb of saying first ("…direction," says Budai.),
  as English and Swedish write it ("…allt”, sa Hodan");
- a name given: "my name is X", "her maiden name is X", "under my partner's name X",
  "hans namn är X";
- a spouse after a possessive: "sin man X", "hennes man X" (Swedish "man" is a husband there,
  the pronoun "one" never follows a possessive);
- a person mentioned, in a clause of its own: "när X nämndes", "until X was mentioned";
- a person named to a role on a form: "add X as guardian", "add X as a beneficiary";
- a person addressed: "shouted at X", "smiled at X", "skrek åt X";
- a person one is related to: "en vän till X", "systern till X", "a friend of X";
- a person asked for: "she asked for X at the desk", "frågade efter X".

Two of them hold for a registered name that is a word typed in lower case (`lower_case_person`):
- whose contact details or identity number follow: "nytt nummer till dag: 030-51 28 79",
  "samordningsnummer för inger: 850511-6072";
- who sent a message: "meddelande från may i går", "text from bo at 22.40";
- who is wanted to do something: "Mirza wants mark to be told first".

And one the other way (`someone_from`): after "nobody from", "någon från" comes the body those
people belong to, an organisation or a place, not a person.

Each test reads a few characters around the word, and only where a cheap look at the word
before or after it allows (one set lookup per capitalised word otherwise).
"""

from __future__ import annotations

import re

from casebook.deid import namecontext, vocab

# The verbs of saying that stand before the speaker after a quotation.
_QUOTATIVE = frozenset(
    """says said asks asked adds added replies replied explains explained writes wrote
    answers answered continues continued insists insisted
    sa säger sade frågar frågade svarar svarade skriver skrev fortsätter fortsatte""".split()
)
_QUOTE_BEFORE = re.compile(r"""(?:[,.!?]["”’']|[,]|["”’'])[ \t]+[^\W\d_]+[ \t]+\Z""")
_NAME_GIVEN_LAST = frozenset({"is", "was", "name", "är", "var", "namn", "namnet"})
_NAME_GIVEN = re.compile(
    r"(?<![^\W\d_])(?:name|namn|namnet)(?:[ \t]+(?:is|was|är|var))?[ \t]*:?[ \t]+\Z"
)
_POSSESSIVES = frozenset({"sin", "min", "din", "hennes", "hans", "er", "vår", "deras"})
_MENTIONED = re.compile(r"[ \t]+(?:nämndes|nämns|was mentioned|is mentioned|got mentioned)\b")
# Words that open a clause whose subject the mentioned person is: "log när X nämndes".
_CLAUSE_OPENERS = frozenset(
    "när då tills innan efter att om sedan when until after before once that if as since".split()
)
_AS_ROLE = re.compile(
    r"[ \t]+(?:as|som)[ \t]+(?:(?:a|an|the|my|her|his|our|their)[ \t]+)?([^\W\d_]+(?:-[^\W\d_]+)*)"
)
# Roles a person is named to on a form or an account (not occupations: "work for Postnord as
# a nurse" names an employer).
_DESIGNATED = frozenset(
    """guardian guardians beneficiary beneficiaries co-signer cosigner executor next-of-kin
    trustee proxy representative förmånstagare förmyndare vårdnadshavare ombud""".split()
)
_ADDRESSED = frozenset(
    """shouted yelled screamed smiled winked waved nodded glared stared snapped
    skrek vrålade log vinkade nickade fräste""".split()
)


def person_cue(text: str, low: str, first: int, last: int, prev: str, gap: str) -> bool:
    """Whether the capitalised word(s) low[first:last] stand where only a person does (the
    shapes in the module's docstring). `prev` and `gap` are `context.previous_word`'s."""
    if prev and not gap:
        if prev in _QUOTATIVE and _QUOTE_BEFORE.search(low, max(0, first - 40), first):
            return True  # '…direction," says Budai'
        if prev in _NAME_GIVEN_LAST and _NAME_GIVEN.search(low, max(0, first - 24), first):
            return True  # "her maiden name is Jaff", "partner's name Maroof Nail"
        if prev == "man" and _possessive_before(low, first):
            return True  # "sin man Kutgün"
        if prev in ("at", "åt") and _addressed(low, first):
            return True  # "Kjell shouted at Ramūnas"
        if prev in ("till", "of") and _relation_before(low, first, prev):
            return True  # "en vän till Miirza", "a friend of Siciid"
        if prev in ("for", "efter") and asked_for(low, first):
            return True  # "asked for Oyelaran", "frågade efter Zlatko"
    if low[last : last + 1] not in (" ", "\t"):
        return False
    after = low[last + 1 : last + 2]
    if after in ("n", "w", "i", "g"):  # "när Siciid nämndes"; not "Depå nämndes" (a drug)
        return prev in _CLAUSE_OPENERS and _MENTIONED.match(low, last) is not None
    if after in ("a", "s"):
        role = _AS_ROLE.match(low, last)
        return role is not None and role.group(1) in _DESIGNATED  # "add Wade as guardian"
    return False


# Verbs of asking to see or speak to someone: "asked for X", "frågade efter X" (not "asked
# for help": only a capitalised word that is no ordinary word, town or medicine comes here).
_ASKING = frozenset("ask asks asked asking fråga frågar frågade frågat".split())


def asked_for(low: str, first: int) -> bool:
    """Whether a verb of asking stands right before the "for "/"efter " that ends at `first`."""
    words = low[max(0, first - 20) : first].split()
    return len(words) >= 2 and words[-2] in _ASKING


def _addressed(low: str, first: int) -> bool:
    """Whether a verb of addressing stands before the "at " that ends at `first`."""
    words = low[max(0, first - 20) : first].split()
    return len(words) >= 2 and words[-2] in _ADDRESSED


def _possessive_before(low: str, first: int) -> bool:
    """Whether a possessive stands right before the "man " that ends at `first`."""
    words = low[max(0, first - 16) : first].split()
    return len(words) >= 2 and words[-1] == "man" and words[-2] in _POSSESSIVES


def _relation_before(low: str, first: int, prev: str) -> bool:
    """Whether a relation noun stands right before the "till "/"of " that ends at `first`
    ("en vän till", "systern till", "a friend of")."""
    words = low[max(0, first - 24) : first].split()
    return len(words) >= 2 and words[-1] == prev and words[-2] in vocab.RELATIONS


def lower_case_person(low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether a registered word in lower case, low[start:end], names a person by the shapes
    of `lower_case_person` in the module's docstring."""
    if gap:
        return False
    if prev in ("from", "från"):  # "text from bo at 22.40"; not "letter from may 2024"
        after = low[end : end + 2].lstrip(" ")[:1]
        if after.isdigit() or after == "-":  # "from may 2024", "från bo-bolaget"
            return False
        return namecontext.message_from(low, start)
    if prev in _WANT and low.startswith(" to ", end):
        return True  # "Mirza wants mark to be told first": the object of "want ... to"
    if prev in ("till", "för", "to", "for", "of") and low[end : end + 1] == ":":
        words = low[max(0, start - 40) : start].split()
        return len(words) >= 2 and words[-2].endswith(_PERSONAL_DATA)  # "nummer till dag:"
    return False


_WANT = vocab.WANTING
# The words before a lower-case name that `lower_case_person` reads on ("text from bo").
LOWER_CASE_BEFORE = _WANT | frozenset({"from", "från"})
# Contact details and identity numbers, and Swedish compounds ending in one
# ("samordningsnummer", "mobilnummer").
_PERSONAL_DATA = tuple(sorted(vocab.PERSONAL_DATA))


# Who comes from a body rather than from a person: "nobody from X", "någon från X".
_SOMEONE = frozenset(
    """nobody somebody someone anyone anybody everyone everybody none people staff
    ingen någon alla folk personal""".split()
)


def someone_from(low: str, first: int) -> bool:
    """Whether "from"/"från" right before `first` follows a word for an unnamed person
    ("Nobody from Postnord came", "Någon från Hemköp ringde"): then the word is the body
    they come from, an organisation or a place, not a person."""
    words = low[max(0, first - 24) : first].split()
    return len(words) >= 2 and words[-1] in ("from", "från") and words[-2] in _SOMEONE
