"""Greetings, thanks, farewells and interjections of English, Swedish, Norwegian, Danish and
Finnish: the one home of the words a name follows when someone is greeted or spoken to ("Hi
Bayram,", "Tack Zlatko!", "Kiitos Onni"), and of those that are no one's name.

Each rule asks for the class it needs; the classes differ only where a rule needs them to:

- `SALUTATIONS`: `OPENERS` and the salutations of a letter in the neighbours' languages
  ("Kære", "Kjære", "Käre", "Hyvä"); opening a letter's line of a name and a comma
  (`salutation_word`) such a word is never a misspelt registered name (`unregistered`) nor the
  first word of a stranger's (`function_edges`);
- `OPENERS`: one-word greetings and a letter's salutations a name follows ("hi", "dear",
  "kära", "hej", "moi"); `namecontext`, `word_readings` and `vocatives.given_addressed` read
  a name right after one;
- `FAREWELLS`: greetings, thanks and farewells `OPENERS` lacks, after which an unknown word
  is someone spoken to (`vocatives.greeted`: "Bye Zlatko!", "Kiitos Zlatko."); it holds words
  that are also family names ("Moro", "Tak"), since it only adds a reading after them;
- `PHRASES`: two-word greetings and calls before a name ("good morning", "kom igen");
- `NO_NAME`: greetings, thanks and farewells that are no one's name anywhere, cut from the
  edge of a stranger's name they ran into (`function_edges`: "Kiitos Ilvarek"); narrower
  than `FAREWELLS`: "Moro" and "Tak" are family names in Python Faker's person lists, "hade"
  and "hejssan" are no whole greeting, "night" and "welcome" are English words of a
  sentence ("morning", "cheers" are cut by `EMAIL_WORDS`; "terve", "farvel", "heisann" by
  `data/closed_words.tsv`);
- `EMAIL_WORDS`: the English greetings and sign-offs of e-mail that `function_edges` cuts from
  a stranger's edge ("Good Morning Debra", "Thx Debra", "Best regards");
- `CLOSINGS`: the formulas that close a letter or an e-mail, in many languages ("Best
  regards", "Thanks again", "Mvh", "Terveisin" and its colloquial "Terkuin", as the
  Kielitoimisto dictionary gives it, "Viele Grüße"), after which the writer's name follows
  (`namecontext`, `context`, `stranger_halves`); apart from `EMAIL_WORDS`, which holds
  single words cut from a stranger's edge and not "love" or "yours" (words of a sentence);
- `INTERJECTIONS`: interjections, greetings and answers that open or make a line themselves
  ("Tjena, ...", "Hallo!", "Vadå?"), never someone spoken to (`vocatives`);
- `CHAT_ANSWERS`: English answers and greetings that open a chat message ("yes", "ok",
  "thanks"), which hurried typing runs into the next word (`glued_answers`: "Yesplease");
- `FORMULAS`: greetings, thanks, apologies, farewells and exclamations of each language,
  written by hand from the languages' grammars as interjections; `bench/build_closed_words.py`
  adds those that no one bears as a name to `data/closed_words.tsv`.

The lists are written by hand: the closed classes of greetings and interjections in the
grammars of each language, not strings of any note.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Greetings: a name follows ("Hi Bayram,", "Dear Adeleke Paimo,", "Hej Oluwasegun!").
OPENERS = _words("hi hello hey dear hej hejsan hallå kära bästa tjena hei moi")
# A letter's salutations, opening its first line before the name of the one it is written to
# ("Dear Gitte Holm,", "Kære Maja,", "Kjære Ola,", "Hallo Nils,", "Käre Nils,", "Bäste Erik,",
# "Hyvä Matti,"): English, Danish, Norwegian, Swedish and Finnish, from the languages' grammars
# of letters; the neighbours' ones are read only on such a line (`salutation_word`,
# `vocatives.salutation`).
SALUTATIONS = OPENERS | _words("kære kæreste kjære hallo goddag käre bäste hyvä")
# Greetings, thanks and farewells a name follows; the one-word greetings of `OPENERS`
# ("hi", "hej", "hei", "moi") are read there already.
FAREWELLS = _words(
    """bye goodbye thanks welcome morning evening night cheers tack tjenare hejdå välkommen
    takk velkommen hade farvel tak kiitos terve moikka heippa huomenta tervetuloa moro
    hejssan heisann"""
)
# Two-word greetings and calls ("good morning Zlatko", "come on Zlatko", "hej då Zlatko").
PHRASES = (
    "thank you",
    "come on",
    "go on",
    "see you",
    "god morgon",
    "god morgen",
    "godmorgen",
    "hej då",
    "ha det",
    "kom igen",
    "kom igjen",
    "kom nu",
    "hyvää huomenta",
    "näkemiin",
)
# Greetings, thanks and farewells that are no one's name anywhere: cut from the edge of a
# stranger's name they ran into ("Kiitos Ilvarek", `function_edges`).
NO_NAME = _words(
    """bye goodbye thanks kiitos tack takk tjena tjenare hejsan hallå hejdå heippa moikka
    huomenta tervetuloa välkommen velkommen"""
)
# English greetings and sign-offs of e-mail ("Good Morning Debra", "Thx Debra", "Kind
# regards"): cut from a stranger's edge, where they are the letter's words.
EMAIL_WORDS = _words("hi hello hey thx thanks cheers regards morning afternoon evening")
# Words that close a letter or an e-mail: the next line starts with the writer's name (or the
# same line, after a comma). Also as the neighbours and the largest languages of Europe
# close a message ("Viele Grüße", "Terveisin", "Med vennlig hilsen"). A Nordic closing is a
# greeting noun ("hilsen", "hilsner", "hälsningar", "terveisin") with the few quantifiers and
# adjectives letters put before it ("mange", "venlige", "bedste", "hjertelige", "kærlige",
# "varme", "många", "bästa", "lämpimin", "sydämellisin"), each of which the languages'
# letter-writing guides give: a line of them is the closing, whichever the writer chose.
CLOSINGS = frozenset(
    line.strip()
    for line in """best regards
    kind regards
    warm regards
    warmly
    regards
    best wishes
    best
    thanks
    thank you
    many thanks
    thanks again
    thanks so much
    thanks a lot
    cheers
    sincerely
    yours sincerely
    yours
    all the best
    love
    med vänliga hälsningar
    med vänlig hälsning
    vänliga hälsningar
    vänlig hälsning
    hälsningar
    mvh
    tack
    tack så mycket
    kram
    kramar
    with love
    warm wishes
    with best wishes
    take care
    yours truly
    yours faithfully
    hälsning
    allt gott
    med vennlig hilsen
    vennlig hilsen
    med venlig hilsen
    venlig hilsen
    kærlig hilsen
    bedste hilsner
    hilsen
    hilsner
    hilsener
    mange hilsner
    mange hilsener
    mange venlige hilsner
    venlige hilsner
    vennlige hilsener
    de bedste hilsner
    bedste hilsen
    beste hilsen
    beste hilsener
    hjertelig hilsen
    hjertelige hilsner
    kærlige hilsner
    varme hilsner
    varme hilsener
    många hälsningar
    bästa hälsningar
    varma hälsningar
    hjärtliga hälsningar
    kind wishes
    kindest regards
    warmest regards
    with kind regards
    ystävällisin terveisin
    lämpimin terveisin
    sydämellisin terveisin
    terveisiä
    parhain terveisin
    terveisin
    terkuin
    terkut
    viele grüße
    liebe grüße
    beste grüße
    herzliche grüße
    mit freundlichen grüßen
    freundliche grüße
    met vriendelijke groet
    vriendelijke groeten
    groetjes
    cordialement
    bien cordialement
    saludos
    un saludo
    atentamente
    cordiali saluti
    pozdrawiam
    z poważaniem""".splitlines()
)
# A closing abbreviated to a letter and its full stop on a line of its own, the writer's name
# on the next: Finnish "t." for "terveisin" (Kielitoimisto's abbreviation, as e-mails and
# text messages sign "t.\nMatti"). Only with its full stop and alone on its line.
ABBREVIATED_CLOSINGS = frozenset({"t."})
# Interjections, greetings and answers that open or make a line themselves ("Tjena, ...",
# "Hallo!", "Vadå?", "Moikka, ..."), though no word list of a note's language holds them.
INTERJECTIONS = _words(
    """hi hello hey hej hejsan hallå tjena tjenare tja tjabba hei heisan hallo moi moikka
    heippa terve moro morjens kiitos tack takk tak bye vadå va nähä jaha aha oj åh äh nej ja
    jo joo juu niin nää okej okei okay ok yes yeah yep nope wow oops ouch hmm mhm aj aha ahaa
    jaså jasså nja nåja jepp jøss huh hah haha hehe hihi hoi hejdå hadet ajö adjö skål jaa
    eikö älä hyvä ookoo selvä ugh argh meh duh bah pah psst shh tsk uff usch fy hurra
    jippi jess yay hooray"""
)
# English answers and greetings that open a typed chat message ("yes", "ok", "sure", "hi",
# "thanks"): `INTERJECTIONS`' English ones with the answers "no" and "sure" and the "thank" and
# "please" of a request; a customer typing fast runs one into the next word ("Yesplease
# confirm", "Noreally thanks", `glued_answers`).
CHAT_ANSWERS = _words("yes no ok okay sure yeah yep nope hi hello hey thanks thank please")
# Greetings, thanks, apologies, farewells and exclamations, one word each, by language
# (written by hand; `bench/build_closed_words.py` writes them into `data/closed_words.tsv`).
FORMULAS: dict[str, str] = {
    "fi": """kiitos kiitti kiitoksia moi moikka moro morjens terve heippa huomenta näkemiin
    nähdään anteeksi sori voi äh öh okei joo juu""",
    "sv": """tack tackar hej hejsan hejdå tjena tjenare tja hallå morsning förlåt ursäkta oj
    åh ååh aj usch jaha jaså okej""",
    "nn": """takk hei heisann hallo morn unnskyld beklager åh oi au uff jaha javel""",
    "da": """tak hej hejsa goddag godmorgen farvel undskyld åh jamen""",
    "en": """thanks sorry bye goodbye oh ah aw ugh uh um hmm wow okay yep nope""",
}


def opens_greeting(word: str) -> bool:
    """Whether `word` (lower case) is a one-word greeting a name follows ("hi", "dear")."""
    return word in OPENERS


def salutation_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a letter's salutation (`SALUTATIONS`) opening a line that
    holds it and one to three more words closed by a comma, a colon or an exclamation mark
    ("Dear Gitte Holm,", "Kære Maja,", "Hej kaisa!"): the letter's word, never a misspelt
    name nor part of one; the name after it is read as it is ("Dear Dean,"). Not "Dear Holm
    called today" (a sentence: a slip of Dean, perhaps)."""
    if text[start:end].lower() not in SALUTATIONS:
        return False
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t"):
        return False
    stop = text.find("\n", end)
    rest = text[end : stop if stop >= 0 else len(text)].rstrip(" \t")
    return (
        rest[:1] == " "
        and rest[-1:] in _SALUTATION_MARKS
        and 1 <= len(rest[:-1].split()) <= _SALUTATION_WORDS
    )


