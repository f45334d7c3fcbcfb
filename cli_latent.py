# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``encode`` and ``decode`` subcommands of the command-line interface (registered in
:data:`cli_commands.COMMANDS`, beside the other algorithms): their options, the checks made before any work
(exit status 2) and how they become the parameters of the core calls."""
from __future__ import annotations

import os

from .cli_commands import COMMANDS, CliError, Command, _existing, _opt, _outputs, check_period

CHUNK_PRESETS = ("fine4", "seed100")       # encoders of P × P-pixel chunks, which take no --grid-factor


def _check_encoder_model(ns) -> None:
    """CliError for a --model that names no encoder (neither a preset, an installed encoder's card id nor a file)
    and a --grid-factor below 1 or given to a chunk encoder: known before any stack is read. An encoder that exists
    but cannot be loaded fails in the run (exit status 1)."""
    from .core.latent import contract as lt

    model = ns.model
    if ns.model_file is None and model not in lt.PRESETS and not (
            model.lower().endswith(".onnx") or os.sep in model or os.path.isfile(model)):
        from .core.engine.model_manifest import ModelNotInstalledError, load_manifest
        from .core.engine.modelcard import ModelCardError

        try:
            lt.resolve_model(model, "encode")
        except ModelCardError as exc:
            card_id = model if model.startswith("eolatent.") else f"eolatent.encoder.{model}"
            if isinstance(exc, ModelNotInstalledError) and load_manifest().by_id(card_id):
                return        # known but not installed (or damaged): the run says how to install it (exit status 1)
            hint = "" if "models list" in str(exc) else " (eolatent models list shows the installed encoders)"
            raise CliError(f"--model {model}: {exc}{hint}") from None
    if ns.grid_factor < 1:
        raise CliError(f"--grid-factor {ns.grid_factor}: give 1 (every pixel, the default) or a coarser factor such "
                       "as 2, 4 or 10")
    if ns.grid_factor != 1 and ns.model_file is None and model in CHUNK_PRESETS:
        raise CliError(f"--grid-factor {ns.grid_factor} applies to the pixel-series encoders (--model presto or "
                       f"presto_small) only; {model} encodes chunks of its own size: leave --grid-factor out")


def _build_encode(ns):
    if not ns.s2_stack and not ns.s1_stack:
        raise CliError("no input stack: give --s2-stack, --s1-stack or both")
    if not ns.output:
        raise CliError("no output: give --output latent.tif")
    check_period(ns)
    _check_encoder_model(ns)
    return dict(s2_path=_existing(ns.s2_stack, "--s2-stack"), s1_path=_existing(ns.s1_stack, "--s1-stack"),
                preset=ns.model_file or ns.model, start=ns.start_date, end=ns.end_date, grid_factor=ns.grid_factor,
                outputs=_outputs(type("NS", (), {"output_latent": ns.output}), ("latent",), "latent raster",
                                 {"latent": "--output"}),
                detect_clouds=not ns.no_cloud_detection)


ENCODE = Command(
    "Sentinel-2 / Sentinel-1 stacks → latent raster",
    [_opt("--s2-stack", metavar="PATH", help="Sentinel-2 stack GeoTIFF (from buildstack: bands B02 … B12 per date; "
                                             "presto also reads a stack without B8A)"),
     _opt("--s1-stack", metavar="PATH", help="Sentinel-1 stack GeoTIFF (VV and VH per date; presto also reads one "
                                             "polarisation) on the Sentinel-2 stack's grid (buildstack builds both)"),
     _opt("--model", default="fine4", metavar="PRESET",
          help="fine4 (default; 4 × 4 px chunks), seed100 (100 × 100 px chunks), presto or presto_small (one latent "
               "per pixel; presto_small: Presto distilled, much faster on a CPU), or the card id of another installed "
               "encoder (eolatent models list)"),
     _opt("--grid-factor", type=int, default=1, metavar="F",
          help="presto, presto_small: encode the mean series of F x F pixel blocks (F^2 times faster; 1 or more, "
               "default 1)"),
     _opt("--model-file", metavar="PATH", help="an encoder ONNX file (instead of --model)"),
     _opt("--start-date", help="YYYY-MM-DD (default: first acquisition)"),
     _opt("--end-date", help="YYYY-MM-DD (default: last acquisition)"),
     _opt("--no-cloud-detection", action="store_true",
          help="do not detect clouds and shadows on S2 dates that carry no mask"),
     _opt("--output", required=True, metavar="PATH", help="latent raster")],
    _build_encode)

DECODE_VARS = ("LAI", "FCOVER", "SM", "CAB", "CW", "CM", "SOIL_BRIGHTNESS")
DECODE_HELP = {"LAI": ("leaf area index LAI", "m²/m²"), "FCOVER": ("vegetation cover FCOVER", "fraction 0–1"),
               "SM": ("surface soil moisture SM", "m³/m³"), "CAB": ("leaf chlorophyll content CAB", "µg/cm²"),
               "CW": ("leaf water content CW", "g/cm²"), "CM": ("leaf dry matter content CM", "g/cm²"),
               "SOIL_BRIGHTNESS": ("soil brightness", "no unit")}


def _check_resolution(resolution, latent) -> None:
    """CliError for a --resolution that is not above 0, or that the latent raster does not allow (a multiple of its
    stack's pixel size dividing its chunk): read from the latent's tags before anything is decoded. A file that is
    not a latent raster is left to the run, which says so (exit status 1)."""
    if resolution is None:
        return
    import math

    if not (math.isfinite(resolution) and resolution > 0):
        raise CliError(f"--resolution {resolution:g}: give a pixel size above 0, in metres (a multiple of the stack's "
                       "pixel size that divides the chunk, e.g. 10, 20 or 40 for fine4 at 10 m), or leave it out for "
                       "the stack's pixel size")
    from .core.decode.dates import output_factor
    from .core.latent import contract as lt

    try:
        lat = lt.open_latent(latent)
    except Exception:  # noqa: BLE001 - not a latent raster, unreadable: the run names the problem
        return
    try:
        output_factor(lat, resolution)
    except ValueError as exc:
        raise CliError(f"--resolution: {exc}") from None
    finally:
        lat.close()


def _build_decode(ns):
    outputs, given = {}, {}  # given: variable -> the option that named its file, for the refusal below
    for var in DECODE_VARS:
        for key in (var, var + "_STD"):
            path = getattr(ns, "output_" + key.lower())
            if path:
                outputs[key] = path
                given[key] = "--output-" + key.lower().replace("_", "-") + " " + path
    if ns.output_quality:
        outputs["QUALITY"], given["QUALITY"] = ns.output_quality, f"--output-quality {ns.output_quality}"
    for item in ns.output_var or []:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise CliError(f"--output-var {item!r}: write VARIABLE=path.tif (e.g. LAI_STD=lai_std.tif)")
        key, path = name.strip().upper(), path.strip()
        option = f"--output-var {name.strip()}={path}"
        if key in given:
            raise CliError(f"{key} is asked twice: {given[key]} and {option}; give it once")
        outputs[key], given[key] = path, option
    if not outputs:
        raise CliError("no output given: name at least one of --output-lai, --output-fcover, --output-sm, … "
                       "(or --output-var VARIABLE=path.tif)")
    if ns.dates is not None and not ns.dates.replace(",", " ").strip():     # was taken as "no --dates", silently
        raise CliError("--dates is empty: give dates as YYYY-MM-DD,YYYY-MM-DD, or leave --dates out for the regular "
                       "series (--start-date, --end-date, --step-days)")
    if ns.dates:
        also = [o for o, v in (("--start-date", ns.start_date), ("--end-date", ns.end_date),
                               ("--step-days", ns.step_days)) if v is not None]
        if also:
            raise CliError(f"--dates and {', '.join(also)} both say which dates to decode: give --dates alone, or "
                           "--start-date/--end-date/--step-days")
    check_period(ns)
    if ns.step_days is not None and ns.step_days < 1:
        raise CliError(f"--step-days {ns.step_days}: give a whole number of days, 1 or more (default 7)")
    latent = _existing(ns.input, "--input")
    _check_resolution(ns.resolution, latent)
    ns_out = type("NS", (), {"output_" + k.lower(): v for k, v in outputs.items()})
    return dict(input=latent, dates=ns.dates, start=ns.start_date, end=ns.end_date,
                step_days=7 if ns.step_days is None else ns.step_days, resolution=ns.resolution,
                decoder=ns.decoder_file,
                gap_fill=not ns.no_fill_gaps, radar_only_optical=ns.radar_only_optical, outputs=_outputs(ns_out, tuple(outputs), "decoded variables"))


DECODE = Command(
    "latent raster → physical variables at chosen dates and resolution",
    [_opt("--input", required=True, help="latent raster (from encode)"),
     _opt("--dates", help="YYYY-MM-DD list, comma-separated (else --start-date/--end-date/--step-days)"),
     _opt("--start-date", help="YYYY-MM-DD (default: the latent's first day)"),
     _opt("--end-date", help="YYYY-MM-DD (default: the latent's last day)"),
     _opt("--step-days", type=int, metavar="DAYS", help="days between decoded dates, 1 or more (default 7)"),
     _opt("--resolution", type=float, metavar="M", help="output pixel size in metres, above 0: a multiple of the "
                                                        "stack's pixel size that divides the chunk (fine4 at 10 m: "
                                                        "10, 20 or 40; default: the stack's pixel size)"),
     _opt("--decoder-file", help="a decoder ONNX file (default: the encoder's decoder)"),
     _opt("--no-fill-gaps", action="store_true", help="NaN where the chosen window has no valid observation, "
                                                         "and the optical variables of radar-only windows guessed "
                                                         "from radar (default: both filled from the nearest "
                                                         "windows with an observation)"),
     _opt("--radar-only-optical", action="store_true",
          help="S2 + S1 latents: decode the optical variables of windows only the radar saw from radar (the decoder's "
               "guess), instead of filling them from the windows with Sentinel-2"),
     _opt("--output-var", action="append", metavar="VAR=PATH", help="any decoder output, e.g. N=n.tif (PROSPECT "
                                                                    "leaf structure) or ALA=ala.tif (mean leaf "
                                                                    "inclination, degrees); repeat for several"),
     _opt("--output-quality", metavar="PATH", help="uint8 flags per date and pixel, added up: 1 gap-filled "
                                                    "(decoded from windows beyond the nearest ones), 2 held (the "
                                                    "nearest window used is over 15 days away), 4 no data, 8 less "
                                                    "than half from windows with a Sentinel-2 observation, 16 less "
                                                    "than half from windows with a Sentinel-1 observation")]
    + [_opt("--output-" + k.lower().replace("_", "-"), metavar="PATH",
            help=("1-sigma uncertainty of " if k.endswith("_STD") else "") + "{} ({}), one band per date".format(
                *DECODE_HELP[v]))
       for v in DECODE_VARS for k in (v, v + "_STD")],
    _build_decode)

COMMANDS.update({"encode": ENCODE, "decode": DECODE})
