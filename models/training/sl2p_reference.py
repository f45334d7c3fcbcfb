# SPDX-License-Identifier: GPL-3.0-or-later
"""SNAP's SL2P (S2 Toolbox "Biophysical Processor") as a numpy reference baseline.

An own implementation of the retrieval that ESA SNAP's S2 Toolbox runs in its ``BiophysicalOp``
(8 bands at 20 m) and ``Biophysical10mOp`` (3 bands at 10 m), using SNAP's own network coefficients
("3_0" auxdata, sensor S2A). The coefficients are GPL-3.0 data of ESA's s2tbx and are *not* part of
this repository: point the environment variable ``EOLATENT_SL2P_AUXDATA`` at a copy of
``s2tbx-biophysical/src/main/resources/auxdata/3_0`` of github.com/senbox-org/s2tbx (provenance, file
list and input order in sl2p_reference.md). For evaluations only; the plugin does not ship or import it,
and the tests that need the coefficients are skipped where they are absent.

Each variable is one network: the inputs (reflectances, then cos(view zenith), cos(sun zenith),
cos(relative azimuth)) are scaled linearly from [XMin, XMax] to [-1, 1]; one hidden layer of 5
tanh neurons; one linear output neuron; the output is scaled from [-1, 1] to [YMin, YMax].

Input order (bands last axis, or a dict keyed by band name):

* bandset ``"20m"`` (auxdata ``S2A``): B03, B04, B05, B06, B07, B8A, B11, B12
* bandset ``"10m"`` (auxdata ``S2A_10m``): B03, B04, B08 (LAI, FAPAR, FCOVER only)

followed by three angle inputs the module builds itself from degrees, in this order (note: view
before sun): cos(view_zenith), cos(sun_zenith), cos(rel_azimuth). SNAP takes the relative azimuth
as sun_azimuth - view_azimuth without folding; only its cosine enters, so any sign or 360° wrap,
and the [0, 180] fold of ``eolatent.core.biophysical.retrieval.relative_azimuth``, give the same result.
Reflectances are surface (L2A) reflectance in 0-1 (not 0-10000).

Variables and units (SL2P's own): ``LAI`` (m²/m²), ``FAPAR``, ``FCOVER``, ``LAI_Cab`` = LAI·Cab in
µg/cm² (alias ``CCC``), ``LAI_Cw`` = LAI·Cw in g/cm² (alias ``CWC``). ``units="eolatent"`` converts
CCC to g/m² (×0.01) and CWC to kg/m² (×10), the units of the plugin's biophysical model.

Output handling, as SNAP does it (``invalid="snap"``, the default): a raw output within
``tolerance`` below the minimum or above the maximum of the variable's ``ExtremeCases`` file is set
to that minimum/maximum; a raw output further out is kept as it is and only flagged. The
TestCases files of the auxdata instead hold NaN there: ``invalid="nan"``. ``invalid="raw"`` skips
the output handling.

Flags, SNAP's bit layout (``*_flags`` bands): 1 input out of the definition domain, 2 output set to
the minimum, 4 output set to the maximum, 8 output too low, 16 output too high. The input-domain
check uses the reflectances only (not the angles): every band within the DefinitionDomain_MinMax
box, and the cell of the input in a 10-step grid over that box among the cells listed in
DefinitionDomain_Grid (an approximate convex hull of the training spectra). SNAP still computes
and writes the network output for such inputs; so does this module. NaN reflectances are flagged
out of range (as in SNAP, where NaN falls in no grid cell) and give NaN outputs.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Tuple, Union

import numpy as np

__all__ = ["DATA_DIR", "BANDSETS", "VARIABLES", "FLAG_INPUT_OUT_OF_RANGE", "FLAG_OUTPUT_THRESHOLDED_TO_MIN",
           "FLAG_OUTPUT_THRESHOLDED_TO_MAX", "FLAG_OUTPUT_TOO_LOW", "FLAG_OUTPUT_TOO_HIGH", "SL2PNetwork",
           "load", "band_names", "network_inputs", "evaluate", "input_out_of_range", "predict"]

DATA_DIR = Path(os.environ.get("EOLATENT_SL2P_AUXDATA", "/nonexistent/sl2p_auxdata"))


def available() -> bool:
    """True where SNAP's auxdata is reachable through ``EOLATENT_SL2P_AUXDATA``."""
    return (DATA_DIR / "S2A" / "LAI" / "LAI_Weights_Layer1_Neurons").exists()

