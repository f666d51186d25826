"""A stranger after a verb of calling or writing and "to": "ringde till Xhevdet", "ringede til
Xhevdet", "skrev till Xhevdet", "wrote to Xhevdet".

A word nobody knows after "to"/"till" is a name only where the setting says so (`unregistered`
rule 7: a place follows "to" as often as a person). After a verb of speaking the setting
does ("talked to X", `namecontext.spoken_with`); so it does after one of calling, texting or
writing, in the study's languages: one calls, texts and writes to a person, and to a body
or a place only by its name with a place or organisation word after it, which the caller
checks (`unregistered._place_follows`: "ringde till Lundby vårdcentral" stays).

Swedish, Norwegian and Danish put the finite verb second: a sentence opened by an adverb has
its subject after the verb ("Bagefter ringede jeg til Lauge", "Sedan skrev hon till X"), so a
personal pronoun may stand between the verb and "to" (`INVERTED_SUBJECTS`).
"""

from __future__ import annotations

# "to" in the study's languages ("till" Swedish, "til" Norwegian and Danish).
TO = frozenset({"to", "till", "til"})

# Verbs of calling, texting and writing (past, present, supine), English, Swedish,
# Norwegian and Danish; not "send"/"skicka": things are sent to places too.
CALLING = frozenset(
    """wrote write writes written texted texts emailed mailed phoned
    ringde ringer ringt ringa skrev skriver skrivit skriva mejlade mejlar mailade mailar
    smsade smsar sms:ade messade
    ringte ringede ringet skrevet sms'et smset sms'ede mailet mailede""".split()
)


# The imperative of calling, opening a sentence: "Ring Sten før du drar", "Ring Anna innan
# du åker" (Swedish, Norwegian and Danish "ring"; English "phone"; not "call", which takes
# things as often: "Call Center", "Call Waiting").
IMPERATIVES = frozenset({"ring", "phone"})


# Personal pronouns that stand as the subject after the verb in an inverted Swedish, Norwegian
# or Danish sentence ("Sedan ringde jag till", "Etterpå ringte ho til", "Så skrev vi til").
INVERTED_SUBJECTS = frozenset(
    """jag du han hon vi ni de dom man
    jeg eg hun ho me dere dei dykk""".split()
)


def called_to(low: str, start: int) -> bool:
    """Whether the word at `start` follows a verb of calling or writing and "to" ("ringde
    till X"), nothing but spaces between them, or a subject pronoun between the verb and
    "to" ("ringede jeg til X")."""
    words = low[max(0, start - 40) : start].split()[-3:]
    if len(words) < 2 or words[-1] not in TO:
        return False
    if words[-2] in CALLING:
        return True
    return len(words) == 3 and words[-2] in INVERTED_SUBJECTS and words[0] in CALLING
