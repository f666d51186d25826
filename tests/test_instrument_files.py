"""The bundled instruments, the shipped JSON Schema, and `casebook instruments check` on broken
files: every problem must name the file, the line, the place in the instrument and the fix."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from casebook.cli import main
from casebook.instruments.loader import instrument_files, load_instrument
from casebook.instruments.model import ITEM_TYPES, instrument_json_schema
from casebook.instruments.yamlfile import read_yaml
from casebook.settings import load_settings
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError

ROOT = Path(__file__).resolve().parent.parent
INSTRUMENTS = ROOT / "instruments"
SCHEMA_FILE = ROOT / "app" / "casebook" / "instruments" / "instrument.schema.json"
BUNDLED = instrument_files(INSTRUMENTS)
MODELINE = "# yaml-language-server: $schema=../../app/instruments/instrument.schema.json"


def bundled_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def check(*paths: Path):
    """Run `casebook instruments check` in-process; returns click's Result."""
    return CliRunner().invoke(main, ["instruments", "check", *map(str, paths)])


# --- the bundled instruments ---------------------------------------------------------------


def test_the_bundled_set_is_there() -> None:
    names = {bundled_id(path) for path in BUNDLED}
    assert names >= {
        "meeting-observation/v1.yaml",
        "patient-interview/v1.yaml",
        "patient-interview/v2.yaml",
        "professional-interview/v1.yaml",
        "resource-coding/v1.yaml",
        "significant-other-interview/v1.yaml",
    }


@pytest.mark.parametrize("path", BUNDLED, ids=bundled_id)
def test_bundled_instrument_loads(path: Path) -> None:
    instrument = load_instrument(path, load_settings(INSTRUMENTS))
    assert (instrument.id, f"v{instrument.version}.yaml") == (path.parent.name, path.name)
    assert isinstance(instrument.title, dict) and instrument.title.get("sv")
    assert all(isinstance(s.title, dict) and s.title.get("sv") for s in instrument.sections)
    assert path.read_text(encoding="utf-8").startswith(MODELINE + "\n")


