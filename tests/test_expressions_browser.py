"""The shared case table evaluated by expressions.js in a real headless Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from casebook.instruments.expressions import answered, evaluate, parse

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "app" / "casebook" / "static" / "casebook" / "expressions.js"
CASES = json.loads(Path(__file__).with_name("expression_cases.json").read_text(encoding="utf-8"))
EVALUATIONS = [case for case in CASES if "expected" in case]

ANSWERED_VALUES: list[Any] = [
    None,
    0,
    -0.0,
    1.5,
    False,
    True,
    "",
    " ",
    "x",
    " \t\r\n\x0b\x0c",
    "\u00a0\u2000\u200a\ufeff",
    "\u0085",
    "\u001c",
    "\u200b",
    [],
    [None],
    [""],
    {},
    {"a": None},
    {"a": {"b": " "}},
    {"a": {"b": 0}},
    {"constructor": None},
    "Åsa",
]

RUN_CASES = """
cases => cases.map(c => window.CasebookExpressions.evaluate(c.tree, c.answers, c.self))
"""
RUN_ANSWERED = "values => values.map(v => window.CasebookExpressions.answered(v))"


def run_in_browser(browser: Any, script: str, argument: Any) -> Any:
    """Load expressions.js into a blank page, run one evaluate call, close the context."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content("<!doctype html><title>x</title>")
        page.add_script_tag(path=str(SCRIPT))
        assert page.evaluate("Object.keys(window.CasebookExpressions).sort()") == [
            "answered",
            "evaluate",
        ]
        return page.evaluate(script, argument)
    finally:
        context.close()


def test_browser_agrees_with_table_and_python(browser: Any) -> None:
    payload = [
        {"tree": parse(case["expr"]), "answers": case["answers"], "self": case.get("self")}
        for case in EVALUATIONS
    ]
    results = run_in_browser(browser, RUN_CASES, payload)
    assert len(results) == len(EVALUATIONS)
    mismatches = []
    for case, item, got in zip(EVALUATIONS, payload, results, strict=True):
        python = evaluate(item["tree"], case["answers"], case.get("self"))
        if not isinstance(got, bool) or got is not case["expected"] or got is not python:
            mismatches.append(
                f"{case['expr']!r} answers={json.dumps(case['answers'], ensure_ascii=False)} "
                f"self={case.get('self')!r}: browser={got!r} python={python!r} "
                f"expected={case['expected']!r}"
            )
    assert not mismatches, f"{len(mismatches)} mismatch(es):\n" + "\n".join(mismatches)


def test_browser_answered_agrees_with_python(browser: Any) -> None:
    results = run_in_browser(browser, RUN_ANSWERED, ANSWERED_VALUES)
    expected = [answered(value) for value in ANSWERED_VALUES]
    wrong = [
        f"{value!r}: browser={got!r} python={want!r}"
        for value, got, want in zip(ANSWERED_VALUES, results, expected, strict=True)
        if got is not want
    ]
    assert not wrong, "\n".join(wrong)
