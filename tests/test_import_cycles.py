"""How the `casebook` package imports: no cycles (a module never needs, while it is being
imported, a module that needs it back), the JSON API never imports the web pages, and
nothing comes from tests/ or bench/. The graph is read from the source with `ast` and holds
the imports that run when a module is imported (at module level, also inside `if` and `try`),
not those inside functions nor under `if TYPE_CHECKING:`. Importing `a.b.c` counts as
depending on `a.b.c` alone, as import tools count it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "app" / "casebook"

Graph = dict[str, set[str]]


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def run_at_import(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements a module runs while it is imported."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)
        elif isinstance(node, ast.With):
            pending.extend(node.body)


def imported_names(module: str, is_package: bool, node: ast.Import | ast.ImportFrom) -> list[str]:
    """Dotted names the statement imports: `from a import b` names `a.b` (a module or not)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parts = module.split(".") if is_package else module.split(".")[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join([*parts, *([node.module] if node.module else [])])
    return [f"{base}.{alias.name}" for alias in node.names]


def import_graph(root: Path = PACKAGE) -> Graph:
    """Module -> the package's modules it imports while it is being imported."""
    files = {module_name(path, root): path for path in root.rglob("*.py")}
    graph: Graph = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        needs: set[str] = set()
        for node in run_at_import(tree):
            for name in imported_names(module, path.name == "__init__.py", node):
                while name and name not in files:  # `from a import b` where b is not a module
                    name = name.rpartition(".")[0]
                if name and name != module:
                    needs.add(name)
        graph[module] = needs
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion),
    and any module that imports itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in graph.get(node, ()):
                    found.append(sorted(group))
    return found


def describe(group: list[str], graph: Graph) -> str:
    members = set(group)
    edges = [f"{m} -> {', '.join(sorted(graph[m] & members))}" for m in group]
    return f"{len(group)} modules import each other:\n  " + "\n  ".join(edges)


def test_the_casebook_package_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 100 and "casebook.request_context" in graph  # the real package
    found = cycles(graph)
    assert not found, "\n".join(describe(group, graph) for group in found)


def test_the_json_api_does_not_import_the_web_pages() -> None:
    graph = import_graph()
    api = [m for m in graph if m == "casebook.api" or m.startswith("casebook.api.")]
    assert api
    for module in api:
        views = sorted(n for n in graph[module] if n.startswith("casebook.views"))
        assert not views, f"{module} imports {views}"


def write(root: Path, name: str, text: str) -> None:
    path = root.joinpath(*name.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_check_finds_cycles_through_packages_and_relative_imports(tmp_path: Path) -> None:
    root = tmp_path / "casebook"
    write(tmp_path, "casebook.__init__", "")
    write(tmp_path, "casebook.api.__init__", "from casebook.api import cases\n")
    write(tmp_path, "casebook.api.cases", "from . import bp\n")  # bp lives in __init__
    write(tmp_path, "casebook.a", "if True:\n    from casebook import b\n")
    write(
        tmp_path,
        "casebook.b",
        "try:\n    import casebook.c as c\nexcept ImportError:\n    c = None\n",
    )
    write(tmp_path, "casebook.c", "from casebook.a import thing\n")
    write(tmp_path, "casebook.late", "def f():\n    from casebook import quiet\n")
    write(tmp_path, "casebook.quiet", "from casebook import late\n")
    write(
        tmp_path,
        "casebook.typed",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from casebook import hinted\n",
    )
    write(tmp_path, "casebook.hinted", "from casebook.typed import x\n")
    found = cycles(import_graph(root))
    assert found == [
        ["casebook.a", "casebook.b", "casebook.c"],
        ["casebook.api", "casebook.api.cases"],
    ]


def test_the_package_imports_nothing_from_tests_or_bench() -> None:
    """Casebook installed from a wheel has neither folder: the benchmark and the word-list
    tools that need them live in bench/ (anywhere in a module, in a function too)."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        module = module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom) and not getattr(node, "level", 0):
                for name in imported_names(module, path.name == "__init__.py", node):
                    if name.split(".")[0] in ("tests", "bench"):
                        found.append(f"{module}: {name}")
    assert found == []
