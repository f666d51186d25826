"""Where the context says a capitalised word is a person's name, whatever the word is.

Used by `unregistered.py` for words nobody registered (and for misspelt registered names), on
the few capitalised words its cheap classes leave; each test looks only at a few characters
around the word. `text` is the text, `low` its lower case (same length).

- `signed_off`: the first word of the line after a sign-off ("Best regards,", "Mvh").
- `in_attendance`: the first item after "Present:", "Närvarande:", "Apologies:";
  `labelled_person` the same, not when a transcript's turn follows ("Doctor: May I").
- `listed_with_name`: next to a name in a list or a coordination ("X and dr Y", "Y (pt), X
  (SO)", "X och Y"), where `is_name(start, end)` says whether a word is a name.
- `kin_possessive`: a possessive before a relation word or a person's contact detail ("X's
  sister", "Xs mamma", "Xs mejl"); `home_possessive` before a flat ("Xs leilighet").
- `acts_as_person`: a modal verb or "do", then a verb only a person does ("X could join", "X ska
  ringa").
- `display_name`: before an e-mail address in angle brackets ("From: X <x@example.org>") or
  Outlook's "[mailto:x@example.org]".
- `substituted`: after "instead of", "rather than", "istället för" when a name stands
  earlier in the sentence ("asked whether Per could come instead of X").

`local_language` reads which language the words around a position are in, for mixed notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from functools import lru_cache

from casebook.deid import (
    attendance_lists,
    context,
    greetings,
    person_nouns_en,
    record_possessives,
    role_parentheses,
    speaker_turns,
    vocab,
)

_WORD = re.compile(r"[^\W\d_]+(?:[':][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?\n]")
_LIST_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*(?:,|;|&|\band\b|\boch\b|\bog\b|\bja\b|\bor\b|\beller\b)"
)
_LIST_GAP_BEFORE = re.compile(
    r"(?:,|;|&|\band|\boch|\bog|\bja|\bor|\beller)[ \t]+"
    r"(?:(?:dr|doctor|mr|mrs|ms|herr|fru)\.?[ \t]+)?\Z"
)
_TITLE_AFTER = re.compile(r"[ \t]+(?:dr|doctor|doktor|mr|mrs|ms|prof|herr|fru)\b\.?[ \t]+(?=\w)")
_PARENTHESIS_BEFORE = re.compile(r"\([^()\n]{1,24}\)[ \t]*\Z")
_DISPLAY = re.compile(
    r"[ \t]*(?:<[^<>@\s]{1,64}@[^<>\s]{1,255}>|\[mailto:[^\[\]@\s]{1,64}@[^\[\]\s]{1,255}\])"
)
_POSSESSIVE = ("'s ", "’s ")
_SUBSTITUTES = ("instead of", "rather than", "istället för", "i stället för", "snarare än")

IsName = Callable[[int, int], bool]
_PUNCTUATION = ",;:\"'()[]«»“”‘’-–—*"
_BLANK_PUNCTUATION = str.maketrans(dict.fromkeys(_PUNCTUATION, " "))
# "og" (Norwegian, Danish) and "ja" (Finnish) join two people as "and" and "och" do.
_CONJUNCTIONS = frozenset({"and", "och", "og", "ja", "or", "eller"})
_LIST_MARKS = frozenset(",;&(")
_SPEAK_GATE = frozenset({"with", "to", "med", "till"}) | vocab.OBJECT_PRONOUNS


def says_person(
    text: str, low: str, start: int, end: int, last: int, first: int, prev: str, gap: str
) -> bool:
    """Whether the setting of the word text[start:end] says person (a display name, a
    possessive before a relation, a role in parentheses; for the first word of a name that
    starts at `first` and ends at `last`, a greeting, a verb of speaking, a label of people
    or a sign-off before it). `prev` and `gap` are `context.previous_word(low, first)`.
    Cheap tests of a character or two come before every pattern."""
    if "<" in text[last : last + 3] or "[" in text[last : last + 3]:
        if display_name(text, last):
            return True
    if low[end : end + 1] in ("'", "’", "s") and kin_possessive(low, end):
        return True
    if (
        low[end - 1 : end] == "s"
        and low[end : end + 1] == " "
        and (kin_possessive(low, end - 1) or _possessed(low, end - 1) in _CARRIED)
        and not _english_plural(low, start, end)
    ):
        return True  # "Nomalangas mejl", "Phoebes termos": a name nobody knows, with its
        # genitive s
    if text[start - 1 : start] == "(" and in_role_parenthesis(text, low, start, end):
        return True
    if text[last : last + 2] in (" (", "(") and role_follows(low, last):
        return True  # "Dylano (pappans nya sambo)"
    if text[last : last + 1] == "," and (
        appositive_relation(low, last) or after_role_apposition(low, first, last)
    ):
        return True  # "Kahsay, an old school friend", "the case worker, Theobold, has"
    if start != first:
        return False
    if prev in greetings.OPENERS and not gap:
        return True
    if prev in _SPEAK_GATE and spoken_with(low, start):
        return True
    i = start - 1
    while i >= 0 and low[i] in " \t":
        i -= 1
    if i >= 0 and low[i] == ":" and labelled_person(text, low, start, last):
        return True
    if i >= 0 and low[i] == "/" and slash_signed(low, start, last):
        return True
    return (
        (i < 0 or low[i] == "\n" or prev in greetings.CLOSINGS)
        and signed_off(low, start)
        and not team_signs(low, last)
    )


def _english_plural(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], ending in "s", is an English word (`vocab.listed("en")`) in a
    sentence read as English (`local_language`): a plural noun before its verb ("Trifles
    make perfection", "Bedfellows make strange politicians"), not a genitive "s" before a
    Swedish kin word ("make", a husband): English writes its genitive with an apostrophe."""
    return low[start:end] in vocab.listed("en") and local_language(low, start, end) == ("en",)


