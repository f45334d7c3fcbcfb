# SPDX-License-Identifier: GPL-3.0-or-later
"""PROSAIL (PROSPECT-D + 4SAIL) public API, numpy only.

Units used throughout: n structure parameter (-), cab / car / ant
(µg/cm^2), cbrown (-), cw equivalent water thickness (g/cm^2), cm dry
matter (g/cm^2), lai (m^2/m^2), lidfa mean leaf inclination angle (degrees,
Campbell ellipsoidal LIDF), hspot hot-spot parameter (-), tts sun zenith,
tto view zenith, psi relative azimuth (degrees). Soil reflectance is
``rsoil * (psoil * dry + (1 - psoil) * wet)`` with the dry and wet soil
spectra of the original PROSAIL distribution. All spectra are on
``WAVELENGTHS`` (400-2500 nm, 1 nm). All arguments broadcast together.

The leaf-angle distribution is discretised in 18 classes of 5 degrees
(``sail.DEFAULT_LIDF_CLASSES``), the convention of the PyPI ``prosail``
package against which this implementation is tested.
"""
from functools import lru_cache

import numpy as np

from ..i18n import tr
from . import prospect as _prospect
from . import sail as _sail

__all__ = [
    "WAVELENGTHS", "S2_BAND_NAMES", "PAR_RANGE", "load_soil_spectra", "load_s2_srf",
    "soil_reflectance", "canopy_reflectance", "s2_bands", "fcover", "fapar", "simulate",
]

WAVELENGTHS = np.arange(400, 2501)
WAVELENGTHS.setflags(write=False)
S2_BAND_NAMES = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
#: PAR interval (nm, inclusive) over which fapar is averaged.
PAR_RANGE = (400, 700)
_PAR_INDEX = np.arange(PAR_RANGE[0] - 400, PAR_RANGE[1] - 400 + 1)
_SRF_FILES = {
    "S2A": "S2-SRF_COPE-GSEG-EOPG-TN-15-0007_3.0_S2A.csv",
    "S2B": "S2-SRF_COPE-GSEG-EOPG-TN-15-0007_3.0_S2B.csv",
}
#: Keys of the ``params`` dict accepted by :func:`simulate`.
PARAM_NAMES = ("n", "cab", "car", "cbrown", "cw", "cm", "lai", "lidfa", "hspot",
               "tts", "tto", "psi", "ant", "rsoil", "psoil")


def _read_csv(path):
    with open(path, encoding="ascii") as fh:
        header = fh.readline().strip().split(",")
        return header, np.loadtxt(fh, delimiter=",", dtype=np.float64, ndmin=2)


@lru_cache(maxsize=1)
def load_soil_spectra():
    """(dry, wet) soil reflectance spectra, each shape (2101,), read-only."""
    header, table = _read_csv(_prospect.DATA_DIR / "soil_spectra.csv")
    if header != ["lambda", "dry_soil", "wet_soil"] or not np.array_equal(table[:, 0], WAVELENGTHS):
        raise ValueError(tr("unexpected layout of {file}", file="soil_spectra.csv"))
    dry, wet = np.ascontiguousarray(table[:, 1]), np.ascontiguousarray(table[:, 2])
    dry.setflags(write=False)
    wet.setflags(write=False)
    return dry, wet


@lru_cache(maxsize=2)
def load_s2_srf(platform="S2A"):
    """Sentinel-2 SRF matrix, shape (2101, 13), columns in ``S2_BAND_NAMES``
    order, rows 400..2500 nm, each column normalised to unit sum (read-only).
    ``platform``: "S2A" or "S2B" (ESA S2-SRF issue 3.0)."""
    if platform not in _SRF_FILES:
        raise ValueError(tr("platform must be one of {platforms}, got {platform}", platforms=sorted(_SRF_FILES),
                            platform=repr(platform)))
    header, table = _read_csv(_prospect.DATA_DIR / _SRF_FILES[platform])
    expected = [f"{platform}_SR_AV_B{b.lstrip('B0') if b != 'B8A' else '8A'}" for b in S2_BAND_NAMES]
    if header[1:] != expected:
        raise ValueError(tr("unexpected columns in {file}: {header}", file=_SRF_FILES[platform], header=header))
    rows = (table[:, 0] >= WAVELENGTHS[0]) & (table[:, 0] <= WAVELENGTHS[-1])
    if not np.array_equal(table[rows, 0], WAVELENGTHS):
        raise ValueError(tr("SRF file does not cover 400-2500 nm at 1 nm"))
    srf = table[rows, 1:]
    srf = srf / srf.sum(axis=0, keepdims=True)
    srf.setflags(write=False)
    return srf


