# SPDX-License-Identifier: GPL-3.0-or-later
"""Training and reference layers → geometries in the raster's CRS (GeoJSON) and class values.

QGIS does the reading and the CRS transformation; the engine (core.classify) gets plain GeoJSON mappings.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import List

from qgis.core import QgsCoordinateTransform, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

INTEGER_TYPES = (QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong)


@dataclass
class LayerSamples:
    geometries: List[dict] = field(default_factory=list)
    values: List[object] = field(default_factory=list)   # class value per geometry (None without a field)
    integer_field: bool = False
    skipped_empty: int = 0
    skipped_geometry: int = 0
    n_features: int = 0


def _empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, QVariant) and value.isNull():
        return True
    return isinstance(value, str) and not value.strip()


def read_samples(alg, source, field_name, target_crs, context, what: str) -> LayerSamples:
    """Geometries (transformed to ``target_crs``) and class values of a feature source.

    ``field_name`` None: references without classes. Errors (through ``alg.tr``): a line layer, a missing or
    empty class field, a layer without features.
    """
    tr = alg.tr
    if source is None:
        raise QgsProcessingException(tr("No {} layer: choose a point or polygon layer.").format(what))
    geom_type = QgsWkbTypes.geometryType(source.wkbType())
    if geom_type not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        raise QgsProcessingException(tr("The {} layer must hold points or polygons (lines are not supported); "
                                        "choose another layer.").format(what))
    out = LayerSamples()
    index = -1
    if field_name is not None:
        fields = source.fields()
        if not field_name:
            kind = tr("point") if geom_type == QgsWkbTypes.PointGeometry else tr("polygon")
            if fields.count() == 0:
                raise QgsProcessingException(tr(
                    "The {} layer ({}) has no attribute field to hold the class; add a class field and label "
                    "the features.").format(what, kind))
            raise QgsProcessingException(tr("Choose the class field of the {} layer (CLASS_FIELD).").format(what))
        index = fields.lookupField(field_name)
        if index < 0:
            raise QgsProcessingException(tr("The {} layer has no field {!r}; choose one of: {}.").format(
                what, field_name, ", ".join(fields.names())))
        out.integer_field = fields.at(index).type() in INTEGER_TYPES
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    for feat in source.getFeatures():
        out.n_features += 1
        value = None
        if index >= 0:
            value = feat.attribute(index)
            if _empty(value):
                out.skipped_empty += 1
                continue
        geom = feat.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            out.skipped_geometry += 1
            continue
        geom = geom.__class__(geom)
        if source.sourceCrs() != target_crs:
            geom.transform(transform)
        out.geometries.append(json.loads(geom.asJson(17)))
        out.values.append(value)
    if not out.n_features:
        raise QgsProcessingException(tr("The {} layer has no features.").format(what))
    if field_name is not None and not out.geometries:
        raise QgsProcessingException(tr(
            "The class field {!r} of the {} layer is empty for every feature; fill it in or choose another "
            "field.").format(field_name, what))
    return out
