# SPDX-License-Identifier: GPL-3.0-or-later
"""core.engine.disk_space: the free space where an output will go, measured on the nearest existing folder when
the output's own folder is not created yet."""
import shutil

from eolatent.core.engine.disk_space import free_space


def test_existing_and_missing_folders_measure_the_same_disk(tmp_path, monkeypatch):
    from eolatent.core.engine import disk_space

    seen = []

    def usage(folder):
        seen.append(folder)
        return shutil._ntuple_diskusage(100, 40, 60)
    monkeypatch.setattr(disk_space.shutil, "disk_usage", usage)
    assert free_space(tmp_path / "out.tif") == (str(tmp_path), 60)
    assert free_space(str(tmp_path / "a" / "b" / "out.tif")) == (str(tmp_path / "a" / "b"), 60)
    assert seen == [str(tmp_path), str(tmp_path)]      # the missing a/b measured on tmp_path, its existing parent


def test_unknown_space_is_none(tmp_path, monkeypatch):
    from eolatent.core.engine import disk_space

    def fails(folder):
        raise PermissionError(13, "denied")
    monkeypatch.setattr(disk_space.shutil, "disk_usage", fails)
    assert free_space(tmp_path / "x.tif") is None
