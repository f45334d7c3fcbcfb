# SPDX-License-Identifier: GPL-3.0-or-later
"""The subcommands of the command-line interface: their options (the Processing algorithms' parameter
names, lower case, '-' for '_') and how they become the parameters of the core calls.

Each ``build(ns)`` returns the JSON-able parameters of :mod:`eolatent.core.scaleout.jobs` (with an
``outputs`` mapping of output key → path) or raises :class:`CliError` with a message naming the fix.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple


class CliError(ValueError):
    """A command-line usage error the user can fix (exit status 2)."""




Option = Tuple[Tuple[str, ...], dict]


@dataclass
class Command:
    help: str
    options: List[Option]
    build: Callable
    epilog: str = ""
    # set for the commands that run once, in this process, on whole inputs (no block runs): called with the
    # built parameters and the feedback, returns the {result key: value} lines to print
    local: Optional[Callable] = None
    # set for commands that are not algorithms (``models``): ``setup(subparser)`` declares their own arguments
    # (no runtime or scale-out options), ``action(ns)`` runs them and returns the exit status
    setup: Optional[Callable] = None
    action: Optional[Callable] = None


def _opt(*flags, **kw) -> Option:
    return flags, kw


def check_period(ns) -> None:
    """CliError (exit status 2, like the other option errors) for --start-date / --end-date that are not dates, or an
    end before the start."""
    from datetime import datetime

    days = {}
    for flag in ("--start-date", "--end-date"):
        value = getattr(ns, flag[2:].replace("-", "_"), None)
        if value is None:
            continue
        try:
            days[flag] = datetime.fromisoformat(str(value).strip()).date()
        except ValueError:
            raise CliError(f"{flag} {value!r}: not a date; give YYYY-MM-DD (e.g. 2020-04-01)") from None
    if len(days) == 2 and days["--end-date"] < days["--start-date"]:
        raise CliError(f"--end-date {days['--end-date']} is before --start-date {days['--start-date']}; swap them")


def check_distinct(paths) -> None:
    """CliError when two of the output ``paths`` name the same file (symbolic links resolved)."""
    real = [os.path.realpath(p) for p in paths]
    twice = next((p for i, p in enumerate(paths) if real[i] in real[:i]), None)
    if twice is not None:
        raise CliError(f"two outputs have the same file name ({twice}); give each output its own file")


def _outputs(ns, keys, what, flags: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """{key: path} of the outputs given; ``flags`` names the option of a key where it is not --output-<key>."""
    flags = {k: (flags or {}).get(k) or "--output-" + k.lower().replace("_", "-") for k in keys}
    out = {}
    for key in keys:
        path = getattr(ns, "output_" + key.lower())
        if path:
            out[key] = path
    if not out:
        named = ", ".join(flags[k] for k in keys[:3])
        raise CliError(f"no output given: name at least one of {named}, … ({what})")
    check_distinct(out.values())
    for key, path in out.items():
        if not path.lower().endswith((".tif", ".tiff", ".vrt")):
            raise CliError(f"{flags[key]} {path}: outputs are GeoTIFF (.tif) or, with block runs, a VRT over the "
                           "block files (.vrt)")
    return out


# options whose values are words, not files (a prompt "forest" is not the folder ./forest)
# (blocks_folder: where a block run keeps its blocks, set by the command line itself; not an input either)
TEXT_OPTIONS = ("command", "tiles_dir", "blocks_folder", "prompts", "negative_prompts", "class_field", "extent", "dates",
                "start_date", "end_date", "bands", "area_crs", "target_crs", "scheduler")


def input_paths(ns) -> Dict[str, str]:
    """{real path: option} of every file or folder named by a non-output option of the parsed command (the inputs:
    --input, --extra-inputs, --training FILE|layername=…, --s2-folders A;B, --model-file, …)."""
    found = {}
    for dest, value in vars(ns).items():
        if dest.startswith("output") or dest in TEXT_OPTIONS:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if not isinstance(item, str) or not item:
                continue
            for part in item.split(";"):
                part = part.split("|")[0].strip()
                if part and os.path.exists(part):
                    found.setdefault(os.path.realpath(part), "--" + dest.replace("_", "-"))
    return found


def refuse_inputs_as_outputs(ns, outputs) -> None:
    """CliError, before anything is written, when an output path is one of the command's inputs (the run would
    replace the input, e.g. a 65-band stack by a LAI raster; also through a symbolic or hard link) or an existing
    file inside an input folder (a product, a per-date raster the scan may read)."""
    from .core.outputs.files import replaced_input

    inputs = input_paths(ns)
    for path in outputs:
        if not path:
            continue
        real = os.path.realpath(path)
        flag = replaced_input(path, inputs)
        if flag is not None:
            raise CliError(f"output {path} is also the input ({flag}): writing it would replace the input; give the "
                           "output another file name")
        if os.path.isfile(real):  # an existing file inside an input folder (a product, a per-date raster) may be read
            inside = next((f"{f} {p}" for p, f in inputs.items()
                           if os.path.isdir(p) and real.startswith(os.path.join(p, ""))), None)
            if inside:
                raise CliError(f"output {path} would replace a file inside the input folder ({inside}), which may "
                               "be one of the inputs; give the output another file name or write it outside that "
                               "folder")


def _existing(path, flag):
    if path and not os.path.exists(path):
        raise CliError(f"{flag} {path}: no such file or folder")
    return os.path.abspath(path) if path else None


def _values_checked(check: Callable[[], object]) -> None:
    """Run ``check``, the engine's own checks of option values, before any work: what it refuses (an angle of 95°, a
    clumping index of 2) is a usage error (exit status 2), as argparse's are; it was found once the input had been
    read, with exit status 1, or not at all when the input was refused first."""
    try:
        check()
    except ValueError as exc:      # the engines' input errors are ValueErrors with a message for the user
        raise CliError(str(exc)) from None


# ---- biophysical ---------------------------------------------------------------------------------
BIO_VARS = ("LAI", "FAPAR", "FCOVER", "CCC", "CWC")
BIO_KEYS = BIO_VARS + tuple(v + "_STD" for v in BIO_VARS) + ("QUALITY",)


def _build_biophysical(ns):
    if ns.smooth_window is not None and not ns.smooth_window >= 0:
        raise CliError(f"--smooth-window {ns.smooth_window}: give 0 (fitted to the data) or a positive number of "
                       "days (e.g. 30)")
    if ns.smooth_window is not None and not ns.smooth:
        raise CliError("--smooth-window sets the window of --smooth: add --smooth (smoothing is off by default)")
    from .core.biophysical.angles import checked_parameters
    from .core.biophysical.clumping import check_omega

    _values_checked(lambda: (checked_parameters(ns.sun_zenith, ns.view_zenith, ns.relative_azimuth),
                             ns.clumping is None or check_omega(ns.clumping)))
    return dict(input=_existing(ns.input, "--input"), sun_zenith=ns.sun_zenith, view_zenith=ns.view_zenith,
                relative_azimuth=ns.relative_azimuth, outputs=_outputs(ns, BIO_KEYS, "biophysical variables"),
                level=ns.level, band_set=ns.band_set, prior=ns.prior, non_vegetation=not ns.no_non_vegetation, smooth=ns.smooth,
                smooth_window_days=ns.smooth_window or 0.0, detect_clouds=not ns.no_cloud_detection,
                clumping=1.0 if ns.clumping is None else ns.clumping,
                clumping_map=_existing(ns.clumping_map, "--clumping-map"))


BIOPHYSICAL = Command(
    "LAI, FAPAR, FCOVER, CCC, CWC (and 1σ, quality flags) from a Sentinel-2 stack or product",
    [_opt("--input", required=True, help="S2 stack GeoTIFF, single-date S2 GeoTIFF, SAFE or Theia L2A folder"),
     _opt("--sun-zenith", type=float, help="degrees, for inputs without angles"),
     _opt("--view-zenith", type=float, help="degrees, for inputs without angles"),
     _opt("--relative-azimuth", type=float, help="degrees, for inputs without angles"),
     _opt("--level", choices=("auto", "L2A", "L1C"), default="auto",
          help="surface (L2A) or top-of-atmosphere (L1C) reflectance; auto: from the product (default)"),
     _opt("--band-set", choices=("auto", "20m", "no_b8a", "10m"), default="auto",
          help="model variant: auto (richest band set present, default), 20m (10 bands), no_b8a (9), 10m (B02 B03 B04 B08)"),
     _opt("--prior", choices=("wide", "codistributed"), default="wide",
          help="training prior: wide (default, leaves of any kind) or codistributed (leaves typical of their LAI, as "
               "SL2P; its maps agree better with SL2P's; see the README)"),
     _opt("--no-non-vegetation", action="store_true",
          help="keep the network's values on water, snow and bare soil instead of 0 with quality flag 8"),
     _opt("--smooth", action="store_true",
          help="smooth every variable along each pixel's time series (weights 1/σ²) and gap-fill cloudy dates"),
     _opt("--smooth-window", type=float, metavar="DAYS", help="effective window of --smooth in days (default 0: fitted to the data by maximum likelihood)"),
     _opt("--no-cloud-detection", action="store_true",
          help="do not detect clouds and shadows on dates that carry no mask"),
     _opt("--clumping", type=float, metavar="OMEGA",
          help="clumping index 0.3-1: LAI, CCC, CWC divided by it (true LAI); default 1 = effective LAI"),
     _opt("--clumping-map", metavar="RASTER",
          help="clumping-index raster (0-1 or percent, any CRS); --clumping where it has no value")]
    + [_opt("--output-" + k.lower().replace("_", "-"), metavar="PATH",
            help=f"{k.replace('_STD', ' 1-sigma')} output, one band per date") for k in BIO_KEYS],
    _build_biophysical)


# ---- soilmoisture --------------------------------------------------------------------------------
def _build_soilmoisture(ns):
    from .core.soilmoisture.raster import check_incidence
    from .core.soilmoisture.vegetation import check_lai_value

    _values_checked(lambda: (check_incidence(ns.incidence), ns.lai_value is None or check_lai_value(ns.lai_value)))
    return dict(s1_path=_existing(ns.s1_stack, "--s1-stack"), lai_path=_existing(ns.lai, "--lai"),
                s2_path=_existing(ns.s2_stack, "--s2-stack"), lai_value=ns.lai_value, incidence=ns.incidence,
                force_gamma0=ns.force_gamma0, outputs=_outputs(ns, ("SM", "SM_STD", "QUALITY"), "soil moisture"),
                detect_clouds=not ns.no_cloud_detection)


SOILMOISTURE = Command(
    "surface soil moisture from a Sentinel-1 sigma0 stack",
    [_opt("--s1-stack", required=True, help="Sentinel-1 stack (from buildstack)"),
     _opt("--lai", help="LAI raster on the S1 grid (e.g. biophysical --output-lai)"),
     _opt("--s2-stack", help="S2 stack on the S1 grid (LAI retrieved on the fly)"),
     _opt("--lai-value", type=float, help="constant LAI (fallback)"),
     _opt("--incidence", type=float, help="degrees, for stacks without an incidence band"),
     _opt("--force-gamma0", action="store_true", help="run on gamma0 input anyway (biased)"),
     _opt("--no-cloud-detection", action="store_true",
          help="do not detect clouds and shadows on S2 dates that carry no mask"),
     _opt("--output-sm", metavar="PATH", help="soil moisture (m³/m³), one band per S1 date"),
     _opt("--output-sm-std", metavar="PATH", help="its 1σ (m³/m³)"),
     _opt("--output-quality", metavar="PATH", help="uint8 flags, added up: 1 input outside the training domain, 2 "
          "clamped to 0–0.6, 4 no data, 8 LAI from more than 15 days away")],
    _build_soilmoisture)


# ---- superresolve --------------------------------------------------------------------------------
def _build_superresolve(ns):
    if ns.method in ("cnn_guided", "tsharp") and not ns.guide:
        raise CliError(f"--method {ns.method} needs --guide (fine NDVI raster or S2 stack on the fine grid)")
    inp = _existing(ns.input, "--input")
    return dict(input=inp, guide_path=_existing(ns.guide, "--guide"),
                factor=ns.factor, method=ns.method, conserve=not ns.no_conserve, input_kind=ns.input_units,
                band=_band_number(ns.band, inp), outputs=_outputs(type("NS", (), {"output_lst": ns.output}), ("LST",), "fine LST",
                                 {"LST": "--output"}))


def _band_number(band, path):
    """``--band`` as a number (1-based), or as a band's name (its description, e.g. LST_Night_1km) in ``path``."""
    if band is None:
        return None
    if str(band).strip().isascii() and str(band).strip().isdecimal():
        return int(band)
    import rasterio

    try:
        with rasterio.open(path) as ds:
            names = list(ds.descriptions)
    except Exception:  # noqa: BLE001 - unreadable: the algorithm's own check says why
        names = []
    match = [i + 1 for i, d in enumerate(names) if d and d.strip().lower() == str(band).strip().lower()]
    if not match:
        listed = ", ".join(f"{i + 1} {d}" for i, d in enumerate(names) if d) or "none"
        raise CliError(f"--band {band}: no band of {os.path.basename(path)} is named so (its bands: {listed}); "
                       "give a band number or one of these names")
    return match[0]


