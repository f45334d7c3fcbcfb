# SPDX-License-Identifier: GPL-3.0-or-later
"""Training and reference layers read from a vector file without QGIS (GDAL's OGR), for the command line.

It gives the engine what ``processing_provider/layer_samples.py`` gives it from a QGIS layer, by the same
rules: points or polygons (lines refused), features with an empty class (NULL or blank text) or without a
geometry skipped, geometries transformed to the raster's CRS (a file without a CRS, or a raster without one,
is taken to be in the other's CRS, as QGIS does), GeoJSON mappings in feature order. And the class table of a
layer without a style (:func:`class_table`, as ``class_styles.class_table`` with no renderer): the class
values are the names, colours come from :data:`PALETTE`, integer class fields keep their values as class codes
when they all lie in 1 … 65535.

A file with several layers (a GeoPackage) needs the layer named QGIS-style: ``file.gpkg|layername=NAME``. A zip
archive (a zipped Shapefile) is read through GDAL's ``/vsizip/``; one holding several vector files needs the
file named, ``/vsizip/archive.zip/folder/file.shp``. Geometry collections of points only or polygons only are
read as MultiPoints / MultiPolygons.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from ..i18n import tr
from .classes import PALETTE, class_table, palette_colour, value_key  # noqa: F401 (the CLI's class tables)

class VectorFileError(ValueError):
    """The vector file cannot be used (the message names the problem and the fix)."""


@dataclass
class VectorSamples:
    geometries: List[dict] = field(default_factory=list)  # GeoJSON, in the target CRS
    values: List[object] = field(default_factory=list)    # class value per geometry (None without a field)
    integer_field: bool = False
    skipped_empty: int = 0
    skipped_geometry: int = 0
    n_features: int = 0
    layer_name: str = ""
    fields: List[str] = field(default_factory=list)
    field_note: str = ""     # the class field found by its name in another case
    crs_note: str = ""                                    # how the CRS was handled ('' when it is the raster's)


def split_source(source: str) -> Tuple[str, Optional[str]]:
    """("file.gpkg", "NAME") of "file.gpkg|layername=NAME"; (path, None) without a layer name."""
    path, sep, rest = str(source).partition("|")
    if not sep:
        return path, None
    for part in rest.split("|"):
        key, _, value = part.partition("=")
        if key.strip().lower() == "layername" and value:
            return path, value
    raise VectorFileError(tr("{source}: write the layer as {syntax}", source=source, syntax="FILE|layername=NAME"))


def _open_gdal(path: str):
    from osgeo import gdal

    try:
        return gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:  # bindings with exceptions enabled
        return None


VECTOR_SUFFIXES = (".shp", ".gpkg", ".geojson", ".kml", ".gml", ".sqlite", ".fgb", ".tab")   # not .json / .csv:
#                                                               side files (metadata, tables) as often as layers


def _zip_members(vsi: str) -> List[str]:
    """Paths of the vector files inside a zip archive (``/vsizip/…``), folders searched too."""
    from osgeo import gdal

    found, todo = [], [vsi]
    while todo and len(found) < 100:
        folder = todo.pop()
        for name in gdal.ReadDir(folder) or []:
            if name.startswith("._") or name == "__MACOSX":     # the macOS Finder's resource forks
                continue
            inner = f"{folder}/{name}"
            if name.lower().endswith(VECTOR_SUFFIXES):
                found.append(inner)
            elif gdal.ReadDir(inner):     # a folder (a file gives None)
                todo.append(inner)
    return sorted(found)


def _open_zip(path: str):
    """A zipped vector file (a zipped Shapefile, as many portals ship them): the archive itself (GDAL reads a
    ``.shp.zip``), or the single vector file inside it; several are named with the syntax that picks one."""
    vsi = "/vsizip/" + os.path.abspath(path)  # GDAL's form of an absolute path: /vsizip//tmp/a.zip
    ds = _open_gdal(vsi)
    if ds is not None and ds.GetLayerCount():
        return ds
    members = _zip_members(vsi)
    if len(members) > 1:
        raise VectorFileError(tr("{file} holds {count} vector files ({files}); name one, e.g. '{example}'", file=path,
                                 count=len(members), files=", ".join(m[len(vsi) + 1:] for m in members),
                                 example=members[0]))
    return _open_gdal(members[0]) if members else None


def _open(source: str):
    path, layer_name = split_source(source)
    if not path.startswith("/vsi") and not os.path.exists(path):
        raise VectorFileError(tr("{file}: no such file", file=path))
    ds = _open_gdal(path)
    if (ds is None or ds.GetLayerCount() == 0) and path.lower().endswith(".zip") and not path.startswith("/vsi"):
        ds = _open_zip(path)
    if ds is None or ds.GetLayerCount() == 0:
        raise VectorFileError(tr("{file} is not a vector file GDAL can read (GeoPackage, Shapefile, GeoJSON, …)",
                                 file=path))
    names = [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]
    if layer_name is None:
        if len(names) > 1:
            raise VectorFileError(tr("{file} holds {count} layers ({layers}); name one: '{example}'", file=path,
                                     count=len(names), layers=", ".join(names), example=f"{path}|layername={names[0]}"))
        return ds, ds.GetLayerByIndex(0)
    if layer_name not in names:
        raise VectorFileError(tr("{file} has no layer {layer}; its layers: {layers}", file=path, layer=repr(layer_name),
                                 layers=", ".join(names)))
    return ds, ds.GetLayerByName(layer_name)


def _kind(geom_type: int) -> str:
    from osgeo import ogr

    flat = ogr.GT_Flatten(geom_type)
    if flat == ogr.wkbPoint or flat == ogr.wkbMultiPoint:
        return "point"
    if ogr.GT_IsSurface(flat) or ogr.GT_IsSubClassOf(flat, ogr.wkbMultiSurface):
        return "polygon"
    if ogr.GT_IsCurve(flat) or ogr.GT_IsSubClassOf(flat, ogr.wkbMultiCurve):
        return "line"
    return "unknown"


def _crs_name(srs) -> str:
    code = srs.GetAuthorityCode(None)
    return f"{srs.GetAuthorityName(None)}:{code}" if code else (srs.GetName() or tr("a custom CRS"))


def undefined_srs(srs) -> bool:
    """A layer CRS that says nothing: none, or GDAL's placeholder for a GeoPackage layer without one (srs_id 0
    "Undefined geographic SRS", -1 "Undefined Cartesian SRS"), which QGIS reads as no CRS too."""
    if srs is None:
        return True
    name = (srs.GetName() or "").strip().lower()
    return not srs.GetAuthorityCode(None) and (name.startswith("undefined") or not srs.ExportToWkt())


def _transformation(layer_srs, target_wkt: str, what: str):
    """(osr transformation or None, a note on what was done)."""
    from osgeo import osr

    if undefined_srs(layer_srs):
        layer_srs = None
    if not target_wkt:    # the raster has no CRS: the coordinates are compared as they are, said where they have one
        if layer_srs is None:
            return None, ""
        values = dict(crs=_crs_name(layer_srs), example="gdal_edit.py -a_srs EPSG:<code> raster.tif")
        if what == "reference":
            return None, tr("the raster has no CRS: the reference coordinates ({crs}) are taken as they are, in the "
                            "raster's coordinates; if they do not match, give the raster its CRS (e.g. {example})",
                            **values)
        return None, tr("the raster has no CRS: the training coordinates ({crs}) are taken as they are, in the "
                        "raster's coordinates; if they do not match, give the raster its CRS (e.g. {example})",
                        **values)
    dst = osr.SpatialReference()
    if dst.ImportFromWkt(target_wkt) != 0:
        raise VectorFileError(tr("cannot read the raster's CRS ({wkt}…)", wkt=target_wkt[:60]))
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if layer_srs is None:
        if what == "reference":
            return None, tr("the reference file has no CRS: its coordinates are taken to be in the raster's CRS "
                            "({crs})", crs=_crs_name(dst))
        return None, tr("the training file has no CRS: its coordinates are taken to be in the raster's CRS ({crs})",
                        crs=_crs_name(dst))
    src = layer_srs.Clone()
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if src.IsSame(dst):
        return None, ""
    try:
        ct = osr.CoordinateTransformation(src, dst)
    except (RuntimeError, TypeError, ValueError):
        ct = None
    if ct is None:
        if what == "reference":
            raise VectorFileError(tr("cannot transform the reference geometries from {crs} to the raster's CRS "
                                     "{raster_crs}; reproject the reference file", crs=_crs_name(src),
                                     raster_crs=_crs_name(dst)))
        raise VectorFileError(tr("cannot transform the training geometries from {crs} to the raster's CRS "
                                 "{raster_crs}; reproject the training file", crs=_crs_name(src),
                                 raster_crs=_crs_name(dst)))
    if what == "reference":
        return ct, tr("reference geometries transformed from {crs} to the raster's CRS {raster_crs}",
                      crs=_crs_name(src), raster_crs=_crs_name(dst))
    return ct, tr("training geometries transformed from {crs} to the raster's CRS {raster_crs}", crs=_crs_name(src),
                  raster_crs=_crs_name(dst))


def _simple_parts(geom) -> list:
    """The points, curves and polygons of a geometry, collections (nested too) and multi-geometries opened."""
    from osgeo import ogr

    flat = ogr.GT_Flatten(geom.GetGeometryType())
    if flat in (ogr.wkbGeometryCollection, ogr.wkbMultiPoint, ogr.wkbMultiPolygon, ogr.wkbMultiLineString):
        return [p for i in range(geom.GetGeometryCount()) for p in _simple_parts(geom.GetGeometryRef(i))]
    return [] if geom.IsEmpty() else [geom]


def _uncollected(geom, desc: str, fid: int):
    """A geometry collection (nested ones too) as the MultiPoint or MultiPolygon it amounts to; one holding lines,
    or points and polygons together, is refused (QGIS splits such files into one layer per geometry type)."""
    from osgeo import ogr

    if ogr.GT_Flatten(geom.GetGeometryType()) != ogr.wkbGeometryCollection:
        return geom
    parts = _simple_parts(geom)
    kinds = {_kind(p.GetGeometryType()) for p in parts}
    if kinds in ({"point"}, {"polygon"}):
        multi = ogr.Geometry(ogr.wkbMultiPoint if kinds == {"point"} else ogr.wkbMultiPolygon)
        for p in parts:
            multi.AddGeometry(p)
        return multi
    if "line" in kinds:
        raise VectorFileError(tr("{layer} must hold points or polygons (lines are not supported): feature {fid} is a "
                                 "geometry collection holding lines; remove them, or choose another layer", layer=desc,
                                 fid=fid))
    raise VectorFileError(tr("feature {fid} of {layer} is a geometry collection of points and polygons together; "
                             "split it into a point layer and a polygon layer", fid=fid, layer=desc))


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _geojson_hint(file_name: str, srs) -> str:
    """For a GeoJSON read as longitude/latitude: that this is how GeoJSON is read (projected coordinates in a file
    that does not name its CRS were taken as degrees)."""
    if not file_name.lower().endswith((".geojson", ".json")) or srs is None or \
            (srs.GetAuthorityCode(None) or "") not in ("4326", "CRS84"):
        return ""
    return " " + tr("(a GeoJSON file is read as longitude/latitude in degrees unless it names its CRS: a file of "
                    "projected coordinates, e.g. metres, needs its CRS, e.g. {example})",
                    example="ogr2ogr -a_srs EPSG:<code> points.gpkg points.geojson")


def read_vector(source: str, field_name: Optional[str], target_crs_wkt: str, what: str = "training") -> VectorSamples:
    """Geometries (GeoJSON in the CRS ``target_crs_wkt``) and class values of the point or polygon layer of
    ``source`` (a path, or ``path|layername=NAME``).

    ``field_name`` None: references without classes. :class:`VectorFileError` for an unreadable file, lines, a
    missing or empty class field, a layer without features.
    """
    from osgeo import ogr

    ds, layer = _open(source)
    base = os.path.basename(split_source(source)[0])
    out = VectorSamples(layer_name=layer.GetName())
    if what == "reference":
        desc = tr("the reference layer of {file}", file=base)
    else:
        desc = tr("the training layer of {file}", file=base)
    kind = _kind(layer.GetGeomType())
    if kind == "line":
        raise VectorFileError(tr("{layer} must hold points or polygons (lines are not supported); choose another "
                                 "layer", layer=desc))
    defn = layer.GetLayerDefn()
    fid_column = layer.GetFIDColumn() or ""
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    out.fields = ([fid_column] if fid_column else []) + names  # QGIS lists a GeoPackage's fid column first
    index, use_fid = -1, False
    if field_name is not None:
        if not field_name:
            if not out.fields:
                raise VectorFileError(tr("{layer} has no attribute field to hold the class; add a class field and "
                                         "label the features", layer=desc))
            raise VectorFileError(tr("choose the class field of {layer}; one of: {fields}", layer=desc,
                                     fields=", ".join(out.fields)))
        match = [n for n in out.fields if n == field_name] or [n for n in out.fields
                                                               if n.lower() == field_name.lower()]
        if not match:
            raise VectorFileError(tr("{layer} has no field {field}; choose one of: {fields}", layer=desc,
                                     field=repr(field_name), fields=", ".join(out.fields)))
        if len(match) > 1:      # "name" given, "Name" and "NAME" held: which one is not a guess to make
            raise VectorFileError(tr("{layer} has no field {field} but {count} that differ from it in case only "
                                     "({fields}); give one of them as it is written", layer=desc,
                                     field=repr(field_name), count=len(match), fields=", ".join(match)))
        if match[0] != field_name:
            out.field_note = tr("class field {given} read as {field} (the names differ in case only)",
                                given=repr(field_name), field=repr(match[0]))
        if fid_column and match[0] == fid_column:
            use_fid, out.integer_field = True, True
        else:
            index = names.index(match[0])       # GetFieldIndex ignores case: "name" found "Name" first
            fd = defn.GetFieldDefn(index)
            out.integer_field = (fd.GetType() in (ogr.OFTInteger, ogr.OFTInteger64)
                                 and fd.GetSubType() != ogr.OFSTBoolean)
    ct, out.crs_note = _transformation(layer.GetSpatialRef(), target_crs_wkt, what)
    layer.ResetReading()
    for feat in layer:
        out.n_features += 1
        value = None
        if use_fid:
            value = feat.GetFID()
        elif index >= 0:
            value = feat.GetField(index) if feat.IsFieldSetAndNotNull(index) else None
            if _empty(value):
                out.skipped_empty += 1
                continue
        geom = feat.GetGeometryRef()
        if geom is None or geom.IsEmpty():
            out.skipped_geometry += 1
            continue
        geom = geom.Clone()
        if geom.HasCurveGeometry():
            geom = geom.GetLinearGeometry()
        geom = _uncollected(geom, desc, feat.GetFID())
        if _kind(geom.GetGeometryType()) == "line":
            raise VectorFileError(tr("{layer} must hold points or polygons (lines are not supported): feature {fid} "
                                     "is a line; choose another layer", layer=desc, fid=feat.GetFID()))
        if ct is not None:
            try:
                err = geom.Transform(ct)
            except RuntimeError:
                err = 1
            if err != 0:
                raise VectorFileError(tr("feature {fid} of {layer} cannot be transformed to the raster's CRS "
                                         "(outside its area of use?); reproject or fix the file", fid=feat.GetFID(),
                                         layer=desc) + _geojson_hint(base, layer.GetSpatialRef()))
        geom.FlattenTo2D()
        out.geometries.append(json.loads(geom.ExportToJson(["SIGNIFICANT_FIGURES=17"])))
        out.values.append(value)
    ds = None
    if not out.n_features:
        raise VectorFileError(tr("{layer} has no features", layer=desc))
    if not out.geometries and out.skipped_geometry:
        raise VectorFileError(tr("{layer} holds no geometry ({count} feature(s) without one; a CSV with x / y columns "
                                 "is read without geometries): give a file with geometries — a GeoPackage, a "
                                 "Shapefile, a CSV with a WKT column — or convert it, e.g. {example}", layer=desc,
                                 count=out.skipped_geometry, example="ogr2ogr -oo X_POSSIBLE_NAMES=x -oo "
                                 "Y_POSSIBLE_NAMES=y -a_srs EPSG:<code> points.gpkg points.csv"))
    if field_name is not None and not out.geometries:
        raise VectorFileError(tr("the class field {field} of {layer} is empty for every feature; fill it in or "
                                 "choose another field", field=repr(field_name), layer=desc))
    return out
