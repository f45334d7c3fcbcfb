# SPDX-License-Identifier: GPL-3.0-or-later
"""Comparing network outputs computed two ways (tiles against one tile, blocks against the whole raster, one thread
against several, two sessions).

ONNX Runtime and BLAS pick their GEMM kernels by CPU, by thread count and by batch shape, and each way batches other
pixels together: float outputs of a network may differ by a few float32 ulps (1.2e-7 seen on a probability) on
some x86-64 CPUs while they are identical on others. Integers (classes, flags) and the NaN pattern must be identical;
floats agree within FLOAT_ATOL absolute + FLOAT_RTOL relative."""
from __future__ import annotations

import numpy as np

FLOAT_ATOL = 1e-6
FLOAT_RTOL = 1e-6


def same_pixels(a, b) -> bool:
    """True when ``a`` and ``b`` hold the same pixels (see the module docstring)."""
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if not np.issubdtype(a.dtype, np.floating):
        return bool(np.array_equal(a, b))
    return bool(np.array_equal(np.isnan(a), np.isnan(b))
                and np.allclose(a, b, rtol=FLOAT_RTOL, atol=FLOAT_ATOL, equal_nan=True))


def assert_same_pixels(a, b, err_msg: str = "") -> None:
    a, b = np.asarray(a), np.asarray(b)
    assert a.dtype == b.dtype and a.shape == b.shape, (a.dtype, b.dtype, a.shape, b.shape, err_msg)
    if not np.issubdtype(a.dtype, np.floating):
        np.testing.assert_array_equal(a, b, err_msg=err_msg)
        return
    np.testing.assert_array_equal(np.isnan(a), np.isnan(b), err_msg=f"NaN pattern {err_msg}")
    np.testing.assert_allclose(a, b, rtol=FLOAT_RTOL, atol=FLOAT_ATOL, equal_nan=True, err_msg=err_msg)
