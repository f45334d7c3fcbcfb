# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``buildstack`` subcommand of the command line: its options and how they become the parameters of
:func:`eolatent.core.inputs.stackbuild.build_stacks` (registered in :data:`cli_commands.COMMANDS`)."""
from __future__ import annotations

import os
from typing import List

from .cli_commands import COMMANDS, CliError, Command, _opt, check_period


def _area_file(path: str) -> str:
    """The text of the file ``--area @FILE`` names (WKT or a GeoJSON geometry)."""
    try:
        with open(path, encoding="utf-8-sig") as fh:      # a byte-order mark (Windows editors) is dropped
            return fh.read()
    except IsADirectoryError:
        raise CliError(f"--area @{path}: it is a folder; give a text file holding a WKT polygon or a GeoJSON "
                       "geometry") from None
    except OSError as exc:
        raise CliError(f"--area @{path}: cannot read it ({exc.strerror or exc}); give a text file holding a WKT "
                       "polygon or a GeoJSON geometry") from None
    except UnicodeDecodeError:
        raise CliError(f"--area @{path}: not a text file; give a text file holding a WKT polygon or a GeoJSON "
                       "geometry (a vector layer can be exported as GeoJSON, a raster's extent given with "
                       "--extent)") from None


# ---- buildstack ----------------------------------------------------------------------------------
def _folders(values) -> List[str]:
    out = []
    for v in values or []:
        out += [f.strip() for f in v.split(";") if f.strip()]
    for f in out:
        if os.path.isfile(f):
            raise CliError(f"{f}: a file, not a folder; give the folder that holds the per-date files or products "
                           "(several: separate them with ';')")
        if not os.path.isdir(f):
            raise CliError(f"{f}: no such folder")
    return [os.path.abspath(f) for f in out]


def _build_buildstack(ns):
    s2, s1 = _folders(ns.s2_folders), _folders(ns.s1_folders)
    if not s2 and not s1:
        raise CliError("no input folder: give --s2-folders, --s1-folders or both")
    check_period(ns)
    if not 0 <= ns.max_cloud <= 100:
        raise CliError(f"--max-cloud {ns.max_cloud:g}: give a cloud cover between 0 and 100 (%)")
    if not ns.resolution > 0:
        raise CliError(f"--resolution {ns.resolution:g}: give a pixel size above 0 in the target CRS's units "
                       "(e.g. 10 for 10 m)")
    area, bounds = None, None
    if ns.extent:
        try:
            bounds = [float(v) for v in ns.extent.split(",")]
        except ValueError:
            bounds = []
        if len(bounds) != 4:
            raise CliError(f"--extent {ns.extent!r}: give west,south,east,north (numbers, comma-separated)")
        if not (bounds[0] < bounds[2] and bounds[1] < bounds[3]):
            raise CliError(f"--extent {ns.extent}: empty or inverted; give west,south,east,north with west < east and "
                           "south < north")
        area = dict(bounds=bounds, crs=ns.area_crs)
    if ns.area:
        text = (_area_file(ns.area[1:]) if ns.area.startswith("@") else ns.area).strip()
        if bounds is not None:       # both given: their intersection, as Processing does
            from .core.inputs.stackbuild.grid import StackBuildError, clip_to_extent

            try:
                text = clip_to_extent(text, bounds)
            except StackBuildError as exc:
                raise CliError(f"--area: {exc}") from None
            if text is None:
                raise CliError(f"--extent {_bounds_text(bounds)} and --area do not overlap; change one of them")
        area = dict(wkt=text, crs=ns.area_crs)
    outputs = {}
    for key, folders, flag in (("S2", s2, "--output-s2"), ("S1", s1, "--output-s1")):
        path = getattr(ns, "output_" + key.lower())
        if folders and not path:
            raise CliError(f"{key} folders are given but no {flag}; give the output file")
        if path and not folders:
            raise CliError(f"{flag} is given but no {key} folder")
        if path:
            outputs[key] = path
    bands = [b.strip().upper() for b in (ns.bands or "").split(",") if b.strip()] or None
    from .core.inputs.sentinel2.common import normalize_band_name

    unknown = [b for b in bands or [] if normalize_band_name(b) is None]
    if unknown:       # before any product is read (it was found once every folder had been scanned, exit 1)
        raise CliError(f"--bands {ns.bands}: {', '.join(unknown)} "
                       + ("is not a Sentinel-2 band name" if len(unknown) == 1 else "are not Sentinel-2 band names")
                       + "; use B01..B12, B8A")
    named = [normalize_band_name(b) for b in bands or []]          # B2 and B02 are one band
    twice = sorted({b for b in named if named.count(b) > 1})
    if twice:
        raise CliError(f"--bands {ns.bands}: {', '.join(twice)} given twice; name each band once")
    return dict(s2_folders=s2, s1_folders=s1, start=ns.start_date, end=ns.end_date, max_cloud=ns.max_cloud,
                area=area, target_crs=ns.target_crs, resolution=ns.resolution, bands=bands,
                detect_clouds=not ns.no_cloud_detection, outputs=outputs)


def _bounds_text(bounds) -> str:
    return ",".join(f"{v:g}" for v in bounds)


BUILDSTACK = Command(
    "co-register Sentinel-2 / Sentinel-1 folders into stacks on one grid",
    [_opt("--s2-folders", action="append", metavar="FOLDER", help="Sentinel-2 folder (repeat, or ';'-separated)"),
     _opt("--s1-folders", action="append", metavar="FOLDER", help="Sentinel-1 folder (repeat, or ';'-separated)"),
     _opt("--start-date", help="YYYY-MM-DD"), _opt("--end-date", help="YYYY-MM-DD"),
     _opt("--max-cloud", type=float, default=50.0, help="maximum S2 cloud cover, %% (default 50)"),
     _opt("--no-cloud-detection", action="store_true",
          help="keep every pixel of S2 dates without a cloud mask (default: detect clouds and shadows there)"),
     _opt("--extent", help="west,south,east,north (in --area-crs, default the target CRS); with --area, the polygon "
          "is cut to it"),
     _opt("--area", help="area polygon as WKT, or @file.wkt"),
     _opt("--area-crs", help="CRS of --extent/--area, e.g. EPSG:4326"),
     _opt("--target-crs", help="e.g. EPSG:32633 (default: the first S2 product's)"),
     _opt("--resolution", type=float, default=10.0,
          help="pixel size in CRS units (default 10); bands a product stores at it (20 m bands at 20) are copied, "
          "the others resampled"),
     _opt("--bands", help="S2 bands, comma-separated (default: all common bands)"),
     _opt("--output-s2", metavar="PATH", help="the Sentinel-2 stack (GeoTIFF; needed with --s2-folders)"),
     _opt("--output-s1", metavar="PATH", help="the Sentinel-1 stack (GeoTIFF; needed with --s1-folders)")],
    _build_buildstack)


COMMANDS["buildstack"] = BUILDSTACK
