# SPDX-License-Identifier: GPL-3.0-or-later
"""How fast a held value goes stale: the drift rates q of core.decode.hold.HOLD_VARIANCE_PER_DAY, from real series.

    .venv/bin/python -m eolatent.models.training.pivotal.hold_drift          (a second; prints the table and q)

For every pixel series of four real regions (tests/data/worldcereal, provenance in its README) the biophysical
retrieval (eolatent.core.classify.fewshot.physical_series: the shipped biophysical model, composite geometry) gives
LAI and FCOVER per composite. The temporal structure function D(L) = mean over pixels and start dates of
(v(t + L) − v(t))² is close to linear in the lag L up to two months: D(L) ≈ c + q·L, where c is the retrieval noise
of the two composites and q the variance the variable gains per day. q is the least-squares slope over the lags up
to :data:`MAX_LAG_DAYS`; the rate core uses is the median over the regions, rounded to two significant digits.
"""
from __future__ import annotations

import os
from typing import Dict, List, Tuple

import numpy as np

from eolatent.core.encode.presto import worldcereal as wc

VARIABLES = ("LAI", "FCOVER")
MAX_LAG_DAYS = 61.0
MONTH_DAYS = 30.4
# region → (file in tests/data/worldcereal, days between composites)
REGIONS = {"France 2022 (monthly)": (wc.FILES["france2022"], MONTH_DAYS),
           "France 2023 (ten-daily)": (wc.FILES["france2023"], 10.0),
           "Uganda / South Sudan 2017 (monthly)": (wc.FILES["africa"], MONTH_DAYS),
           "Belgium cube 2020-21 (monthly, 100 × 100 px)": (wc.BELGIUM, MONTH_DAYS)}


def _series(s2_dn: np.ndarray, bands, dates: np.ndarray, latlon: np.ndarray) -> Dict[str, np.ndarray]:
    from eolatent.core.classify import fewshot as fs

    s2 = np.where(s2_dn >= wc.NODATA, np.nan, s2_dn / 1e4).astype(np.float32)
    s2[dates == ""] = np.nan                                   # '' pads shorter series
    s2 = s2[..., [list(bands).index(b) for b in fs.S2_BANDS]]
    months = np.array([[int(d[5:7]) if d else 1 for d in row] for row in dates])
    years = np.array([[int(d[:4]) if d else 2000 for d in row] for row in dates])
    b8a_missing = not np.isfinite(s2[..., fs.S2_BANDS.index("B8A")]).any()
    return fs.physical_series(s2, latlon, months, years, variables=VARIABLES, b8a_from_b08=b8a_missing, threads=2)


def load_region(name: str) -> Tuple[Dict[str, np.ndarray], float]:
    """The LAI and FCOVER series [pixels, composites] of a region, and the days between its composites."""
    fname, step = REGIONS[name]
    z = np.load(os.path.join(wc.DATA, fname), allow_pickle=False)
    if "x" in z.files:                                         # the cube: (time, band, y, x) → pixel series
        from eolatent.core.encode.presto.inputs import to_wgs84

        t, b, h, w = z["s2"].shape
        s2 = z["s2"].transpose(2, 3, 0, 1).reshape(h * w, t, b)
        dates = np.tile(z["dates"][None], (h * w, 1))
        yy, xx = np.meshgrid(z["y"], z["x"], indexing="ij")
        latlon = np.stack(to_wgs84(str(z["crs_wkt"]), xx.ravel(), yy.ravel()), 1)
    else:
        s2, dates, latlon = z["s2"], z["dates"], np.stack([z["lat"], z["lon"]], 1)
    return _series(s2, list(z["s2_bands"]), np.asarray(dates), latlon), step


def structure_function(v: np.ndarray, step: float, max_lag_days: float = MAX_LAG_DAYS) -> List[Tuple[float, float, int]]:
    """(lag in days, D(lag), pairs) for every lag of whole composites up to ``max_lag_days``."""
    out = []
    for k in range(1, int(max_lag_days // step) + 1):
        d = v[:, k:] - v[:, :-k]
        d = d[np.isfinite(d)]
        out.append((k * step, float(np.mean(d ** 2)), int(d.size)))
    return out


def slope(sf) -> float:
    lags = np.array([s[0] for s in sf])
    return float(np.polyfit(lags, np.array([s[1] for s in sf]), 1)[0])


def measure() -> dict:
    """{variable: {"regions": {name: (structure function, q)}, "q": rounded median q}}."""
    series = {name: load_region(name) for name in REGIONS}
    res = {}
    for var in VARIABLES:
        rows = {}
        for name, (ser, step) in series.items():
            sf = structure_function(ser[var], step)
            rows[name] = (sf, slope(sf))
        q = float(np.median([r[1] for r in rows.values()]))
        res[var] = {"regions": rows, "q": float(f"{q:.2g}")}
    return res


def markdown(res: dict) -> List[str]:
    lines = ["| variable | region | D(lag) = mean squared change, by lag in days | q per day |", "|---|---|---|---|"]
    for var, r in res.items():
        for name, (sf, q) in r["regions"].items():
            lines.append(f"| {var} | {name} | " + ", ".join(f"{lag:.0f} d: {d:.3g}" for lag, d, _ in sf)
                         + f" | {q:.2g} |")
        lines.append(f"| {var} | **median (the rate decode uses)** | | **{r['q']:.2g}** |")
    return lines


def main():
    from eolatent.core.decode.hold import HOLD_VARIANCE_PER_DAY

    res = measure()
    print("\n".join(markdown(res)))
    for var, r in res.items():
        print(f"{var}: measured q {r['q']:.2g}, core.decode.hold uses {HOLD_VARIANCE_PER_DAY.get(var)}")


if __name__ == "__main__":
    main()