def may_be_listed(text: str, low: str, start: int, end: int, prev: str, after: str) -> bool:
    """A cheap first test for `listed_with_name`: a list mark or a conjunction next to it."""
    return (
        after in _CONJUNCTIONS
        or prev in _CONJUNCTIONS
        or not _LIST_MARKS.isdisjoint(text[end : end + 3])
        or not _LIST_MARKS.isdisjoint(text[max(0, start - 3) : start])
    )


# The Nordic currencies' names, which English notes write as they are ("Paid 850 kronor per
# session"): no evidence of the sentence's language
_MONEY = frozenset("krona kronor kronan kronorna kroner kronen kronerne kr öre øre".split())


@lru_cache(maxsize=1)
def _only_in() -> tuple[frozenset[str], frozenset[str]]:
    english, swedish = vocab.common_words(("en",)), vocab.common_words(("sv",))
    return english - swedish - _MONEY, swedish - english - _MONEY


def local_language(
    low: str, start: int, end: int, next_only: bool = False
) -> tuple[str, ...] | None:
    """("en",) or ("sv",) when the word after low[start:end] belongs to one language only, or
    the words of the same sentence around it (four before, five after) lean clearly one way
    (not looked at when `next_only`); else None."""
    english_only, swedish_only = _only_in()
    # The next word alone often decides ("Han kom", "Inga pengar"; "Hams' syster"): the first
    # token of the next 24 characters with letters left once punctuation is stripped.
    for token in low[end : end + 24].split():
        first = token.strip(_PUNCTUATION)
        if first:
            if first in swedish_only:
                return ("sv",)
            if first in english_only:
                return ("en",)
            break
    if next_only:
        return None
    begin = max(0, start - 60)
    begin = max(
        begin,
        low.rfind(".", begin, start) + 1,
        low.rfind("!", begin, start) + 1,
        low.rfind("?", begin, start) + 1,
        low.rfind("\n", begin, start) + 1,
    )
    stop = _SENTENCE_END.search(low, end, end + 80)
    left, right = low[begin:start], low[end : stop.start() if stop else end + 80]
    words = set(left.translate(_BLANK_PUNCTUATION).split()[-4:])
    words.update(right.translate(_BLANK_PUNCTUATION).split()[:5])
    english = len(english_only.intersection(words))
    swedish = len(swedish_only.intersection(words))
    if english > swedish:
        return ("en",)
    if swedish > english:
        return ("sv",)
    return None


_SENTENCE_WORDS = 4  # words of a line after a closing that, ending in "!" or "?", make a sentence


def _line_start(text: str, start: int) -> int | None:
    """Where the line holding `start` begins, if only spaces stand before the word on it."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i if i == 0 or text[i - 1] == "\n" else None


def signed_off(low: str, start: int) -> bool:
    """First on the line after a sign-off ("Best regards,\nX"), or right after one on the same
    line ("Mvh X"). A line of four words or more that ends in "!" or "?" is a sentence, no
    signature ("Thanks again!\nGood local steakhouse, I recommend it!": a review goes on)."""
    line = _line_start(low, start)
    if line:
        previous = low[max(0, low.rfind("\n", 0, line - 1) + 1) : line - 1]
        if previous.strip().rstrip(",.!-–— \t") not in greetings.CLOSINGS:
            return False
        stop = low.find("\n", line)
        own = low[line : stop if stop >= 0 else len(low)].rstrip()
        return not (own.endswith(("!", "?")) and len(own.split()) >= _SENTENCE_WORDS)
    before = low[max(0, low.rfind("\n", 0, start) + 1) : start].strip(" \t,")
    return before in greetings.CLOSINGS


# The nouns of a group of people that signs as one, in English, Swedish, Norwegian and Danish,
# bare and definite: "Regards,⏎Fieldwork team", "Hilsen⏎Barnevern-kontoret".
TEAM_NOUNS = frozenset(
    """team teams teamet teamen office unit group department desk staff crew committee board
    secretariat kontor kontoret kontorer afdeling afdelingen avdeling avdelingen avdelning
    avdelningen gruppe gruppen grupp enhet enheten enhed enheden sekretariat sekretariatet
    styre styret styrelse styrelsen udvalg udvalget utvalg utvalget""".split()
)


def team_signs(low: str, last: int) -> bool:
    """Whether a noun of a group (`TEAM_NOUNS`) follows the words that end at `last` and
    ends the line: a closing's signer line that names a team ("Regards,⏎Fieldwork team"),
    whose first word says what the team does, not who."""
    stop = low.find("\n", last)
    rest = low[last : stop if stop >= 0 else len(low)].strip(" \t.,!")
    return rest in TEAM_NOUNS


def slash_signed(low: str, start: int, end: int) -> bool:
    """After a slash that starts a word, last on its line or before one more word: the
    Swedish way to sign a text message or a short e-mail ("ring mig? /Lena", "/Lena B");
    not "och/eller", "km/h", "20/5"."""
    if start < 1 or low[start - 1] != "/" or (start >= 2 and not low[start - 2].isspace()):
        return False
    stop = low.find("\n", end)
    return len(low[end : stop if stop >= 0 else len(low)].split()) <= 1


def signature_name(low: str, start: int, end: int) -> bool:
    """Alone, or before one more word, on the line right after a sign-off ("Mvh\nInga",
    "Thanks,\nMark Holm") or after a slash ("/Lena"): the writer's name, even a word that is
    also a name; not "Thanks,\nLove the new chair" (a sentence)."""
    if slash_signed(low, start, end):
        return True
    if not _line_start(low, start):
        return False
    stop = low.find("\n", end)
    return len(low[end : stop if stop >= 0 else len(low)].split()) <= 1 and signed_off(low, start)


_CELL_ROLE = re.compile(r"[ \t]*(?:\|[ \t]*|\t[ \t]*|[ ]{2,})((?:[^\W\d_]+[ .]?){1,3})")


# Roles of more than one word, or that are no relation: "god man" (a guardian), "förvaltare".
_CELL_ROLES = ("case manager", "god man", "gode man", "förvaltare", "guardian", "appointee")


def role_in_next_cell(low: str, start: int, end: int) -> bool:
    """The first cell of a table typed as text, with a role or relation in the next cell
    ("Mark | case manager | 073…", "dawn\tbror\t–"): a person's name in a contact list."""
    if _line_start(low, start) is None:
        return False
    cell = _CELL_ROLE.match(low, end)
    if not cell:
        return False
    words = cell.group(1).replace(".", " ").split()
    return any(w in vocab.RELATIONS or w in _PATIENT for w in words) or any(
        role in cell[1] for role in _CELL_ROLES
    )


