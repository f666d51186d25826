"""The independent verification pass: it finds what the redactor missed, and only that."""

from __future__ import annotations

import ast
from pathlib import Path

import casebook.deid.verify as verify_module
import casebook.deid.verify_patterns as verify_patterns
import pytest
from casebook.deid import Leak, NameEntry, Redactor, Registry, verify_texts

from tests.deid_corpus import generate_corpus

REGISTRY = Registry(
    [
        NameEntry("p:1", "Per Lind", "[patient P-9XZ2]", ("Pelle",)),
        NameEntry("p:2", "May Berg", "[significant other S-4K7Q]"),
        NameEntry("p:3", "Elin Åkesson", "[significant other S-7Y3M]", ("Ellie",)),
        NameEntry("p:4", "Anna-Karin Sjöberg", "[significant other S-8J2P]"),
        NameEntry("l:1", "Sankt Görans sjukhus", "[place L-3MFD]", ("S:t Görans",), kind="place"),
        NameEntry("l:2", "Huddinge", "[place L-8KXA]", kind="place"),
    ]
)


def _cells(*texts: str) -> list[tuple[str, str, object, str]]:
    return [("responses", "note", index + 1, text) for index, text in enumerate(texts)]


def test_it_shares_no_code_with_the_redactor() -> None:
    imported = set()
    for module in (verify_module, verify_patterns):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert not imported & {
        "casebook.deid.names",
        "casebook.deid.patterns",
        "casebook.deid.redactor",
        "casebook.deid.readable",
        "casebook.deid.phones",
        "casebook.deid.unregistered",
        "casebook.deid.nearmiss",
        "casebook.deid.context",
        "casebook.deid.namecontext",
        "casebook.deid.review",
        "casebook.deid.identity_numbers",
        "ahocorasick_rs",
        "phonenumbers",
        "rapidfuzz",
    }
    assert not any(m.split(".")[0] == "stdnum" for m in imported)  # its own check digits
    # It shares data (word lists, the name lexicon), the registry and the shape of the release's
    # own pseudonym codes (which it sets aside), not matching code.
    assert {m for m in imported if m.startswith("app.")} <= {
        "casebook.pseudonyms",
        "casebook.pseudonyms.CODE",
        "casebook.deid",
        "casebook.deid.vocab",
        "casebook.deid.lexicon",
        "casebook.deid.registry",
        "casebook.deid.registry.PERSON",
        "casebook.deid.registry.Registry",
        "casebook.deid.verify_patterns",
        "casebook.deid.verify_patterns.as_read",
        "casebook.deid.verify_patterns.scan_patterns",
    }


def test_properly_redacted_text_passes() -> None:
    redactor = Redactor(REGISTRY)
    texts = [
        "Per Lind said Elin's number is 070-123 45 67 and Ellie's is +46 70 765 43 21.",
        "Anna-Karin (811218-9876) wrote to elin.akesson@huddinge.se from S:t Görans.",
        "May said she was tired in May. Per week she spends 10 hours at Huddinge.",
        "pnr 8112189876, 19811218-9876, ref 5512349870, at 14.30 on 2026-03-14.",
    ]
    redacted = [redactor.redact(t).text for t in texts]
    assert verify_texts(_cells(*redacted), REGISTRY) == []


def test_tags_raise_no_false_alarms() -> None:
    text = (
        "[patient P-9XZ2] met [significant other S-4K7Q] at [place L-3MFD] on [date]; "
        "[email], [phone], [personnummer], [address], [url]. [professional H-2QW8] agreed."
    )
    assert verify_texts(_cells(text), REGISTRY) == []


def test_common_word_names_alone_are_not_flagged_but_full_names_are() -> None:
    assert verify_texts(_cells("We meet in May, per week."), REGISTRY) == []
    leaks = verify_texts(_cells("Per Lind came.", "PER LIND", "may berg"), REGISTRY)
    assert [(leak.row, leak.kind, leak.key) for leak in leaks] == [
        (1, "name", "p:1"),
        (2, "name", "p:1"),
        (3, "name", "p:2"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("They saw elin again.", "name", "p:3"),
        ("Ellies cat", "name", "p:3"),
        ("ÅKESSON", "name", "p:3"),
        ("signed akesson", "name", "p:3"),
        ("Pelle came", "name", "p:1"),
        ("Anna-Karin came", "name", "p:4"),
        ("Karin came", "name", "p:4"),
        ("at huddinge", "place", "l:2"),
        ("at S:t Görans", "place", "l:1"),
        ("at Sankt Görans sjukhus", "place", "l:1"),
        ("mail me at someone@example.se", "email", None),
        ("ring 070-123 45 67", "phone", None),
        ("ring 08-12 34 56", "phone", None),
        ("ring +44 20 7946 0958", "phone", None),
        ("pnr 811218-9876", "personnummer", None),
        ("pnr 811218-9870", "personnummer", None),
        ("pnr 8112189876", "personnummer", None),
        ("pnr 198112189876", "personnummer", None),
    ],
)
def test_each_kind_is_found(text: str, kind: str, key: str | None) -> None:
    leaks = verify_texts(_cells(text), REGISTRY)
    assert [(leak.kind, leak.key) for leak in leaks] == [(kind, key)]
    assert leaks[0].matched in text


