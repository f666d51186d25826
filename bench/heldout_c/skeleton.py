"""Reading a held-out C skeleton: the template language of `fill`, as nested tuples.

`parse("a ((b|{S})) [[c {PHONE}]]")` gives ("a ", ("choice", (("b",), (("slot", "S"),))),
" ", ("opt", ("c ", ("slot", "PHONE")))); `slots(tree)` lists every slot name in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

TOKEN = re.compile(r"(\(\(|\)\)|\[\[|\]\]|\||\{[^{}]+\})")


@lru_cache(maxsize=4096)
def parse(skeleton: str) -> tuple:
    """The skeleton as nested tuples: str, ("slot", name), ("choice", alts), ("opt", seq)."""
    stack: list[tuple[str, list]] = [("seq", [])]
    for token in TOKEN.split(skeleton):
        if not token:
            continue
        top = stack[-1][1]
        if token in ("((", "[["):
            stack.append(("choice" if token == "((" else "opt", [[]] if token == "((" else []))
        elif token in ("))", "]]"):
            kind, body = stack.pop()
            node = (
                ("choice", tuple(tuple(a) for a in body))
                if kind == "choice"
                else ("opt", tuple(body))
            )
            _append(stack[-1], node)
        elif token == "|" and stack[-1][0] == "choice":
            top.append([])
        elif token.startswith("{"):
            _append(stack[-1], ("slot", token[1:-1]))
        else:
            _append(stack[-1], token)
    assert len(stack) == 1, f"unbalanced skeleton: {skeleton[:60]!r}"
    return tuple(stack[0][1])


def _append(frame: tuple[str, list], node: object) -> None:
    kind, body = frame
    (body[-1] if kind == "choice" else body).append(node)


def slots(node: object) -> list[str]:
    if isinstance(node, str):
        return []
    if isinstance(node, tuple) and node and node[0] == "slot":
        return [node[1]]
    return [s for child in (node[1] if node and node[0] in ("choice", "opt") else node)
            for s in slots(child)]  # fmt: skip
