# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout of core/ (README "Architecture"): no QGIS, torch or Qt anywhere in it; no import cycle between its
modules (lazy imports inside functions included); each layer imports only the layers below it; no module over
400 lines; every package says what it is for; the README's public paths import."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "core"

# rank of each top-level package of core/: a package imports only packages of a lower rank
RANK = {"i18n": -1, "outputs": 0, "engine": 1, "inputs": 2, "physics": 2, "latent": 3,
        "biophysical": 4, "soilmoisture": 5, "encode": 4, "decode": 5, "textquery": 4, "superres": 4,
        "classify": 5, "scaleout": 6}
FORBIDDEN = ("qgis", "torch", "PyQt5", "PyQt6", "sip")


def _modules():
    mods = {}
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).with_suffix("")
        parts = list(rel.parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        mods[".".join(parts)] = (path, is_pkg)
    return mods


MODULES = _modules()


def _imports(name):
    """(module imported, line) of every import in ``name`` (relative to core/; '' for core itself), including
    imports inside functions; only modules of core/ are resolved, everything else is kept absolute."""
    path, is_pkg = MODULES[name]
    pkg = name.split(".") if is_pkg else name.split(".")[:-1]
    pkg = [p for p in pkg if p]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
                if base == "eolatent.core" or base.startswith("eolatent.core."):
                    base = base[len("eolatent.core."):] if "." in base[9:] else ""
                    out += [(_resolve(base, a.name), node.lineno) for a in node.names]
                else:
                    out.append((base, node.lineno))
                continue
            up = pkg[:len(pkg) - node.level + 1]
            base = ".".join(up + ([node.module] if node.module else []))
            out += [(_resolve(base, a.name), node.lineno) for a in node.names]
    return out


def _resolve(base, name):
    cand = f"{base}.{name}" if base else name
    return "core:" + (cand if cand in MODULES else base)


def test_core_never_imports_qgis_torch_or_qt():
    bad = [f"{n or 'core'}:{line} imports {m}" for n in MODULES for m, line in _imports(n)
           if m.split(".")[0] in FORBIDDEN]
    assert not bad, bad


def test_no_import_cycle_between_core_modules():
    graph = {n: {m[5:] for m, _ in _imports(n) if m.startswith("core:") and m[5:] != n} for n in MODULES}
    # a module importing from its own enclosing package (whose __init__ imports it) and imports of core itself
    # are not counted as cycles: the package __init__ only re-exports
    for n, deps in graph.items():
        graph[n] = {d for d in deps if d and not (MODULES[d][1] and n.startswith(d + "."))}
    state, cycles = {}, []

    def visit(n, stack):
        state[n] = 1
        stack.append(n)
        for d in sorted(graph[n]):
            if state.get(d) == 1:
                cycles.append(stack[stack.index(d):] + [d])
            elif d not in state:
                visit(d, stack)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [])
    assert not cycles, cycles


def test_each_layer_imports_only_the_layers_below_it():
    assert set(RANK) == {n for n in MODULES if n and "." not in n and MODULES[n][1]}, \
        "a new package of core/ needs its place in RANK (and in the README's Architecture section)"
    bad = []
    for n in MODULES:
        top = n.split(".")[0]
        if not top:
            continue
        for m, line in _imports(n):
            if not m.startswith("core:") or not m[5:]:
                continue
            other = m[5:].split(".")[0]
            if other != top and other in RANK and RANK[other] >= RANK[top]:
                bad.append(f"core/{n.replace('.', '/')}.py:{line} ({top}) imports {m[5:]} ({other})")
    assert not bad, bad


def test_no_module_over_400_lines():
    """core/, the plugin's widgets and algorithms, the command line, the training, bench and tool scripts."""
    root = CORE.parent
    files = [p for p, _ in MODULES.values()] + [
        p for pattern in ("*.py", "plugin/*.py", "processing_provider/*.py", "models/training/**/*.py", "bench/*.py",
                          "tools/*.py") for p in root.glob(pattern)]
    assert len(files) > 150
    long = {str(p.relative_to(root)): n for p in files if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long


def test_every_package_says_what_it_is_for():
    for name, (path, is_pkg) in MODULES.items():
        if is_pkg:
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
            assert doc and len(doc) > 60, f"{path} needs a docstring saying what the package is for"


@pytest.mark.parametrize("module, names", [
    ("eolatent.core.biophysical", ["retrieve"]),          # README "Python API"
    ("eolatent.core.physics", ["prosail"]),
    ("eolatent.core.inputs.sentinel2", ["open_s2", "write_s2_stack"]),
    ("eolatent.core.inputs.sentinel1", ["open_s1", "write_s1_stack"]),
    ("eolatent.core.latent.contract", ["open_latent", "LatentRaster"]),
    ("eolatent.core.textquery.text_encoder", ["TextEncoder"]),
])
def test_public_paths_import(module, names):
    mod = importlib.import_module(module)
    assert all(hasattr(mod, n) for n in names)