def test_console_script_checks_the_bundled_folder() -> None:
    """The real `casebook` entry point, in a fresh process, as a study lead would run it."""
    script = Path(sys.executable).with_name("casebook")
    command = [str(script)]
    if not script.exists():
        command = [sys.executable, "-c", "import casebook.cli; casebook.cli.main()"]
    done = subprocess.run(
        [*command, "instruments", "check", "instruments/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{len(BUNDLED)} instrument file(s) checked: all valid."
    assert done.stderr == ""


def test_bundled_set_shows_every_part_of_the_format() -> None:
    """The bundled files double as worked examples, so together they use every item type and
    every per-item feature the format reference documents."""
    settings = load_settings(INSTRUMENTS)
    types: set[str] = set()
    features: set[str] = set()
    for path in BUNDLED:
        instrument = load_instrument(path, settings)
        for section in instrument.sections:
            if section.show_if:
                features.add("section show_if")
            for item in section.items:
                for thing in [item, *getattr(item, "items", [])]:
                    types.add(thing.type)
                    for key in ("show_if", "constraint", "constraint_message"):
                        if getattr(thing, key, None):
                            features.add(key)
                    if getattr(thing, "identifier", False):
                        features.add("identifier")
                    if getattr(thing, "deid", None) == "generalize" and thing.bands:
                        features.add("deid generalize")
                    if getattr(thing, "other", False):
                        features.add("other")
                    if isinstance(getattr(thing, "choices", None), str):
                        features.add("named choice list")
                    if thing.type in ("scale", "checklist") and isinstance(thing.scale, str):
                        features.add("named scale")
        if instrument.id == "resource-coding":
            assert instrument.choice_lists, "the coding frame uses a named choice list"
    assert types == set(ITEM_TYPES)
    assert features == {
        "section show_if",
        "show_if",
        "constraint",
        "constraint_message",
        "identifier",
        "deid generalize",
        "other",
        "named choice list",
        "named scale",
    }


def test_patient_interview_v2_keeps_the_ids_of_v1() -> None:
    settings = load_settings(INSTRUMENTS)
    v1 = load_instrument(INSTRUMENTS / "patient-interview" / "v1.yaml", settings)
    v2 = load_instrument(INSTRUMENTS / "patient-interview" / "v2.yaml", settings)
    assert set(v1.answerable()) < set(v2.answerable())
    assert v1.answerable()["own_goals"].label != v2.answerable()["own_goals"].label
    assert v1.content_hash() != v2.content_hash()


# --- broken instruments through the CLI ----------------------------------------------------

BASE = """\
id: demo-interview
version: 1
kind: interview
title: Demo interview
roles: [patient]
waves: [baseline, m12]
choice_lists:
  places:
    - value: home
      label: Home
    - value: clinic
      label: Clinic
scales:
  agreement:
    min: 1
    max: 5
sections:
  - id: main
    title: Main
    items:
      - id: goals
        type: topic
        label: Own goals
        show_if: goals_discussed == true
      - id: goals_discussed
        type: boolean
        label: Goals discussed
      - id: place
        type: choice
        label: Place
        choices: places
      - id: rating
        type: scale
        label: Rating
        scale: agreement
"""


@dataclass
class Broken:
    """One broken variant of BASE and the problem line `casebook instruments check` must print.

    `at` is the text of the line the problem must point at (`nth` occurrence, from 1), or None
    when there is no line; `where` is the place in the instrument; `says` are fragments of the
    message. With `exact=False`, `where` need only start the place (see the choice_lists cases).
    """

    name: str
    edits: list[tuple[str, str]]
    at: str | None
    where: str
    says: list[str]
    nth: int = 1
    exact: bool = True
    folder: str = "demo-interview"
    file: str = "v1.yaml"

    def text(self) -> str:
        text = BASE
        for old, new in self.edits:
            assert old in text, f"{self.name}: {old!r} is not in BASE"
            text = text.replace(old, new, 1)
        return text

    def line(self, text: str) -> int | None:
        if self.at is None:
            return None
        numbers = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == self.at]
        return numbers[self.nth - 1]


BROKEN = [
    Broken(
        "yaml syntax error",
        [("label: Own goals", "label: Own goals: to work")],
        "label: Own goals: to work",
        "",
        ["YAML syntax error: mapping values are not allowed here", "must be quoted"],
    ),
    Broken(
        "tab indentation",
        [("        label: Own goals", "\tlabel: Own goals")],
        "label: Own goals",
        "",
        ["YAML syntax error", "'\\t'", "indent with spaces, not tabs"],
    ),
    Broken(
        "duplicate key",
        [("        label: Own goals\n", "        label: Own goals\n        label: My goals\n")],
        "label: My goals",
        "",
        ['duplicate key "label"', "each key may appear once"],
    ),
    Broken(
        "unknown top-level key",
        [("title: Demo interview\n", "title: Demo interview\ndescripton: A demo.\n")],
        "descripton: A demo.",
        "descripton",
        ["unknown key 'descripton' (did you mean 'description'?); remove or rename it"],
    ),
    Broken(
        "unknown item key",
        [("        label: Own goals\n", "        label: Own goals\n        requird: true\n")],
        "requird: true",
        "section 'main' > item 'goals' > requird",
        ["unknown key 'requird' (did you mean 'required'?)"],
    ),
    Broken(
        "unknown item type",
        [("type: topic", "type: topc")],
        "- id: goals",
        "section 'main' > item 'goals'",
        ["unknown item type 'topc' (did you mean 'topic'?)", "use one of: topic, text"],
    ),
    Broken(
        "missing label",
        [("        label: Place\n", "")],
        "- id: place",
        "section 'main' > item 'place' > label",
        ["missing required key 'label'"],
    ),
    Broken(
        "duplicate item id",
        [("- id: rating", "- id: goals")],
        "- id: goals",
        "section 'main' > item 'goals' > id",
        ["item id 'goals' is already used at section 1, item 1", "must be unique"],
        nth=2,
    ),
    Broken(
        "duplicate choice value",
        [
            (
                "choices: places",
                "choices:\n          - {value: yes_, label: Yes}\n"
                "          - {value: yes_, label: Yes again}",
            )
        ],
        "choices:",
        "section 'main' > item 'place' > choices",
        ["choice value 'yes_' appears twice; values must be unique"],
    ),
    Broken(
        "unknown named choice list",
        [("choices: places", "choices: placez")],
        "choices: placez",
        "section 'main' > item 'place' > choices",
        ["no choice list named 'placez' under choice_lists (defined: places)"],
    ),
    Broken(
        "unknown scale",
        [("scale: agreement", "scale: agreemnt")],
        "scale: agreemnt",
        "section 'main' > item 'rating' > scale",
        ["no scale named 'agreemnt' under scales (defined: agreement)"],
    ),
    Broken(
        "show_if names an unknown item",
        [("show_if: goals_discussed", "show_if: goal_discussed")],
        "show_if: goal_discussed == true",
        "section 'main' > item 'goals' > show_if",
        ["show_if names unknown item 'goal_discussed' (did you mean 'goals_discussed'?)"],
    ),
    Broken(
        "show_if cannot be parsed",
        [("goals_discussed == true", "goals_discussed = true")],
        "show_if: goals_discussed = true",
        "section 'main' > item 'goals' > show_if",
        [
            "cannot read the expression 'goals_discussed = true'",
            'unexpected character "=" at column 17: use "==" to compare',
        ],
    ),
    Broken(
        "constraint names an unknown item",
        [("        label: Rating\n", "        label: Rating\n        constraint: . <= maximum\n")],
        "constraint: . <= maximum",
        "section 'main' > item 'rating' > constraint",
        ["constraint names unknown item 'maximum'"],
    ),
    Broken(
        "id disagrees with the folder",
        [],
        "id: demo-interview",
        "id",
        [
            "id 'demo-interview' disagrees with the folder 'demo'",
            "keep the file at instruments/demo-interview/v1.yaml",
        ],
        folder="demo",
    ),
    Broken(
        "version disagrees with the file name",
        [],
        "version: 1",
        "version",
        ["version 1 disagrees with the file name v2.yaml"],
        file="v2.yaml",
    ),
    Broken(
        "unknown wave",
        [("[baseline, m12]", "[baseline, m6]")],
        "waves: [baseline, m6]",
        "wave 2",
        ["unknown wave 'm6'; study.yaml defines: baseline, m12, m24"],
    ),
    Broken(
        "unknown role",
        [("[patient]", "[patients]")],
        "roles: [patients]",
        "role 1",
        ["unknown role 'patients'; study.yaml defines: patient, significant_other, professional"],
    ),
    Broken(
        "scale min not below max",
        [("    max: 5", "    max: 1")],
        "agreement:",
        "scales > agreement",
        ["scale min (1) must be below max (1)"],
    ),
    Broken(
        "identifier kept",
        [
            (
                "        label: Goals discussed\n",
                "        label: Goals discussed\n        identifier: true\n        deid: keep\n",
            )
        ],
        "- id: goals_discussed",
        "section 'main' > item 'goals_discussed'",
        ["is an identifier, so its deid policy must be 'drop' (or left out), not 'keep'"],
    ),
    Broken(
        "generalize without bands",
        [
            (
                "        label: Goals discussed\n",
                "        label: Goals discussed\n      - id: age\n        type: number\n"
                "        label: Age\n        deid: generalize\n",
            )
        ],
        "- id: age",
        "section 'main' > item 'age'",
        ["deid 'generalize' on a number needs `bands`"],
    ),
    Broken(
        "constraint_message without constraint",
        [
            (
                "        label: Goals discussed\n",
                "        label: Goals discussed\n        constraint_message: Say yes\n",
            )
        ],
        "- id: goals_discussed",
        "section 'main' > item 'goals_discussed'",
        ["constraint_message without a constraint"],
    ),
    Broken(
        "choice value as a bare number",
        [("    - value: clinic", "    - value: 2")],
        "- value: 2",
        "choice_lists",
        ["value: expected text here, got 2; put it in quotes"],
        exact=False,
    ),
    Broken(
        "choice value that is not an id",
        [("    - value: clinic", "    - value: Clinic")],
        "- value: Clinic",
        "choice_lists",
        ["'Clinic' is not a valid id: use lower-case letters, digits and _"],
        exact=False,
    ),
    Broken(
        "empty sections list",
        [(BASE[BASE.index("sections:") :], "sections: []\n")],
        "sections: []",
        "sections",
        ["'sections' needs at least one entry"],
    ),
    Broken(
        "interview without roles",
        [("roles: [patient]\n", "")],
        None,
        "",
        ["an interview must list the participant `roles` it is for"],
    ),
    Broken(
        # yamlfile.data_path descends into the `scale` key when pydantic's loc names the
        # discriminator tag "scale", so errors on a scale item point into its scale.
        "missing label on a scale item",
        [("        label: Rating\n", "")],
        "- id: rating",
        "section 'main' > item 'rating' > label",
        ["missing required key 'label'"],
    ),
    Broken(
        # Same cause: also reports the `str` branch ("expected text here ... put it in quotes").
        "inline scale min not below max",
        [("scale: agreement", "scale: {min: 3, max: 3}")],
        "scale: {min: 3, max: 3}",
        "section 'main' > item 'rating' > scale",
        ["scale min (3) must be below max (3)"],
    ),
    Broken(
        # friendly_message offers every item type, not the ones a repeat allows.
        "topic inside a repeat",
        [
            (
                "        scale: agreement\n",
                "        scale: agreement\n      - id: people\n        type: repeat\n"
                "        label: People\n        items:\n          - id: who\n"
                "            type: topic\n            label: Who\n",
            )
        ],
        "- id: who",
        "section 'main' > item 'people' > item 'who'",
        ["'topic' cannot be used inside a repeat"],
    ),
    Broken(
        # describe_path replaces the list name `places` by the entry, and shows the value 2
        # as if it were the position.
        "bare number in a named choice list",
        [("    - value: clinic", "    - value: 2")],
        "- value: 2",
        "choice_lists > places > choice 2 > value",
        ["expected text here, got 2; put it in quotes"],
    ),
]


def write_study(tmp_path: Path, case: Broken) -> tuple[Path, str]:
    """`<tmp>/study.yaml` and `<tmp>/<folder>/<file>` with the broken text."""
    shutil.copy(INSTRUMENTS / "study.yaml", tmp_path / "study.yaml")
    folder = tmp_path / case.folder
    folder.mkdir()
    text = case.text()
    (folder / case.file).write_text(text, encoding="utf-8")
    return folder / case.file, text


@pytest.mark.parametrize(
    "case",
    [
        *BROKEN,
    ],
    ids=lambda case: case.name,
)
def test_check_reports_broken_instrument(tmp_path: Path, case: Broken) -> None:
    file, text = write_study(tmp_path, case)
    result = check(tmp_path)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1].endswith("problem(s) found.")
    line = case.line(text)
    place = f"{file}:{line}" if line else str(file)
    head = f"{place}: {case.where}" + (": " if case.where and case.exact else "")
    matching = [entry for entry in lines if entry.startswith(head)]
    assert matching, f"no problem starts with {head!r}:\n{result.stderr}"
    assert any(all(part in entry for part in case.says) for entry in matching), result.stderr
    # No noise: every problem printed is at that place.
    assert len(matching) == len(lines) - 1, result.stderr