def greeted(low: str, start: int) -> bool:
    """Right after a greeting: "Hi X,", "Dear X", "Hej X!"."""
    before = low[max(0, start - 8) : start]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    return bool(words) and words[-1] in greetings.OPENERS


def in_attendance(low: str, start: int, neighbours: bool = False) -> bool:
    """First after a label whose value is people: "Present:", "Next of kin:", "Till:",
    "D/w:" (discussed with); not an ordinary word where a participant's turn follows the
    label ("Deltagare: Varsamt och högtidligt lade han ...", "Deltagare: Bröstmjölken
    innehåller allt", `speaker_turns.turn_follows`).
    A word that is nothing but a name stays, as in `speaker_turns.opens_speech`: it is the
    turn's subject or the one spoken to ("Interviewer: Berzan There are ...").
    With `neighbours` (a lower-case registered word, `names.py`), the neighbours' labels of who
    was there or away count too ("Til stede: dag, Irene", `attendance_lists.NEIGHBOUR_PRESENCE`)."""
    if not _after_people_label(low, start, neighbours):
        return False
    word = _WORD.match(low, start)
    if word is None or not _ordinary(word.group()):
        return True
    colon = low.rfind(":", low.rfind("\n", 0, start) + 1, start)
    return colon < 0 or not speaker_turns.turn_follows(low, colon + 1)


def _ordinary(word: str) -> bool:
    """A word of the lists, or a form of one ("bröstmjölken", "diagrammets")."""
    return word in vocab.known_words() or vocab.is_word_form(word)


# The sender's header of a letter or an e-mail in Danish and Norwegian, as "From:" and "Från:"
# of `vocab.ATTENDANCE` (Outlook's "Fra:"; `attendance_lists.NEIGHBOUR_HEADERS`): a label
# only alone opening its line, for "fra" is the preposition "from" anywhere else.
_SENDER_HEADERS = frozenset({"fra"})


def _after_people_label(low: str, start: int, neighbours: bool = False) -> bool:
    labels = attendance_lists.NEIGHBOUR_PRESENCE if neighbours else frozenset()
    before = low[max(0, start - 16) : start].rstrip(" \t")
    if before.endswith((",", ";")):  # a later item: "Attendees: Darwish; Per"
        line = low[low.rfind("\n", 0, start) + 1 : start]
        # (the last label on the line: "Mark this: … Present: Anna, rose")
        head = re.split(r"[.!?][ \t]", line.rsplit(":", 1)[0])[-1] if ":" in line else ""
        label = _WORD.findall(head)
        return 0 < len(label) <= 3 and (
            label[-1] in vocab.ATTENDANCE
            or label[-1] in labels  # "Til stede: Sgny, liv"
            or attendance_lists.phrase_label(label)
        )  # (the labels of several words: "Med på mötet: Ola, vilja")
    if not before.endswith(":"):
        return False
    if before.endswith("d/w:"):
        return True
    words = _WORD.findall(before)
    if (
        words
        and words[-1] in _SENDER_HEADERS
        and before[before.rfind("\n") + 1 :].split() == [words[-1] + ":"]
    ):
        return True  # "Fra: Habtom", alone opening its line: a letter's sender
    if words and (words[-1] in vocab.ATTENDANCE or words[-1] in labels):
        # "Present: rose", "Til stede: dag, Irene Gustavsen"; not a noun after its article
        # ("Overheard at the till: Good, thanks": the shop's till, not Swedish "Till:", to)
        line = before[before.rfind("\n") + 1 :].split()  # the label's line, whole words
        return len(line) < 2 or line[-2] not in _ARTICLES  # (not "518a⏎Present:")
    if words and attendance_lists.phrase_label(_WORD.findall(low[max(0, start - 40) : start])):
        return True  # "Also there: hope", "Med på mötet: vilja"
    # A label naming a role: "Ny kontaktperson via kommunen: X", "Granne: X", and the role
    # nouns of Norwegian, Danish and Finnish ("Nabo: X", "Sagsbehandler: X", "Tulkki: X").
    line = low[low.rfind("\n", 0, start) + 1 : start].rstrip(" \t")
    # The last label of the line alone: after a speaker's role the turn may quote a heading
    # of its own ("Tovholder: Luettu oikeuksien illassa: Älköön ...": what was read aloud,
    # not the organiser's name); a clock's colon has no space after it ("14:30 Nabo: X").
    head = line[:-1]
    label = _WORD.findall(head[head.rfind(": ") + 1 :]) if line.endswith(":") else []
    # With `neighbours` (a registered name), an English noun of people heading the label too
    # ("Plot holder: X", "Helpers: X (chair), ..."; `person_nouns_en`).
    if label and label[-1] in vocab.NAME_FOLLOWERS:
        return False  # "A volunteer wrote: MTurk doesn't pay": the words written, not people
    return 0 < len(label) <= 5 and (
        any(
            w in vocab.ATTENDANCE
            or w in vocab.RELATIONS
            or (role_parentheses.role_noun(w) and w not in speaker_turns.PARTIES)
            for w in label
        )
        or (
            neighbours
            and person_nouns_en.person_noun(label[-1])
            and label[-1] not in speaker_turns.PARTIES
        )
    )