def soil_reflectance(rsoil=1.0, psoil=1.0, wl_index=None):
    """Soil spectrum rsoil * (psoil * dry + (1 - psoil) * wet), shape S + (W,)."""
    dry, wet = load_soil_spectra()
    if wl_index is not None:
        dry, wet = dry[wl_index], wet[wl_index]
    rsoil = np.asarray(rsoil, dtype=np.float64)[..., None]
    psoil = np.asarray(psoil, dtype=np.float64)[..., None]
    return rsoil * (psoil * dry + (1.0 - psoil) * wet)


def _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil, wl_index=None):
    """PROSPECT-D -> 4SAIL on the wavelengths ``wl_index``; returns (fluxes, soil)."""
    refl, trans = _prospect.prospect_d(n, cab, car, cbrown, cw, cm, ant, wl_index=wl_index)
    soil = soil_reflectance(rsoil, psoil, wl_index)
    return _sail.foursail(refl, trans, lidfa, lai, hspot, tts, tto, psi, soil), soil


def canopy_reflectance(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi,
                       ant=0.0, rsoil=1.0, psoil=1.0):
    """Bidirectional canopy reflectance factor (4SAIL ``rsot``, "SDR").

    All arguments broadcast to a batch shape ``S`` (units in the module
    docstring). Returns float64 of shape ``S + (2101,)`` on ``WAVELENGTHS``. A value outside its physical range
    raises ValueError naming it (lai=-1 gave reflectances up to 1.26, tts=95 or a NaN gave NaN spectra).
    """
    _check_ranges(n=n, cab=cab, car=car, cbrown=cbrown, cw=cw, cm=cm, lai=lai, lidfa=lidfa, hspot=hspot, tts=tts,
                  tto=tto, psi=psi, ant=ant, rsoil=rsoil, psoil=psoil)
    fluxes, _ = _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, tto, psi, ant, rsoil, psoil)
    return fluxes.rsot


# the physical range of each argument (closed; tts below 90: a sun on the horizon lights nothing)
_RANGES = dict(n=(1.0, np.inf), cab=(0.0, np.inf), car=(0.0, np.inf), cbrown=(0.0, np.inf), cw=(0.0, np.inf),
               cm=(0.0, np.inf), lai=(0.0, np.inf), lidfa=(0.0, 90.0), hspot=(0.0, np.inf), tts=(0.0, 89.999),
               tto=(0.0, 89.999), psi=(-np.inf, np.inf), ant=(0.0, np.inf), rsoil=(0.0, np.inf), psoil=(0.0, 1.0))


def _check_ranges(**values) -> None:
    for name, value in values.items():
        a = np.asarray(value, dtype=np.float64)
        lo, hi = _RANGES[name]
        bad = ~np.isfinite(a) | (a < lo) | (a > hi)
        if bad.any():
            raise ValueError(tr("{name} = {value} is outside its range ({low} to {high})", name=name,
                                value=a[bad].flat[0], low=lo, high=hi if np.isfinite(hi) else "∞"))


def s2_bands(spectrum, platform="S2A"):
    """Sentinel-2 band reflectances, shape (..., 13) in ``S2_BAND_NAMES``
    order: the SRF-weighted mean of a spectrum of shape (..., 2101) sampled
    on ``WAVELENGTHS``. Raises ValueError for an unknown platform."""
    srf = load_s2_srf(platform)
    spectrum = np.asarray(spectrum, dtype=np.float64)
    if spectrum.shape[-1:] != (WAVELENGTHS.size,):
        raise ValueError(tr("spectrum must end with {count} wavelengths, got shape {shape}", count=WAVELENGTHS.size,
                            shape=spectrum.shape))
    return spectrum @ srf


def fcover(lai, lidfa):
    """Fraction of vegetation cover: 1 - gap fraction at nadir view (-).

    fcover = 1 - exp(-ko * lai), ko = sum_i lidf_i chi_o(theta_i) at tto = 0,
    i.e. the nadir extinction coefficient (mean |cos| of leaf normals).
    ``lai`` (m^2/m^2) and ``lidfa`` (deg) broadcast.
    """
    lai = np.asarray(lai, dtype=np.float64)
    lidf = _sail.campbell_lidf(lidfa)
    _, _, litab = _sail.lidf_class_bounds()
    _, chi_o, _, _ = _sail.volscatt(0.0, 0.0, 0.0, litab)
    ko = lidf @ chi_o
    return -np.expm1(-ko * lai)


def _fapar_from_fluxes(fluxes, soil):
    """Spectral canopy absorptance for direct sun (see :func:`fapar`)."""
    dn = 1.0 - soil * fluxes.rdd
    soil_irradiance = fluxes.tss + (fluxes.tsd + fluxes.tss * soil * fluxes.rdd) / dn
    return 1.0 - fluxes.rsdt - (1.0 - soil) * soil_irradiance


