"""A registered name in lower case as the subject of an inverted Scandinavian clause.

Swedish, Norwegian and Danish put the subject right after the finite verb when something else
opens the clause ("Sedan lutade dale sig tillbaka", "Tidigare hade alf inte stått"), and the
reflexive or the negation right after the subject. A common noun there takes its article
("lutade mannen sig"), so a bare word between a finite verb and "sig"/"seg" is the person:
"kände ann sig besviken". Before the negation ("Ändå ville dean inte") this reads nothing:
on Danish and Norwegian notes (validation J) the words standing there were adverbs and nouns
far more often than people, 80 words removed for no name found. A pronoun or quantifier
there is no person ("kände alla sig"), nor an adverb or a particle ("ropade till sig"), nor
an infinitive after a modal ("kan klara sig", also where the modal's subject stands between,
"skulle då skördar klara sig": a clause has one finite verb). So too between a verb of saying and
"att"/"at" ("svarade holly att det var", "spurte per at"): who spoke, or who was asked.

`cue` is the cheap first test (the word after); `person` decides.

`after_verb` reads the other side of the same order: a Swedish subject pronoun right after a
finite verb ("Efteråt ringde jag Hannes igen", "Sen träffade hon Dag") is the inverted
subject, so the capitalised word after it is no verb of its ("she Rose to the occasion",
`names` rule 5) but what the clause is about, read as any capitalised word mid-sentence is.

The same order tells what opened such a clause: a word before a finite verb that its subject
follows, a pronoun or a capitalised name ("sen ringde Imani avdelningen", then Imani rang
the ward; "sen blev det tyst"), is no subject but the adverb or conjunction that opened it,
even where a registered name is spelled as it is in lower case (`opener`).
"""

from __future__ import annotations

from casebook.deid import clause_verbs, context, vocab

# Reflexives and negations that follow the subject of an inverted clause.
_AFTER_SUBJECT = frozenset("sig sej seg inte icke ikke ikkje aldrig aldri".split())
# Finite verbs a list must hold: auxiliaries, modals and frequent irregular forms of Swedish,
# Norwegian (bokmål, nynorsk) and Danish; regular presents and pasts are read by `_ENDINGS`.
FINITE = frozenset(
    """är var har hade kan kunde ska skall skulle vill ville måste blir blev får fick kom går
    gick ser såg sa sade tar tog ger gav står stod sitter satt ligger låg vet visste finns
    fanns gör gjorde
    er har hadde havde vil skal kan kunne må måtte bør blir ble blev vart vert fikk fik fekk
    gikk gik gjekk gjør gør gjer gjorde sier siger seier ser så såg tar tok tog gir gav gjev
    kjem kommer veit ved vet""".split()
)
# Endings of regular finite verbs: Swedish "-ade", "-de", "-te", "-ar", "-er", "-ir";
# Norwegian and Danish "-et", "-a" pasts are nouns as often and are left out.
_ENDINGS = ("ade", "de", "te", "ar", "er", "ir")
_NOT_PERSONS = (
    vocab.PRONOUNS
    | vocab.DETERMINERS
    | frozenset(
        """alla allt alle alt ingen inget inga ingi ingenting intet mange många få fleire flere
    begge båda nokon noen någon något några somliga andra andre hver varje var det den""".split()
    )
)


# Adverbs that stand where an inverted clause's subject does ("det blir bara inte av", "han
# har ju inte"): never the person, and never the finite verb before it.
ADVERBS = frozenset(
    """bara ju nog också även redan alltid ändå heller då nu sen sedan visst väl kanske
    faktiskt egentligen verkligen just likväl fortfarande snart
    berre bare jo nok også òg alltid altid då no nå vel kanskje kanske faktisk egentlig
    virkelig framleis fremdeles stadig enno ennå endnu""".split()
) | frozenset(  # and the particles a verb takes before its reflexive ("ropade till sig")
    """till på av upp ut in fram om åt med för från hem bort ihop undan kvar loss ner ned
    över under efter mot til frå fra opp inn""".split()
)
# Modals and verbs that take a bare infinitive: after one, a word before "sig" is the verb
# ("kan klara sig", "ska lägga sig", "vil gifte seg").
_INFINITIVE_TAKERS = frozenset(
    """kan kunde ska skall skulle vill ville måste får fick brukar brukade lär bör borde
    börjar började slutar slutade
    kunne skal vil må måtte bør burde får fikk fekk fik tør turde""".split()
)
_REFLEXIVES = frozenset("sig sej seg".split())
# Verbs of saying of Swedish, Norwegian and Danish: between one and "att"/"at" stands who
# spoke or was asked ("svarade holly att", "spurte per at"); a common noun takes its article.
# Only a person says, answers or asks: other modules read them too (`neighbour_openings`).
SAYING = frozenset(
    """sa sade säger svarade svarar frågade frågar berättade berättar undrade undrar
    förklarade förklarar tillade sier seier sagde siger svarte spurte spurde spurgte
    fortalte fortel forteller forklarte forklarede""".split()
)
_THAT = frozenset({"att", "at"})