# What a field's label is followed by, not a speaker's: a number ("+964 …", "(08) …"), an
# e-mail address or a link.
_VALUE = re.compile(r"[ \t]*(?:[+(]?\d|\S*@|https?:|www\.)")


def labelled_person(text: str, low: str, start: int, end: int, neighbours: bool = False) -> bool:
    """The words text[start:end] first after a label whose value is people (`in_attendance`;
    with `neighbours`, the neighbours' labels too: "Til stede: Jo, Reidulf Berg"), unless the
    label opens a transcript's turn and speech follows ("Interviewer: Will you", "Nurse: May
    I", `speaker_turns`)."""
    return in_attendance(low, start, neighbours) and not speaker_turns.opens_speech(
        text, low, start, end
    )


def labelled(text: str, start: int, end: int) -> bool:
    """A word that opens a line or an item and labels it: "– Vasiliki: wants help"; not a
    field whose value is a number, an address or a link ("Whatsapp: +964 …", "Skype: x@…"),
    nor one more label of a block of minutes' labels of people, its value names alone
    (`_block_label`: "Närvarande: ...⏎Frånvarande: ...⏎Boendestöd: Hamul Pylkas"), nor a
    frequent word of Danish or Norwegian (`vocab.neighbour_word`): a registration form of the
    neighbours labels its fields with their nouns ("Navn: ...", "Pårørende: ...",
    "Vurdering: ..."), and a word the name lexicon lacks (the only ones asked here) is then
    the field's label, its value the person ("Navn: Duncan Rowbotham"); so does a Finnish
    form with a frequent Finnish word (`vocab.frequent_words("fi")`: "Nimi: Duncan
    Rowbotham"), and a loan form with a rarer word of the three (`vocab.listed`: Danish
    "Udlånt:", lent out, "Afleveret:", handed in)."""
    if text[end : end + 1] != ":" or end - start < 4:
        return False
    label = text[start:end].lower()
    if vocab.neighbour_word(label) or label in vocab.frequent_words("fi"):
        return False
    if any(label in vocab.listed(lang) for lang in ("da", "nb", "fi")):
        return False  # a rarer word of theirs labels a loan form's field too ("Udlånt:")
    value = _VALUE.match(text, end + 1)
    if value is not None:
        return False
    i = context.margin_start(text, start)
    return (i == 0 or text[i - 1] == "\n") and not _block_label(text, i, end)


# A line that opens with a label and its colon; a value of capitalised words alone (names,
# a list of them) to the line's end.
_LABEL_LINE = re.compile(r"[ \t]*([^\W\d_]+)[ \t]*:")
_NAMES_VALUE = re.compile(r"[ \t]*[^\W\d_][^\s,]*(?:[ \t]*,?[ \t]*[^\W\d_][^\s,]*)*[ \t]*(?:\n|\Z)")


def _block_label(text: str, line: int, end: int) -> bool:
    """Whether the line at `line`, its label ending at `end`, follows a line that opens with
    a label of people (`attendance_lists.LABELS`: "Närvarande:", "Til stede:") and holds
    only capitalised words after its own colon: minutes list who was there, who was away
    and who came in which role under labels one a line, and a role's label ("Boendestöd:",
    housing support) is then no person, its value the person."""
    if line < 2:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    label = _LABEL_LINE.match(text, before, line - 1)
    if label is None or label.group(1).lower() not in attendance_lists.LABELS:
        return False
    value = _NAMES_VALUE.match(text, end + 1)
    if value is None:
        return False
    words = re.findall(r"[^\W\d_]+", value.group())
    return bool(words) and all(w[0].isupper() for w in words)


