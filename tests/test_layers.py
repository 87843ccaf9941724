"""The import graph of sbdesk: no circle, and no arrow from a lower layer up.

Built from the source with ast alone (nothing is imported), so a lazy import
inside a function counts as an arrow too: it still ties the two modules
together, it is only hidden from the reader.

The layers, lowest first:

0 ``domain`` and the plain top-level helpers (``paths``, ``i18n``,
  ``portable``, ``licences``, ``crash``, ``fault_log``): pure Python, used by
  every layer, importing no other layer;
1 ``store``: the only SQL;
2 ``services``: the use cases;
3 the doors: ``ui`` and ``app`` (the Qt door), ``cli*`` and ``startup``
  (start-up that is shared with the CLI and must stay Qt-free), and
  ``__main__``.

A door may import any lower layer except that ``ui`` and ``app`` reach the
store only through services.  ``startup`` is below ``app`` and ``ui``: it is
what they build on, so it imports neither (nor Qt).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "sbdesk"

TOP_LEVEL_BASE = {"paths", "i18n", "portable", "licences", "crash", "fault_log"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _resolve(mod: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = mod.split(".")
    if not is_pkg:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _graph() -> dict[str, set[str]]:
    """Module -> sbdesk modules it imports (anywhere in the file)."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        is_pkg = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(mod, is_pkg, node)
                # "from pkg import sub" imports the submodule when there is one.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            for t in targets:
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t.startswith("sbdesk") and t != mod:
                    graph[mod].add(t)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components (Tarjan), each shown as one chain."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    comps: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return comps


