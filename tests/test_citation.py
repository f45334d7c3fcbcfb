# SPDX-License-Identifier: GPL-3.0-or-later
"""CITATION.cff: valid Citation File Format 1.2.0 keys, the plugin's version and licence, a reference for each
method the README credits."""
import configparser
import os

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_citation_file_matches_the_plugin():
    with open(os.path.join(ROOT, "CITATION.cff"), encoding="utf-8") as fh:
        cff = yaml.safe_load(fh)
    meta = configparser.ConfigParser()
    meta.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "software"
    assert {"message", "title", "authors"} <= set(cff)
    assert str(cff["version"]) == meta["general"]["version"] and cff["license"] == meta["general"]["license"]
    titles = " ".join(r["title"] for r in cff["references"])
    for method in ("Pre-trained Transformers for Remote Sensing Timeseries", "PROSPECT+SAIL", "S2ToolBox",
                   "water cloud", "soil moisture", "sharpening of thermal imagery", "s2cloudless"):
        assert method in titles, method
    for ref in cff["references"]:
        assert ref["type"] in ("article", "report", "software") and ref["authors"] and ref["title"]
        assert all("name" in a or {"family-names", "given-names"} <= set(a) for a in ref["authors"])
