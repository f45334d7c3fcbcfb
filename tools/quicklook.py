# SPDX-License-Identifier: GPL-3.0-or-later
"""Quick-look PNG of the demo: true colour, LAI per date, LAI uncertainty and quality flags."""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import rasterio  # noqa: E402

from eolatent.core.inputs.sentinel2 import open_s2  # noqa: E402


def main(folder: str, png: str) -> None:
    with rasterio.open(os.path.join(folder, "lai.tif")) as ds:
        lai = ds.read()
        dates = [d.split()[0] for d in ds.descriptions]
    with rasterio.open(os.path.join(folder, "lai_std.tif")) as ds:
        std = ds.read()
    with rasterio.open(os.path.join(folder, "quality.tif")) as ds:
        flags = ds.read()
    with open_s2(os.path.join(folder, "slovenia_s2_stack.tif")) as src:
        win = rasterio.windows.Window(0, 0, src.grid.width, src.grid.height)
        rgb, _ = src.read(0, win, ("B04", "B03", "B02"))
    clear = [i for i in range(lai.shape[0]) if np.isfinite(lai[i]).mean() > 0.5]
    n = 2 + len(clear)
    fig, axes = plt.subplots(1, n + 1, figsize=(3.1 * (n + 1), 3.4), constrained_layout=True)
    axes[0].imshow(np.clip(np.nan_to_num(np.moveaxis(rgb, 0, -1) / 0.15), 0, 1))
    axes[0].set_title(f"S2 true colour {dates[0]}", fontsize=9)
    for ax, i in zip(axes[1:], clear):
        im = ax.imshow(np.ma.masked_invalid(lai[i]), cmap="YlGn", vmin=0, vmax=4)
        ax.set_title(f"LAI {dates[i]}", fontsize=9)
    fig.colorbar(im, ax=axes[len(clear)], shrink=0.8, label="LAI (m²/m²)")
    ax = axes[len(clear) + 1]
    im = ax.imshow(np.ma.masked_invalid(std[clear[0]]), cmap="Reds", vmin=0)
    ax.set_title(f"LAI 1σ {dates[clear[0]]}", fontsize=9)
    fig.colorbar(im, ax=ax, shrink=0.8)
    ax = axes[len(clear) + 2]
    im = ax.imshow(np.ma.masked_invalid(flags[clear[0]]), cmap="viridis", vmin=0, vmax=7)
    ax.set_title(f"quality flags {dates[clear[0]]}", fontsize=9)
    fig.colorbar(im, ax=ax, shrink=0.8, ticks=[0, 1, 2, 3, 4])
    for ax in axes:
        ax.set_xticks([]), ax.set_yticks([])
    cloudy = [dates[i] for i in range(lai.shape[0]) if i not in clear]
    fig.suptitle("EO Latent — eolatent:biophysical on the real Slovenia Sentinel-2 sample (1 km², 10 m; Level-1C "
                 "top-of-atmosphere reflectance, retrieved with the TOA model variant); "
                 f"cloudy dates masked: {', '.join(cloudy) or 'none'}", fontsize=10)
    fig.savefig(png, dpi=110)
    print(f"wrote {png}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
