# SPDX-License-Identifier: GPL-3.0-or-later
"""``eolatent models list|install|verify|remove``: the model manager (:mod:`eolatent.core.engine.model_manager`)
on the command line::

    eolatent models list                              # every model: where it is, verified or not
    eolatent models install eolatent.text.minilm      # from its release URL (resumable)
    eolatent models install text_minilm --from /media/usb/eolatent-models   # offline, from a folder
    eolatent models install --all [--from FOLDER_OR_URL]
    eolatent models verify [ID …]                     # hash the installed files again
    eolatent models remove ID …

Progress goes to stderr, results to stdout. Exit status: 0 done, 1 failed (message on stderr),
2 wrong usage (unknown model, no model named), 130 interrupted (143 by SIGTERM; an HTTP download keeps its partial
file for resumption; a copy from a folder leaves nothing).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import asdict

from .cli_commands import COMMANDS, Command
from .cli_process import interrupted_status

PREFIX = "eolatent models: error:"


class Progress:
    """Per-file progress every 10 % on stderr."""

    def __init__(self, name: str, quiet: bool):
        self.name, self.quiet, self.last, self.t0 = name, quiet, -10.0, time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        pct = 100.0 * done / total if total else 100.0
        if not self.quiet and (pct >= self.last + 10 or (pct >= 100 and self.last < 100)):
            self.last = pct
            print(f"  {self.name}: {pct:5.1f} %  ({done / 1e6:.1f} / {total / 1e6:.1f} MB, "
                  f"{time.perf_counter() - self.t0:.1f} s)", file=sys.stderr, flush=True)


def _setup(p: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--dir", metavar="FOLDER", help="the user model folder (default: $EOLATENT_MODELS_DIR, "
                        "else the per-user data folder, e.g. ~/.local/share/eolatent/models)")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    ls = acts.add_parser("list", parents=[common], help="every model of the manifest: where, size, licence, "
                         "verified or not")
    ls.add_argument("--no-verify", action="store_true", help="do not hash the files (faster)")
    ls.add_argument("--json", action="store_true", help="one JSON document instead of the table")
    ins = acts.add_parser("install", parents=[common], help="download (or copy) models, sha256 verified",
                          description="Install models into the user model folder. Downloads resume where an "
                          "interrupted one stopped; every file's sha256 is checked before it is put in place.")
    ins.add_argument("ids", nargs="*", metavar="ID", help="model id (eolatent.text.minilm), file or stem (text_minilm)")
    ins.add_argument("--all", action="store_true", help="every model that is not installed yet")
    ins.add_argument("--from", dest="source", metavar="FOLDER_OR_URL",
                     help="offline: a folder holding the model files (or the .onnx file); or a base URL "
                          "(default: the release URL of the manifest)")
    ins.add_argument("--force", action="store_true", help="fetch again even if installed and verified (with --all: "
                     "the models installed on demand; a shipped model only when named)")
    ins.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
    ver = acts.add_parser("verify", parents=[common], help="hash installed models again")
    ver.add_argument("ids", nargs="*", metavar="ID", help="models to check (default: every installed one)")
    rm = acts.add_parser("remove", parents=[common], help="delete models installed in the user folder")
    rm.add_argument("ids", nargs="+", metavar="ID")


def _state(st) -> str:
    if not st.installed:
        return f"partial {st.partial / 1e6:.1f}/{st.total_size / 1e6:.1f} MB" if st.partial else "not installed"
    return {True: "verified", False: "CORRUPT", None: "unchecked"}[st.verified]


def _list(ns, mgr) -> int:
    rows = mgr.status(verify=not ns.no_verify, folder=ns.dir)
    if ns.json:
        print(json.dumps(dict(user_folder=ns.dir or mgr.user_models_dir(),
                              models=[dict(asdict(r), state=_state(r)) for r in rows]), indent=1))
        return 0
    table = [("ID", "VERSION", "MB", "LICENCE", "PLUGIN ZIP", "WHERE", "STATE")]
    table += [(r.id, r.version, f"{r.total_size / 1e6:.2f}", r.license, "shipped" if r.shipped else "on demand",
               r.location or "-", _state(r)) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    print(f"user model folder: {ns.dir or mgr.user_models_dir()}", file=sys.stderr)
    for r in rows:
        if r.problem:
            print(f"  {r.id}: {r.problem}", file=sys.stderr)
    return 0


def _install(ns, mgr, ids) -> int:
    entries = mgr.get_manifest().entries if ns.all else None
    names = [e.id for e in entries] if entries is not None else ids
    shipped = {e.id for e in entries if e.shipped} if entries is not None else set()
    failed = 0
    for name in names:
        before = mgr.verify(name, folder=ns.dir)
        # --all --force fetches the on-demand models again, not the good copies the plugin ships
        if before.verified and (not ns.force or name in shipped):
            if not ns.all:
                print(f"{before.id} is installed and verified: {before.path}", file=sys.stderr)
            print(f"{before.id}\t{before.path}")
            continue
        if not ns.quiet:
            print(f"installing {before.id} {before.version} ({before.total_size / 1e6:.1f} MB, licence "
                  f"{before.license}) into {ns.dir or mgr.user_models_dir()}", file=sys.stderr, flush=True)
        try:
            st = mgr.install(name, ns.source, progress=Progress(before.file, ns.quiet), folder=ns.dir, force=ns.force,
                             notify=None if ns.quiet else lambda m: print(f"  {m}", file=sys.stderr, flush=True))
        except mgr.ModelInstallError as exc:
            print(f"{PREFIX} {exc}", file=sys.stderr)
            failed += 1
            continue
        print(f"{st.id}\t{st.path}")
    return 1 if failed else 0


def _verify(ns, mgr, ids) -> int:
    rows = [mgr.verify(i, folder=ns.dir) for i in ids] if ids else \
        [r for r in mgr.status(verify=False, folder=ns.dir) if r.installed]
    failed = 0
    for r in rows:
        r = mgr.verify(r.id, folder=ns.dir) if not ids else r
        if not r.installed:
            print(f"{PREFIX} {r.id} is not installed; {_hint(r.id)}", file=sys.stderr)
            failed += 1
        elif r.verified:
            print(f"{r.id}\tverified\t{r.path}")
        else:
            print(f"{r.id}\tCORRUPT\t{r.path}")
            from .core.engine.model_manifest import INSTALL_CMD

            print(f"{PREFIX} {r.problem}; reinstall it: {INSTALL_CMD} {r.id} --force (offline, or while the "
                  "release is not published: add --from FOLDER, a folder holding the model files)", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def _hint(model_id: str) -> str:
    from .core.engine.model_manifest import install_hint

    return install_hint(model_id)


def _remove(ns, mgr, ids) -> int:
    failed = 0
    for name in ids:
        try:
            for path in mgr.remove(name, folder=ns.dir):
                print(f"removed\t{path}")
        except mgr.ModelInstallError as exc:
            print(f"{PREFIX} {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def action(ns) -> int:
    from .core.engine import model_manager as mgr

    ids = list(getattr(ns, "ids", []) or [])
    if ns.action == "install" and bool(ids) == bool(ns.all):
        print(f"{PREFIX} name the models to install, or give --all (not both)", file=sys.stderr)
        return 2
    try:
        man = mgr.get_manifest()
    except ValueError as exc:       # a damaged manifest: its own sentence, not a traceback
        print(f"{PREFIX} {exc}", file=sys.stderr)
        return 1
    if not man.entries:
        why = "lists no model" if os.path.exists(man.path) else "is missing"
        print(f"{PREFIX} the model manifest {man.path} {why}; reinstall the plugin (in a clone of the repository: "
              "git checkout models/manifest.json)", file=sys.stderr)
        return 1
    unknown = []
    for name in ids:
        try:
            man.get(name)
        except KeyError as exc:
            unknown.append(exc.args[0])
    if unknown:
        for text in unknown:
            print(f"{PREFIX} {text}", file=sys.stderr)
        return 2
    source = getattr(ns, "source", None)
    if source and "://" not in source and not os.path.exists(source):   # also when every model is installed already
        print(f"{PREFIX} --from {source}: no such folder or file; give the folder that holds the model files",
              file=sys.stderr)
        return 2
    try:
        if ns.action == "list":
            return _list(ns, mgr)
        if ns.action == "install":
            return _install(ns, mgr, ids)
        if ns.action == "verify":
            return _verify(ns, mgr, ids)
        return _remove(ns, mgr, ids)
    except KeyboardInterrupt as exc:
        print(f"{PREFIX} {exc.args[0]}" if exc.args else
              f"{PREFIX} interrupted; a partial download is kept: run the same command again to resume it",
              file=sys.stderr)
        return interrupted_status()
    except BrokenPipeError:         # `models list | head`: the reader left; cli.main ends quietly
        raise
    except (OSError, ValueError, mgr.ModelInstallError) as exc:
        print(f"{PREFIX} {exc}", file=sys.stderr)
        return 1


MODELS = Command("install, verify, list and remove the models (those not shipped with the plugin are installed "
                 "on demand)", [], None, setup=_setup, action=action,
                 epilog="Actions: list, install ID… | --all [--from FOLDER_OR_URL], verify [ID…], remove ID…. "
                        "See docs/models.md.")
COMMANDS["models"] = MODELS
