"""A stranger named inside a sentence: a capitalised word no list knows, shaped like a name,
between lower-case words of a Swedish, Norwegian, Danish, Finnish or English sentence, where a
pronoun could have stood ("Därefter fick Lukiia anstränga sig", "obviously take Lukiia to the
vet", "kor Nevbahar grip inn", "sitä Bittenin ei olisi").

`unregistered.py` takes an unknown capitalised word (U: no ordinary word, no name of the
lexicon, no town) only where one of its cues says person (rule 7: "med", a verb of saying
after it, a clause's subject before a finite verb, ...), and the modules hooked beside this
one add more such cues. But a pronoun stands in more places than any list of cues: after
most verbs, as an object before an adverb, inside a subordinate clause. Mid-sentence, after a
lower-case word, Swedish, Norwegian, Danish, Finnish and English write a common noun in lower
case, so a capitalised word there that no word list holds is a proper noun, and what is left
of proper nouns once the towns of the lexicon, the places after a preposition of place and
the organisations' capitalised runs are gone is a person more often than anything else.

Taken here: such a word (U, shaped like a name, three letters or more, not in capitals)
right after a lower-case word on the same line, not opening a sentence, and not

- after a comma (a list or an apposition: "Giistav och Mraagit", slips of registered names,
  are judged by `unregistered.py`), after "and"/"och" ("Best Pizzas and Calzones", "te och
  Kinaya kakor": a list of things as often as of people), after a given name in lower case
  ("kontakt: tobias Hedenmark": the run is judged whole elsewhere), after a determiner ("the
  Lancet", "den Xyz"), a name's particle
  ("doktor af Klercker": the whole name is judged elsewhere), a capitalised word ("the
  Migration Agenby": a run), a preposition or a copula ("on Facebook", "från Instagram",
  "for Postnord", "to Bosnia", "u Beogradu", "në Prishtinë", "which later became Hemköp",
  "om det var Göteborg"; a
  person after "med", "with", "hos" is rule 7's), a German word ("nächste Woche"), or where
  `context.place_position` reads a place;
- before a capitalised word (a run is judged whole by `unregistered.py`), a place word ("Xyz
  street") or a number ("honey Gouramis 5": a thing counted);
- a street ("Skolhusgatan": a glued street ending of `address_words`), a word shaped as a
  noun (a long compound in the definite, "Skattepolitiken", "Kastanjeallén"; an English
  gerund, "Cheerleading"; fourteen letters or more), a people's or a creed's word
  ("Palestinians", "Shiites"), an ordinary word of Norwegian, Danish, Finnish or German (a
  sentence run on without its full stop: "bättre än sist Undskyld at jeg", "alla trötta
  Kaikki hyvin"), a Finnish town in a case ("asuu Oulussa", "muutti Helsinkiin"), an English
  word in a Finnish case ("Excelistä", `wordforms.finnish_loan`);
- in a German sentence (every German noun is capitalised), and in a Finnish one unless it is
  written as no Finnish word is (`finnish_strangers.un_finnish`): "Suomessa", "Tampereella".

An unknown town, brand or body named mid-sentence right after a verb ("sökte Psykiatrika
akutmottagningen", a misspelt word; "besökte Xyz") may still be taken."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from casebook.deid import address_words, context, lexicon, note_language, vocab, wordforms
from casebook.deid.context import previous_word, sentence_start
from casebook.deid.finnish_strangers import un_finnish
from casebook.deid.overlaps import Overlaps
from casebook.deid.registry import PARTICLES

_U = "U"
# Prepositions (a town, a service, a shop or a brand follows them as often as a person: "on
# Facebook", "from Instagram", "for Postnord", "to Bosnia", "förbi Tunabacken"; a person after
# "med", "with", "hos" is `unregistered.py`'s rule 7) and copulas ("om det var Göteborg").
_PLACES_AND_COPULAS = """on in at from via into onto through within across near inside outside
    to for of about by over under after before past towards toward against without between
    behind beside around along among until since like than per
    på i från ifrån genom inom vid nära utanför hemma till för om av över under efter före
    förbi mot utan mellan bakom bredvid kring runt längs bland sedan hos med åt inför
    fra frå gjennom ved innanfor utenfor til for om av over etter før forbi mot utan uten
    mellom bak rundt langs blant sidan siden hjå hjemme med åt
    with is was are were be become became becomes remain remained är var vara blir blev
    förblev er ble vart vere være
    u na iz do od w we z ze v ve në nga dans à de nach aus bei zu"""
# The last line: prepositions of place of the languages whose towns a note names ("u Beogradu",
# "w Gdańsku", "në Prishtinë", "nach Berlin").
_NOT_BEFORE = frozenset(_PLACES_AND_COPULAS.split())
_AND = frozenset("and or och eller og ja tai und".split())
_NEIGHBOURS = ("nb", "da", "fi", "de")
_FINNISH_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "seen",
    "aan", "ään", "een", "iin", "oon", "uun", "yyn", "öön")  # fmt: skip
# (the last ones: the illative, "Lapsi muutti Helsinkiin")
_DEFINITE = ("en", "et", "én", "na", "ne", "ane", "ene")
_PEOPLES = ("ian", "ians", "ans", "ese", "ites", "ists", "ism")
# (The capital first, the lower-case letter and space before it checked behind it: `re` skips
# in C to the capitals; a pattern opening with a look-behind is tried at every character.)
_INNER = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-ɏ](?<=[a-zß-öø-ÿ] [A-ZÀ-ÖØ-ÞĀ-ɏ])[a-zß-öø-ÿā-ɏ]{2,})(?=[ .,!?;:)]|$)"
)
_NEXT = re.compile(r" ([^\W\d_]+)")


@cache
def _street_ends() -> tuple[str, ...]:
    """The endings a street's name is glued to ("-gatan", "-vägen", "-backen", "-allén")."""
    return tuple(sorted(f for f in address_words.glued_suffixes() if len(f) >= 4))