def test_it_catches_an_identifier_the_redactor_missed() -> None:
    """Construct the miss directly: a redacted cell where one tag is put back as the name,
    and a cell where the redactor itself misses a name (after a rare symbol)."""
    redactor = Redactor(REGISTRY)
    clean = redactor.redact("Elin met Per Lind and called 070-123 45 67.").text
    missed_name = clean.replace("[significant other S-7Y3M]", "Elin", 1)
    missed_phone = clean.replace("[phone]", "0701234567")
    genuine_miss = "Notes →Elin came later"
    assert redactor.redact(genuine_miss).text == genuine_miss  # the redactor's blind spot
    cells = [
        ("responses", "note", "r-1", clean),
        ("responses", "note", "r-2", missed_name),
        ("answers", "text", "r-3", missed_phone),
        ("answers", "text", "r-4", genuine_miss),
    ]
    leaks = verify_texts(cells, REGISTRY)
    assert [(leak.table, leak.column, leak.row, leak.kind) for leak in leaks] == [
        ("responses", "note", "r-2", "name"),
        ("answers", "text", "r-3", "phone"),
        ("answers", "text", "r-4", "name"),
    ]


def test_leak_messages_never_contain_the_matched_text() -> None:
    (leak,) = verify_texts(_cells("They saw Elin."), REGISTRY)
    assert isinstance(leak, Leak)
    assert leak.matched == "Elin"  # for the private log
    assert "Elin" not in str(leak) and "Elin" not in repr(leak)
    assert str(leak) == "name found in responses.note, row 1"


def test_a_redacted_corpus_verifies_clean_and_an_unredacted_one_does_not() -> None:
    corpus = generate_corpus(seed=99, size_bytes=60_000)
    redactor = Redactor(corpus.registry)
    redacted = [("notes", "text", i, redactor(t)) for i, t in enumerate(corpus.texts)]
    assert verify_texts(redacted, corpus.registry) == []
    raw = [("notes", "text", i, t) for i, t in enumerate(corpus.texts)]
    kinds = {leak.kind for leak in verify_texts(raw, corpus.registry)}
    assert kinds == {"name", "place", "email", "phone", "personnummer", "url", "address"}


def test_urls_and_street_addresses_are_caught_too():
    from casebook.deid import Registry, verify_texts

    cells = [
        ("t", "c", 1, "See www.elinsblogg.se for more."),
        ("t", "c", 2, "Notes at https://example.org/elin?id=3 ok"),
        ("t", "c", 3, "She moved to Storgatan 12 last spring."),
        ("t", "c", 4, "He lives at 221 Baker Street now."),
        ("t", "c", 5, "Post goes to 123 45 Stockholm."),
        ("t", "c", 6, "She lives at [address]; see [url]. The street was quiet, 12 of them."),
    ]
    leaks = verify_texts(cells, Registry([]))
    assert [(leak.row, leak.kind) for leak in leaks] == [
        (1, "url"),
        (2, "url"),
        (3, "address"),
        (4, "address"),
        (5, "address"),
    ]


def test_what_the_redactor_replaces_the_verifier_never_calls_a_leak() -> None:
    """The verifier looks for less than the redactor replaces, never for something else:
    otherwise a correctly redacted release would be refused."""
    registry = Registry(
        [*REGISTRY.entries, NameEntry("p:9", "Kristina Ek", "[patient P-3K9D]", ("G",))]
    )
    texts = [
        "Bertil Wahlgren from the housing office joined late; Anna-Lena Wiik too.",
        "Ring 34 37 66 56, (212) 555-0123, 04.37.91.81.64 or 0501 234 56 78.",
        "El\u00adin B\u200berg came; ring ０７０-１２３ ４５ ６７.",
        "Kristna came, G left, Astrid Lindgren Hospital called, BERTIL WAHLGREN too.",
        "Rent 12 345 kr, 1 234 567 people, 2019-2021, 13.00-14.30, 811299-9876.",
    ]
    redactor = Redactor(registry)
    cells = [("notes", "text", i, redactor(t)) for i, t in enumerate(texts)]
    assert verify_texts(cells, registry) == []
    raw = [("notes", "text", i, t) for i, t in enumerate(texts)]
    assert {leak.row for leak in verify_texts(raw, registry)} == {0, 1, 2, 3}