SUPERRESOLVE = Command(
    "land-surface temperature super-resolution (×2, ×4, ×8)",
    [_opt("--input", required=True, help="coarse LST (Kelvin or MODIS raw)"),
     _opt("--guide", help="fine NDVI raster or S2 stack (guided methods)"),
     _opt("--factor", type=int, choices=(2, 4, 8), default=4, help="the scale factor: output pixel = input pixel / "
          "factor (default 4)"),
     _opt("--method", choices=("cnn_single", "cnn_guided", "tsharp", "bicubic"), default="cnn_single",
          help="the CNN alone, the CNN guided by --guide, TsHARP (needs --guide) or bicubic (default cnn_single)"),
     _opt("--no-conserve", action="store_true", help="skip the radiance conservation"),
     _opt("--input-units", choices=("auto", "kelvin", "modis_raw"), default="auto",
          help="Kelvin, or MODIS raw DN × 0.02 with fill 0 (default: detected from the data type and values)"),
     _opt("--band", help="band holding the LST (multi-band inputs): its number, or its name (e.g. LST_Night_1km)"),
     _opt("--output", required=True, metavar="PATH", help="fine land-surface temperature (K, GeoTIFF)")],
    _build_superresolve)


# ---- textquery -----------------------------------------------------------------------------------
def _blank_values(values, flag) -> None:
    """CliError naming a blank (empty or white-space) value of the repeated option ``flag``: it was dropped
    silently, and the run went on with the other prompts."""
    values = values or []
    what = "the prompt to push away (e.g. 'clouds')" if flag == "--negative-prompts" else \
        "what to look for (e.g. 'forest')"
    for i, text in enumerate(values, start=1):
        if not text.strip():
            which = f" (value {i} of {len(values)})" if len(values) > 1 else ""
            raise CliError(f"{flag} {text!r}{which} is blank: give {what}, or leave that {flag} out")


