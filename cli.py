# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line: ``python -m eolatent <algorithm> …`` (console script ``eolatent``).

Every algorithm of the Processing provider, on the same core code, without QGIS::

    eolatent biophysical --input stack.tif --output-lai lai.tif --output-quality q.tif
    eolatent encode --s2-stack s2.tif --output latent.tif --workers 4          # local Dask cluster
    eolatent superresolve --input lst.tif --output lst_1km.tif --scheduler tcp://head:8786 --tiles-dir /scratch/t
    eolatent models install eolatent.text.minilm       # the model manager (:mod:`eolatent.cli_models`)

The map commands (``classify``, ``cluster``, ``similarity``: :mod:`eolatent.cli_maps`) always run once, here,
on the whole raster (their model is fitted on the whole input) and refuse the scale-out options.
For the others, without ``--scheduler``/``--workers``/``--tiles-dir``/``--resume`` the core function runs once on the
whole raster (streamed tile by tile, threads). With any of them the output grid is cut into blocks
(:mod:`eolatent.core.scaleout.distributed`): each block is computed separately (here, or on the Dask workers),
kept in the tiles folder, and the outputs are assembled at the end (GeoTIFF, ``--cog``, or a ``.vrt`` over
the block files). ``--resume`` continues a run that died without recomputing its finished blocks.
Exit status: 0 done, 1 the run failed (message on stderr), 2 wrong usage, 128 + the signal when interrupted (130
Ctrl-C, 143 SIGTERM).
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from typing import List, Optional

from .plugin.dependencies import add_ext_libs_to_path

# An installed plugin keeps onnxruntime & co. in its private package folder (<profile>/python/eolatent-libs, `make
# install`); put it on sys.path before anything imports them, as the plugin does inside QGIS (a checkout: its ext-libs).
add_ext_libs_to_path()

from .cli_commands import COMMANDS, CliError, check_destinations  # noqa: E402
from .cli_process import (RECEIVED, interrupted_status, quiet_gdal, reset, restore,  # noqa: E402
                          terminate_as_interrupt)
from .cli_polygons import polygons_from_raster, write_polygons  # noqa: E402

PROG = "eolatent"


_PARAMETER = re.compile(r"(?<![\w./-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\w./=-])")   # NAME=value: a tag, not an option


# Processing parameters whose command-line option has another name (a switch that turns the default off)
OPTION_OF = {"DETECT_CLOUDS": "--no-cloud-detection", "NON_VEGETATION": "--no-non-vegetation",
             "FILL_GAPS": "without --no-fill-gaps"}


def cli_words(text: str, flags) -> str:
    """The engine's messages are shared with Processing and name its parameters (FORCE_GAMMA0, INCIDENCE): on the
    command line each is followed by its option, the same name in lower case with '-' (FORCE_GAMMA0
    (--force-gamma0)) or the switch of :data:`OPTION_OF` (DETECT_CLOUDS (--no-cloud-detection)), where this command has
    that option and the message does not name it already. Names of
    fewer than four letters without '_' (LAI, NIR) are left alone: they are words as often as parameters, and so
    is a name followed by '=' (a tag and its value: the stack's band tag LEVEL=L1C)."""
    text = str(text)

    def option(m):
        name = m.group(0)
        flag = OPTION_OF.get(name) or "--" + name.lower().replace("_", "-")
        option = flag.split()[-1]          # "without --no-fill-gaps": the option is the last word
        if option not in flags or option in text or (len(name) < 4 and "_" not in name):
            return name
        return f"{name} ({flag})"

    return _PARAMETER.sub(option, text)


class ConsoleFeedback:
    """Progress (every 10 %) and messages on stderr (Processing parameter names followed by their option)."""

    def __init__(self, quiet: bool = False, flags=()):
        self.quiet, self.last, self.t0 = quiet, -10.0, time.perf_counter()
        self.flags = set(flags)

    def progress(self, percent: float) -> None:
        if not self.quiet and (percent >= self.last + 10 or (percent >= 100 and self.last < 100)):
            self.last = percent
            print(f"  {percent:5.1f} %  ({time.perf_counter() - self.t0:.1f} s)", file=sys.stderr, flush=True)

    def is_canceled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        if not self.quiet:
            print(cli_words(message, self.flags), file=sys.stderr, flush=True)

    def warning(self, message: str) -> None:
        print(f"warning: {cli_words(message, self.flags)}", file=sys.stderr, flush=True)


