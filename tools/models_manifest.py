# SPDX-License-Identifier: GPL-3.0-or-later
"""Write ``models/manifest.json`` from the ONNX files in ``models/`` (or check that it is up to date).

    python tools/models_manifest.py            # (re)write the manifest
    python tools/models_manifest.py --check    # exit 1 if the manifest does not match the files

For every ``*.onnx``: card id and version, file, size, sha256 of the whole file, licence (from the card),
the release URL (``https://github.com/eo-latent/eolatent/releases/download/models-v{version}/{file}``,
where the releases publish them), ``shipped`` (at most 5 MiB: stays in the plugin zip; larger: installed on
demand) and the sidecar files installed with the model (``<stem>.LICENSE.txt``, ``<stem>.vocab.txt``).
Run it after ``make models`` or any change of a model file; tests/test_model_manager.py fails on a stale
manifest. See :mod:`eolatent.core.engine.model_manifest`.
"""
import argparse
import os
import sys

from eolatent.core.engine import model_manifest as mm
from eolatent.core.outputs.files import write_atomic


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=mm.SHIPPED_DIR, help="the models folder (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 if the manifest is stale")
    args = ap.parse_args(argv)
    path = os.path.join(args.models, mm.MANIFEST_NAME)
    text = mm.dump_manifest(mm.build_manifest(args.models))
    if args.check:
        try:
            with open(path, encoding="utf-8") as fh:
                same = fh.read() == text
        except OSError:
            same = False
        if not same:
            print(f"{path} does not match the files of {args.models}: run python tools/models_manifest.py",
                  file=sys.stderr)
            return 1
        print(f"{path} is up to date")
        return 0
    write_atomic(path, text.encode("utf-8"))
    doc = mm.load_manifest(path)
    shipped = sum(e.total_size for e in doc.entries if e.shipped)
    print(f"wrote {path}: {len(doc.entries)} models, {shipped / 1e6:.1f} MB shipped, "
          f"{sum(e.total_size for e in doc.entries if not e.shipped) / 1e6:.1f} MB on demand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
