"""Sentences without identifiers, put together from parts so that notes do not repeat
themselves: who (by role, never by name), what they did or said, and a tail. Written for
held-out H. They are templates too: `<<summer>>` marks an ordinary use of a name-like word."""

from __future__ import annotations

import random

WHO = {
    "sv": ("Patienten", "Hon", "Han", "Dottern", "Sonen", "Mamman", "Grannen", "Kuratorn",
           "Sjuksköterskan", "Psykiatern", "Case managern", "Gruppen",
           "Brodern", "Sambon", "Kontaktpersonen", "Den gode mannen", "Boendestödjaren"),
    "en": ("The patient", "She", "He", "The daughter", "The son", "Her mother", "The neighbour",
           "The social worker", "The nurse", "The psychiatrist", "The case manager", "The group",
           "His brother", "Her partner", "The support worker",
           "The trustee", "The peer worker"),
}  # fmt: skip
DID = {
    "sv": ("pratade om", "tog upp", "ville inte prata om", "frågade om", "återkom till",
           "var orolig för", "skämtade om", "hade skrivit ner frågor om", "lät bli att nämna",
           "gick igenom", "sa något kort om", "blev upprörd över"),
    "en": ("talked about", "brought up", "did not want to discuss", "asked about",
           "came back to", "was worried about", "joked about", "had written questions about",
           "avoided", "went through", "said a few words about", "got upset about"),
}  # fmt: skip
WHAT = {
    "sv": ("ekonomin", "boendet", "medicinerna", "sömnen", "jobbet", "maten", "träningen",
           "sommaren", "julen", "skulderna", "bussresorna", "hunden", "barnen", "vården",
           "målen från förra gången", "dagverksamheten", "kontakten med kommunen", "rökningen"),
    "en": ("money", "the flat", "the medication", "sleep", "work", "food", "exercise",
           "the <<summer>>", "Christmas", "the debts", "the bus trips", "the dog", "the children",
           "the care plan", "last time's goals", "the day centre", "contact with the council",
           "smoking"),
}  # fmt: skip
TAIL = {
    "sv": ("", "", " en stund", " igen", " utan att bli tillfrågad", " mot slutet",
           " i början av mötet", ", ganska länge", ", kort", " (oklart varför)",
           " med glimten i ögat"),
    "en": ("", "", " for a while", " again", " without being asked", " towards the end",
           " at the start", ", at some length", ", briefly", " (not clear why)", " with a smile"),
}  # fmt: skip
NOTE = {
    "sv": ("Obs: {} kan behöva följas upp.", "Notering: {} tas upp nästa gång.",
           "Uppföljning av {} bokad.", "Inget beslut om {}."),
    "en": ("NB {} <<may>> need follow-up.", "Note: {} next time.", "Follow-up on {} agreed.",
           "No decision on {}."),
}  # fmt: skip


def sentence(lang: str, rng: random.Random) -> str:
    """A sentence of `lang` ("sv" or "en") that names nobody."""
    if rng.random() < 0.2:
        return rng.choice(NOTE[lang]).format(rng.choice(WHAT[lang]))
    return (
        f"{rng.choice(WHO[lang])} {rng.choice(DID[lang])} {rng.choice(WHAT[lang])}"
        f"{rng.choice(TAIL[lang])}."
    )
