"""Scoring a redactor's spans against a corpus's planted identifiers (development or held-out).

    quality = score(corpus, spans)   # spans[i]: (start, end, kind[, tag]) found in corpus.texts[i]

- **Recall**: a planted identifier is caught when every letter and digit of it lies inside a
  redaction (punctuation, spaces and invisible characters left outside it reveal nothing).
  Reported per kind, and for names per category: `name:exact` (registered, exactly spelled),
  `name:lower` / `name:upper` (registered, other case), `name:ascii` (diacritics dropped),
  `name:inflected` (a suffix glued on: "Amiras"), `name:misspelt`, `name:unregistered`,
  `name:invisible` (an invisible or compatibility character inside); `any:hidden` counts every
  kind with such characters. Categories come from the planted value, its key and the registry,
  not from the generator's form names, so both sets are scored the same way.
- **Tags**: a registered name or place is rightly tagged when every redaction over it carries
  that entry's tag (`tagged`); the 1.00 target for exactly spelled names counts only these.
  When the written form belongs to several registered entries (two people called Karin), the
  tag of any of them is accepted: nothing in the text says which one is meant. The written form
  is read as a reader sees it for this (`_plain`: without invisible characters, compatibility
  forms folded) and, when it matches no form so, without diacritics: "Syl\u200bvia",
  "Ｓｙｌｖｉａ" and "Froseth" belong to every Sylvia or Frøseth of the registry.
- **Precision**: a redaction that overlaps no planted identifier is a false positive.
- **Ordinary words**: the share of recorded ordinary uses of name-like words that a
  redaction touched (`ordinary`, overall, sentence-initial and inner).
- **Facets**: recall by each "/"-separated facet of the planted form, per kind (held-out only
  has meaningful facets: e.g. phone "national", "fr_FR", "cue", "hidden-full-width").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from casebook.deid.registry import NameEntry, ascii_fold

Span = tuple  # (start, end, kind) or (start, end, kind, tag)
Pair = list[int]  # [hits, total]


def _hidden(text: str) -> bool:
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _plain(text: str) -> str:
    """`text` as a reader sees it, lower case: compatibility forms folded (full-width letters,
    no-break spaces), invisible characters (soft hyphens, zero-width ones, BOM) dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if unicodedata.category(c) != "Cf").lower()


def entry_forms(entry: NameEntry) -> set[str]:
    """Every exact way of writing an entry, lower case: the name, its words, its aliases."""
    forms = {entry.canonical, *entry.aliases, *entry.canonical.split(" ")}
    forms.update(entry.given_names)
    forms.update(part for g in entry.given_names for part in g.split("-"))  # "Anna-Karin"
    if entry.family_name:
        forms.add(entry.family_name)
        forms.update(entry.family_name.split("-"))
        forms.update(f"{g} {entry.family_name}" for g in entry.given_names)
    for alias in entry.aliases:
        forms.update(alias.split(" "))
    return {f.lower() for f in forms if f}


def name_category(written: str, exact: bool, key: str | None, text: str, start: int, end: int,
                  forms: dict[str, set[str]]) -> str:  # fmt: skip
    if _hidden(written):
        return "invisible"
    if key is None:
        return "unregistered"
    glued = (end < len(text) and text[end].isalpha()) or (start > 0 and text[start - 1].isalpha())
    if glued:
        return "inflected"
    if exact:
        return "exact"
    own = forms.get(key, set())
    if written.lower() in own:
        if written.islower():
            return "lower"
        return "upper" if written.isupper() else "case"
    if ascii_fold(written.lower()) in {ascii_fold(f) for f in own}:
        return "ascii"
    return "misspelt"


def _covered(spans: list[Span], text: str, start: int, end: int) -> bool:
    """Every letter and digit of text[start:end] inside some span."""
    for i in range(start, end):
        if text[i].isalnum() and not any(s[0] <= i < s[1] for s in spans):
            return False
    return True


def _add(table: dict[str, Pair], key: str, hit: bool) -> None:
    pair = table.setdefault(key, [0, 0])
    pair[0] += int(hit)
    pair[1] += 1