def _version() -> str:
    meta = os.path.join(os.path.dirname(os.path.abspath(__file__)), "metadata.txt")
    try:
        with open(meta) as fh:
            return next((ln.split("=", 1)[1].strip() for ln in fh if ln.startswith("version=")), "?")
    except OSError:
        return "?"


SCALE_OUT = [
    (("--scheduler",), dict(metavar="ADDRESS", help="Dask scheduler, e.g. tcp://head-node:8786")),
    (("--workers",), dict(type=int, metavar="N", help="start a local Dask cluster of N worker processes")),
    (("--tiles-dir",), dict(metavar="FOLDER", help="where the blocks are kept (default: <an output>.tiles, the "
                                                   "first by output name, named in the log; must be shared by all "
                                                   "workers)")),
    (("--block-size",), dict(type=int, metavar="PX", help="block side in output pixels — for encode with fine4 or "
                                                         "seed100 an output pixel is a chunk (default: per algorithm, "
                                                         "rounded up to whole tiles of the run; the log says so)")),
    (("--resume",), dict(action="store_true", help="continue an interrupted run: finished blocks are not recomputed; "
                                                   "refused if the parameters changed")),
    (("--cog",), dict(action="store_true", help="write Cloud-Optimized GeoTIFFs")),
    (("--keep-tiles",), dict(action="store_true", help="keep the block files after assembly")),
]


def _own_flags(cmd) -> set:
    return {f for flags, _ in cmd.options for f in flags}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="EO Latent algorithms on the command line, locally or "
                                     "on a Dask cluster (see the README, 'Command line and clusters').")
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="ALGORITHM", required=True)
    for name, cmd in COMMANDS.items():
        p = sub.add_parser(name, help=cmd.help, description=cmd.help, epilog=cmd.epilog)
        if cmd.setup is not None:  # not an algorithm (models): its own arguments only
            cmd.setup(p)
            continue
        for flags, kw in cmd.options:
            p.add_argument(*flags, **kw)
        run = p.add_argument_group("runtime")
        run.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="auto",
                         help="execution provider (auto: CUDA when available, else CPU)")
        run.add_argument("--threads", type=int, help="CPU threads of the inference (default: automatic; 1 per "
                         "Dask worker process)")
        run.add_argument("--tile-size", type=int, default=512,
                         help="tile size of the streamed run, pixels (default 512)")
        run.add_argument("-q", "--quiet", action="store_true", help="no progress messages")
        out = p.add_argument_group("scale-out (block runs)")
        own = _own_flags(cmd)
        for flags, kw in SCALE_OUT:
            if own.isdisjoint(flags):  # classify's own --block-size is its validation split's
                if cmd.local is not None:  # no block runs: parsed for a clear refusal in run(), not shown
                    kw = dict(kw, help=argparse.SUPPRESS)
                out.add_argument(*flags, **kw)
    return parser


def command_flags(command: str) -> set:
    """Every option of ``command`` (its own, the runtime and the scale-out ones)."""
    return _own_flags(COMMANDS[command]) | {"--provider", "--threads", "--tile-size", "--quiet"} | \
        {f for flags, _ in SCALE_OUT for f in flags}


def block_mode(ns) -> bool:
    return bool(ns.scheduler or ns.workers or ns.tiles_dir or ns.resume or ns.block_size or ns.cog)