# bandset -> (auxdata folder, input bands in network order, variables with networks)
BANDSETS = {
    "20m": ("S2A", ("B03", "B04", "B05", "B06", "B07", "B8A", "B11", "B12"),
            ("LAI", "FAPAR", "FCOVER", "LAI_Cab", "LAI_Cw")),
    "10m": ("S2A_10m", ("B03", "B04", "B08"), ("LAI", "FAPAR", "FCOVER")),
}
_BANDSET_ALIASES = {"20m": "20m", "s2a": "20m", "8band": "20m", "10m": "10m", "s2a_10m": "10m"}
VARIABLES = ("LAI", "FAPAR", "FCOVER", "LAI_Cab", "LAI_Cw")
_VARIABLE_ALIASES = {"lai": "LAI", "fapar": "FAPAR", "fcover": "FCOVER", "fvc": "FCOVER",
                     "lai_cab": "LAI_Cab", "ccc": "LAI_Cab", "lai_cw": "LAI_Cw", "cwc": "LAI_Cw"}
# SL2P unit -> eolatent unit: CCC µg/cm² -> g/m², CWC g/cm² -> kg/m²
_EOLATENT_SCALE = {"LAI_Cab": 0.01, "LAI_Cw": 10.0}

FLAG_INPUT_OUT_OF_RANGE = 1
FLAG_OUTPUT_THRESHOLDED_TO_MIN = 2
FLAG_OUTPUT_THRESHOLDED_TO_MAX = 4
FLAG_OUTPUT_TOO_LOW = 8
FLAG_OUTPUT_TOO_HIGH = 16

ArrayLike = Union[np.ndarray, float, list, tuple]


@dataclass(frozen=True)
class SL2PNetwork:
    """The coefficients of one SL2P network (arrays are read-only)."""

    variable: str
    bandset: str
    bands: Tuple[str, ...]
    in_min: np.ndarray          # (n_in,) normalisation XMin, network input order
    in_max: np.ndarray          # (n_in,) normalisation XMax
    w1: np.ndarray              # (5, n_in) hidden weights, row = neuron
    b1: np.ndarray              # (5,)
    w2: np.ndarray              # (5,) output weights
    b2: float
    out_min: float              # denormalisation YMin
    out_max: float              # denormalisation YMax
    tolerance: float            # ExtremeCases: tolerance, output min, output max
    output_min: float
    output_max: float
    domain_min: Optional[np.ndarray]    # (n_bands,) DefinitionDomain_MinMax, or None
    domain_max: Optional[np.ndarray]
    domain_cells: Optional[np.ndarray]  # sorted int64 codes of the DefinitionDomain_Grid rows, or None

    @property
    def n_inputs(self) -> int:
        return int(self.in_min.size)

    def raw(self, inputs: np.ndarray) -> np.ndarray:
        """Network output (denormalised, before the extreme-case handling) for inputs (..., n_in)."""
        x = np.asarray(inputs, np.float64)
        if x.shape[-1] != self.n_inputs:
            raise ValueError(f"{self.variable}/{self.bandset}: expected {self.n_inputs} inputs on the "
                             f"last axis, got shape {x.shape}")
        xn = 2.0 * (x - self.in_min) / (self.in_max - self.in_min) - 1.0
        hidden = np.tanh(xn @ self.w1.T + self.b1)
        yn = hidden @ self.w2 + self.b2
        return 0.5 * (yn + 1.0) * (self.out_max - self.out_min) + self.out_min


