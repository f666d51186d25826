"""Every item type has one home (app/casebook/items/) and every piece Casebook needs of it:
answer checks, the API's JSON Schema, release cells and wide columns, codebook codes, fake
answers, and the UI's form field, template macro and browser reader that its kind names.
A type that lacks a piece fails here, not in the middle of a form, a save or a publish.

Each piece is called on a real item of that type from the bundled instruments (which use
every type; test_instrument_files checks that), with a fake answer it made itself."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from casebook.forms import build_form, form_answers
from casebook.forms.fields import FIELDS, ItemField
from casebook.instruments.answers import normalise
from casebook.instruments.loader import instrument_files, load_instrument
from casebook.instruments.model import ITEM_CLASSES, ITEM_TYPES, ROW_ITEM_TYPES, Instrument
from casebook.items import KINDS, Cell, ItemKind, Policy, registry
from casebook.items.rows import ROW_KINDS
from casebook.settings import load_settings
from jinja2.runtime import Macro
from jsonschema import Draft202012Validator

from tests.conftest import BUNDLED_INSTRUMENTS

ROOT = Path(__file__).resolve().parent.parent
FORM_JS = ROOT / "app" / "casebook" / "static" / "casebook" / "form.js"
ITEMS_TEMPLATE = "casebook/collect/_items.html"
ANSWERED = [name for name in ITEM_TYPES if KINDS[name].takes_answer]


def _bundled() -> list[Instrument]:
    settings = load_settings(BUNDLED_INSTRUMENTS)
    return [load_instrument(path, settings) for path in instrument_files(BUNDLED_INSTRUMENTS)]


INSTRUMENTS = _bundled()


def samples(type_name: str) -> list[tuple[Instrument, Any]]:
    """Every item of this type in the bundled instruments, repeat entries included."""
    found = []
    for instrument in INSTRUMENTS:
        for item in instrument.items():
            for thing in [item, *getattr(item, "items", [])]:
                if thing.type == type_name:
                    found.append((instrument, thing))
    return found


def form_js_readers() -> set[str]:
    """The keys of `const READERS = {...}` in form.js."""
    source = FORM_JS.read_text(encoding="utf-8")
    block = re.search(r"const READERS = \{\n(.*?)\n  \};", source, re.S)
    assert block, "form.js has no READERS table"
    return set(re.findall(r"^    ([a-z_]+):", block[1], re.M))


def test_the_list_of_types_is_derived_once() -> None:
    """The model's classes give ITEM_TYPES and the unions; the registry has a kind for each,
    in the same order, and a repeat's entries take exactly the types the model allows."""
    assert list(KINDS) == list(ITEM_TYPES)
    assert len(ITEM_TYPES) == len(ITEM_CLASSES) == len(set(ITEM_TYPES))
    assert set(ROW_KINDS) == set(ROW_ITEM_TYPES) < set(ITEM_TYPES)
    for name, kind in KINDS.items():
        assert isinstance(kind, ItemKind) and kind.name == name


def test_a_type_without_a_kind_is_refused_when_casebook_loads() -> None:
    kinds = [kind for kind in KINDS.values() if kind.name != "scale"]
    rows = [name for name in ROW_KINDS if name != "scale"]
    with pytest.raises(RuntimeError, match="every item type needs one kind"):
        registry(kinds, rows, ITEM_TYPES, ROW_ITEM_TYPES)
    with pytest.raises(RuntimeError, match="types a repeat may hold"):
        registry(KINDS.values(), [*ROW_KINDS, "topic"], ITEM_TYPES, ROW_ITEM_TYPES)
    assert registry(reversed(KINDS.values()), ROW_KINDS, ITEM_TYPES, ROW_ITEM_TYPES) == KINDS


@pytest.mark.parametrize("type_name", ITEM_TYPES)
def test_every_type_is_used_by_a_bundled_instrument(type_name: str) -> None:
    assert samples(type_name), f"no bundled instrument has a {type_name!r} item to test"


