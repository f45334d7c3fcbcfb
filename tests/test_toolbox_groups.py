# SPDX-License-Identifier: GPL-3.0-or-later
"""The toolbox shows the algorithms in groups by what they give, not in an "EO Latent" group inside the
"EO Latent" provider (issue 15)."""
import os


def test_groups_are_not_the_provider_name(eolatent_provider):
    groups = {a.name(): (a.groupId(), a.group()) for a in eolatent_provider.algorithms()}
    assert len(groups) == 10
    assert all(gid != "eolatent" and label != eolatent_provider.name() for gid, label in groups.values())
    assert groups["buildstack"][0] == "inputs" and groups["encode"][0] == "representations"
    assert {groups[n][0] for n in ("biophysical", "soilmoisture", "decode", "superresolve")} == {"variables"}
    assert {groups[n][0] for n in ("classify", "cluster", "similarity", "textquery")} == {"maps"}


def test_each_algorithm_has_its_own_icon_and_a_one_line_description(eolatent_provider):
    """The Toolbox showed ten generic gears and tooltips with the name only (the GUI audit)."""
    from qgis.PyQt.QtSvg import QSvgRenderer

    algs = eolatent_provider.algorithms()
    paths = {a.name(): a.svgIconPath() for a in algs}
    assert all(os.path.basename(p) == f"{name}.svg" for name, p in paths.items()), paths
    assert len({open(p, "rb").read() for p in paths.values()}) == len(algs)       # ten different drawings
    for path in paths.values():
        assert QSvgRenderer(path).isValid(), path
    for a in algs:
        assert not a.icon().isNull()
        text = a.shortDescription()
        assert 40 <= len(text) <= 140 and "\n" not in text and not text.endswith("."), (a.name(), text)
        assert text != a.displayName()
