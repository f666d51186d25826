"""Who opens a clause: a word that is also a name, opening a sentence before a verb, that only a
person could be the subject of.

`names.py` keeps a registered name that is also a word ("Dag", "May", "Hope") at the start of
a sentence before a weak verb ("is", "has", "vill") unless the note names the person elsewhere:
"Hope is the word she uses", "Dag för dag". Two shapes leave no doubt, since no day, month or
feeling can be their subject:

- a Swedish modal verb and an infinitive after it ("Dag vill att grannen kommer", "Stig ska
  ringa"): a Swedish noun opening a clause takes its article ("Dagen ska bli fin"), as in the
  perfect of `person_cues.swedish_perfect`; a pronoun is no name ("Inga vill");
- a possessive, within the clause, before the subject's own contact details ("May has changed
  her number", "Will gave us his new address", "Dag har bytt sitt nummer"): only a person
  has a phone number, an address or an e-mail address;
- an English auxiliary or modal, perhaps an adverb or two, and a verb whose subject in the
  published English treebanks is a person ("Cook would rather meet at home", "Grace has found
  a new job"): `data/person_verbs_en.txt`, made by `bench/build_person_verbs.py` from the
  Universal Dependencies English dev and test files, lists the verbs that at least five
  times and four times in five take a proper noun or a personal pronoun as subject rather
  than a common noun or "it" ("meet", "find", "prefer"; not "grow", "begin", "happen"). A word
  so used is the verb's subject; no cook, grace or hill meets or finds a job. "Hope has
  grown", "Love will come" and "May also need a referral" (`initial_readings.no_subject`,
  read first) are left as before.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from casebook.deid import vocab

_SWEDISH_MODALS = frozenset("vill ville ska skulle kan kunde brukar brukade".split())

# Up to five words of the clause, then "her number", "his new address", "sitt nya nummer".
_OWN_DETAILS = re.compile(
    r"(?:[^\W\d_]+[ \t]+){1,5}?(?:her|his|their|hennes|hans|sin|sitt|sina)[ \t]+"
    r"(?:(?:new|old|nya|nytt|gamla)[ \t]+)?(?:"
    + "|".join(sorted((re.escape(w) for w in vocab.PERSONAL_DATA), key=len, reverse=True))
    + r")(?![^\W\d_])"
)


# English auxiliaries and modals that stand between a subject and its verb.
_ENGLISH_AUXILIARIES = frozenset(
    """has had have would will should could can might must did does shall
    hasn't hadn't wouldn't won't shouldn't couldn't can't didn't doesn't""".split()
)
# Then up to two adverbs ("would rather", "has just", "had never really"), then the verb.
_ENGLISH_VERB = re.compile(
    r"(?:[ \t]+(?:rather|just|already|never|not|also|always|finally|now|still|probably|"
    r"really|only|soon|then|recently|actually|certainly|ever|sometimes|often|usually)){0,2}"
    r"[ \t]+([a-z]+)(?![^\W\d_'’-])"
)
_PERSON_VERBS = Path(__file__).with_name("data") / "person_verbs_en.txt"


@cache
def person_verb_forms() -> frozenset[str]:
    """Every form of the English verbs whose subject is a person in the English treebanks
    (`data/person_verbs_en.txt`: lemma, people, things, forms)."""
    forms: set[str] = set()
    for line in _PERSON_VERBS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            forms.update(line.split("\t")[3].split("|"))
    return frozenset(forms)


def person_subject(text: str, low: str, word: str, verb: str, index: int) -> bool:
    """Whether `word` (lower case), opening a sentence before the verb `verb` that starts at
    `index`, can only be a person: a Swedish modal and an infinitive, an English auxiliary
    before a verb that takes people, or a possessive before the subject's contact details
    later in the clause."""
    if word in vocab.PRONOUNS:
        return False
    if verb in _SWEDISH_MODALS:
        after = index + len(verb)
        if text[after : after + 1] == " " and text[after + 1 : after + 2].islower():
            return True  # "Dag vill att ...", "Stig ska ringa"
    if verb in _ENGLISH_AUXILIARIES:
        main = _ENGLISH_VERB.match(low, index + len(verb))
        if main is not None and main.group(1) in person_verb_forms():
            return True  # "Cook would rather meet at home", "Grace has found a new job"
    return _OWN_DETAILS.match(low, index) is not None
