"""Sentences of held-out G that identify no one, put together from parts so that no few
sentences make up its text: what was said and done in a meeting or an interview, with the
ordinary words that are also registered names ("per", "dag", "inga", "max", "bo", "may",
"will", "hope", "love", "mark", "bill", "rose") where a note would use them."""

from __future__ import annotations

import random

SV_WHO = ("Patienten", "Hon", "Han", "Den närstående", "Kontaktpersonen", "Gruppen",
          "Ordföranden", "Observatören", "Sjuksköterskan", "Mamman", "Pappan", "Grannen",
          "Boendestödjaren", "Kuratorn", "Läkaren")  # fmt: skip
SV_DID = ("berättade om", "pratade länge om", "ville diskutera", "tog upp", "återkom till",
          "undvek att prata om", "frågade om", "var orolig för", "är nöjd med", "skrev ner",
          "vill ha hjälp med", "tyckte inte om att prata om")  # fmt: skip
SV_WHAT = ("sömnen", "ekonomin", "boendet", "arbetsträningen", "medicinerna", "grannarna",
           "dagverksamheten", "målen från förra mötet", "maten", "träningen", "körkortet",
           "hyran", "skulderna", "barnen", "sommaren", "vintern", "bussresorna", "rökningen",
           "kontakten med släkten", "ångesten på kvällarna")  # fmt: skip
SV_TAIL = ("", "", "", "", "", "", " igen", " på mötet", " med gruppen", " en stund",
           " flera gånger", " per telefon", " varje dag",
           " i dag", " dag för dag", " mer än vanligt", " utan att bli avbruten",
           " för första gången", " med en gång", " max fem minuter", " per mejl",
           " en hel dag", " någon dag i veckan", " och ville bo kvar", " men hade inga förslag",
           " och fick inga svar", " och sa att det går bättre")  # fmt: skip
SV_OPEN = ("", "", "", "", "Sedan ", "Efter pausen ", "Till slut ", "Inga frågor, men ",
           "Per telefon ", "Dag två ", "Max en gång ", "Bo själv vill hon inte, och ",
           "I början ", "Senare ")  # fmt: skip
EN_WHO = ("The patient", "She", "He", "The significant other", "The case manager", "The group",
          "The chair", "The observer", "The nurse", "Her mother", "His father", "The neighbour",
          "The support worker", "The social worker", "The psychiatrist")  # fmt: skip
EN_MODAL = ("", "", "", "may ", "will ", "would love to ", "hopes to ", "may not ", "will not ",
            "would rather not ")  # fmt: skip
EN_DO = ("talk about", "bring up", "come back to", "ask about", "write down", "worry about",
         "get help with", "go through")  # fmt: skip
EN_WHAT = ("sleep", "money", "the flat", "work training", "the medication", "the neighbours",
           "the day centre", "last month's goals", "food", "exercise", "the driving licence",
           "the rent", "the debts", "the children", "the summer", "the winter", "the bus",
           "smoking", "the relatives", "the evenings", "the bill from the dentist",
           "the power bill", "the mark on her arm", "the rose bushes in the yard")  # fmt: skip
EN_TAIL = ("", "", "", "", "", "", " again", " in the meeting", " with the group",
           " for a while", " several times", " per week", " every day", " today",
           " day by day", " more than usual", " without being interrupted", " for the first time",
           " at most twice", " by e-mail", " if she feels up to it", " when he can",
           " in the hope that it helps", " with love and some impatience")  # fmt: skip
EN_OPEN = ("", "", "", "", "Then ", "After the break ", "In the end ", "Hope was low, and ",
           "May was a hard month, and ", "Will power aside, ", "Per the plan, ",
           "Mark this: ", "Later ")  # fmt: skip


PAST = {"talk about": "talked about", "bring up": "brought up", "come back to": "came back to",
        "ask about": "asked about", "write down": "wrote down", "worry about": "worried about",
        "get help with": "got help with", "go through": "went through"}  # fmt: skip


def swedish(rng: random.Random) -> str:
    opening = rng.choice(SV_OPEN)
    who = rng.choice(SV_WHO)
    what = f"{rng.choice(SV_WHAT)}{rng.choice(SV_TAIL)}"
    verb, _, rest = rng.choice(SV_DID).partition(" ")
    if not opening:
        return f"{who} {verb} {rest} {what}."
    if opening.endswith(", "):  # a clause first: the subject before the verb
        return f"{opening}{who.lower()} {verb} {rest} {what}."
    return f"{opening}{verb} {who.lower()} {rest} {what}."  # an adverbial first: the verb second


def english(rng: random.Random) -> str:
    opening = rng.choice(EN_OPEN)
    who = rng.choice(EN_WHO)
    if opening:
        who = who[0].lower() + who[1:]
    modal = rng.choice(EN_MODAL)
    do = rng.choice(EN_DO)
    verb = f"{modal}{do}" if modal else PAST[do]
    return f"{opening}{who} {verb} {rng.choice(EN_WHAT)}{rng.choice(EN_TAIL)}."
