"""The name registry: the people and places a study knows, and the tag that replaces each.

The release builder computes the tags (`[significant other S-4K7Q]`, `[place L-3MFD]`) from its
keyed pseudonyms; this package only substitutes them. A person's canonical name is split into
given names and a family name, and each is matched on its own as well ("Elin", "Berg's flat"):
every mention of the same person gets the same tag. Places are matched only as a whole (their
canonical name or an alias), never word by word ("Sankt Görans sjukhus" must not redact
"sjukhus"). Every form is also matched without its diacritics ("Akesson", "Goran", "Bjorn"), as
names are often typed on keyboards without å, ä, ö and é.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from casebook.deid.redactor import Redactor

Kind = Literal["person", "place"]
PERSON: Kind = "person"
PLACE: Kind = "place"

# Lower-case particles that belong to a family name ("von Essen", "af Klint", "de la Cruz").
PARTICLES = frozenset("von van der den de la le du da di del af zu ten ter".split())

# The role a form plays for its entry. A one-word form is matched on its own; the words of a
# multi-word form ("Sankt Görans sjukhus", "Per Lind") count only together.
Role = Literal["full", "alias", "given", "family", "part"]


def normalise_name(text: str) -> str:
    """NFC, with runs of white space collapsed to one space and the ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def fold(text: str) -> str:
    """The case-insensitive form used for matching: lower case of the NFC text (Turkish
    capital "İ" as "i", one letter, as the redactor lowers text)."""
    return unicodedata.normalize("NFC", text).replace("İ", "i").lower()


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One registered person or place.

    `key` is the caller's stable identifier (e.g. `participant:12`); it appears in spans and
    leak reports for the private log. `tag` is written in place of every mention.
    """

    key: str
    canonical: str
    tag: str
    aliases: tuple[str, ...] = ()
    kind: Kind = PERSON

    def __post_init__(self) -> None:
        canonical = normalise_name(self.canonical)
        aliases = tuple(dict.fromkeys(a for a in (normalise_name(x) for x in self.aliases) if a))
        if not canonical:
            raise ValueError(f"entry {self.key!r}: empty canonical name")
        if self.kind not in (PERSON, PLACE):
            raise ValueError(f"entry {self.key!r}: kind must be 'person' or 'place'")
        if not (self.tag.startswith("[") and self.tag.endswith("]")) or "\n" in self.tag:
            raise ValueError(f"entry {self.key!r}: a tag is one line in square brackets")
        object.__setattr__(self, "canonical", canonical)
        object.__setattr__(self, "aliases", aliases)

    @property
    def given_names(self) -> tuple[str, ...]:
        """Given names of a person (every word before the family name); none for a place."""
        if self.kind != PERSON:
            return ()
        words = self.canonical.split(" ")
        return tuple(words[: len(words) - len(self._family_words(words))])

    @property
    def family_name(self) -> str | None:
        """The family name of a person with at least two words in the canonical name."""
        if self.kind != PERSON:
            return None
        words = self.canonical.split(" ")
        family = self._family_words(words)
        return " ".join(family) if family else None

    @staticmethod
    def _family_words(words: list[str]) -> list[str]:
        if len(words) < 2:
            return []
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in PARTICLES:
            start -= 1
        return words[start:]


@dataclass(frozen=True, slots=True)
class NameForm:
    """A way an entry can be written: its lower-case words and the role they play."""

    words: tuple[str, ...]
    entry: int
    role: Role


class Registry:
    """The registered people and places, in a fixed order (the order breaks ties).

    `safe_words` are words the study lead marked as not names: the redactor never replaces
    them as unregistered names and the verifier never reports them as such.
    """

    __slots__ = ("_entries", "_forms", "_redactor", "safe_words")

    def __init__(self, entries: Iterable[NameEntry], safe_words: Iterable[str] = ()) -> None:
        self._entries: tuple[NameEntry, ...] = tuple(entries)
        self.safe_words: frozenset[str] = frozenset(fold(w) for w in safe_words)
        self._forms: list[NameForm] | None = None
        self._redactor: Redactor | None = None
        seen: set[str] = set()
        for entry in self._entries:
            if entry.key in seen:
                raise ValueError(f"duplicate registry key {entry.key!r}")
            seen.add(entry.key)

    @property
    def entries(self) -> tuple[NameEntry, ...]:
        return self._entries

    def __getstate__(self) -> tuple[tuple[NameEntry, ...], tuple[str, ...]]:
        # Pickled without the cached forms and redactor (worker processes rebuild them).
        return self._entries, tuple(sorted(self.safe_words))

    def __setstate__(self, state: tuple[tuple[NameEntry, ...], tuple[str, ...]]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    @classmethod
    def from_dicts(cls, rows: Iterable[Mapping[str, Any]]) -> Registry:
        """Build from plain mappings with keys key, canonical, tag, aliases?, kind?."""
        return cls(
            NameEntry(
                key=str(row["key"]),
                canonical=str(row["canonical"]),
                tag=str(row["tag"]),
                aliases=tuple(str(a) for a in row.get("aliases") or ()),
                kind=row.get("kind", PERSON),
            )
            for row in rows
        )

    def __iter__(self) -> Iterator[NameEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def written_words(self) -> frozenset[str]:
        """The words of the forms as written (lower case), without the forms `forms` adds
        with their diacritics dropped ("lång" of Lång, not "lang")."""
        return frozenset(word for form in _written_forms(self._entries) for word in form.words)

    @property
    def tags(self) -> frozenset[str]:
        return frozenset(e.tag for e in self.entries)

    def with_names(
        self, names: Iterable[str], tag: str = "[name]", kind: Kind = PERSON
    ) -> Registry:
        """A new registry with reviewed words added (those the study lead marked as names).

        Each becomes an entry of its own keyed `reviewed:<word>` with `tag`; the builder may
        instead add the word as an alias of a registered person to give it that person's tag.
        """
        extra = []
        existing = {e.key for e in self._entries}
        for name in names:
            norm = normalise_name(name)
            key = f"reviewed:{fold(norm)}"
            if norm and key not in existing:
                existing.add(key)
                extra.append(NameEntry(key=key, canonical=norm, tag=tag, kind=kind))
        return Registry((*self._entries, *extra), self.safe_words)

    def with_safe_words(self, words: Iterable[str]) -> Registry:
        """A new registry that also knows `words` as not names (see the class docstring)."""
        return Registry(self._entries, self.safe_words | {fold(w) for w in words})

    def warnings(self) -> list[str]:
        """Forms that are never matched because they are too short to tell a name by (a
        one-letter nickname such as "G" would be found in every "G-spot" and "vitamin G")."""
        return [
            f"{entry.key}: {what} {form!r} has fewer than {MIN_LETTERS} letters and is not "
            "matched in free text"
            for entry in self._entries
            for what, form in (("name", entry.canonical), *(("alias", a) for a in entry.aliases))
            if _letters(form) < MIN_LETTERS
        ]

    def redactor(self) -> Redactor:
        """The default-configured `Redactor` of this registry, built on first use and kept."""
        if self._redactor is None:
            from casebook.deid.redactor import Redactor

            self._redactor = Redactor(self)
        return self._redactor

    def forms(self) -> list[NameForm]:
        """Every way each entry can be written, for the matchers. Cached."""
        if self._forms is None:
            self._forms = list(_forms(self._entries))
        return self._forms

    def word_owners(self) -> dict[str, tuple[int, ...]]:
        """Each standalone word (lower case) and the entries it can refer to, in order."""
        owners: dict[str, list[int]] = {}
        for form in self.forms():
            if len(form.words) == 1:
                bucket = owners.setdefault(form.words[0], [])
                if form.entry not in bucket:
                    bucket.append(form.entry)
        return {word: tuple(sorted(idx)) for word, idx in owners.items()}

    def ambiguous_words(self) -> dict[str, tuple[str, ...]]:
        """Words that belong to more than one registered entry, with those entries' keys.

        The redactor still redacts them (with the first entry's tag unless the text names one
        of them unambiguously); the release builder may want to show this list to the lead.
        """
        return {
            word: tuple(self.entries[i].key for i in idx)
            for word, idx in sorted(self.word_owners().items())
            if len(idx) > 1
        }


# Letters that Unicode does not decompose but a keyboard without them replaces: Turkish "ı"
# ("YILDIRIM" is "yildirim" in lower case), Icelandic and Faroese "ð" and "þ", Maltese "ħ",
# Azerbaijani "ə" (schwa: "Xədicə Əliyeva" is typed "xedice eliyeva").
_UNFOLDED = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ə": "e",
    }
)


def ascii_fold(word: str) -> str:
    """`word` without diacritics ("åkesson" -> "akesson"), as typed on an English keyboard."""
    if word.isascii():  # nothing to fold (most words): a third of building a redactor
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNFOLDED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


MIN_LETTERS = 2


def _letters(word: str) -> int:
    return sum(c.isalpha() for c in word)


def _forms(entries: Sequence[NameEntry]) -> Iterator[NameForm]:
    """Every form of every entry, and the same without diacritics where that differs. A form
    of one word with fewer than two letters ("G", "G.") is left out (see `warnings`)."""
    for form in _written_forms(entries):
        if len(form.words) == 1 and _letters(form.words[0]) < MIN_LETTERS:
            continue
        yield form
        folded = tuple(ascii_fold(w) for w in form.words)
        if folded != form.words:
            yield NameForm(folded, form.entry, form.role)
        # Turkish "ı" in capitals is "I", lowered "i", whatever other letters keep their marks:
        # "SARIOĞLU" is "sarioğlu" for "Sarıoğlu".
        dotted = tuple(w.replace("ı", "i") for w in form.words)
        if dotted != form.words and dotted != folded:
            yield NameForm(dotted, form.entry, form.role)
        # The accents dropped but the letters of their own kept ("Đao" for Vietnamese "Đào",
        # "Løvas" for "Løvås"): what a keyboard that has the letter but no dead keys types.
        unmarked = tuple(marks_dropped(w) for w in form.words)
        if unmarked not in (form.words, folded, dotted):
            yield NameForm(unmarked, form.entry, form.role)


def marks_dropped(word: str) -> str:
    """`word` without its combining accents, its letters of their own ("đ", "ø", "ł") kept."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _written_forms(entries: Sequence[NameEntry]) -> Iterator[NameForm]:
    for index, entry in enumerate(entries):
        full = tuple(fold(entry.canonical).split(" "))
        yield NameForm(full, index, "full")
        for alias in entry.aliases:
            yield NameForm(tuple(fold(alias).split(" ")), index, "alias")
        if entry.kind != PERSON:
            continue
        given = [fold(g) for g in entry.given_names]
        family = entry.family_name
        for word in given:
            if word in PARTICLES:
                continue
            yield NameForm((word,), index, "given")
            if "-" in word:  # "Anna-Karin": "Anna" and "Karin" alone too
                for piece in word.split("-"):
                    if len(piece) > 1:
                        yield NameForm((piece,), index, "part")
        if family:
            words = tuple(fold(family).split(" "))
            yield NameForm(words, index, "family")
            if len(words) > 1:  # "von Essen": "Essen" alone too
                yield NameForm((words[-1],), index, "family")
            if "-" in words[-1]:  # double-barrelled "Berg-Lind"
                for piece in words[-1].split("-"):
                    if len(piece) > 1:
                        yield NameForm((piece,), index, "part")
            if len(given) > 1:  # "Anna Maria Berg" is also written "Anna Berg"
                for word in given:
                    yield NameForm((word, *words), index, "full")
