"""Casebook's interface text: every string marked for translation in the code and the
templates has a Swedish translation, with the same placeholders, so new text cannot slip in
untranslated; and the catalogue is what the app reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from casebook.i18n import catalogue_path, interface_languages

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "_n": (1, 2)}  # as `make messages` passes them
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def marked_in_source() -> set[str]:
    """Every msgid the code and templates mark, found as `pybabel extract` finds them."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "app"),
        [(p.removeprefix("app/"), m) for p, m in method_map],
        options_map={k.removeprefix("app/"): v for k, v in options_map.items()},
        keywords=KEYWORDS,
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def catalogue(language: str):
    with catalogue_path(language).open("rb") as source:
        return read_po(source, locale=language)


def test_the_source_marks_text_and_swedish_is_shipped():
    assert len(marked_in_source()) > 20  # the extraction itself finds what is marked
    assert "sv" in interface_languages()


@pytest.mark.parametrize("language", [code for code in interface_languages() if code != "en"])
def test_every_marked_string_is_translated(language):
    translated = {}
    for message in catalogue(language):
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"{language}: no translation for {key!r}"
        assert not message.fuzzy, f"{language}: {key!r} is marked fuzzy (not yet confirmed)"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(ids[-1])), (
                f"{language}: {key!r} and its translation have different placeholders"
            )
        translated[key] = strings
    missing = sorted(marked_in_source() - set(translated))
    assert not missing, f"{language}: run `make messages` and translate: {missing[:10]}"
