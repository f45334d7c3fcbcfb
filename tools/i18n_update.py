# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract every user-facing string of the plugin into i18n/eolatent_<lang>.ts (Qt Linguist format).

A string is user-facing when it is the literal argument of ``tr(...)``, ``self.tr(...)`` or
``QCoreApplication.translate("EOLatent", ...)`` in plugin/ or processing_provider/, or the literal template of
the engine's ``tr("... {name} ...", name=value)`` in core/ (core/i18n). Existing translations
are kept; new strings get an empty, "unfinished" translation; strings no longer in the code are marked
"obsolete". ``--check`` exits 1 when a .ts lacks a translation (used by the tests).

    python tools/i18n_update.py [--lang fr] [--check]
"""
from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("plugin", "processing_provider", "core")
CONTEXT = "EOLatent"


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(root: str = ROOT):
    """{source string: [(file, line), ...]} in order of first appearance."""
    found = {}
    for folder in FOLDERS:
        for dirpath, _dirs, files in sorted(os.walk(os.path.join(root, folder))):
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as fh:
                    tree = ast.parse(fh.read(), path)
                for node in ast.walk(tree):
                    if not isinstance(node, ast.Call):
                        continue
                    f = node.func
                    fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
                    text = None
                    if fname == "tr" and len(node.args) == 1:
                        text = _literal(node.args[0])
                    elif fname == "translate" and len(node.args) == 2 and _literal(node.args[0]) == CONTEXT:
                        text = _literal(node.args[1])
                    if text:
                        found.setdefault(text, []).append((os.path.relpath(path, root), node.lineno))
    return found


def read_ts(path: str):
    if not os.path.exists(path):
        return {}
    out = {}
    for msg in ET.parse(path).getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src is not None and tr is not None and tr.text and tr.get("type") not in ("unfinished",):
            out[src] = tr.text
    return out


def write_ts(path: str, strings, translations, lang: str) -> int:
    ts = ET.Element("TS", version="2.1", language=lang)
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    missing = 0
    for src, places in strings.items():
        msg = ET.SubElement(ctx, "message")
        for file, line in places[:3]:
            ET.SubElement(msg, "location", filename="../" + file, line=str(line))
        ET.SubElement(msg, "source").text = src
        tr = ET.SubElement(msg, "translation")
        if src in translations:
            tr.text = translations[src]
        else:
            tr.set("type", "unfinished")
            missing += 1
    for src in sorted(set(translations) - set(strings)):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = src
        ET.SubElement(msg, "translation", type="obsolete").text = translations[src]
    ET.indent(ts)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(ts, encoding="utf-8"))
        fh.write(b"\n")
    return missing


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--check", action="store_true", help="only report strings without translation")
    args = ap.parse_args(argv)
    path = os.path.join(ROOT, "i18n", f"eolatent_{args.lang}.ts")
    strings, translations = extract(), read_ts(path)
    missing = [s for s in strings if s not in translations]
    if args.check:
        for s in missing:
            print(f"untranslated: {s[:100]!r} ({strings[s][0][0]}:{strings[s][0][1]})")
        return 1 if missing else 0
    os.makedirs(os.path.dirname(path), exist_ok=True)
    n = write_ts(path, strings, translations, args.lang)
    print(f"{path}: {len(strings)} strings, {n} without translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