def cue(low: str, end: int) -> bool:
    """Whether a reflexive or "att"/"at" follows the word ending at `end` (cheap)."""
    kind, following, _index = context.next_word(low, end)
    return kind == "w" and (following in _REFLEXIVES or following in _THAT)


def person(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] stands between a finite verb and the
    reflexive after an inverted clause's subject, or between a verb of saying and "att"."""
    kind, following, _index = context.next_word(low, end)
    word = low[start:end]
    if kind != "w" or word in _NOT_PERSONS or word in ADVERBS:
        return False
    prev, gap = context.previous_word(low, start)
    if following in _THAT:
        return not gap and prev in SAYING  # "svarade holly att det var", "spurte per at"
    if following not in _REFLEXIVES:
        return False  # a negation: Danish and Norwegian adverbs stand there as often
    if gap or len(prev) < 2 or prev in _NOT_PERSONS or prev in ADVERBS:
        return False
    if prev in _AFTER_SUBJECT or prev in _INFINITIVE_TAKERS:
        return False  # "kan inte klara sig", "ska lägga sig": an infinitive before "sig"
    if not (prev in FINITE or (len(prev) > 3 and prev.endswith(_ENDINGS))):
        return False
    return not _modal_before(low, start - len(prev) - 1)


# Words that open a new clause, whose finite verb may follow a modal of the clause before.
_CLAUSE_BREAKS = frozenset("och att som när men eller og at som når da fordi eftersom".split())
_MODAL_REACH = 2  # words between the modal and the word before the reflexive


def _modal_before(low: str, start: int) -> bool:
    """Whether a modal stands a word or two before `start` in the same clause ("skulle då
    skördar klara sig"): a clause has one finite verb, so the word before the reflexive
    that the modal's clause holds is its subject, not its verb, and the word after it the
    modal's infinitive, no inverted subject."""
    index = start
    for _ in range(_MODAL_REACH):
        word, gap = context.previous_word(low, index)
        if gap or not word or word in _CLAUSE_BREAKS:
            return False
        if word in _INFINITIVE_TAKERS:
            return True
        index -= len(word) + 1
    return False


# Swedish subject pronouns that `names` rule 5 reads as opening a clause before its verb.
_SWEDISH_SUBJECTS = frozenset("jag han hon vi de man".split())


def after_verb(low: str, start: int) -> bool:
    """Whether the word at `start` follows a Swedish subject pronoun that itself follows a
    finite verb, nothing but spaces between ("ringde jag Hannes", "träffade hon Dag"): the
    pronoun is an inverted subject, and the word is not its verb."""
    pronoun, gap = context.previous_word(low, start)
    if gap or pronoun not in _SWEDISH_SUBJECTS:
        return False
    verb, gap = context.previous_word(low, low.rfind(pronoun, 0, start))
    if gap or not verb:
        return False
    return verb in FINITE or clause_verbs.finite_verb(verb)


# Subject pronouns of Swedish, Norwegian and Danish that follow an inverted clause's verb.
_SUBJECTS = frozenset("jag du han hon hen vi ni de dom man det den jeg hun ho me dere dei".split())


def opener(text: str, verb: int) -> bool:
    """Whether the word starting at text[verb:] is a finite verb with its subject right
    after it: a subject pronoun or a capitalised word ("ringde Imani", "blev det"), so the
    word before the verb opened the clause."""
    word = _word_at(text, verb).lower()
    if not (word in FINITE or (len(word) > 3 and word.endswith(_ENDINGS))):
        return False
    kind, following, index = context.next_word(text, verb + len(word))
    if kind != "w":
        return False
    return following in _SUBJECTS or text[index].isupper()


def _word_at(text: str, index: int) -> str:
    end = index
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[index:end]
