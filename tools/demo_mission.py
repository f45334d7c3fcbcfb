# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick-look PNGs of every step of ``make demo`` and the page demo_output/index.html that puts them together.

Reads the rasters tools/demo.sh wrote with qgis_process and its steps.tsv (step, algorithm, seconds,
parameters); writes step_<name>.png next to them and index.html (relative image paths). The biophysical
quick-look is tools/quicklook.py's quicklook.png.
Usage: demo_mission.py DEMO_FOLDER [TOTAL_SECONDS]
"""
import csv
import html
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import rasterio  # noqa: E402


def _read(path):
    with rasterio.open(path) as ds:
        return ds.read().astype(np.float32), list(ds.descriptions)


def _bands(data, names, band, date=None):
    """Bands of a stack whose description is '<band> <date>' (all dates when date is None)."""
    idx = [i for i, d in enumerate(names) if d and d.split()[0] == band and (date is None or d.split()[1] == date)]
    return data[idx]


def _stack_dates(names):
    return sorted({d.split()[1] for d in names if d and len(d.split()) > 1})


def _rgb(data, names, date, scale=0.15):
    rgb = np.stack([_bands(data, names, b, date)[0] for b in ("B04", "B03", "B02")], axis=-1)
    out = np.clip(rgb / scale, 0, 1)
    out[~np.isfinite(rgb).all(axis=-1)] = 0.5      # no data (cloud, shadow): grey
    return out


def _pca_rgb(latent, basis=None):
    """First three principal components of a [C, H, W] latent as an RGB image (2–98 % stretch); ``basis`` (another
    latent of the same features) gives the components and the stretch, so that both images share their colours."""
    c, h, w = latent.shape
    x = latent.reshape(c, -1).T
    ref = x if basis is None else basis.reshape(c, -1).T
    ok, rok = np.isfinite(x).all(axis=1), np.isfinite(ref).all(axis=1)
    img = np.full((h * w, 3), 0.5, np.float32)
    if ok.sum() > 3 and rok.sum() > 3:
        mean = ref[rok].mean(axis=0)
        _, _, vt = np.linalg.svd(ref[rok] - mean, full_matrices=False)
        rpcs = (ref[rok] - mean) @ vt[:3].T
        lo, hi = np.percentile(rpcs, 2, axis=0), np.percentile(rpcs, 98, axis=0)
        img[ok] = np.clip(((x[ok] - mean) @ vt[:3].T - lo) / np.maximum(hi - lo, 1e-6), 0, 1)
    return img.reshape(h, w, 3)


def _latent_windows(names):
    """Window labels of a latent raster ('<start>/<end> zNNN mean'), in band order."""
    seen = []
    for d in names:
        if d and d.endswith(" mean") and d.split()[0] not in seen:
            seen.append(d.split()[0])
    return seen


def _latent_window(data, names, window):
    return data[[i for i, d in enumerate(names) if d and d.split()[0] == window and d.endswith(" mean")]]


def _finish(fig, axes, title, png):
    for ax in np.ravel(axes):
        ax.set_xticks([]), ax.set_yticks([])
    fig.suptitle(title, fontsize=10)
    fig.savefig(png, dpi=100)
    plt.close(fig)


def ql_buildstack(folder, png):
    data, names = _read(os.path.join(folder, "slovenia_s2_stack.tif"))
    dates = _stack_dates(names)
    fig, axes = plt.subplots(1, len(dates), figsize=(2.8 * len(dates), 3.2), constrained_layout=True)
    for ax, d in zip(np.atleast_1d(axes), dates):
        b4 = _bands(data, names, "B04", d)[0]
        ax.imshow(_rgb(data, names, d))
        ax.set_title(f"{d}: {np.mean(~np.isfinite(b4)) * 100:.0f} % no data", fontsize=9)
    _finish(fig, axes, "1 · eolatent:buildstack — 5 per-date Sentinel-2 L1C GeoTIFFs → one 13-band stack "
            "(true colour; grey = cloud / shadow detected)", png)


def ql_encode(folder, png):
    lat, lnames = _read(os.path.join(folder, "latent_fine4.tif"))
    wins = _latent_windows(lnames)
    clear = [w for w in wins if np.isfinite(_latent_window(lat, lnames, w)).mean() > 0.5] or wins
    pre, pnames = _read(os.path.join(folder, "latent_presto.tif"))
    s2, s2names = _read(os.path.join(folder, "belgium", "belgium_s2.tif"))
    bdates = _stack_dates(s2names)
    summer = max(bdates, key=lambda d: np.isfinite(_bands(s2, s2names, "B04", d)[0]).mean()
                 if d[5:7] in ("06", "07", "08") else -1)
    panels = [(f"fine4 latent PCA\n{w}", _pca_rgb(_latent_window(lat, lnames, w))) for w in clear[:3]]
    panels.append((f"Belgium S2 true colour {summer}", _rgb(s2, s2names, summer, 0.2)))
    pw = _latent_windows(pnames)[0]
    presto = _latent_window(pre, pnames, pw)
    panels.append((f"presto latent PCA (S2+S1)\n{pw}", _pca_rgb(presto)))
    small = os.path.join(folder, "latent_presto_small.tif")
    if os.path.exists(small):     # the distilled student, in Presto's components and colours
        sm, snames = _read(small)
        panels.append(("presto_small, same components\n(Presto distilled, CPU)", _pca_rgb(_latent_window(sm, snames, pw),
                                                                                      basis=presto)))
    fig, axes = plt.subplots(1, len(panels), figsize=(2.9 * len(panels), 3.4), constrained_layout=True)
    for ax, (t, img) in zip(axes, panels):
        ax.imshow(img, interpolation="nearest")
        ax.set_title(t, fontsize=9)
    _finish(fig, axes, "3 · eolatent:encode — fine4 on the Slovenia stack (4 × 4 pixel blocks, 10-day windows); "
            "presto and presto_small on the real Belgian Sentinel-2 + Sentinel-1 monthly cube (one year; one of "
            "presto_small's training regions)", png)


def ql_decode(folder, png):
    panels = []
    for var, cmap, vmax in (("lai", "YlGn", 4), ("fcover", "Greens", 1), ("cab", "YlOrBr", 80)):
        data, names = _read(os.path.join(folder, f"decoded_{var}.tif"))
        for i, n in enumerate(names):
            panels.append((n, data[i], cmap, vmax))
    fig, axes = plt.subplots(1, len(panels), figsize=(2.9 * len(panels), 3.4), constrained_layout=True)
    for ax, (t, img, cmap, vmax) in zip(axes, panels):
        im = ax.imshow(img, cmap=cmap, vmin=0, vmax=vmax)
        ax.set_title(t, fontsize=9)
        fig.colorbar(im, ax=ax, shrink=0.7)
    _finish(fig, axes, "4 · eolatent:decode — the fine4 latent decoded at two dates without an acquisition", png)


def ql_textquery(folder, png):
    data, names = _read(os.path.join(folder, "slovenia_s2_stack.tif"))
    d0 = max(_stack_dates(names), key=lambda d: np.isfinite(_bands(data, names, "B04", d)[0]).mean())
    prob, prompts = _read(os.path.join(folder, "textquery.tif"))
    fig, axes = plt.subplots(1, 1 + len(prompts), figsize=(3.2 * (1 + len(prompts)), 3.4), constrained_layout=True)
    axes[0].imshow(_rgb(data, names, d0))
    axes[0].set_title(f"S2 true colour {d0}", fontsize=9)
    for ax, p, img in zip(axes[1:], prompts, prob):
        im = ax.imshow(img, cmap="magma", vmin=0, vmax=1)
        ax.set_title(f'"{p}"', fontsize=9)
        fig.colorbar(im, ax=ax, shrink=0.7, label="probability")
    _finish(fig, axes, "5 · eolatent:textquery — free-text prompts on the Slovenia stack", png)


def ql_superresolve(folder, png):
    coarse, _ = _read(os.path.join(folder, "modis_lst_crop.tif"))
    lst = np.where(coarse[0] > 0, coarse[0] * 0.02, np.nan)
    fine, _ = _read(os.path.join(folder, "lst_x4.tif"))
    fine = np.where(fine[0] > 0, fine[0], np.nan)
    lo, hi = np.nanpercentile(lst, 1), np.nanpercentile(lst, 99)
    n = lst.shape[0] // 4    # zoom: the central quarter
    o = (lst.shape[0] - n) // 2
    zoom = fine[4 * o:4 * (o + n), 4 * o:4 * (o + n)]
    panels = [("MODIS LST 1 km (200 × 200 crop)", lst), (f"×4 CNN (250 m, {fine.shape[1]} × {fine.shape[0]})", fine),
              ("zoom: 1 km input", lst[o:o + n, o:o + n]), ("zoom: 250 m output", zoom)]
    fig, axes = plt.subplots(1, 4, figsize=(12.5, 3.4), constrained_layout=True)
    for ax, (t, img) in zip(axes, panels):
        im = ax.imshow(np.ma.masked_invalid(img), cmap="inferno", vmin=lo, vmax=hi, interpolation="nearest")
        ax.set_title(t, fontsize=9)
    fig.colorbar(im, ax=axes[-1], shrink=0.7, label="K")
    _finish(fig, axes, "6 · eolatent:superresolve — MOD11A1 daytime LST 2019-11-01, factor 4, CNN single-image", png)


STEPS = [  # (steps.tsv names, png, function, heading)
    (("buildstack",), "step_buildstack.png", ql_buildstack, "1. Build the stack"),
    (("biophysical",), "quicklook.png", None, "2. Biophysical variables"),
    (("encode_fine4", "encode_presto", "encode_presto_small"), "step_encode.png", ql_encode,
     "3. Encode to latent rasters"),
    (("decode",), "step_decode.png", ql_decode, "4. Decode at new dates"),
    (("textquery",), "step_textquery.png", ql_textquery, "5. Text query"),
    (("superresolve",), "step_superresolve.png", ql_superresolve, "6. Super-resolve land-surface temperature"),
]


def main(folder, total=None):
    with open(os.path.join(folder, "steps.tsv"), newline="", encoding="utf-8") as f:
        runs = {r["step"]: r for r in csv.DictReader(f, delimiter="\t")}
    parts = []
    for keys, png, fn, heading in STEPS:
        done = [runs[k] for k in keys if k in runs]
        if fn is not None and len(done) == len(keys):
            try:
                fn(folder, os.path.join(folder, png))
                print(f"wrote {os.path.join(folder, png)}")
            except Exception as exc:  # a failed quick-look must not hide the other steps
                print(f"quick-look {png} failed: {exc}", file=sys.stderr)
        rows = "".join(
            f"<tr><td><code>qgis_process run eolatent:{html.escape(r['algorithm'])}</code></td>"
            f"<td>{float(r['seconds']):.1f} s</td><td><code>{html.escape(r['parameters'])}</code></td></tr>"
            for r in done)
        img = f'<img src="{png}" alt="{html.escape(heading)}">' if os.path.exists(os.path.join(folder, png)) \
            else "<p><em>no quick-look</em></p>"
        parts.append(f"<h2>{html.escape(heading)}</h2><table><tr><th>call</th><th>time</th><th>parameters</th>"
                     f"</tr>{rows}</table>{img}")
    steps_total = sum(float(r["seconds"]) for r in runs.values())
    tail = f"; whole script {float(total):.0f} s" if total else ""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>EO Latent — make demo</title>
<style>body{{font-family:sans-serif;max-width:1300px;margin:auto;padding:1em}} img{{max-width:100%}}
table{{border-collapse:collapse;margin:.5em 0}} td,th{{border:1px solid #ccc;padding:3px 6px;font-size:90%;
vertical-align:top}} code{{white-space:pre-wrap}}</style></head><body>
<h1>EO Latent — the whole mission through <code>qgis_process</code></h1>
<p>Real data shipped in the repository: the Slovenia Sentinel-2 L1C sample (eo-learn test patch, 1 km², 10 m,
5 dates), the Belgian Sentinel-2 + Sentinel-1 monthly cube (WorldCereal, 31UFS, 100 × 100 pixels) and a
MODIS MOD11A1 land-surface temperature tile. Paths are relative to <code>demo_output/</code>.
qgis_process time of all steps: {steps_total:.0f} s{tail}.</p>
{''.join(parts)}
</body></html>
"""
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)
    print(f"wrote {os.path.join(folder, 'index.html')}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