def run(ns, feedback: Optional[ConsoleFeedback] = None, client=None) -> dict:
    """Run the parsed command; returns {output key: path} (the map commands: the algorithm's results, paths and
    values such as CLASSIFIER_ID or OVERALL_ACCURACY). Engine errors propagate."""
    from .core.scaleout.distributed import run_job
    from .core.scaleout.jobs import ADAPTERS

    feedback = feedback or ConsoleFeedback(getattr(ns, "quiet", False), command_flags(ns.command))
    cmd = COMMANDS[ns.command]
    _check_network_free_provider(ns, feedback)
    if cmd.local is not None:
        return _run_local(ns, cmd, feedback, client)
    params = cmd.build(ns)
    for option, value in (("--workers", ns.workers), ("--block-size", ns.block_size)):
        if value is not None and value < 1:
            raise CliError(f"{option} {value}: give at least 1" + (" worker process" if option == "--workers" else
                                                                   " pixel (or leave it out for the default)"))
    if ns.scheduler and ns.workers:
        raise CliError("give --scheduler (an existing cluster) or --workers (a local one), not both")
    if (ns.scheduler or ns.workers) and client is None:     # before any work: a usage error (exit 2)
        from .core.scaleout.distributed import DistributedError, require_dask

        try:
            require_dask(ns.scheduler)
        except DistributedError as exc:
            raise CliError(str(exc)) from None
    if ns.tile_size is not None and ns.tile_size < 16:
        raise CliError(f"--tile-size {ns.tile_size}: give at least 16 pixels")
    if ns.threads is not None and ns.threads < 1:
        raise CliError(f"--threads {ns.threads}: give at least 1 (or leave it out for automatic)")
    threads = ns.threads if ns.threads or not (ns.scheduler or ns.workers or client) else 1
    params.update(provider=ns.provider, threads=threads, tile_size=ns.tile_size)
    outputs = params["outputs"]
    if block_mode(ns):        # where finished blocks are kept (the interrupt message says whether any were)
        from .core.scaleout.distributed import default_tiles_dir

        ns.blocks_folder = ns.tiles_dir or default_tiles_dir(outputs)
    polygons = getattr(ns, "output_polygons", None)
    check_destinations(ns, list(outputs.values()), polygons)
    if not (block_mode(ns) or client is not None):
        vrts = [p for p in outputs.values() if p.lower().endswith(".vrt")]
        if vrts:
            raise CliError(f"{vrts[0]}: a .vrt output is a mosaic of block files; add --tiles-dir (or --workers/"
                           "--scheduler), or write a .tif")
        note_replaced(list(outputs.values()) + [polygons], feedback)
        result = ADAPTERS[ns.command].direct(params, {k: os.path.abspath(v) for k, v in outputs.items()}, feedback)
        provider = getattr(result, "provider_used", None)
        if provider:
            feedback.info(f"execution provider: {provider}")
        if polygons:
            _publish_polygons(polygons, lambda: (result.polygons, result.crs_wkt), outputs.values())
    else:
        note_replaced(list(outputs.values()) + [polygons], feedback)
        report = run_job(ns.command, params, tiles_dir=ns.tiles_dir, block_size=ns.block_size,
                         scheduler=ns.scheduler, workers=ns.workers, resume=ns.resume, cog=ns.cog,
                         keep_tiles=ns.keep_tiles, client=client, feedback=feedback)
        feedback.info(f"{report.blocks} block(s): {len(report.computed)} computed, {len(report.skipped)} reused; "
                      f"{report.seconds:.1f} s")
        if polygons:
            _publish_polygons(polygons, lambda: polygons_from_raster(report.outputs["P"], params["threshold"],
                                                                     params["prompts"].split("\n")),
                              report.outputs.values())
    written = dict(outputs)
    if polygons:
        written["POLYGONS"] = polygons
    return written


def note_replaced(paths, feedback) -> None:
    """An info line for each output file that exists already: the run replaces it (as GDAL and QGIS do), and the
    log says so."""
    for path in dict.fromkeys(p for p in paths if p):
        if os.path.isfile(path):
            feedback.info(f"replacing the existing file {path} (kept as it is if the run fails)")


def _publish_polygons(path, compute, published) -> None:
    """Write the polygons after the rasters; if that fails, remove the rasters just published, so a failed run
    leaves nothing behind."""
    from .core.outputs.files import remove_files

    try:
        polys, crs = compute()
        write_polygons(path, polys, crs)
    except BaseException:
        remove_files([os.path.abspath(p) for p in published])
        raise


def _check_network_free_provider(ns, feedback) -> None:
    """``--provider cuda`` on a run that uses no network (cluster, similarity, the bicubic and TsHARP
    super-resolutions) or whose only model runs on the CPU anyway (buildstack: the cloud detector, a tree ensemble):
    refused where CUDA is not available — as for the commands that run a network, and as Processing does —, a
    warning that it is not used where it is."""
    if getattr(ns, "provider", None) != "cuda":
        return
    subject = {"cluster": "cluster", "similarity": "similarity", "buildstack": "buildstack"}.get(ns.command)
    if ns.command == "superresolve" and getattr(ns, "method", None) in ("bicubic", "tsharp"):
        subject = f"superresolve --method {ns.method}"
    if subject is None:
        return
    from .core.engine.runtime import RuntimeSetupError, available_providers

    try:
        available = available_providers()
    except RuntimeSetupError:
        available = []
    why = ("buildstack's cloud detector (s2cloudless, a tree ensemble) runs on the CPU" if ns.command == "buildstack"
           else f"{subject} runs no network and runs on the CPU")
    if "cuda" not in available:
        raise CliError(f"--provider cuda: CUDA is not available here (onnxruntime offers "
                       f"{', '.join(available) or 'nothing: it is not installed'}); {why}: use --provider auto or cpu")
    feedback.info(f"warning: --provider is not used: {why}")