def _check_prompts(prompts, negatives) -> None:
    """The prompt checks that need no text model (core.textquery.prompt_language), as usage errors: a prompt
    without a letter, one given twice or on both sides, more prompts than a query takes."""
    from .core.textquery.prompt_language import no_letter_message, repeated_prompt_message
    from .core.textquery.query_raster import MAX_PROMPTS

    for flag, group in (("--prompts", prompts), ("--negative-prompts", negatives)):
        for p in group:
            if no_letter_message(p):
                raise CliError(f"{flag}: {no_letter_message(p)}")
    if len(prompts) + len(negatives) > MAX_PROMPTS:
        raise CliError(f"{len(prompts) + len(negatives)} prompts: at most {MAX_PROMPTS} (--prompts and "
                       "--negative-prompts together) per query; split them over several runs")
    repeated = repeated_prompt_message(prompts, negatives)
    if repeated:
        raise CliError(repeated)


def _build_textquery(ns):
    _blank_values(ns.prompts, "--prompts")
    _blank_values(ns.negative_prompts, "--negative-prompts")
    prompts = [p for text in ns.prompts for p in text.split("\n") if p.strip()]
    negatives = [p for text in ns.negative_prompts or [] for p in text.split("\n") if p.strip()]
    if not prompts:
        raise CliError("no prompt: give --prompts 'forest' (repeat for several)")
    _check_prompts(prompts, negatives)
    if (ns.output_mask or ns.output_polygons) and ns.threshold is None:
        raise CliError("--output-mask and --output-polygons need --threshold (a probability between 0 and 1, e.g. 0.5)")
    if ns.threshold is not None and not 0.0 < ns.threshold < 1.0:
        raise CliError(f"--threshold {ns.threshold}: give a probability strictly between 0 and 1 (e.g. 0.5)")
    if ns.threshold is not None and not (ns.output_mask or ns.output_polygons):
        raise CliError("--threshold makes a mask and polygons: give --output-mask or --output-polygons too, or leave "
                       "--threshold out")
    outputs = _outputs(type("NS", (), {"output_p": ns.output, "output_m": ns.output_mask,
                                       "output_q": ns.output_quality}), ("P", "M", "Q"), "probability map",
                       {"P": "--output", "M": "--output-mask", "Q": "--output-quality"})
    return dict(input=_existing(ns.input, "--input"), prompts="\n".join(prompts), negatives="\n".join(negatives) or None,
                threshold=ns.threshold, model=ns.model_file, outputs=outputs, detect_clouds=not ns.no_cloud_detection)