@cache
def _lexicon_names() -> frozenset[str]:
    return lexicon.all_names()


def noun_shaped(word: str) -> bool:
    """Whether a word nobody knows is rather a noun by its length and ending: a long Swedish,
    Norwegian or Danish compound in the definite ("Sörgårdsfamiljen", "Skattepolitiken",
    "Kastanjeallén"), an English gerund ("Cheerleading"), any word of fourteen letters or
    more ("Microdermabrasions"): given names are shorter."""
    if len(word) >= 14:
        return True
    if len(word) >= 7 and word.endswith("ing"):
        return True
    return len(word) >= 10 and word.endswith(_DEFINITE)


def find(
    text: str,
    taken: Sequence[Sequence[object]],
    word_class: Callable[[str], str | None],
) -> list[tuple[int, int]]:
    """Where such a stranger stands in `text`, outside the spans `taken` ((start, end, ...))."""
    out = []
    hits = Overlaps(taken)  # type: ignore[arg-type]
    low = text.lower()
    for match in _INNER.finditer(text):
        start, end = match.span(1)
        if hits.hit(start, end):
            continue
        prev, gap = previous_word(low, start)
        if not prev or prev in vocab.DETERMINERS or prev in _NOT_BEFORE or prev in PARTICLES:
            continue  # "the Lancet", "on Facebook", "det var Göteborg", "doktor af Klercker"
        if gap:
            continue  # after a comma: a list or an apposition, judged by `unregistered.py`
        if text[start - 1 - len(prev)] != low[start - 1 - len(prev)]:
            continue  # after a capitalised word: "the Migration Agenby" is judged as a run
        if prev in _AND:
            continue  # "Pizzas and Calzones", "te och Kinaya kakor": a title or a list
        if prev in lexicon.given_names():
            continue  # "kontakt: tobias Hedenmark": a name's run, judged whole elsewhere
        if text[end + 1 : end + 2].isdigit():
            continue
        nxt = _NEXT.match(text, end)
        if nxt and (not nxt.group(1).islower() or nxt.group(1) in vocab.PLACE_WORDS):
            continue
        word = match.group(1)
        lowered = word.lower()
        if lowered.endswith(_PEOPLES) or not lexicon.name_shaped(lowered):
            continue
        if lowered.endswith(_street_ends()) or noun_shaped(lowered):
            continue  # "Skolhusgatan": a street; "Skattepolitiken", "Cheerleading": nouns
        if any(note_language.word_of(lowered, lang) for lang in _NEIGHBOURS):
            continue  # "sist Undskyld at jeg", "trötta Kaikki hyvin": a sentence run on
        if lowered.endswith(_FINNISH_CASES) and not un_finnish(lowered):
            continue  # "Line asuu Oulussa": a Finnish town in a case
        if wordforms.finnish_loan(lowered, vocab.common_words(("en",)), _lexicon_names()):
            continue  # "Kopioin taulukon Excelistä": an English word in a Finnish case
        if note_language.word_of(prev, "de") and not vocab.is_word_form(prev):
            continue  # "nächste Woche", "das Gespräch": German capitalises its nouns
        if word_class(word) != _U or sentence_start(text, start):
            continue
        if context.place_position(low, start):
            continue
        language = note_language.sentence_language(text, start, end, count_word=False)
        if language == ("de",):
            continue
        if language == ("fi",) and not un_finnish(lowered):
            continue  # "Suomessa", "Tampereella": a Finnish word, a town in a case
        out.append((start, end))
    return out