def test_check_of_a_single_file_finds_study_yaml_beside_it(tmp_path: Path) -> None:
    """Checking one file (not the folder) still checks waves against study.yaml."""
    case = next(case for case in BROKEN if case.name == "unknown wave")
    file, _ = write_study(tmp_path, case)
    result = check(file)
    assert result.exit_code == 1
    assert f"{file}:6: wave 2: unknown wave 'm6'" in result.stderr


def test_check_passes_the_base_instrument(tmp_path: Path) -> None:
    """The starting point of every broken case is itself valid."""
    write_study(tmp_path, Broken("valid", [], None, "", []))
    result = check(tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout == "1 instrument file(s) checked: all valid.\n"


def test_check_reports_every_broken_file(tmp_path: Path) -> None:
    shutil.copy(INSTRUMENTS / "study.yaml", tmp_path / "study.yaml")
    for name in ("alpha", "beta"):
        (tmp_path / name).mkdir()
        text = BASE.replace("demo-interview", name).replace("type: topic", "type: topc")
        (tmp_path / name / "v1.yaml").write_text(text, encoding="utf-8")
    result = check(tmp_path)
    assert result.exit_code == 1
    assert "alpha/v1.yaml:21:" in result.stderr and "beta/v1.yaml:21:" in result.stderr
    assert result.stderr.splitlines()[-1] == "2 problem(s) found."


def test_check_reports_an_empty_folder(tmp_path: Path) -> None:
    shutil.copy(INSTRUMENTS / "study.yaml", tmp_path / "study.yaml")
    result = check(tmp_path)
    assert result.exit_code == 1
    assert "no instrument files (<id>/v<N>.yaml) in this folder" in result.stderr


# --- the JSON Schema -----------------------------------------------------------------------


def test_shipped_schema_is_up_to_date() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == instrument_json_schema(), (
        "app/casebook/instruments/instrument.schema.json is stale;"
        " regenerate it (see docs/instruments.md)"
    )


def schema_validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.mark.parametrize("path", BUNDLED, ids=bundled_id)
def test_bundled_instrument_matches_the_schema(path: Path) -> None:
    errors = list(schema_validator().iter_errors(read_yaml(path).data))
    assert not errors, [error.message for error in errors]


def test_schema_rejects_an_unknown_item_type() -> None:
    data = read_yaml(INSTRUMENTS / "meeting-observation" / "v1.yaml").data
    data["sections"][0]["items"][0]["type"] = "stopwatch"
    assert list(schema_validator().iter_errors(data))


def test_schema_rejects_an_unknown_key() -> None:
    data = read_yaml(INSTRUMENTS / "resource-coding" / "v1.yaml").data
    data["sections"][0]["items"][0]["requird"] = True
    assert list(schema_validator().iter_errors(data))


# --- the content hash ----------------------------------------------------------------------


def hash_of(tmp_path: Path, name: str, text: str) -> str:
    folder = tmp_path / name / "patient-interview"
    folder.mkdir(parents=True)
    (folder / "v1.yaml").write_text(text, encoding="utf-8")
    return load_instrument(folder / "v1.yaml").content_hash()


def test_content_hash_ignores_comments_and_formatting(tmp_path: Path) -> None:
    original = (INSTRUMENTS / "patient-interview" / "v1.yaml").read_text(encoding="utf-8")
    expected = load_instrument(INSTRUMENTS / "patient-interview" / "v1.yaml").content_hash()
    assert hash_of(tmp_path, "same", original) == expected

    commented = "# A new comment at the top.\n\n" + original.replace(
        "\nsections:\n", "\n# Comments between keys.\nsections:   # and after them\n\n"
    )
    assert hash_of(tmp_path, "commented", commented) == expected

    # The same content as one JSON-style flow document: no comments, different quoting and
    # layout, keys in another order.
    data = read_yaml(INSTRUMENTS / "patient-interview" / "v1.yaml").data
    data = dict(reversed(list(data.items())))
    yaml = YAML()
    yaml.default_flow_style = True
    yaml.width = 4096
    flow = tmp_path / "flow.yaml"
    with flow.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    assert hash_of(tmp_path, "flow", flow.read_text(encoding="utf-8")) == expected

    # Writing out a default (required: false) does not change the meaning either.
    explicit = original.replace(
        "      - id: group_members\n        type: topic\n",
        "      - id: group_members\n        type: topic\n        required: false\n",
    )
    assert explicit != original
    assert hash_of(tmp_path, "explicit", explicit) == expected


def test_content_hash_changes_when_a_label_changes(tmp_path: Path) -> None:
    original = (INSTRUMENTS / "patient-interview" / "v1.yaml").read_text(encoding="utf-8")
    expected = load_instrument(INSTRUMENTS / "patient-interview" / "v1.yaml").content_hash()
    old = "How do the resource-group meetings usually go?"
    assert old in original
    changed = original.replace(old, "How do the resource-group meetings go?")
    assert hash_of(tmp_path, "label", changed) != expected
    swedish = original.replace("Hur brukar resursgruppens möten gå till?", "Hur går mötena?")
    assert hash_of(tmp_path, "swedish", swedish) != expected


# --- the format reference stays true to the model ------------------------------------------

DOCS = ROOT / "docs" / "instruments.md"


def yaml_blocks() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```yaml\n")[1:]]


def test_every_yaml_example_in_the_docs_is_valid() -> None:
    from casebook.instruments.model import Instrument, Item, Section
    from casebook.settings import StudySettings
    from pydantic import TypeAdapter

    checked = 0
    for block in yaml_blocks():
        try:
            data = YAML(typ="safe").load(block)
        except DuplicateKeyError:
            continue  # the label and expression snippets show one key several ways
        if not isinstance(data, dict | list):
            continue  # the modeline on its own
        if isinstance(data, list):
            TypeAdapter(list[Item]).validate_python(data)
        elif "sections" in data and "kind" in data:
            Instrument.model_validate(data)
        elif "sections" in data:
            TypeAdapter(list[Section]).validate_python(data["sections"])
        elif "waves" in data:
            StudySettings.model_validate(data)
        else:
            raise AssertionError(f"unrecognised example:\n{block}")
        checked += 1
    assert checked >= 16


def test_every_key_in_the_docs_tables_exists_in_the_model() -> None:
    from casebook.instruments.yamlfile import KNOWN_KEYS

    documented: set[str] = set()
    in_key_table = False
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.startswith("| key |"):
            in_key_table = True
        elif not line.startswith("|"):
            in_key_table = False
        elif in_key_table and line.startswith("| `"):
            cell = line.split("|")[1]
            documented.update(part.strip(" `") for part in cell.split(","))
    assert documented >= {"id", "type", "label", "show_if", "deid", "probes", "rows", "bands"}
    assert documented <= KNOWN_KEYS, documented - KNOWN_KEYS