def _canon_bandset(bandset: str) -> str:
    key = _BANDSET_ALIASES.get(str(bandset).lower())
    if key is None:
        raise ValueError(f"unknown bandset {bandset!r}; use '20m' (8 bands) or '10m' (3 bands)")
    return key


def _canon_variable(variable: str) -> str:
    key = _VARIABLE_ALIASES.get(str(variable).lower())
    if key is None:
        raise ValueError(f"unknown variable {variable!r}; use one of {VARIABLES} (or CCC, CWC, FVC)")
    return key


def band_names(bandset: str = "20m") -> Tuple[str, ...]:
    """The reflectance bands of a bandset, in network order."""
    return BANDSETS[_canon_bandset(bandset)][1]


def _read_table(path: Path) -> np.ndarray:
    return np.atleast_2d(np.loadtxt(path, delimiter=",", dtype=np.float64, ndmin=2))


def _cell_codes(cells: np.ndarray) -> np.ndarray:
    """One int64 per grid cell (base 16 digits; cell indices are 0..11 for inputs in the box)."""
    cells = np.asarray(cells, np.int64)
    weights = 16 ** np.arange(cells.shape[-1] - 1, -1, -1, dtype=np.int64)
    return cells @ weights


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a, np.float64)
    a.setflags(write=False)
    return a


@functools.lru_cache(maxsize=None)
def load(variable: str, bandset: str = "20m") -> SL2PNetwork:
    """Read one network's coefficients from ``data_sources/sl2p/<S2A|S2A_10m>/<VAR>/``."""
    bs = _canon_bandset(bandset)
    var = _canon_variable(variable)
    folder, bands, variables = BANDSETS[bs]
    if var not in variables:
        raise ValueError(f"SL2P bandset {bs!r} has no {var} network (it has {variables})")
    d = DATA_DIR / folder / var
    if not d.is_dir():
        raise FileNotFoundError(f"SL2P coefficients not found: no folder {d}. Set EOLATENT_SL2P_AUXDATA to a folder "
                                "holding SNAP's S2A and S2A_10m coefficient folders (s2tbx-biophysical/src/main/"
                                "resources/auxdata/3_0 of github.com/senbox-org/s2tbx; GPL-3.0, not shipped here)")

    def table(kind: str) -> np.ndarray:
        return _read_table(d / f"{var}_{kind}")

    norm = table("Normalisation")
    denorm = table("Denormalisation")
    w1 = table("Weights_Layer1_Neurons")
    b1 = table("Weights_Layer1_Bias").ravel()
    w2 = table("Weights_Layer2_Neurons").ravel()
    b2 = table("Weights_Layer2_Bias").ravel()
    extreme = table("ExtremeCases").ravel()
    n_in = len(bands) + 3
    if norm.shape != (n_in, 2) or w1.shape != (b1.size, n_in) or w2.shape != b1.shape or b2.size != 1 \
            or denorm.shape != (1, 2) or extreme.size != 3:
        raise ValueError(f"{d}: unexpected coefficient shapes (normalisation {norm.shape}, "
                         f"layer 1 {w1.shape}/{b1.shape}, layer 2 {w2.shape}/{b2.shape})")

    domain_min = domain_max = cells = None
    if (d / f"{var}_DefinitionDomain_MinMax").exists():
        minmax = table("DefinitionDomain_MinMax")
        if minmax.shape != (2, len(bands)):
            raise ValueError(f"{d}: DefinitionDomain_MinMax has shape {minmax.shape}, expected (2, {len(bands)})")
        domain_min, domain_max = _readonly(minmax[0]), _readonly(minmax[1])
        if (d / f"{var}_DefinitionDomain_Grid").exists():
            grid = table("DefinitionDomain_Grid")
            if grid.shape[1] != len(bands) or np.any(grid != np.round(grid)) or grid.min() < 1 or grid.max() > 10:
                # SNAP compares the cells as concatenated decimal strings; with indices 1..10 in
                # the file that equals comparing the index tuples, which is what is done here.
                raise ValueError(f"{d}: DefinitionDomain_Grid is not integer cells 1..10 over {len(bands)} bands")
            cells = np.unique(_cell_codes(grid.astype(np.int64)))
            cells.setflags(write=False)

    return SL2PNetwork(variable=var, bandset=bs, bands=bands,
                       in_min=_readonly(norm[:, 0]), in_max=_readonly(norm[:, 1]),
                       w1=_readonly(w1), b1=_readonly(b1), w2=_readonly(w2), b2=float(b2[0]),
                       out_min=float(denorm[0, 0]), out_max=float(denorm[0, 1]),
                       tolerance=abs(float(extreme[0])), output_min=float(extreme[1]),
                       output_max=float(extreme[2]),
                       domain_min=domain_min, domain_max=domain_max, domain_cells=cells)


