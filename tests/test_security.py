# SPDX-License-Identifier: GPL-3.0-or-later
"""Security scan of what the plugin zip ships (bandit, as the QGIS plugin repository runs it): clean; and the
XML metadata reader refuses DTD/entity declarations (entity-expansion bombs, external entities)."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED = ["__init__.py", "core", "plugin", "processing_provider"]


def test_bandit_finds_nothing_in_the_shipped_code():
    pytest.importorskip("bandit")
    out = subprocess.run([sys.executable, "-m", "bandit", "-r", "-f", "json", "-q"] + SHIPPED, cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    report = json.loads(out.stdout)
    issues = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in report["results"]]
    assert issues == [], "\n".join(issues)
    assert not report["errors"], report["errors"]
    scanned = report["metrics"]["_totals"]["loc"]
    assert scanned > 5000  # the scan really read the code


def test_metadata_with_entities_is_refused(tmp_path):
    from eolatent.core.inputs.sentinel2.common import S2FormatError, parse_xml

    bomb = tmp_path / "MTD_MSIL2A.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
                    "<root>&lol2;</root>")
    with pytest.raises(S2FormatError, match="DTD or entities"):
        parse_xml(bomb)
    ok = tmp_path / "MTD_ok.xml"
    ok.write_text('<?xml version="1.0"?><root><a>1</a></root>')
    assert parse_xml(ok).find("a").text == "1"