@pytest.mark.parametrize("type_name", ANSWERED)
def test_pure_pieces_work_on_a_real_item(type_name: str) -> None:
    kind = KINDS[type_name]
    rng = random.Random(3)
    for instrument, item in samples(type_name):
        value = kind.normalise(item, kind.fake(instrument, item, rng, "Elin"))
        assert value not in (None, "", [], {}), "fake gives an answer"
        assert kind.check(instrument, item, item.id, value) == [], "its own fake passes"
        wrong = kind.check(instrument, item, item.id, object())
        assert wrong and all(path.startswith(item.id) for path, _message in wrong)
        for schema in (kind.answer_schema(instrument, item), kind.generic_schema):
            Draft202012Validator.check_schema(schema)
            assert not list(Draft202012Validator(schema).iter_errors(value)), schema
        rule = item.release_policy() if item.release_policy() != "drop" else "redact"
        policy = Policy(shift_days=3, clean=str.upper)
        cells = list(kind.cells(instrument, item, item.id, "", value, policy, rule))
        assert cells and all(isinstance(c, Cell) and c.item == item.id for c in cells)
        for suffix, description, column_type in kind.wide_parts(instrument, item):
            assert isinstance(suffix, str) and isinstance(description, str)
            assert column_type in (str, int, float)
        for code, _label, position in kind.codebook_values(instrument, item):
            assert isinstance(code, str) and isinstance(position, int)
        assert isinstance(kind.candidates(instrument, item), list)


@pytest.mark.parametrize("type_name", ANSWERED)
def test_ui_pieces_are_where_the_kind_says(app, type_name: str) -> None:
    """The form field is in casebook.forms.fields, the macro in the items template, the
    reader in form.js; and a form filled with a fake answer reads back the same answer."""
    kind = KINDS[type_name]
    assert isinstance(FIELDS.get(kind.field), ItemField), kind.field
    assert kind.reader in form_js_readers(), f"form.js has no reader {kind.reader!r}"
    module = app.jinja_env.get_template(ITEMS_TEMPLATE).module
    assert isinstance(module.ITEM_MACROS.get(kind.macro), Macro), kind.macro
    rng = random.Random(5)
    with app.test_request_context():
        for instrument, item in samples(type_name):
            field = FIELDS[kind.field].unbound(instrument, item, str)
            assert callable(field.bind), "an unbound WTForms field"
            top = next(i for i in instrument.items() if item in [i, *getattr(i, "items", [])])
            answers = normalise(
                instrument, {top.id: KINDS[top.type].fake(instrument, top, rng, "")}
            )
            form = build_form(instrument, answers)
            assert form_answers(instrument, form) == answers


def test_a_note_takes_no_answer_but_has_a_macro(app) -> None:
    note = KINDS["note"]
    assert not note.takes_answer and (note.field, note.reader) == ("", "")
    module = app.jinja_env.get_template(ITEMS_TEMPLATE).module
    assert isinstance(module.ITEM_MACROS.get(note.macro), Macro)
    for instrument, item in samples("note"):
        assert note.fake(instrument, item, random.Random(1), "") is None
        assert note.check(instrument, item, item.id, "x") == [
            (item.id, "this item is a note and takes no answer")
        ]


def test_live_events_take_no_answer_but_have_a_macro_and_a_scheme(app) -> None:
    """The events kind: no answer (its taps are stored one by one), a macro that draws the
    live panel, and the scheme's codes in the codebook."""
    events = KINDS["events"]
    assert not events.takes_answer and (events.field, events.reader) == ("", "")
    module = app.jinja_env.get_template(ITEMS_TEMPLATE).module
    assert isinstance(module.ITEM_MACROS.get(events.macro), Macro)
    for instrument, item in samples("events"):
        assert events.fake(instrument, item, random.Random(1), "") is None
        assert events.check(instrument, item, item.id, [])[0][0] == item.id
        codes = [code for code, _label, _position in events.codebook_values(instrument, item)]
        assert codes == [e.code for e in item.events]


def test_the_browser_has_no_reader_nobody_names() -> None:
    named = {kind.reader for kind in KINDS.values() if kind.takes_answer}
    assert form_js_readers() == named