TEXTQUERY = Command(
    "probability map of concepts typed in English",
    [_opt("--input", required=True, help="S2 stack or latent raster"),
     _opt("--prompts", action="append", required=True,
          help="a prompt (repeat for several); a line break inside a value starts another prompt, one per line as in "
               "the dialog"),
     _opt("--negative-prompts", action="append", help="competing concept (repeat; one per line likewise)"),
     _opt("--threshold", type=float, metavar="P", help="probability for the mask and the polygons, strictly "
                                                       "between 0 and 1 (e.g. 0.5)"),
     _opt("--model-file", help="a text-query tower ONNX file"),
     _opt("--no-cloud-detection", action="store_true",
          help="do not detect clouds and shadows on S2 dates that carry no mask"),
     _opt("--output", required=True, metavar="PATH", help="probabilities, one band per prompt"),
     _opt("--output-mask", metavar="PATH", help="uint8 mask (1 ≥ threshold, 0 below, 255 no data)"),
     _opt("--output-quality", metavar="PATH", help="uint16: the valid dates behind each pixel (a Presto latent: months with a clear S2 observation; fine4: clear S2 dates behind its windows)"),
     _opt("--output-polygons", metavar="PATH", help="GeoJSON of the areas ≥ threshold")],
    _build_textquery)