def in_role_parenthesis(text: str, low: str, start: int, end: int) -> bool:
    """Alone in parentheses after a role: "SO (Eden) present", "her daughter (Eden)"."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = text[max(0, start - 16) : start - 1].rstrip(" \t").split()
    if not before:
        return False
    role = before[-1]
    return (role.isupper() and 2 <= len(role) <= 3) or role.lower() in vocab.RELATIONS


def spoken_with(low: str, start: int) -> bool:
    """After a verb of speaking and "with"/"to" ("talked with X", "pratade med X"), after
    "according to", or after a verb of saying and its object ("she told me X had ...")."""
    words = low[max(0, start - 32) : start].split()[-2:]
    if len(words) < 2:
        return False
    verb, little = words
    if little in ("with", "to", "med", "till"):
        return verb in vocab.SPEAKING or (verb == "according" and little == "to")
    return little in vocab.OBJECT_PRONOUNS and verb in vocab.PERSON_VERBS


def at_service(low: str, end: int) -> bool:
    """Followed by "at the pharmacy", "at Försäkringskassan"."""
    if not low.startswith(" at ", end):
        return False
    words = low[end + 4 : end + 40].split()[:3]
    if not words:
        return False
    if words[0] == "the":  # "at the pharmacy", "at the job centre"
        return any(w.strip(",.;:)") in vocab.SERVICES for w in words[1:3])
    return False


def listed_with_name(text: str, low: str, start: int, end: int, is_name: IsName) -> bool:
    """A list item or a conjunct next to a name ("X and dr Y", "Y (pt), X (SO)")."""
    gap = _LIST_GAP.match(low, end)
    if gap:
        title = _TITLE_AFTER.match(low, gap.end())
        if title:
            return True  # "X and dr Y"
        after = gap.end()
        while after < len(text) and text[after] in " \t":
            after += 1
        word = _WORD.match(text, after)
        if word and word.group()[0].isupper() and is_name(after, word.end()):
            return True
    before = _LIST_GAP_BEFORE.search(low, max(0, start - 20), start)
    if before:
        stop = before.start()
        parenthesis = _PARENTHESIS_BEFORE.search(low, max(0, stop - 30), stop)
        if parenthesis:
            stop = parenthesis.start()
        while stop > 0 and text[stop - 1] in " \t":
            stop -= 1
        begin = stop
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        if begin < stop and is_name(begin, stop):
            return True
    return False


# Where a person lives, in the study's languages: a flat is rented or owned by a person, and
# a body's or a town's flats are said with its article or definite form ("kommunens
# lägenhet", "the Council's flats"), not with a bare genitive opening a sentence.
_HOMES = frozenset(
    """flat apartment lägenhet lägenheten leilighet leiligheten lejlighed lejligheden""".split()
)
# What one person carries and lends, in the singular: a person's, not a plural's ("Phoebes
# termos", "Bolts towel"; "tea towel", "håndklædestativ" are compounds).
_CARRIED = frozenset(
    """towel thermos flask handduk handduken termos termosen håndklæde håndklædet håndkle
    håndkleet termokande termokanden termoflaske termoflasken""".split()
)
# What people, not bears or roses, own: "björns lägenhet", "mark's flat", "roses telefon";
# and what one person carries and lends, in the singular ("Bolts towel", "Darts termos",
# "Apples flask"): a plural noun before them is a compound's first part only where English
# or the Nordic languages write one ("tea towel", "håndklædestativ" is one word), and the
# singular after it says one person's ("rolls towels" is a verb and its plural object).
_OWNED = (
    _HOMES
    | frozenset(
        """house home room car phone mobile dog bike bank account benefits rent
        hus huset hem hemma rum rummet bil bilen telefon mobil mobilen hund
        hunden cykel cykeln konto kontot hyra hyran""".split()
    )
    | _CARRIED
)


def home_possessive(low: str, end: int) -> bool:
    """A possessive before where a person lives: "Xs lägenhet", "X's flat", "Xs leilighet"
    (`end` after the bare word)."""
    return _possessed(low, end) in _HOMES


def _possessed(low: str, end: int) -> str | None:
    """The word after a possessive "'s", "’s" or "s" that follows `end` (None if none)."""
    if low.startswith(_POSSESSIVE, end):
        rest = end + 3
    elif low.startswith("s ", end):
        rest = end + 2
    else:
        return None
    word = _WORD.match(low, rest)
    return word.group() if word else None


def owner_possessive(low: str, end: int, record: bool = False) -> bool:
    """A possessive before a home or a belonging: "björns lägenhet", "may's flat"; with
    `record` (a capitalised name) also before what a care note keeps as a person's own,
    "Dags journal", "Marks ansökan" (`record_possessives`), which a lower-case word with an
    "s" may own as a thing does ("hela livs mål")."""
    word = _possessed(low, end)
    return word is not None and (word in _OWNED or (record and word in record_possessives.HELD))


# Words after which a word is no owner's genitive: a determiner, possessive or subject
# pronoun before it makes it the noun or verb they take ("the hills flask", "my rolls towel",
# "she rolls towel after towel").
_NO_OWNER_BEFORE = (
    vocab.DETERMINERS
    | vocab.PRONOUNS
    | frozenset("his her their my your our whose min din sin vår er hans hennes deras".split())
)


# "Home" after a verb's plural object is where it goes, no belonging ("sent flowers home",
# "wore clean clothes home", "tog kläderna hem").
_HOME_ADVERBS = frozenset("home hem hemma hjem hjemme".split())


def bare_s_owner(low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether low[start:end], a name ending in "s" with nothing glued on, is its owner's
    genitive before a home or a belonging ("Woods termokande gik rundt", "Mats bil", "Hills
    flask of tea went round"): Swedish, Norwegian and Danish write the genitive of a name
    ending in "s" as the bare name or with an apostrophe ("Mats' bil"; Språkrådet,
    Sprognævnet), and a hurried English note leaves the apostrophe out. The noun must be one
    only a person owns, in the singular (`owner_possessive`: "rolls towels" is a verb and its
    object; "home" after a plural is where it goes, "sent flowers home"), and no determiner,
    possessive, pronoun or number stand right before the word ("the hills flask", "she
    rolls towel"); `prev` and `gap` are `context.previous_word`'s.
    In UD English, Swedish, Norwegian and Danish (521,642 words) a word ending in "s" stands
    so before such a noun 32 times: 5 a person's genitive ("Dandos hund", "Clelias lägenhet")
    and 1 a bank's ("Gringotts Bank"), 7 a plural or definite noun's genitive or a compound
    ("barnens hus", "Ladies room", "customs house"), 5 a verb or plural before "home"
    (refused since), 10 a pronoun's own "s" ("this room", "hans hus": refused since), 4
    else ("takes account", "generous house", "slags bil", "reis bilen"): none a person's
    name that is also an ordinary word, which is what the rule reads."""
    if (
        end - start < 4
        or low[end - 1 : end] != "s"
        or low[end - 2 : end] == "ss"
        or low[start:end] in _NO_OWNER_BEFORE  # "hans hus", "this room": the pronoun's own
    ):
        return False
    if not gap and (prev in _NO_OWNER_BEFORE or prev.isdigit()):
        return False
    owned = _possessed(low, end - 1)
    return owned is not None and owned in _OWNED and owned not in _HOME_ADVERBS


