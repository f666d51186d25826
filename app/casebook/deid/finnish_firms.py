"""Firms, products and publications that a Finnish text marks as such: no person's name.

Finnish news and web text names a firm, a product or a publication many times over, and
often with a word that says what it is; a stranger's name of the lexicon, or a capitalised
word shaped like no Finnish word, is then taken for a person ("Sony", "Microsoft", "Elisa").
Finnish grammar marks a thing's name in two places, and a person's name stands in neither:

- after a common noun of its kind, in apposition (both take the same case): "tietoturvayhtiö
  F-Secure", "ohjelmistojätti Microsoftin", "uutistoimisto Bloomberg", "Kiinalainen
  älylaitevalmistaja Xiaomi", "startup-yritys ProtoGeo" (`KINDS`: companies, makers,
  operators, agencies, services, sites, publications, banks, programs; a kind that is also a
  word of its own elsewhere, "jätti", left, "peli", counts only as the last part of a
  compound, "hakujätti");
- in the genitive before a noun only a firm has: "Facebookin toimitusjohtaja", "Microsoftin
  osakkeet", "Sonyn pääkonttori", "Nokian liikevaihto" (`OWNED`: offices and officers of a
  firm, its shares, results and products; not kin, carers, services, a phone, any leader or
  "mukaan", which a person has too: "Matin palveluohjaaja", "Matin ryhmänjohtaja", "Matin
  mukaan").

Such a word is then no person's anywhere in the note, in any case ("Microsoft", "Microsoftin",
"Microsoftille": `name_inflection.bases`). Only names nobody registered (`via` "lexicon")
holding a word so marked are dropped, and never one whose first word is a given name of
the lexicon with more words after it ("Mark Zuckerberg" after "Facebookin toimitusjohtaja"):
a registered name is the study's own, and a whole name is a person's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import lexicon
from casebook.deid.literal_cues import AnyOf
from casebook.deid.name_inflection import bases

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

# Kinds of firm, product and publication, as the last part of a noun, in any case: the stems
# each case is built on ("yhtiö", "yritys"/"yrityksen", "lehti"/"lehden").
KINDS = (
    "yhtiö yritys yrityk yrityst konserni valmistaja valmistaj operaattori toimisto järjestö"
    " virasto pankki panki pankk sivusto palvelu julkaisu lehti lehde lehte lehti blogi"
    " ohjelmisto sovellus sovelluk selain selaime käyttöjärjestelmä startup tietokanta"
    " kauppaketju ketju brändi tuotemerkki verkkokauppa verkkolehti uutissivusto"
).split()
# Kinds that are words of their own too ("jätti", left; "peli", a game said of a person's
# play), read only as the last part of a compound ("hakujätti Google", "mobiilipeli Clash").
COMPOUND_KINDS = "jätti jäti peli pelin pelii pelej jättiläi".split()
# What only a firm has, as the last part of a noun after its name in the genitive.
OWNED = (
    "toimitusjohtaja pääjohtaja viestintäjohtaja talousjohtaja markkinointijohtaja"
    " myyntijohtaja teknologiajohtaja tuotejohtaja kehitysjohtaja liiketoimintajohtaja"
    " perustaja perustajat osake"
    " osakkee osakkei pääkonttori tytäryhtiö liikevaihto liiketoimin osavuosikatsau tiedote"
    " tiedottee tiedottaja analyytikko markkinaosuu pörssikur emoyhtiö käyttöjärjestelm"
    " tuote tuottee tuotteid laitevalmista"
).split()

# After a kind's stem: the rest of its word (a case ending), then the name.
_AFTER_KIND = re.compile(r"([^\W\d_]{0,6}) +([A-ZÅÄÖ][\w&:-]*)")
# Before an owned thing's word: the firm's genitive, then the start of the thing's word.
_OWNER_BEFORE = re.compile(r"(?<![^\W\d_-])([A-ZÅÄÖ][\w&:-]*n) +[^\W\d_-]*-?$")
_REACH = 60


_TOKEN = re.compile(r"[^\s.,;\"'()]+")
_KIND_WORD = re.compile(
    r"[A-ZÅÄÖ][^\W\d_]*-?(?:" + "|".join(KINDS + COMPOUND_KINDS) + r")[^\W\d_]{0,6}"
)


_ANY_STEM = AnyOf(OWNED + KINDS + COMPOUND_KINDS)


def firm_words(text: str) -> frozenset[str]:
    """The lower-case words `text` marks as a firm's, a product's or a publication's name,
    with the names each may be a Finnish case of."""
    if not _ANY_STEM.found_in(text):
        return frozenset()  # (one automaton pass: most notes hold no stem at all)
    words: list[tuple[str, bool]] = []
    # str.find, not one regex of every stem: the note is read at the speed of a search
    for stem in OWNED:
        at = text.find(stem)
        while at >= 0:
            owner = _OWNER_BEFORE.search(text, max(0, at - _REACH), at)
            if owner:
                words.append((owner.group(1), True))
            at = text.find(stem, at + len(stem))
    for stem in KINDS + COMPOUND_KINDS:
        compound = stem in COMPOUND_KINDS
        at = text.find(stem)
        while at >= 0:
            after = _AFTER_KIND.match(text, at + len(stem))
            if after and (not compound or text[max(0, at - 3) : at].isalpha()):
                case, name = after.group(1), after.group(2)
                # in apposition the name takes the kind's case ("yhtiölle Sonylle"), or
                # the genitive after a kind left in the nominative ("yhtiö F-Securen")
                if not case or name.endswith(case[-2:]):
                    words.append((name, bool(case) or name.endswith("n")))
            at = text.find(stem, at + len(stem))
    found: set[str] = set()
    for word, inflected in words:
        low = word.lower()
        found.add(low.replace(":", ""))
        if inflected:  # "Microsoftin": Microsoft's (not "amazo" from "Amazon")
            found.update(bases(low.replace(":", "")))
        if ":" in low:
            found.add(low.split(":")[0])
    return frozenset(found)


def _firm(word: str, firms: frozenset[str]) -> bool:
    low = word.lower()
    low = low.replace(":", "")
    return low in firms or any(b in firms for b in bases(low))


def kept(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the names nobody registered that `text` marks as a firm's: a span made of
    such words goes; one that opens with a firm's genitive ("Applen Cook", "Facebookin Sheryl
    Sandbergia") or ends with a firm's word ("Matias Castren Elisalta") keeps the rest."""
    if not any(s.kind == "name" and s.via == "lexicon" for s in spans):
        return list(spans)
    firms = firm_words(text)
    if not firms:
        return list(spans)
    out = []
    for span in spans:
        if span.kind == "name" and span.via == "lexicon":
            trimmed = _trimmed(text, span.start, span.end, firms)
            if trimmed is None:
                continue
            span = span._replace(start=trimmed[0], end=trimmed[1])
        out.append(span)
    return out