def score(corpus: Any, spans: Sequence[Sequence[Span]]) -> dict[str, Any]:
    """Recall, tags, precision, ordinary words and facets, as [hits, total] pairs."""
    entries = list(corpus.registry_people)
    forms = {e.key: entry_forms(e) for e in entries}
    tags = {e.key: e.tag for e in entries}
    owners: dict[str, set[str]] = defaultdict(set)
    folded_owners: dict[str, set[str]] = defaultdict(set)
    for key, written_forms in forms.items():
        for form in written_forms:
            owners[form].add(tags[key])
            folded_owners[ascii_fold(form)].add(tags[key])
    recall: dict[str, Pair] = {}
    tagged: dict[str, Pair] = {}
    facets: dict[str, dict[str, Pair]] = defaultdict(dict)
    by_text: dict[int, list[Any]] = defaultdict(list)
    for p in corpus.planted:
        by_text[p.text].append(p)
    precision: dict[str, Pair] = {}
    for index, found in enumerate(spans):
        planted = by_text.get(index, [])
        for s in found:
            hit = any(p.start < s[1] and s[0] < p.end for p in planted)
            _add(precision, "all", hit)
            _add(precision, str(s[2]), hit)
    for p in corpus.planted:
        text = corpus.texts[p.text]
        found = [s for s in spans[p.text] if s[0] < p.end and p.start < s[1]]
        caught = _covered(found, text, p.start, p.end)
        written = text[p.start : p.end]
        _add(recall, p.kind, caught)
        _add(recall, "all", caught)
        category = p.kind
        if p.kind == "name":
            category = "name:" + name_category(written, p.exact, p.key, text, p.start, p.end, forms)
            _add(recall, category, caught)
        if _hidden(written):
            _add(recall, "any:hidden", caught)
        if p.key is not None and p.key in tags:
            accepted = {tags[p.key]}
            plain = _plain(written)
            sharing = owners.get(plain) or folded_owners.get(ascii_fold(plain), set())
            if len(sharing) > 1:
                accepted = sharing
            right = caught and all(len(s) > 3 and s[3] in accepted for s in found)
            _add(tagged, category, right)
        for facet in p.form.split("/"):
            _add(facets[p.kind], facet, caught)
    ordinary: dict[str, Pair] = {}
    for o in corpus.ordinary:
        removed = any(s[0] < o.end and o.start < s[1] for s in spans[o.text])
        _add(ordinary, "all", removed)
        where = o.form.split("/")[1] if o.form.startswith("homograph/") else "other"
        _add(ordinary, where, removed)
        _add(ordinary, f"word:{o.word.lower()}", removed)
    return {
        "recall": dict(sorted(recall.items())),
        "tagged": dict(sorted(tagged.items())),
        "precision": dict(sorted(precision.items())),
        "ordinary": dict(sorted(ordinary.items())),
        "facets": {k: dict(sorted(v.items())) for k, v in sorted(facets.items())},
    }


def ratio(pair: Pair | None, empty: float = float("nan")) -> float:
    if not pair or not pair[1]:
        return empty
    return pair[0] / pair[1]


# The targets on the held-out set: (category, minimum recall).
RECALL_TARGETS = {
    **{k: 0.99 for k in ("email", "phone", "personnummer", "address", "url", "date", "place")},
    "name:lower": 0.99,
    "name:upper": 0.99,
    "name:ascii": 0.99,
    "name:inflected": 0.99,
    "name:invisible": 0.99,
    "name:misspelt": 0.95,
    "name:unregistered": 0.95,
}
EXACT_TARGET = 1.0  # name:exact, and rightly tagged
PRECISION_TARGET = 0.95
ORDINARY_REMOVED_MAX = 0.02


def misses(quality: dict[str, Any]) -> list[str]:
    """Each target the quality misses, in words (empty when all are met)."""
    out = []
    for category, minimum in RECALL_TARGETS.items():
        value = ratio(quality["recall"].get(category))
        if value == value and value < minimum:  # NaN: the category is absent
            out.append(f"recall {category} {value:.3f} < {minimum}")
    exact = ratio(quality["tagged"].get("name:exact"))
    if not exact >= EXACT_TARGET:
        out.append(f"exactly spelled registered names caught with the right tag {exact:.3f} < 1")
    precision = ratio(quality["precision"].get("all"), 1.0)
    if precision < PRECISION_TARGET:
        out.append(f"precision {precision:.3f} < {PRECISION_TARGET}")
    removed = ratio(quality["ordinary"].get("all"), 0.0)
    if removed > ORDINARY_REMOVED_MAX:
        out.append(f"ordinary words removed {removed:.3f} > {ORDINARY_REMOVED_MAX}")
    return out