def kin_possessive(low: str, end: int, kin: Set[str] = frozenset()) -> bool:
    """ "X's sister", "X’s husband", "Xs mamma" (`end` after the bare word); also before a
    word of `kin` ("Jacks datter" with `kin_names.NEIGHBOUR_KIN`)."""
    word = _possessed(low, end)
    return word is not None and (
        word in vocab.RELATIONS
        or word in vocab.TITLES
        or word in vocab.PERSONAL_DATA  # "Xs mejl:", "X's phone number"
        or word in kin
    )


# English "do" before a negation or a verb, as a modal verb stands ("X did not want to").
DO_FORMS = frozenset("do does did don't doesn't didn't".split())
_NEGATIONS = frozenset("not never inte aldrig ikke ikkje aldri".split())
# Verbs of the mind, which only a person does, beside `vocab.PERSON_ACTIONS`.
_MINDS = frozenset("want wish know remember think feel agree understand".split())


def acts_as_person(low: str, end: int) -> bool:
    """ "X could join", "X would phone", "X ska ringa", "X did not want to" (`end` after the
    word): a modal verb or "do", perhaps a negation, then a verb only a person does."""
    words = low[end : end + 48].split(None, 4)[:3]
    if len(words) < 2 or (words[0] not in vocab.MODALS and words[0] not in DO_FORMS):
        return False
    verb = words[2] if words[1] in _NEGATIONS and len(words) == 3 else words[1]
    verb = verb.strip(",.;:!?")
    return verb in vocab.PERSON_ACTIONS or verb in _MINDS


def display_name(text: str, end: int) -> bool:
    return _DISPLAY.match(text, end) is not None


def substituted(low: str, start: int, names_before: list[int]) -> bool:
    """After "instead of" and the like, with a name earlier in the same sentence (the starts of
    the names known so far in `names_before`)."""
    before = low[max(0, start - 16) : start].rstrip(" \t")
    if not before.endswith(_SUBSTITUTES):
        return False
    sentence = max(low.rfind(c, 0, start) for c in ".!?\n")
    return any(sentence < s < start for s in names_before)


_COPULAS = frozenset({"is", "was", "är", "var"})
# After "X is": what makes the sentence one about the word X, not about a person X.
_DEFINING = frozenset("what how why something nothing everything vad the a an".split())
_ARTICLES = frozenset({"the", "a", "an"})


def defines_word(text: str, copula: str, index: int) -> bool:
    """Whether "X is" (the copula ends at `index`) goes on as a sentence about the word X:
    "Hope is the word she uses", "Love is what she needs", "May is always a hard month";
    not "Will is the case manager" (a relation or role after the article) nor "Love is
    tired"."""
    if copula not in _COPULAS:
        return False
    words = text[index : index + 60].lower().split()[:4]
    while words and words[0] in vocab.ADVERBS:
        words.pop(0)
    if not words or words[0] not in _DEFINING:
        return False
    if words[0] in _ARTICLES:
        rest = [w.strip(",.;:!?") for w in words[1:3]]
        return not any(w in vocab.RELATIONS or w in vocab.ROLES for w in rest)
    return True


_ROLE_AFTER = re.compile(r"[ \t]*\([ \t]*([^\W\d_]+)")


def role_follows(low: str, end: int) -> bool:
    """Followed by a role or relation in parentheses: "björn (contact person)", "Dylano
    (pappans nya sambo)", "Rota (pt)", "Adnan (psykiatriker)", or a role of a meeting's
    people alone in them (`role_parentheses.ROLES`: "duke (chair)", "Ola (forelder)")."""
    match = _ROLE_AFTER.match(low, end)
    if not match:
        return False
    word = match.group(1)
    if word in vocab.RELATIONS or word in _PATIENT:
        return True
    if word in role_parentheses.ROLES and low[match.end(1) : match.end(1) + 1] == ")":
        return True  # "duke (chair)", "Ola (forelder)": a meeting's role alone in its brackets
    # "(pappans nya sambo)", "(her case manager)": a relation within three words; a former
    # one as well ("(ex-sambo)", "(ex-partner)")
    inside = low[match.start(1) : low.find(")", match.start(1), match.start(1) + 40)]
    words = [w.strip(",.;:") for w in inside.replace("ex-", "").split()]
    return (
        bool(words)
        and (words[0] in vocab.RELATIONS or words[0] in _PATIENT)
        or any(w in vocab.RELATIONS for w in words[1:4])
    )


_PATIENT = frozenset({"pt", "pat", "patient", "patienten", "contact", "kontakt", "so", "sig"})


_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the|my|his|her|their|our|en|ett|min|mitt|hans|hennes|deras)[ \t]+"
    r"((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)"
)