def _band_array(bands: Union[Mapping[str, ArrayLike], ArrayLike], bandset: str) -> np.ndarray:
    """Reflectances as (..., n_bands) float64, from a dict keyed by band name or a bands-last array."""
    names = band_names(bandset)
    if isinstance(bands, Mapping):
        lookup = {}
        for k, v in bands.items():
            key = str(k).upper()
            if key.startswith("B") and key[1:].isdigit():
                key = f"B{int(key[1:]):02d}"
            lookup[key] = v
        missing = [b for b in names if b not in lookup]
        if missing:
            raise KeyError(f"bands {missing} missing for bandset {bandset!r} (needs {names})")
        arrays = np.broadcast_arrays(*[np.asarray(lookup[b], np.float64) for b in names])
        return np.stack(arrays, axis=-1)
    arr = np.asarray(bands, np.float64)
    if arr.ndim == 0 or arr.shape[-1] != len(names):
        raise ValueError(f"bands array needs {len(names)} values on the last axis ({names}), got shape {arr.shape}")
    return arr


def network_inputs(bands, sun_zenith: ArrayLike, view_zenith: ArrayLike, rel_azimuth: ArrayLike,
                   bandset: str = "20m") -> np.ndarray:
    """The SL2P input vector (..., n_bands + 3): reflectances, cos(VZA), cos(SZA), cos(RAA).

    Angles in degrees, broadcast against the reflectances' pixel shape.
    """
    refl = _band_array(bands, bandset)
    angles = [np.cos(np.deg2rad(np.asarray(a, np.float64))) for a in (view_zenith, sun_zenith, rel_azimuth)]
    shape = np.broadcast_shapes(refl.shape[:-1], *(a.shape for a in angles))
    refl = np.broadcast_to(refl, shape + refl.shape[-1:])
    angles = [np.broadcast_to(a, shape)[..., None] for a in angles]
    return np.concatenate([refl] + angles, axis=-1)


def _out_of_range(net: SL2PNetwork, refl: np.ndarray) -> np.ndarray:
    """SNAP's INPUT_OUT_OF_RANGE test on reflectances (..., n_bands); all False without domain files."""
    shape = refl.shape[:-1]
    if net.domain_min is None:
        return np.zeros(shape, bool)
    with np.errstate(invalid="ignore"):
        inside = np.all((refl >= net.domain_min) & (refl <= net.domain_max), axis=-1)
    if net.domain_cells is not None:
        with np.errstate(invalid="ignore"):
            cell = np.floor(10.0 * (refl - net.domain_min) / (net.domain_max - net.domain_min) + 1.0)
        # inputs outside the box (or NaN) are already out; clip so their codes stay well defined
        cell = np.clip(np.nan_to_num(cell, nan=0.0), 0, 15).astype(np.int64)
        codes = _cell_codes(cell)
        pos = np.clip(np.searchsorted(net.domain_cells, codes), 0, net.domain_cells.size - 1)
        inside &= net.domain_cells[pos] == codes
    return ~inside


