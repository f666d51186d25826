"""YAML that cannot hurt: an alias bomb, deep nesting, merge keys and tags in an instrument
or study.yaml end in a `file:line` message, fast and in bounded memory, never a traceback."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from casebook.cli import main
from casebook.instruments.yamlfile import InstrumentError, read_yaml
from click.testing import CliRunner

from tests.conftest import BUNDLED_INSTRUMENTS

CASEBOOK = str(Path(sys.executable).with_name("casebook"))
# Nine levels of nine aliases each: 9**9 (387 million) strings once expanded.
ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi", strict=True)
)
MEMORY_LIMIT = 1024**3  # the old reader took 2.4 GB on this bomb


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check_with_little_memory(path: Path) -> subprocess.CompletedProcess:
    """`casebook instruments check PATH` in a process that may use at most 1 GB."""
    return subprocess.run(
        [CASEBOOK, "instruments", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
    )


def test_an_alias_bomb_is_refused_with_its_line_in_bounded_memory(tmp_path: Path) -> None:
    assert len(ALIAS_BOMB.encode()) < 465
    (tmp_path / "study.yaml").write_text(ALIAS_BOMB)
    result = check_with_little_memory(tmp_path / "study.yaml")
    assert result.returncode == 1, result.stderr
    assert f"{tmp_path / 'study.yaml'}:5: more than 50000 values once aliases" in result.stderr
    assert "Traceback" not in result.stderr


BAD_FILES = {
    "python tag": (
        "title: x\nroles: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        2,
        "the tag !!python/object/apply:os.system is not allowed",
    ),
    "any explicit tag": ("title: !!str Study\n", 1, "the tag !!str is not allowed"),
    "a local tag": ("title: x\nwaves: !wave [a]\n", 2, "the tag !wave is not allowed"),
    "merge key": (
        "base: &b {id: p, label: P}\nroles:\n  - <<: *b\n    code: P\n",
        3,
        "merge keys (<<:) are not allowed",
    ),
    "deep nesting": ("title: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested more than 32"),
    "deep block nesting": (
        "".join("  " * i + f"k{i}:\n" for i in range(40)),
        33,
        "nested more than 32",
    ),
    "recursive alias": ("roles: &r [*r]\n", 1, "the alias *r is inside its own anchor"),
    "a list as key": ("? [a, b]\n: c\n", 1, "a key must be plain text"),
    "an impossible date": ("title: x\nstart: 2026-02-30\n", 2, "is not a real date"),
    "too many aliases": (
        "a: &a x\nb: [" + ", ".join(["*a"] * 101) + "]\n",
        2,
        "more than 100 aliases",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_refused_yaml_names_file_and_line(tmp_path: Path, case: str) -> None:
    text, line, message = BAD_FILES[case]
    path = tmp_path / "study.yaml"
    path.write_text(text)
    with pytest.raises(InstrumentError) as refused:
        read_yaml(path)
    [problem] = refused.value.problems
    assert str(problem).startswith(f"{path}:{line}: ") and message in str(problem)
    result = CliRunner().invoke(main, ["instruments", "check", str(path)])
    assert result.exit_code == 1
    assert str(problem) in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_instrument_file_gets_the_same_guard(tmp_path: Path) -> None:
    folder = tmp_path / "instruments"
    (folder / "bomb").mkdir(parents=True)
    (folder / "study.yaml").write_text((BUNDLED_INSTRUMENTS / "study.yaml").read_text())
    (folder / "bomb" / "v1.yaml").write_text("id: bomb\nversion: 1\n" + ALIAS_BOMB)
    result = check_with_little_memory(folder)
    assert result.returncode == 1, result.stderr
    assert f"{folder / 'bomb' / 'v1.yaml'}:7: more than 50000 values" in result.stderr


def test_plain_aliases_within_the_budget_still_work(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("choices: &c [a, b]\nagain: *c\n")
    assert read_yaml(path).data == {"choices": ["a", "b"], "again": ["a", "b"]}