def appositive_relation(low: str, end: int) -> bool:
    """Followed by an apposition naming a relation: "Kahsay, an old school friend", "X, her
    case manager"."""
    match = _APPOSITION.match(low, end)
    if match is None or not any(w in vocab.RELATIONS for w in match.group(1).split()):
        return False
    # Not a new clause whose subject is the relation: "on Saturdays, the nurse could not".
    following = low[match.end() : match.end() + 24].split()[:1]
    verbs = vocab.MODALS | vocab.WEAK_FOLLOWERS | vocab.STRONG_FOLLOWERS
    return not (following and following[0].strip(",.;:") in verbs)


def after_role_apposition(low: str, start: int, end: int) -> bool:
    """Set off by commas right after a role ("The case worker at the council, X, has not
    called back", "Handläggaren på kassan, X, har"), or right after a sentence's subject of
    a determiner and one noun, before its finite verb ("The supplier, X, has not been
    paid"): the apposition names who the subject is."""
    if low[start - 2 : start] != ", " or low[end : end + 1] != ",":
        return False
    sentence = _SENTENCE_END.split(low[max(0, start - 60) : start - 2])[-1]
    words = sentence.translate(_BLANK_PUNCTUATION).split()[-5:]
    return any(w in vocab.RELATIONS for w in words) or subject_apposition(low, start, end)


def subject_apposition(low: str, start: int, end: int) -> bool:
    """Set off by commas right after a sentence's subject of a determiner and one noun,
    before its finite verb ("The supplier, X, has not been paid"): who the subject is. The
    noun may take an "of" phrase when it is a role noun (`role_parentheses.role_noun`: "The
    chair of the board, X, had printed the agenda"), whose holder the apposition names.
    After an English noun of people (`person_nouns_en`: "The treasurer, X, keeps the key")
    any finite verb of the subject may follow, a lexical verb in "-s" or "-ed" as well
    (`_lexical_finite`): the noun says a person, the apposition who; a quotation's "> " may
    open the line."""
    if low[start - 2 : start] != ", " or low[end : end + 1] != ",":
        return False
    sentence = _SENTENCE_END.split(low[max(0, start - 60) : start - 2])[-1]
    opening = _DETERMINED_OPENING.fullmatch(sentence)
    if opening is None:
        return False
    if _FINITE_AFTER.match(low, end + 1) is not None:
        return opening.group(2) is None or role_parentheses.role_noun(opening.group(1))
    return person_nouns_en.person_noun(opening.group(1)) and _lexical_finite(low, end + 1)


def subject_bracketed(low: str, start: int, end: int) -> bool:
    """In brackets right after a sentence's subject of a determiner, perhaps a modifier, and
    an English noun of people or a role noun (`person_nouns_en`, `role_parentheses.role_noun`)
    before its finite verb ("The canoe instructor (X) counted the jackets", "The caretaker
    (X) has the keys"): who the subject is, as in `subject_apposition`."""
    if low[start - 2 : start] != " (" or low[end : end + 1] != ")":
        return False
    sentence = _SENTENCE_END.split(low[max(0, start - 60) : start - 2])[-1]
    opening = _BRACKETED_OPENING.fullmatch(sentence)
    if opening is None:
        return False
    noun = opening.group(1)
    if not (person_nouns_en.person_noun(noun) or role_parentheses.role_noun(noun)):
        return False
    return _FINITE_AFTER.match(low, end + 1) is not None or _lexical_finite(low, end + 1)


def _lexical_finite(low: str, index: int) -> bool:
    """Whether the word after `index` (past one space) is an English verb in the third person
    present or the weak past, "-s" or "-ed" on a common English word ("keeps", "locked"), that
    UD English never tags as a noun only (`data/noun_followers_en.txt`: "tools", "plans")."""
    match = _WORD.match(low, index + 1) if low[index : index + 1] == " " else None
    if match is None:
        return False
    verb = match.group()
    english = vocab.common_words(("en",))
    if verb.endswith("ed"):
        stems: tuple[str, ...] = (verb[:-2], verb[:-1])  # "lock-ed", "close-d"
    elif verb.endswith("s") and not verb.endswith("ss"):
        stems = (
            (verb[:-1], verb[:-2]) if verb.endswith("es") else (verb[:-1],)
        )  # "keep-s", "fix-es"
    else:
        return False
    return any(stem in english for stem in stems) and verb not in _noun_only()


@lru_cache(maxsize=1)
def _noun_only() -> frozenset[str]:
    return vocab._read("noun_followers_en.txt")


# The sentence so far is an English determiner and one noun: its subject ("The supplier"),
# after a quotation's "> ", the closing quotation mark of the sentence before or a list
# item's bullet ("- ", "• "),
# perhaps with an "of" phrase of a determiner and one noun ("The chair of the board").
_DETERMINED_OPENING = re.compile(
    r"[ \t\"'“”‘’«»>]*(?:[-•*–][ \t]+)?(?:the|our|my|your|his|her|their) ([^\W\d_]+)"
    r"( of (?:the|our|my|your|his|her|their) [^\W\d_]+)?"
)
# A subject of a determiner, perhaps one modifier, and a noun, after what may open the line
# as for `_DETERMINED_OPENING` ("The canoe instructor", "- The warden").
_BRACKETED_OPENING = re.compile(
    r"[ \t\"'“”‘’«»>]*(?:[-•*–][ \t]+)?(?:the|our|my|your|his|her|their)"
    r"(?: [^\W\d_]+)? ([^\W\d_]+)"
)
# A finite verb of being, having or a modal right after the second comma: the clause goes on
# with the subject's verb ("The supplier, X, has not been paid"), no list ("The flour, sugar,
# and eggs").
_FINITE_AFTER = re.compile(
    r"[ \t]+(?:is|was|has|had|will|would|can|could|should|must|did|does|isn't|wasn't|"
    r"hasn't|hadn't|won't|didn't|doesn't)(?![^\W_])"
)


