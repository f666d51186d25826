"""Who spoke, named after a quotation in Finnish: "– Ei ole, Carpén vastaa.", "..., Comey
jatkoi.", "..., tuomari Koh sanoi." Finnish news and notes tag a quotation with the speaker
and a verb of saying, after a comma or the closing quotation mark; what stands there is a
person ("Steiber sanoo", "Auernheimer toteaa").

A firm or a publication is reported too, but with other verbs: "kertoo", "kirjoitti",
"ilmoitti" and "arvioi" tag a firm's statement or a site's story ("..., TechCrunch kertoo",
"..., Neowin kirjoitti") as often as a person's words, and are not read here. The verbs read
are the ones of a voice (`SAYING`: says, states, continues, answers, adds, asks, puts it,
ponders, stresses, urges, reasons, admits, remarks, explains, sighs ...), in the third person,
present or past.

Taken here: one capitalised word, shaped like a name, or two (a given name and a family
name), right after a comma or a closing quotation mark (a dash may stand between), before
such a verb, in a sentence `note_language` reads as Finnish, when each word is a name of the
lexicon, its genitive or a word nobody knows (`UnregisteredNames.word_class`: no ordinary
word, no town) of fewer than fourteen letters (a longer one is a compound noun, a body's:
"Kuluttajariitalautakunta totesi")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, note_language
from casebook.deid.overlaps import Overlaps

SAYING = (
    "sanoo sanoi toteaa totesi jatkaa jatkoi vastaa vastasi lisää lisäsi kysyy kysyi"
    " muotoilee muotoili pohtii pohti painottaa painotti kehottaa kehotti perustelee perusteli"
    " myöntää myönsi huomauttaa huomautti korostaa korosti tarkentaa tarkensi kuvailee"
    " kuvaili muistelee muisteli naurahtaa naurahti huokaisee huokaisi tiivistää tiivisti"
    " selittää selitti vakuuttaa vakuutti harmittelee harmitteli toivoo toivoi"
).split()
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-Za-zß-öø-ÿ]+)?"
_TAG = re.compile(
    r"[,\"”»](?:[ \t]*[–—-])?[ \t]+("
    + _WORD
    + r")(?: ("
    + _WORD
    + r"))? (?:"
    + "|".join(SAYING)
    + r")(?![^\W\d_])"
)
_STRANGERS = frozenset({"U", "N", "N+s"})  # a lexicon name, an unknown word, a genitive
_LONG = 14


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where a speaker is named after a Finnish quotation in `text`, outside the spans
    `taken` ((start, end, ...)): from the first letter of the name to the end of its last."""
    out = []
    hits: Overlaps | None = None
    for match in _TAG.finditer(text):
        words = [w for w in match.groups() if w]
        if not all(_stranger(w, word_class) for w in words):
            continue
        start, end = match.start(1), match.end(2) if match.group(2) else match.end(1)
        if hits is None:
            hits = Overlaps(taken)  # type: ignore[arg-type]
        if hits.hit(start, end):
            continue
        if note_language.sentence_language(text, start, end, count_word=False) != ("fi",):
            continue
        out.append((start, end))
    return out


def _stranger(word: str, word_class: Callable[[str], str | None]) -> bool:
    # fourteen letters or more is a compound noun ("Kuluttajariitalautakunta totesi")
    return (
        len(word) < _LONG and lexicon.name_shaped(word.lower()) and word_class(word) in _STRANGERS
    )