def input_out_of_range(variable: str, bands, bandset: str = "20m") -> np.ndarray:
    """SNAP's input-domain flag (True = outside the definition domain) for reflectances."""
    net = load(variable, bandset)
    return _out_of_range(net, _band_array(bands, net.bandset))


def evaluate(variable: str, inputs: ArrayLike, bandset: str = "20m", invalid: str = "snap"):
    """Run one network on ready-made SL2P inputs (..., n_bands + 3), angles already as cosines.

    Returns ``(values, flags)``, flags a uint8 array with SNAP's bits (see the module docstring).
    ``invalid``: "snap" (clamp within tolerance, keep raw beyond), "nan" (clamp within tolerance,
    NaN beyond; the TestCases convention) or "raw" (no output handling; flags still computed).
    """
    if invalid not in ("snap", "nan", "raw"):
        raise ValueError(f"invalid must be 'snap', 'nan' or 'raw', got {invalid!r}")
    net = load(variable, bandset)
    x = np.asarray(inputs, np.float64)
    raw = net.raw(x)
    lo, hi, tol = net.output_min, net.output_max, net.tolerance
    # the same strict inequalities as SNAP's BiophysicalAlgo
    too_low = raw < lo - tol
    to_min = (lo - tol < raw) & (raw < lo)
    to_max = (hi < raw) & (raw < hi + tol)
    too_high = hi + tol < raw
    flags = (np.where(_out_of_range(net, x[..., :len(net.bands)]), FLAG_INPUT_OUT_OF_RANGE, 0)
             | np.where(to_min, FLAG_OUTPUT_THRESHOLDED_TO_MIN, 0)
             | np.where(to_max, FLAG_OUTPUT_THRESHOLDED_TO_MAX, 0)
             | np.where(too_low, FLAG_OUTPUT_TOO_LOW, 0)
             | np.where(too_high, FLAG_OUTPUT_TOO_HIGH, 0)).astype(np.uint8)
    if invalid == "raw":
        return raw, flags
    values = np.where(to_min, lo, np.where(to_max, hi, raw))
    if invalid == "nan":
        values = np.where(too_low | too_high, np.nan, values)
    return values, flags


def predict(variable: str, bands, sun_zenith: ArrayLike, view_zenith: ArrayLike, rel_azimuth: ArrayLike,
            bandset: str = "20m", invalid: str = "snap", units: str = "sl2p", return_flags: bool = False):
    """SL2P retrieval of one variable.

    ``bands``: dict {band name: reflectance} or an array with the bands of ``bandset`` on the last
    axis (20m: B03 B04 B05 B06 B07 B8A B11 B12; 10m: B03 B04 B08), surface reflectance 0-1.
    ``sun_zenith``, ``view_zenith``, ``rel_azimuth`` (sun minus view azimuth) in degrees, broadcast
    against the pixel shape. ``units``: "sl2p" (LAI_Cab µg/cm², LAI_Cw g/cm²) or "eolatent"
    (CCC g/m², CWC kg/m²). Returns the values, or ``(values, flags)`` with ``return_flags`` (flags:
    uint8, SNAP's bits; ``flags & FLAG_INPUT_OUT_OF_RANGE`` is the input-domain flag, also
    available alone from :func:`input_out_of_range`).
    """
    if units not in ("sl2p", "eolatent"):
        raise ValueError(f"units must be 'sl2p' or 'eolatent', got {units!r}")
    net = load(variable, bandset)
    x = network_inputs(bands, sun_zenith, view_zenith, rel_azimuth, net.bandset)
    values, flags = evaluate(net.variable, x, net.bandset, invalid=invalid)
    if units == "eolatent":
        values = values * _EOLATENT_SCALE.get(net.variable, 1.0)
    return (values, flags) if return_flags else values