_SALUTATION_MARKS = frozenset(",:!")
_SALUTATION_WORDS = 3  # "Dear Anna Maria Holm,"


def no_name_edge(word: str) -> bool:
    """Whether `word` (lower case) is a greeting, thanks, farewell or e-mail sign-off that is
    no one's name, to be cut from the edge of a stranger's name ("Kiitos", "Thx", "Regards")."""
    return word in NO_NAME or word in EMAIL_WORDS


# "thanks" as a whole answer: a mark of punctuation or the line's end right after it.
_THANKS_ALONE = re.compile(r"[ \t]+thanks(?:[ \t]*[,.!?;)]|[ \t]*$)", re.MULTILINE)
# "thanks" before "for" ("Good thanks for your response"), and before the "have" of a
# farewell ("No thanks have a nice day").
_THANKS_FOR = re.compile(r"[ \t]+thanks[ \t]+for\b")
_THANKS_FAREWELL = re.compile(r"[ \t]+thanks[ \t]+have\b")


def thanks_alone(low: str, index: int) -> bool:
    """Whether "thanks" follows low[:index] as the answer to "how are you" ends ("Good
    thanks, how about you?", "Fine thanks!") or before a farewell ("thanks have a nice
    day": no object of the verb begins with "have"): the interjection, not the verb, which
    takes its object ("Anna thanks the staff"), so no one's name before it."""
    return (
        _THANKS_ALONE.match(low, index) is not None
        or _THANKS_FAREWELL.match(low, index) is not None
    )


def thanks_for(low: str, index: int) -> bool:
    """Whether "thanks for" follows low[:index] ("Good thanks for your response."): after an
    adjective of reply, the thanks of a reply. Not enough alone: "Anna thanks for the
    flowers" is how a note may give what Anna said (Swedish "tackar för")."""
    return _THANKS_FOR.match(low, index) is not None
