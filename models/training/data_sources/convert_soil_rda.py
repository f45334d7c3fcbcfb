# SPDX-License-Identifier: GPL-3.0-or-later
"""Convert the PROSAIL dry/wet soil spectra from R data to CSV.

Source: R package ``prosail`` by J.-B. Féret & F. de Boissieu (GPL-3),
https://github.com/jbferet/prosail, file ``data/SpecSOIL.rda`` at commit
5bdc2c7cd94afa7e056741569e2f3f5d3c3ad9c4 (the dry and wet soil spectra of the
original PROSAIL distribution, 400-2500 nm at 1 nm).

Output: ``core/physics/data/soil_spectra.csv`` with columns
``lambda,dry_soil,wet_soil`` (nm, reflectance 0-1), 2101 rows.  Values are
written with ``repr`` so that the float64 numbers read from the .rda round-trip
exactly.

Usage (needs the PyPI package ``rdata``; not a runtime dependency)::

    git -C <prosail clone> show 5bdc2c7c:data/SpecSOIL.rda > /tmp/SpecSOIL.rda
    python models/training/data_sources/convert_soil_rda.py /tmp/SpecSOIL.rda
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "core" / "physics" / "data" / "soil_spectra.csv"


def main(rda_path: str, out_path: Path = OUT) -> None:
    import rdata

    df = rdata.read_rda(rda_path)["SpecSOIL"]
    lam = [int(v) for v in df["lambda"]]
    if lam != list(range(400, 2501)):
        raise ValueError("unexpected wavelength grid in SpecSOIL")
    lines = ["lambda,dry_soil,wet_soil"]
    for wl, dry, wet in zip(lam, df["Dry_Soil"], df["Wet_Soil"]):
        lines.append(f"{wl},{float(dry)!r},{float(wet)!r}")
    out_path.write_text("\n".join(lines) + "\n", encoding="ascii")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/SpecSOIL.rda")