def _chain(graph: dict[str, set[str]], comp: list[str]) -> str:
    """One circle through the component's first module, as a -> b -> a."""
    members = set(comp)
    start = comp[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                return " -> ".join(paths[v] + [start])
            if w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return " <-> ".join(comp)


def _layer(mod: str) -> str:
    parts = mod.split(".")
    if len(parts) == 1:
        return "root"
    top = parts[1]
    if top in ("domain", "store", "services", "ui"):
        return top
    if top in TOP_LEVEL_BASE:
        return "base"
    if top.startswith("cli"):
        return "cli"
    return top  # app, startup, __main__


# What each layer must not import (by layer name).
FORBIDDEN = {
    "base": {"store", "services", "ui", "cli", "app", "startup", "__main__"},
    "domain": {"store", "services", "ui", "cli", "app", "startup", "__main__"},
    "store": {"services", "ui", "cli", "app", "startup", "__main__"},
    "services": {"ui", "cli", "app", "startup", "__main__"},
    "startup": {"ui", "cli", "app", "__main__"},
    # cli may import app: ``sbdesk`` with no sub-command opens the window (a door handing
    # over to the other door, lazily, so the CLI never loads Qt).
    "cli": {"ui"},
    "ui": {"store", "cli", "app", "__main__"},
    "app": {"store", "cli", "__main__"},
}


def test_no_import_circle() -> None:
    graph = _graph()
    found = list(_cycles(graph))
    assert not found, "import circles:\n" + "\n".join(
        f"{_chain(graph, c)}   (the whole circle: {', '.join(c)})" for c in found
    )


def test_no_arrow_up() -> None:
    graph = _graph()
    bad = sorted(
        f"{a} -> {b}" for a, targets in graph.items() for b in targets if _layer(b) in FORBIDDEN.get(_layer(a), set())
    )
    assert not bad, "imports against the layers:\n" + "\n".join(bad)


def test_startup_is_qt_free() -> None:
    """The CLI starts through startup; Qt there would load it for every command."""
    tree = ast.parse((ROOT / "startup.py").read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names] + [
        n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
    ]
    assert not [n for n in names if n.startswith("PySide6")]


def test_graph_sees_lazy_imports() -> None:
    """Guard the guard: an import inside a function is an arrow (ui/start.py imports the
    sign-in dialog only inside ask_place, and the settings only inside functions)."""
    graph = _graph()
    assert {"sbdesk.ui.signin", "sbdesk.ui.settings"} <= graph["sbdesk.ui.start"]


# -- the only SQL is the store's ------------------------------------------------------------------

#: SQL as sbdesk writes it (keywords in capitals): a string of the use cases or the window that
#: holds one of these is SQL that belongs in store/
SQL_TEXT = re.compile(
    r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM"
    r"|WITH\s+RECURSIVE|(CREATE|DROP|ALTER)\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER|VIEW))\b"
)
#: the services and the window ask the store, never an engine (imports: see the seam below)
ABOVE_THE_STORE = ("services", "ui")


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string of a module: a plain one whole, an f-string with ``{}`` for each value."""
    found = []
    inside = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, str(text)))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside:
            found.append((node.lineno, node.value))
    return found


def _speaking_to_the_engine(source: str) -> list[str]:
    found = [f"{line}: SQL {text[:60]!r}" for line, text in _texts(ast.parse(source)) if SQL_TEXT.search(text)]
    return sorted(found, key=lambda f: int(f.split(":")[0]))


def test_no_sql_above_the_store() -> None:
    """The use cases and the window hold no SQL: store/ is the one place
    that knows which engine it speaks to (so a second engine, or a change of one, stays there)."""
    bad = []
    for layer in ABOVE_THE_STORE:
        for path in sorted((ROOT / layer).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            bad += [f"{name}:{f}" for f in _speaking_to_the_engine(path.read_text(encoding="utf-8"))]
    assert not bad, "SQL above the store (move it into a store/ function):\n" + "\n".join(bad)


def test_the_sql_scan_finds_what_it_is_for() -> None:
    """Guard the guard: each spelling is found, and the window's ordinary words are not."""
    found = _speaking_to_the_engine(
        "conn.execute('PRAGMA integrity_check')\n"
        "conn.execute(f'SELECT coalesce(max(id), 0) FROM {table}')\n"
        "conn.execute('BEGIN')\n"
        "conn.execute('DELETE FROM people WHERE id = ?')\n"
        "conn.execute('UPDATE people SET name = ?')\n"
        "conn.execute('VACUUM')\n"
    )
    assert [f.split(":")[0] for f in found] == ["1", "2", "3", "4", "5", "6"], found
    words = "label.setText('Select a person, then Update or Delete; Begin again'); x = f'{n} selected'\n"
    assert _speaking_to_the_engine(words) == []


# --- the engine seam: the store's two engines behind one typed face ----------------------------

ENGINE_LIBRARIES = ("sqlite3", "psycopg", "sqlcipher3")


def _connection_like(node: ast.AST) -> bool:
    text = ast.unparse(node).lower()
    return text.endswith(("conn", "connection", "served", "target", "staged", "live")) or "conn" in text


def _seam_breaks(path: Path, source: str) -> list[str]:
    """What asks a connection which engine it is, or hides its type, in one module; and an
    engine library imported above the store (its errors caught, its types used there)."""
    rel = path.relative_to(ROOT).as_posix()
    above_store = not rel.startswith("store/")
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"{rel}:{getattr(node, 'lineno', 0)}"
        if above_store and isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{where}: imports {n}" for n in names if n.split(".")[0] in ENGINE_LIBRARIES]
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
            continue
        call = node.func.id
        if call in ("getattr", "hasattr") and _connection_like(node.args[0]):
            found.append(f"{where}: {ast.unparse(node)} (the protocol declares what a connection has)")
        elif call == "cast" and "connection" in ast.unparse(node.args[0]).lower():
            found.append(f"{where}: {ast.unparse(node)} (both engines are a connection.Connection)")
        elif call == "isinstance" and above_store and "connection" in ast.unparse(node.args[1]).lower():
            found.append(f"{where}: {ast.unparse(node)} (ask the connection, not its class)")
    for number, line in enumerate(source.splitlines(), 1):
        if "type: ignore" in line and "conn" in line:
            found.append(f"{rel}:{number}: a type: ignore on a connection")
    return found


def test_no_engine_is_guessed_above_its_seam() -> None:
    """Code that needs the engine reads ``conn.engine`` or calls a method of the protocol
    (store/connection.py); errors above the store are the store's own, never sqlite3's or
    psycopg's. A getattr probe once hid that Check database always failed on a branch server."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        found += _seam_breaks(path, path.read_text(encoding="utf-8"))
    assert not found, "the engine seam is broken:\n" + "\n".join(found)


def test_the_seam_scan_finds_what_it_is_for() -> None:
    """Guard the guard: each spelling the seam once had is found."""
    here = ROOT / "services" / "example.py"
    for source in (
        "import sqlite3\n",
        "from psycopg import errors\n",
        "x = getattr(conn, 'engine', 'sqlite')\n",
        "x = getattr(desk.conn, 'user', None)\n",
        "x = cast(db.Connection, served)\n",
        "x = cast(sqlite3.Connection, target)\n",
        "ok = isinstance(desk.conn, db.Connection)\n",
        "f(conn)  # type: ignore[arg-type]\n",
    ):
        assert _seam_breaks(here, source), source
    assert not _seam_breaks(ROOT / "store" / "sqlite_engine.py", "import sqlite3\n")
    assert not _seam_breaks(here, "x = conn.engine == 'postgresql'\nfields = getattr(person, 'name')\n")
