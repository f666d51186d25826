"""`casebook instruments import-xlsform`: XLSForms built with openpyxl are read through pyxform
into instrument YAML that Casebook's own loader accepts; rows with no counterpart are reported
by sheet and row, never guessed; a file that is not an XLSForm gets a sentence, not a
traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from casebook.instruments import expressions
from casebook.instruments.loader import load_instrument
from casebook.instruments.xlsform import read_xlsform
from casebook.settings import load_settings

from tests.conftest import BUNDLED_INSTRUMENTS
from tests.test_cli import run


def invoke(env: dict, *args: str):
    """The command in this process (quicker than the console script), as `run` returns it."""
    from casebook.cli import main
    from click.testing import CliRunner

    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


SURVEY_HEADER = (
    "type",
    "name",
    "label::English (en)",
    "label::Svenska (sv)",
    "hint::English (en)",
    "required",
    "relevant",
    "constraint",
    "constraint_message::English (en)",
    "appearance",
)
MAPPABLE = [
    ("text", "full_name", "Name", "Namn", "As they say it", "yes", None, None, None, None),
    ("text", "story", "Their story", "Berättelse", None, None, None, None, None, "multiline"),
    ("integer", "age", "Age", "Ålder", None, "true", None, ". >= 18", "Adults only", None),
    ("decimal", "hours", "Hours a week", "Timmar", None, None, "${age} >= 18", None, None, None),
    ("begin group", "habits", "Habits", "Vanor", None, None, "${full_name} != ''", *[None] * 3),
    ("select_one yn", "Smoker", "Smokes?", "Röker?", None, "yes", None, None, None, None),
    (
        "select_multiple fruit",
        "fruit",
        "Fruit",
        "Frukt",
        None,
        None,
        "${Smoker} = 'Yes'",
        *[None] * 3,
    ),
    ("note", "fruit_note", "About fruit", "Om frukt", None, None, None, None, None, None),
    ("begin group", "inner", "Inner", "Inre", None, None, "not(${Smoker} = 'No')", *[None] * 3),
    (
        "integer",
        "apples",
        "Apples a day",
        "Äpplen",
        None,
        None,
        "selected(${fruit}, 'apple') and count-selected(${fruit}) > 1",
        *[None] * 3,
    ),
    ("end group", *[None] * 9),
    ("end group", *[None] * 9),
    ("date", "visit", "Visit date", "Besöksdatum", None, None, None, None, None, None),
    ("time", "visit_time", "Visit time", "Klockslag", None, None, None, None, None, None),
    ("begin repeat", "children", "Children", "Barn", None, None, None, None, None, None),
    ("text", "child_name", "Child's first name", "Barnets förnamn", *[None] * 6),
    ("integer", "child_age", "Child's age", "Barnets ålder", *[None] * 6),
    ("end repeat", *[None] * 9),
]
CHOICES = [
    ("yn", "Yes", "Yes", "Ja"),
    ("yn", "No", "No", "Nej"),
    ("fruit", "apple", "Apple", "Äpple"),
    ("fruit", "pear", "Pear", "Päron"),
]


def workbook(path: Path, survey_rows: list, header=SURVEY_HEADER, form_id="habits_form") -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(header)
    for row in survey_rows:
        survey.append(row)
    choices = book.create_sheet("choices")
    choices.append(("list_name", "name", "label::English (en)", "label::Svenska (sv)"))
    for row in CHOICES:
        choices.append(row)
    settings = book.create_sheet("settings")
    settings.append(("form_title", "form_id", "default_language"))
    settings.append(("Habits", form_id, "English (en)"))
    book.save(path)
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "instruments"
    target.mkdir()
    shutil.copy(BUNDLED_INSTRUMENTS / "study.yaml", target)
    return target


@pytest.fixture
def env(tmp_path):
    return {**os.environ, "CASEBOOK_INSTANCE": str(tmp_path / "instance")}


def test_every_mappable_type_round_trips_to_a_valid_instrument(tmp_path, folder, env):
    source = workbook(tmp_path / "habits.xlsx", MAPPABLE)
    result = run(env, "instruments", "import-xlsform", str(source), "--into", str(folder))
    assert result.returncode == 0, result.stderr
    # only the renamed choice codes are reported (rows 2 and 3 of the choices sheet)
    assert result.stdout.splitlines()[1:] == ["2 row(s) did not map as they are:"] + [
        f"  choices row {row}: choice '{name}' of 'yn': stored as '{name.lower()}': Casebook "
        "codes are lower-case letters, digits and _, starting with a letter"
        for row, name in ((2, "Yes"), (3, "No"))
    ]
    path = folder / "habits_form" / "v1.yaml"
    instrument = load_instrument(path, load_settings(folder))  # Casebook's own loader

    assert instrument.kind == "observation" and instrument.waves == ["baseline", "m12", "m24"]
    assert instrument.languages == ["en", "sv"]
    first, habits, last = instrument.sections
    items = {item.id: item for section in instrument.sections for item in section.items}
    assert [i.type for i in first.items] == ["text", "longtext", "number", "number"]
    assert items["full_name"].label == {"en": "Name", "sv": "Namn"}
    assert items["full_name"].help == {"en": "As they say it"} and items["full_name"].required
    assert items["age"].constraint == ". >= 18"
    assert items["age"].constraint_message == {"en": "Adults only"}
    assert items["hours"].decimal and items["hours"].show_if == "age >= 18"

    assert habits.id == "habits" and habits.show_if == "answered(full_name)"
    assert habits.title == {"en": "Habits", "sv": "Vanor"}
    assert [i.id for i in habits.items] == ["smoker", "fruit", "fruit_note", "apples"]
    assert items["smoker"].type == "choice" and items["fruit"].type == "multichoice"
    assert [c.value for c in instrument.choice_lists["yn"]] == ["yes", "no"]
    assert instrument.choice_lists["fruit"][1].label == {"en": "Pear", "sv": "Päron"}
    assert items["fruit"].show_if == 'smoker == "yes"'  # the renamed value, not 'Yes'
    # the inner group's relevance is added to its questions
    assert items["apples"].show_if == (
        '(not (smoker == "no")) and (has(fruit, "apple") and count(fruit) > 1)'
    )
    shown = expressions.parse(items["apples"].show_if)
    assert expressions.evaluate(shown, {"smoker": "yes", "fruit": ["apple", "pear"]}) is True
    assert expressions.evaluate(shown, {"smoker": "no", "fruit": ["apple", "pear"]}) is False

    assert [i.type for i in last.items] == ["date", "time", "repeat"]
    assert [sub.id for sub in items["children"].items] == ["child_name", "child_age"]


def test_unmappable_rows_are_reported_by_sheet_and_row(tmp_path, folder, env):
    rows = [
        ("text", "name", "Name", "Namn", *[None] * 6),
        ("calculate", "double_age", None, None, *[None] * 6, "1 + 1"),  # row 3
        ("image", "photo", "A photo", "Ett foto", *[None] * 6),  # row 4
        ("geopoint", "where", "Where", "Var", *[None] * 6),  # row 5
        ("start", "started", None, None, *[None] * 6),  # row 6
        ("text", "nick", "Nick", "Smeknamn", None, None, "string-length(${name}) > 3", *[None] * 3),
        ("integer", "kids", "Kids", "Barn", None, "${name} != ''", None, ". < 2 * 10", *[None] * 2),
        ("range", "mood", "Mood", "Humör", *[None] * 6),  # row 9
        ("text", "town", "Town", "Stad", *[None] * 6, None, "Lund"),  # row 10
    ]
    header = (*SURVEY_HEADER, "calculation", "default")
    source = workbook(tmp_path / "odd.xlsx", rows, header=header, form_id="odd")
    imported = read_xlsform(source)
    report = [str(row) for row in imported.unmapped]
    assert report == [
        "survey row 3: calculate 'double_age': a calculation: Casebook stores only what is entered",
        "survey row 4: photo 'photo': media: Casebook forms take no files, photos or recordings",
        "survey row 5: geopoint 'where': a location: Casebook has no map or GPS item",
        "survey row 6: start 'started': metadata the device fills in: Casebook records who and "
        "when itself",
        "survey row 7: text 'nick': relevant 'string-length(${name}) > 3' not translated (the "
        "function string-length() has no counterpart in Casebook); left out",
        "survey row 8: integer 'kids': required \"${name} != ''\" is an expression",
        "survey row 8: integer 'kids': constraint '. < 2 * 10' not translated ('*' has no "
        "counterpart (arithmetic or an XPath path)); left out",
        "survey row 9: range 'mood': the type 'range' has no counterpart in Casebook",
        "survey row 10: text 'town': the default column has no counterpart and was left out",
    ]  # the yes/no list is used by no question here, so its codes are not reported

    result = invoke(env, "instruments", "import-xlsform", str(source), "--into", str(folder))
    assert result.returncode == 0, result.stderr
    assert "9 row(s) did not map as they are:" in result.stdout
    assert "survey row 4: photo 'photo'" in result.stdout
    written = load_instrument(folder / "odd" / "v1.yaml", load_settings(folder))
    assert [i.id for i in written.items()] == ["name", "nick", "kids", "town"]
    assert written.items()[1].show_if is None and not written.items()[2].required


def test_bad_files_get_a_sentence_and_exit_1(tmp_path, folder, env):
    not_excel = tmp_path / "notes.xlsx"
    not_excel.write_text("this is not a spreadsheet")
    missing_list = workbook(
        tmp_path / "broken.xlsx", [("select_one nolist", "q", "Q", "F", *[None] * 6)]
    )
    checks = [
        (not_excel, "notes.xlsx"),
        (missing_list, "broken.xlsx is not a readable XLSForm"),
        (tmp_path / "absent.xlsx", "No file at"),
    ]
    for path, says in checks:
        result = invoke(env, "instruments", "import-xlsform", str(path), "--into", str(folder))
        assert result.returncode == 1, (path, result.stdout)
        assert says in result.stderr and "Traceback" not in result.stderr + result.stdout
    assert not list(folder.glob("*/v*.yaml"))

    good = workbook(tmp_path / "habits.xlsx", MAPPABLE)
    assert (
        invoke(env, "instruments", "import-xlsform", str(good), "--into", str(folder)).returncode
        == 0
    )
    again = invoke(env, "instruments", "import-xlsform", str(good), "--into", str(folder))
    assert again.returncode == 1 and "exists already" in again.stderr
    interview = invoke(
        env,
        "instruments",
        "import-xlsform",
        str(good),
        "--into",
        str(folder),
        "--kind",
        "interview",
        "--version",
        "2",
    )
    assert interview.returncode == 1 and "roles" in interview.stderr
    assert not (folder / "habits_form" / "v2.yaml").exists()


@pytest.mark.parametrize(
    ("xpath", "casebook"),
    [
        ("${a} = ''", "not answered(a)"),
        ("'' != ${a}", "answered(a)"),
        ("${a} >= -2.5 or ${b} = 'X y'", 'a >= -2.5 or b == "x_y"'),
        ("not(selected(${b}, 'X y')) and true()", 'not (has(b, "x_y")) and true'),
        ("(. > 1) and (. < 9)", "(. > 1) and (. < 9)"),
    ],
)
def test_xpath_translations(xpath, casebook):
    from casebook.instruments.xlsform_expressions import translate

    assert (
        translate(xpath, lambda name: name, lambda item, value: value.lower().replace(" ", "_"))
        == casebook
    )


def test_a_repeat_in_a_nested_group_keeps_both_relevances(tmp_path):
    rows = [
        ("integer", "n", "N", "N", *[None] * 6),
        ("begin group", "g", "G", "G", *[None] * 6),
        ("begin group", "h", "H", "H", None, None, "${n} > 1", *[None] * 3),
        ("begin repeat", "r", "R", "R", None, None, "${n} > 2", *[None] * 3),
        ("text", "t", "T", "T", *[None] * 6),
        ("end repeat", *[None] * 9),
        ("end group", *[None] * 9),
        ("end group", *[None] * 9),
    ]
    imported = read_xlsform(workbook(tmp_path / "nested.xlsx", rows))
    assert imported.unmapped == []
    repeat = imported.definition["sections"][1]["items"][0]
    assert repeat["type"] == "repeat" and repeat["show_if"] == "(n > 1) and (n > 2)"
