# SPDX-License-Identifier: GPL-3.0-or-later
"""A content key for input files and folders that costs the same for 10 MB and 10 GB.

sha256 over, for every file (a folder: every file below it, sorted), its relative name, size and
modification time (ns) and its bytes: whole for files up to 2 MB, else 16 blocks of 64 kB spread evenly
from the first to the last byte. An edited, replaced, extended or truncated file changes the key; two
different files that share size, time and all sampled blocks would not — for keys that name inputs in
metadata and caches, not for security. A cache key can also cover a file's companions (its .aux.xml without
statistics, a mask beside it, a VRT's sources): ``content_key(..., companions=True)``.
"""
from __future__ import annotations

import hashlib
import os

SAMPLE_BLOCKS, SAMPLE_BYTES = 16, 65536
MANY_SOURCES = 64    # a VRT reading more files than this: they are keyed by name, size and time only


def _file(path: str, rel: str, h) -> None:
    st = os.stat(path)
    h.update(f"{rel}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    with open(path, "rb") as fh:
        if st.st_size <= SAMPLE_BLOCKS * SAMPLE_BYTES * 2:
            h.update(fh.read())
            return
        for k in range(SAMPLE_BLOCKS):
            fh.seek((st.st_size - SAMPLE_BYTES) * k // (SAMPLE_BLOCKS - 1))
            h.update(fh.read(SAMPLE_BYTES))


def _xml_root(path: str):
    """The root element of a small XML file, or None (unreadable, not XML, or declaring a DTD or entities — which
    GDAL's .aux.xml and VRT files never need: refused before parsing, which makes the standard parser safe here)."""
    import xml.etree.ElementTree as ET  # nosec B405 - DTDs and entities refused below

    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            return None
        return ET.fromstring(data)  # nosec B314 - DTDs and entities refused above
    except (ET.ParseError, OSError):
        return None


def _aux_xml(path: str, rel: str, h) -> None:
    """A GDAL .aux.xml without what QGIS writes there when it draws the layer (statistics, histograms): its
    nodata, scale, offset, descriptions and metadata (BOA_ADD_OFFSET …) change what is read; those do not."""
    import xml.etree.ElementTree as ET  # nosec B405 - serialises a tree parsed by _xml_root

    root = _xml_root(path)
    if root is None:
        _file(path, rel, h)
        return
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == "Histograms" or (child.tag == "MDI" and str(child.get("key", "")).startswith(
                    "STATISTICS_")):
                parent.remove(child)
    pruned = True
    while pruned:               # then the elements left empty (a band's Metadata, the band itself)
        pruned = False
        for parent in list(root.iter()):
            for child in list(parent):
                if not len(child) and not (child.text or "").strip() and set(child.attrib) <= {"band"}:
                    parent.remove(child)
                    pruned = True
    for el in root.iter():      # the layout GDAL writes around what is left (indentation) is not content
        el.text = (el.text or "").strip() or None
        el.tail = None
    if len(root) or root.text:
        h.update(f"{rel}|aux\n".encode() + ET.tostring(root))


def _vrt_sources(path: str) -> list:
    """The files a VRT reads (SourceFilename, relative to the VRT where it says so)."""
    root = _xml_root(path)
    if root is None:
        return []
    out = []
    for el in root.iter("SourceFilename"):
        name = (el.text or "").strip()
        if el.get("relativeToVRT") == "1":
            name = os.path.join(os.path.dirname(path), name)
        if name and os.path.isfile(name) and name not in out:
            out.append(os.path.abspath(name))
    return out


def _with_companions(path: str, rel: str, h, seen: set) -> None:
    """``path`` and the files beside it that change what is read from it: its .aux.xml, a GDAL .msk, the sidecar
    mask ``<stem>_mask.tif`` of the Sentinel-2 reader, and a VRT's sources (with theirs)."""
    if path in seen:
        return
    seen.add(path)
    _file(path, rel, h)
    stem = os.path.splitext(path)[0]
    for extra in (path + ".msk", stem + "_mask.tif", stem + "_mask.tiff"):
        if os.path.isfile(extra):
            _with_companions(extra, rel + "|" + os.path.basename(extra), h, seen)
    if os.path.isfile(path + ".aux.xml"):
        _aux_xml(path + ".aux.xml", rel + ".aux.xml", h)
    if path.lower().endswith(".vrt"):
        sources = _vrt_sources(path)
        for src in sources:
            if len(sources) > MANY_SOURCES:     # a mosaic: each source's name, size and time, not its bytes
                st = os.stat(src)
                h.update(f"{rel}|{src}|{st.st_size}|{st.st_mtime_ns}\n".encode())
            else:
                _with_companions(src, rel + "|" + src, h, seen)


def content_key(path: str, salt: str = "", companions: bool = False) -> str:
    """Hex sha256 of ``salt`` and the sampled content of ``path`` (a file or a folder). With ``companions``, a
    file's key also covers what GDAL and the readers take from beside it (:func:`_with_companions`): a cache keyed
    so is not served after the user declares an offset in the .aux.xml, adds a mask or replaces a VRT's source."""
    h = hashlib.sha256(f"salt={salt}\n".encode())
    path = os.path.abspath(path)
    if os.path.isdir(path):
        for root, _dirs, files in sorted(os.walk(path)):
            for name in sorted(files):
                full = os.path.join(root, name)
                _file(full, os.path.relpath(full, path), h)
    elif companions:
        _with_companions(path, os.path.basename(path), h, set())
    else:
        _file(path, os.path.basename(path), h)
    return h.hexdigest()