def _genitive(word: str, firms: frozenset[str]) -> bool:
    """Whether `word` is the genitive of a firm's name: "Applen", "Sonyn", "Facebookin"."""
    if not word.endswith("n") or len(word) < 4:
        return False
    if word[-2] == "i" and word[:-2] in firms:
        return True  # "Facebookin", "Amazonin"
    return word[-2] in "aeiouyäö" and word[:-1] in firms


def _trimmed(text: str, start: int, end: int, firms: frozenset[str]) -> tuple[int, int] | None:
    """The part of text[start:end] that is no firm's, or None if nothing of it is a person's."""
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if not words or (len(words) > 1 and words[0][2].lower() in lexicon.given_names()):
        return start, end  # a whole name: a person's ("Mark Zuckerberg")
    first = 1 if len(words) > 1 and _KIND_WORD.fullmatch(words[0][2]) else 0
    lead = first
    while lead < len(words) and _firm(words[lead][2], firms):
        lead += 1
    if lead > first:
        if lead == len(words) or not _genitive(words[lead - 1][2].lower(), firms):
            return None  # "Sonyn", "Sony Picturesin", "Ohjelmistojätti Microsoftin"
        start = words[lead][0]  # "Applen Cook": the firm's man
        words = words[lead:]
    tail = len(words)
    while tail > 1 and _firm(words[tail - 1][2], firms):
        tail -= 1
    return start, words[tail - 1][1]