_COORDINATED = re.compile(
    r"[ \t]+(?:and|och|&)[ \t]+([^\W\d_]+)(?:[ \t]+[A-ZÀ-ÞĀ-Ž][^\W\d_]*)?"
    r"(?:[ \t]+(?:both|together|båda|tillsammans))?[ \t]+([^\W\d_]+)"
)


def coordinated_subject(text: str, low: str, end: int) -> bool:
    """Followed by "and" and a capitalised word (or two), then a verb of saying or doing:
    "X and Tergo agreed", "X and Bill Qvist both came" (`end` after the word)."""
    match = _COORDINATED.match(text, end)
    return (
        match is not None
        and text[match.start(1)].isupper()
        and match.group(2).lower() in vocab.STRONG_FOLLOWERS
    )


# "and" and the writer's "I" as a subject, in the study's languages: "X och jag", "X og jeg",
# Nynorsk "X og eg", Finnish "X ja minä" (spoken "mä").
_WITH_ME = re.compile(r"[ \t]+(?:and|och|og|ja|&)[ \t]+(?:i|jag|jeg|eg|minä|mä)(?![^\W\d_])")


def coordinated_with_me(low: str, end: int) -> bool:
    """Followed by "and" and the writer's "I": one the writer did something with, a person
    ("X and I went through it", "X ja minä kävimme"; `end` after the word)."""
    return _WITH_ME.match(low, end) is not None


def second_subject(text: str, low: str, start: int, end: int) -> bool:
    """After "X and", followed by a verb of saying or doing: "Vlachos and X both came"."""
    before = low[max(0, start - 40) : start]
    match = re.search(r"([^\W\d_]+)[ \t]+(?:and|och|&)[ \t]+\Z", before)
    if not match or not text[start - len(before) + match.start(1)].isupper():
        return False
    words = low[end : end + 40].split()[:2]
    if words and words[0] in ("both", "together", "båda", "tillsammans"):
        words = words[1:]
    return bool(words) and words[0].strip(",.;:") in vocab.STRONG_FOLLOWERS


_MESSAGES = frozenset(
    """referral letter message call phone email e-mail mail text sms note word visit
    heard hear hears news greetings remiss brev meddelande samtal besked hälsning hört""".split()
)


def message_from(low: str, start: int) -> bool:
    """After "from" that follows a message or hearing: "Referral from X", "heard from X",
    "brev från X" (not "came from X", "Lived in Aleppo from")."""
    words = low[max(0, start - 32) : start].split()[-2:]
    return (
        len(words) == 2
        and words[1] in ("from", "från", "fra", "av")  # "fra": Norwegian, Danish
        and words[0].strip(",.;:") in _MESSAGES
    )


_NOT_TO_BE = re.compile(
    r"[ \t]+(?:is[ \t]+|must[ \t]+|should[ \t]+)?not[ \t]+to[ \t]+be[ \t]+"
    r"(?:contacted|called|phoned|rung|told|informed|visited|asked|texted)\b"
    r"|[ \t]+(?:ska|får|bör)[ \t]+(?:inte|ej)[ \t]+(?:kontaktas|ringas|informeras|besökas)\b"
)


def not_to_be_contacted(low: str, end: int) -> bool:
    """An instruction about a person: "X not to be contacted", "X får inte kontaktas"."""
    return _NOT_TO_BE.match(low, end) is not None


_HEADER_NAME = re.compile(
    r"(?:^|(?<=[:\n])|(?<=skrev)|(?<=wrote))[ \t]*"
    r"((?:[^\W\d_][^\W\d_'’-]*[ \t]+){0,3}[^\W\d_][^\W\d_'’-]*)[ \t]*<[^<>@\s]{1,64}@",
    re.MULTILINE,
)


def header_names(text: str) -> list[tuple[int, int]]:
    """The capitalised words of a display name before an address in angle brackets at the
    start of a header or after "skrev"/"wrote" ("From: Ene <l.b@…>", "skrev Deniz te Woort
    <…>"), whatever the words are, up to a preposition that names the sender's employer
    ("From: Eleni at Försäkringskassan <…>"). A preposition names an employer only with the
    employer after it and in lower case: capitalised, or last before the address, it is the
    name itself ("Fra: Stefan Vid <…>", Vidar with a slip). A single capital before another
    word of the display name is an initial ("Fra: A Jansen <…>")."""
    spans = []
    for match in _HEADER_NAME.finditer(text):
        start = match.start(1)
        words = list(_DISPLAY_WORD.finditer(match.group(1)))
        for index, word in enumerate(words):
            written = word.group()
            last = index == len(words) - 1
            if written in _WORKPLACE_BEFORE and not last:
                break  # "Matías Valdés from Arbetsförmedlingen <…>": the sender's employer
            if written[0].isupper() and (len(written) >= 2 or not last):
                spans.append((start + word.start(), start + word.end()))
    return spans


_DISPLAY_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


# Prepositions after which a display name goes on with the sender's employer, not the
# sender ("Eleni at Försäkringskassan", "Ola fra NAV", "Anna på Socialtjänsten").
_WORKPLACE_BEFORE = frozenset("from at från på vid hos fra ved".split())
