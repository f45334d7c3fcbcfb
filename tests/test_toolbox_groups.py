# SPDX-License-Identifier: GPL-3.0-or-later
"""The toolbox shows the algorithms in groups by what they give, not in an "EO Latent" group inside the
"EO Latent" provider (issue 15)."""


def test_groups_are_not_the_provider_name(eolatent_provider):
    groups = {a.name(): (a.groupId(), a.group()) for a in eolatent_provider.algorithms()}
    assert len(groups) == 10
    assert all(gid != "eolatent" and label != eolatent_provider.name() for gid, label in groups.values())
    assert groups["buildstack"][0] == "inputs" and groups["encode"][0] == "representations"
    assert {groups[n][0] for n in ("biophysical", "soilmoisture", "decode", "superresolve")} == {"variables"}
    assert {groups[n][0] for n in ("classify", "cluster", "similarity", "textquery")} == {"maps"}