def fapar(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, ant=0.0, rsoil=1.0, psoil=1.0):
    """Instantaneous black-sky fAPAR for direct sun at zenith ``tts`` (-).

    Energy balance of 4SAIL for a unit direct solar flux at the top:

    * reflected to the sky: rsdt (directional-hemispherical reflectance of
      canopy + soil);
    * reaching the soil: the direct beam tss plus the diffuse flux E_d, which
      satisfies E_d = tsd + rdd * rs * (tss + E_d) (soil-reflected light sent
      back down by the canopy), so E_d = (tsd + tss rs rdd) / (1 - rs rdd);
      the soil (Lambertian, reflectance rs) absorbs (1 - rs)(tss + E_d);
    * the canopy absorbs the rest:
      A = 1 - rsdt - (1 - rs) * (tss + (tsd + tss rs rdd) / (1 - rs rdd)).

    fAPAR is the unweighted mean of A(lambda) over 400-700 nm (1 nm,
    inclusive; i.e. a spectrally flat PAR irradiance). View geometry plays
    no role; the arguments are those of :func:`canopy_reflectance` without
    tto and psi. Returns shape ``S``.
    """
    _check_ranges(n=n, cab=cab, car=car, cbrown=cbrown, cw=cw, cm=cm, lai=lai, lidfa=lidfa, hspot=hspot, tts=tts,
                  ant=ant, rsoil=rsoil, psoil=psoil)
    fluxes, soil = _run(n, cab, car, cbrown, cw, cm, lai, lidfa, hspot, tts, 0.0, 0.0, ant, rsoil, psoil,
                        wl_index=_PAR_INDEX)
    return _fapar_from_fluxes(fluxes, soil).mean(axis=-1)


def simulate(params, platform="S2A", batch_size=1024):
    """Simulate Sentinel-2 reflectances, fAPAR and fCOVER for training sets.

    ``params``: dict with the keys ``PARAM_NAMES`` (``ant``, ``rsoil``,
    ``psoil`` optional, defaults 0, 1, 1), each an array of shape (N,) or a
    scalar (other keys are ignored). Returns ``{"bands": (N, 13), "fapar": (N,), "fcover": (N,)}``.

    Processed in batches of ``batch_size`` samples, and only on the
    wavelengths needed (non-zero SRF rows and 400-700 nm, ~965 of 2101), so
    peak memory is a few hundred MB whatever N (results are identical to
    ``s2_bands(canopy_reflectance(...))``).
    """
    defaults = {"ant": 0.0, "rsoil": 1.0, "psoil": 1.0}
    missing = [k for k in PARAM_NAMES if k not in params and k not in defaults]
    if missing:
        raise ValueError(tr("missing parameters: {names}", names=missing))
    arrays = np.broadcast_arrays(*(np.atleast_1d(np.asarray(params.get(k, defaults.get(k)), dtype=np.float64))
                                   for k in PARAM_NAMES))
    if arrays[0].ndim != 1:
        raise ValueError(tr("{function} expects 1-D parameter arrays of shape (N,)", function="simulate"))
    p = dict(zip(PARAM_NAMES, arrays))
    _check_ranges(**p)          # the training sets' entry point refuses what canopy_reflectance refuses
    count = p["n"].shape[0]

    srf_full = load_s2_srf(platform)
    needed = np.zeros(WAVELENGTHS.size, dtype=bool)
    needed[(srf_full > 0).any(axis=1)] = True
    needed[_PAR_INDEX] = True
    wl_index = np.flatnonzero(needed)
    srf = srf_full[wl_index]
    par_mask = np.isin(wl_index, _PAR_INDEX)

    bands = np.empty((count, len(S2_BAND_NAMES)))
    fapar_out = np.empty(count)
    for start in range(0, count, max(int(batch_size), 1)):
        sl = slice(start, start + max(int(batch_size), 1))
        b = {k: v[sl] for k, v in p.items()}
        fluxes, soil = _run(b["n"], b["cab"], b["car"], b["cbrown"], b["cw"], b["cm"], b["lai"], b["lidfa"],
                            b["hspot"], b["tts"], b["tto"], b["psi"], b["ant"], b["rsoil"], b["psoil"],
                            wl_index=wl_index)
        bands[sl] = fluxes.rsot @ srf
        fapar_out[sl] = _fapar_from_fluxes(fluxes, soil)[:, par_mask].mean(axis=-1)
    return {"bands": bands, "fapar": fapar_out, "fcover": fcover(p["lai"], p["lidfa"])}
