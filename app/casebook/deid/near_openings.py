"""A sentence's first word that only a guessed inflection makes a word of a neighbour
language, and that is a near miss of a registered name: the name ("Lundsgaar ringede",
"Porinen soitti" for a registered Lundsgaard, Pirinen).

`note_language.ordinary_here` takes a capitalised word that opens a Norwegian, Danish or
Finnish sentence for an ordinary word when its lists hold it or when it reads as a regular
inflection or compound of a word they hold (`neighbour_forms`: "lunds|gaar", "pori|nen").
That guess is right for most openers the lists lack ("Kiistämättä"), but a registered name
misspelt by a slip often reads as one too. Where the word is no listed word of those
languages and `nearmiss.NearMisses.find` finds it near a registered name, the name wins:
the registry says who the note is about, the guess only that the letters could make a word.
The same holds for the word alone on the line after a sign-off ("Mvh⏎Sige" for a registered
Sigve, though Danish "sige" is to say and Norwegian "sige" to seep): the writer's name stands
there (`namecontext.signature_name`), and a word one slip from one registered person's name
is that person, whatever the neighbour language's lists hold.
A Finnish noun whose nominative the lists lack but whose plural and partitive they both hold
("kävijä", a visitor: "kävijät", "kävijää") is no guess: its inflection is listed
(`neighbour_forms.nominative_listed`), and the word stays a word. Nor is one of the 300 most
frequent Finnish words worn down as speech wears it ("Miks" for "miksi", "Sillon" for
"silloin": `spoken_finnish.frequent_form`): the commonest words of the language, typed as
said in every forum post and chat.
"""

from __future__ import annotations

from casebook.deid import namecontext, neighbour_forms, note_language, spoken_finnish
from casebook.deid.nearmiss import NearMisses


def name_not_form(word: str, near: NearMisses) -> bool:
    """Whether the lower-case `word`, which a neighbour language's inflections make a word
    of, is rather a registered name misspelt (module docstring)."""
    return (
        bool(near)
        and word not in note_language.neighbour_words()
        and not neighbour_forms.nominative_listed(word)
        and not spoken_finnish.frequent_form(word)  # "Miks", "Sillon": miksi, silloin
        and near.find(word) is not None
    )


def signed_slip(low: str, start: int, end: int, near: NearMisses) -> bool:
    """Whether the word low[start:end], alone on the line after a sign-off, is one person's
    registered name misspelt (module docstring), though a neighbour language's word."""
    if not near or not namecontext.signature_name(low, start, end):
        return False
    found = near.find(low[start:end])
    return found is not None and len(found.entries) == 1
