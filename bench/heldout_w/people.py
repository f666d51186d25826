"""Held-out W's people, places and pools, read from `data/` (built by `build_data.py`).

Word-names are registered people whose given or family name is also a word of their
language (README); `OWN_ORDINARY` holds the sentences written for this set where a word-name's
published sentences were fewer than eight."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("sv", "en", "fi", "no", "da")

# Word-names that are given names (registered as given names) and those that are family names.
GIVEN_WORD_NAMES = {
    "sv": ("Bror",),
    "en": ("Major",),
    "fi": ("Ilta", "Voitto"),
    "no": ("Endre", "Jo", "Vår", "Fin"),
    "da": ("Tage",),
}
FAMILY_WORD_NAMES = {
    "sv": ("Berg", "Fast", "Kalla", "Seger"),
    "en": ("Long", "Strong", "Small", "Friend"),
    "fi": ("Lehti", "Aalto", "Rinne"),
    "no": ("Glad",),
    "da": ("Lange", "Skov", "Bank", "Vest"),
}
WORD_NAMES = tuple(w for lang in LANGS for w in GIVEN_WORD_NAMES[lang])
WORD_NAMES_BY_LANG = {lang: GIVEN_WORD_NAMES[lang] + FAMILY_WORD_NAMES[lang] for lang in LANGS}

# Sentences written for this set (no published sentence of the pools used the word often
# enough): the word as its language uses it, at a sentence's start, inside it, after a comma.
OWN_ORDINARY: dict[str, tuple[str, ...]] = {
    "sv": (
        "Min bror hämtar barnen på fredagar.",
        "Bror till henne bor kvar i huset.",
        "Hon ringde sin bror, men ingen svarade.",
        "Han har en bror och två systrar.",
        "Vi åkte hem till min bror efter jobbet.",
        "Bror och syster delar på kostnaden.",
        "Efter operationen, bror min, var han trött länge.",
        "Jag lånade bilen av min lillebror och min bror.",
        "Vi gick upp på ett berg i somras.",
        "Berg och dalar syns från fönstret.",
        "Det var som att bestiga ett berg varje morgon.",
        "Han beskrev skulderna som ett berg.",
        "Utsikten från toppen av ett berg hjälper henne att tänka.",
        "Trappan kändes som ett berg efter sjukhusvistelsen.",
        "Hon har ett berg av papper att gå igenom.",
        "När det är mörkt, berg och skog känns långt bort.",
        "Jag har fast jobb sedan två år tillbaka.",
        "Fast hon var trött gick hon till mötet.",
        "Bilen satt fast i snön hela morgonen.",
        "Han vill ha en fast tid hos läkaren.",
        "Det är bra, fast jag hade hoppats på mer.",
        "Vi har fast telefon i köket.",
        "Fast det regnade gick vi ut med hunden.",
        "Hon fick fast anställning efter sommaren.",
        "Det är kalla vintrar här uppe.",
        "Kalla händer är vanligt när man fryser.",
        "Vi brukar kalla henne för mormor.",
        "Han sa att de måste kalla till ett nytt möte.",
        "Golven är kalla, så vi har tofflor.",
        "Kalla rum gör att barnen blir sjuka.",
        "Jag vet inte vad jag ska kalla det.",
        "Efter jobbet, kalla och blöta, kom vi hem.",
        "Laget firade sin seger på torget.",
        "Seger eller inte, vi hade roligt.",
        "Det kändes som en liten seger att komma ur sängen.",
        "Hon beskrev det nya jobbet som en seger.",
        "Varje dag utan smärta är en seger.",
        "Efter flytten, en stor seger för oss, blev allt lugnare.",
        "Seger smakar bäst när man har kämpat.",
        "Vi räknade det som en seger för hela familjen.",
    ),
    "en": (),
    "fi": (
        "Ilta oli pitkä ja hiljainen.",
        "Kello kuuden jälkeen ilta alkaa rauhoittua.",
        "Meillä on joka ilta sama rutiini.",
        "Ilta kului nopeasti lasten kanssa.",
        "Hän sanoi, että ilta on hänen lempiaikansa.",
        "Tänään oli raskas päivä, ilta onneksi helpompi.",
        "Ilta venyi myöhään naapurin luona.",
        "Koko ilta meni siivotessa.",
        "Voitto tuli viime hetkellä.",
        "Joukkueen voitto ilahdutti koko kylää.",
        "Hänelle pienikin voitto on tärkeä.",
        "Voitto oli suurempi kuin kukaan odotti.",
        "Se oli, sanoi hän, voitto koko perheelle.",
        "Yrityksen voitto jäi tänä vuonna pieneksi.",
        "Jokainen askel ilman kipua on voitto.",
        "Voitto jaettiin kaikkien kesken.",
        "Pihalle lensi lehti kerrallaan.",
        "Lehti tulee postissa joka aamu.",
        "Paikallinen lehti on hänen ainoa uutislähteensä.",
        "Puun viimeinen lehti putosi eilen.",
        "Meille tulee vielä paperinen lehti.",
        "Lehti kertoi uudesta terveysasemasta.",
        "Kun lehti tuli, hän luki sen heti.",
        "Syksyllä jokainen lehti muuttuu keltaiseksi.",
        "Aalto kasteli kengät rannalla.",
        "Iso aalto kaatoi veneen.",
        "Aalto toisensa jälkeen osui laituriin.",
        "Hän kuvasi väsymystä kuin aalto, joka tulee ja menee.",
        "Tautien aalto kulki koulun läpi.",
        "Ensimmäinen aalto oli pahin.",
        "Rannalla, missä aalto lyö kiviin, on rauhallista.",
        "Kylmä aalto pyyhkäisi yli kannen.",
        "Rinne oli jäinen koko talven.",
        "Talon takana on jyrkkä rinne.",
        "Lapset laskivat mäkeä, kun rinne oli valmis.",
        "Rinne näytti helpolta, mutta oli raskas kiivetä.",
        "Pyörällä jyrkkä rinne on vaikea.",
        "Hiihtokeskuksen rinne avattiin viime talvena.",
        "Rinne on täynnä mustikoita.",
        "Meidän talomme vieressä, missä rinne alkaa, on metsää.",
    ),
    "no": (
        "Det var glad musikk på radioen.",
        "Glad og sliten kom hun hjem fra jobb.",
        "Han ble glad for besøket.",
        "Jeg er glad, men litt nervøs.",
        "Glad i dyr har hun alltid vært.",
        "Hun var glad for at det gikk bra.",
        "Barna var glade, og mor var glad.",
        "Vi er glad for hjelpen fra naboene.",
    ),
    "da": (
        "Hun skal tage bussen i morgen.",
        "Tage en pause hjælper hende.",
        "Vi plejer at tage ud til stranden.",
        "Det kan tage lang tid at få svar.",
        "Han glemte at tage sin medicin.",
        "Tage hensyn til naboerne er vigtigt for dem.",
        "Jeg skal tage mig sammen, sagde hun.",
        "Efter arbejde, tage hjem og sove, det er planen.",
        "Der gik lange dage på hospitalet.",
        "Lange ventetider gør hende træt.",
        "Vi havde lange samtaler om fremtiden.",
        "Hun arbejder lange vagter hver uge.",
        "De lange aftener om sommeren er gode.",
        "Lange ture i skoven hjælper ham.",
        "Det var, efter lange måneder, endelig forbi.",
        "Børnene har lange skoledage.",
        "Vi gik en tur i skov og eng.",
        "Skov og sø ligger tæt på huset.",
        "Huset ligger lige ved en skov.",
        "Han arbejder i en skov om sommeren.",
        "Bag haven er der skov, og det er stille.",
        "Hun savner at bo tæt på en skov.",
        "Skov var det første, han så fra vinduet.",
        "Der er ikke meget skov tilbage her.",
        "Hun ringede til sin bank om lånet.",
        "Bank på døren, hvis du kommer sent.",
        "Vores bank har lukket filialen i byen.",
        "Han skiftede bank sidste år.",
        "Bank er ikke noget, hun har tillid til.",
        "Pengene står i en bank i byen.",
        "Efter mødet, bank og posthus, tog hun hjem.",
        "Min bank svarer aldrig i telefonen.",
        "Vinden kom fra vest hele natten.",
        "Vest for byen ligger marken.",
        "De flyttede mod vest for arbejdets skyld.",
        "Han har en vest på, når det er koldt.",
        "Vinduerne vender mod vest.",
        "Vest er der hvor solen går ned.",
        "Om morgenen, fra vest, kommer regnen.",
        "Hun strikkede en vest til barnebarnet.",
    ),
}


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def _sentences() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, set[str]]]:
    pools: dict[str, list[str]] = {lang: [] for lang in LANGS}
    words: dict[str, list[str]] = {}
    sources: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for row in _rows("sentences.tsv"):
        lang, use, sentence = row["language"], row["use"], row["sentence"]
        sources[lang].add(row["source"])
        if use == "pool":
            pools[lang].append(sentence)
        else:
            words.setdefault(use.split(":", 1)[1], []).append(sentence)
    return pools, words, sources


def sentences() -> dict[str, list[str]]:
    """Every language's published sentences: the pool and those kept for a word-name."""
    pools, words, _ = _sentences()
    out = {lang: list(pools[lang]) for lang in LANGS}
    lang_of = {w.lower(): lang for lang, ws in WORD_NAMES_BY_LANG.items() for w in ws}
    for word, kept in words.items():
        if word in lang_of:
            out[lang_of[word]].extend(kept)
    return out