def _run_local(ns, cmd, feedback, client) -> dict:
    """A command without block runs (classify, cluster, similarity): once, in this process, on whole inputs."""
    own = _own_flags(cmd)
    given = [flags[0] for flags, _ in SCALE_OUT
             if own.isdisjoint(flags) and getattr(ns, flags[0][2:].replace("-", "_"), None)]
    if given or client is not None:
        raise CliError(f"{' '.join(given) or 'a Dask client'}: {ns.command} runs once, in this process, on the whole "
                       "raster (the classifier, the clusters and the similarity reference come from the whole "
                       "input), so it has no block runs; leave out the scale-out options (--threads sets the CPU "
                       "threads)")
    if ns.tile_size is not None and ns.tile_size < 16:
        raise CliError(f"--tile-size {ns.tile_size}: give at least 16 pixels")
    if ns.threads is not None and ns.threads < 1:
        raise CliError(f"--threads {ns.threads}: give at least 1 (or leave it out for automatic)")
    params = cmd.build(ns)
    outputs = [v for k, v in vars(ns).items() if k.startswith("output") and isinstance(v, str)]
    check_destinations(ns, outputs)
    note_replaced(outputs, feedback)
    params.update(provider=ns.provider, threads=ns.threads, tile_size=ns.tile_size)
    return cmd.local(params, feedback)


def main(argv: Optional[List[str]] = None) -> int:
    """The command line (``python -m eolatent`` and the ``eolatent`` console script alike): its exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader of the output left (`eolatent models list | head`): no traceback, no message; the status of a
        # process ended by SIGPIPE (128 + 13), and stdout pointed at /dev/null so the exit's own flush stays quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _interrupted(ns, prefix: str) -> int:
    """Say that the run was interrupted, and where its finished blocks are kept; the shells' exit status."""
    kept = block_mode(ns) and os.path.isdir(getattr(ns, "blocks_folder", "") or "")
    print(f"{prefix} interrupted; " + (f"finished blocks are kept in {ns.blocks_folder}: rerun the same command "
                                        "with --resume" if kept else "no output was written"), file=sys.stderr)
    return interrupted_status()


def _main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    quiet_gdal()
    reset()                       # Ctrl-C (SIGINT) unless the handler says otherwise
    before = terminate_as_interrupt()   # SIGTERM/SIGHUP clean up as Ctrl-C does, the models command's installs too
    try:
        return _command(ns)
    finally:
        restore(before)


def _command(ns) -> int:
    """Run the parsed command line ``ns``: its exit status (what it wrote printed, or the error)."""
    if COMMANDS[ns.command].action is not None:
        return COMMANDS[ns.command].action(ns)
    prefix = f"{PROG} {ns.command}: error:"
    try:
        written = run(ns)
    except CliError as exc:       # the engine's checks name Processing's parameters: with their options
        print(f"{prefix} {cli_words(exc, command_flags(ns.command))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return _interrupted(ns, prefix)
    except Exception as exc:  # engine errors carry a message written for the user
        from .core.engine.tiling import Cancelled

        if RECEIVED[0]:       # the interrupt came back as another error (inside an import): it was an interruption
            return _interrupted(ns, prefix)
        if getattr(exc, "usage_error", False):     # a prompt refused (not English, too long): the option's value
            print(f"{prefix} {exc}", file=sys.stderr)
            return 2
        if isinstance(exc, Cancelled):
            print(f"{prefix} {exc}", file=sys.stderr)
            return 130
        if os.environ.get("EOLATENT_DEBUG"):
            raise
        print(f"{prefix} {cli_words(exc, command_flags(ns.command))}", file=sys.stderr)
        return 1
    named = COMMANDS[ns.command].local is None      # the map commands print their Processing results already
    for key, path in written.items():
        print(f"{result_name(key) if named else key}\t{path}")
    return 0


# the engine's output keys whose Processing output is named otherwise (the others are OUTPUT_<key>)
_RESULT_NAMES = {"latent": "OUTPUT", "P": "OUTPUT", "M": "OUTPUT_MASK", "Q": "OUTPUT_QUALITY", "LST": "OUTPUT",
                 "POLYGONS": "OUTPUT_POLYGONS"}


def result_name(key: str) -> str:
    """The name a written file is printed under: its Processing output's (OUTPUT_LAI, OUTPUT_MASK…), as qgis_process
    and the map commands print them (encode printed 'latent', textquery 'P', 'M', 'Q', biophysical 'LAI')."""
    return _RESULT_NAMES.get(key, key if key.startswith("OUTPUT") else "OUTPUT_" + key)
