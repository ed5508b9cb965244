"""The layering ARCHITECTURE.md promises, checked on the source: who may import whom, no cycles,
and discord only under bot/.

Imports are read with ``ast`` from every module, including those inside functions (the lazy
imports that keep light commands fast still make a run-time cycle) but not those under
``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "perfm_bot"

# A room may import itself and the rooms listed; the table is ARCHITECTURE.md's.
ALLOWED = {
    "core": set(),
    "sources": {"core"},
    "index": {"core", "sources"},
    "answering": {"core", "sources", "index"},
    "editing": {"core", "sources"},
    "posting": {"core", "sources"},
    "records": {"core", "answering"},
    "importing": {"core", "sources"},
    "bot": {"core", "sources", "index", "answering", "editing", "posting", "records"},
    "cli": {"core", "sources", "index", "answering", "editing", "posting", "records", "importing", "bot"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and (PACKAGE / parts[1]).is_dir()) else ""


def test_the_graph_is_read():
    edges = graph()
    assert len(edges) > 40 and "perfm_bot.answering.engine" in edges
    assert "perfm_bot.sources.loader" in edges["perfm_bot.answering.engine"]


def test_each_room_imports_only_the_rooms_below_it():
    wrong = []
    for module, targets in graph().items():
        here = room(module)
        if here not in ALLOWED:
            continue
        for target in targets:
            there = room(target)
            if there and there != here and there not in ALLOWED[here]:
                wrong.append(f"{module} imports {target} ({here} may import: {', '.join(sorted(ALLOWED[here])) or 'nothing'})")
    assert not wrong, "\n".join(wrong)


def test_every_module_lives_in_a_room():
    loose = [m for m in graph() if m.count(".") == 1 and not (PACKAGE / m.split(".")[1]).is_dir()]
    assert sorted(loose) == ["perfm_bot.__main__"]


def test_no_import_cycle():
    edges = graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not cycles, "\n".join(cycles)


def test_only_the_bot_room_imports_discord():
    outside = [
        module_name(p)
        for p in PACKAGE.rglob("*.py")
        if not module_name(p).startswith("perfm_bot.bot")
        and any(m == "discord" or m.startswith("discord.") for m in imports_of(p))
    ]
    assert not outside, outside