def pool(lang: str) -> list[str]:
    return _sentences()[0][lang]


def word_sentences(word: str) -> list[str]:
    """Published sentences using `word` as the word, then this set's own ones."""
    published = _sentences()[1].get(word.lower(), [])
    lang = next(lg for lg, ws in WORD_NAMES_BY_LANG.items() if word in ws)
    own = [s for s in OWN_ORDINARY[lang] if word.lower() in re.findall(r"[^\W\d_]+", s.lower())]
    return [*published, *own]


def sources() -> dict[str, set[str]]:
    return _sentences()[2]


@functools.cache
def _names() -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for row in _rows("names.tsv"):
        out.setdefault((row["group"], row["kind"]), []).append(row["name"])
    return out


def given(group: str) -> list[str]:
    return _names().get((group, "given"), [])


def family(group: str) -> list[str]:
    return _names().get((group, "family"), [])


@functools.cache
def _towns() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("towns.tsv"):
        out.setdefault(row["language"], []).append((row["town"], row["postcode"]))
    return out


def towns(lang: str) -> list[tuple[str, str]]:
    return _towns().get(lang, [])


def names() -> dict[str, list[str]]:
    """Every shipped name list ("group/kind") and town list ("lang/town")."""
    out = {f"{g}/{k}": v for (g, k), v in _names().items()}
    out.update({f"{lang}/town": [t for t, _ in v] for lang, v in _towns().items()})
    return out