def check_writable_file(path: str, option: str = "") -> None:
    """CliError "cannot write <path> (<option>): <reason>; choose …" unless a file can be created as ``path`` (tried:
    os.access says yes to root everywhere)."""
    from .core.outputs.files import write_problem
    problem = write_problem(path)
    if problem:
        raise CliError(f"cannot write {path}" + (f" ({option})" if option else "") + f": {problem}")


def check_destinations(ns, outputs, polygons=None) -> None:
    """Before anything is computed: no output replaces an input, every output and the polygons can be written, the
    polygons have their own file name, the tiles folder can be used (each a CliError naming the fix)."""
    from .core.outputs.files import folder_use_problem

    refuse_inputs_as_outputs(ns, list(outputs) + [polygons])
    for path in outputs:      # a folder missing, a folder given, no right to write: before any work, exit 2
        if path:
            check_writable_file(path)
    if polygons:
        if not polygons.lower().endswith((".geojson", ".json")):
            raise CliError(f"--output-polygons {polygons}: the polygons are written as GeoJSON; name the file "
                           ".geojson (convert it afterwards with ogr2ogr for another format)")
        check_distinct(list(outputs) + [polygons])
        check_writable_file(polygons, "--output-polygons")
    tiles = getattr(ns, "tiles_dir", None)
    if tiles:
        problem = folder_use_problem(tiles)
        if problem:
            raise CliError(f"--tiles-dir {tiles}: {problem}")
        from .core.scaleout.tiles_folder import DistributedError, check_tiles_folder

        kept = getattr(ns, "keep_tiles", False) or any(str(p).lower().endswith(".vrt") for p in outputs if p)
        try:        # a folder holding an output or an input: refused before any work, as the other usage errors
            check_tiles_folder(os.path.abspath(tiles), [p for p in outputs if p] + list(input_paths(ns)), kept)
        except DistributedError as exc:
            raise CliError(str(exc)) from None


# buildstack (cli_buildstack, the workflow's first step, listed first), classify, cluster and similarity (cli_maps,
# built on the helpers above) and models (cli_models) register themselves in COMMANDS; encode and decode are in
# cli_latent
COMMANDS: Dict[str, Command] = {}
from . import cli_buildstack  # noqa: E402,F401
COMMANDS.update({"biophysical": BIOPHYSICAL, "soilmoisture": SOILMOISTURE})
from . import cli_latent  # noqa: E402,F401 - registers encode and decode, built on the helpers above
COMMANDS.update({"superresolve": SUPERRESOLVE, "textquery": TEXTQUERY})
from . import cli_maps  # noqa: E402,F401
from . import cli_models  # noqa: E402,F401
