# SPDX-License-Identifier: GPL-3.0-or-later
"""Fold a retrieval network's input and output standardisation into its first and last layers (training side).

The exported biophysical (and soil-moisture) graph standardises its features, ``(x − x_mean) / x_std``, before the first ``Gemm``, and
un-standardises the predicted means, ``μ · y_std + y_mean``, after the head. Both are affine, so they are folded
exactly into the weights next to them:

* first layer ``W x' + b`` with ``x' = (x − m) / s``  →  ``(W / s) x + (b − (W / s) m)``;
* head rows of the means ``H h + c`` then ``· y_std + y_mean``  →  ``(y_std H) h + (y_std c + y_mean)``.

Four element-wise passes over every pixel go (about 12 % of the network's CPU time at 16 Mpx; bench/results.md); the
values change only by float rounding (≤ 1e-4 here). Each pattern is checked before it is folded: a graph that does not
have it exactly raises ValueError instead of being changed.
"""
from __future__ import annotations

import numpy as np


def _const(graph, name: str):
    """The value of an initializer or Constant node output ``name`` (numpy), or None."""
    from onnx import numpy_helper

    for t in graph.initializer:
        if t.name == name:
            return numpy_helper.to_array(t)
    for n in graph.node:
        if n.op_type == "Constant" and n.output[0] == name:
            return numpy_helper.to_array(n.attribute[0].t)
    return None


def _consumers(graph, name: str) -> list:
    return [n for n in graph.node if name in n.input]


def _only(nodes: list, what: str):
    if len(nodes) != 1:
        raise ValueError(f"cannot fold: {what} is used by {len(nodes)} nodes, expected 1")
    return nodes[0]


def _linear_gemm(node, what: str) -> None:
    attrs = {a.name: a for a in node.attribute}
    if node.op_type != "Gemm" or attrs.get("transB") is None or attrs["transB"].i != 1 or \
            any(k in attrs and abs(attrs[k].f - 1.0) > 0 for k in ("alpha", "beta")) or \
            ("transA" in attrs and attrs["transA"].i):
        raise ValueError(f"cannot fold: {what} is not a torch Linear (Gemm, transB=1, alpha=beta=1)")


def _set(graph, name: str, value: np.ndarray) -> None:
    from onnx import numpy_helper

    for t in graph.initializer:
        if t.name == name:
            t.CopyFrom(numpy_helper.from_array(value.astype(np.float32), name))
            return
    raise ValueError(f"cannot fold: {name} is not an initializer")


def _rewire(graph, old: str, new: str) -> None:
    if any(o.name == old for o in graph.output):
        raise ValueError(f"cannot fold: {old} is a graph output")
    for n in graph.node:
        for i, x in enumerate(n.input):
            if x == old:
                n.input[i] = new


def _by_initializer(graph, op: str, name: str):
    """The one ``op`` node that takes initializer ``name``, and its other input."""
    node = _only([n for n in graph.node if n.op_type == op and name in n.input], f"{op} of {name}")
    other = [x for x in node.input if x != name]
    if len(other) != 1:
        raise ValueError(f"cannot fold: {op} of {name} has no other input")
    return node, other[0]


def _fold_inputs(graph) -> None:
    sub, x = _by_initializer(graph, "Sub", "x_mean")
    if list(sub.input) != [x, "x_mean"]:
        raise ValueError("cannot fold: the features are not x − x_mean")
    div = _only(_consumers(graph, sub.output[0]), "x − x_mean")
    if div.op_type != "Div" or list(div.input) != [sub.output[0], "x_std"]:
        raise ValueError("cannot fold: x − x_mean is not divided by x_std")
    gemm = _only(_consumers(graph, div.output[0]), "the standardised features")
    _linear_gemm(gemm, "the first layer")
    m, s = (np.asarray(_const(graph, k), np.float64).reshape(-1) for k in ("x_mean", "x_std"))
    w, b = (np.asarray(_const(graph, k), np.float64) for k in gemm.input[1:3])
    w_new = w / s[None, :]
    _set(graph, gemm.input[1], w_new)
    _set(graph, gemm.input[2], b - w_new @ m)
    _rewire(graph, div.output[0], x)
    graph.node.remove(sub)
    graph.node.remove(div)


def _fold_outputs(graph) -> None:
    mul, mu = _by_initializer(graph, "Mul", "y_std")
    add = _only(_consumers(graph, mul.output[0]), "μ · y_std")
    if add.op_type != "Add" or sorted(add.input) != sorted([mul.output[0], "y_mean"]):
        raise ValueError("cannot fold: μ · y_std is not followed by + y_mean")
    y_std, y_mean = (np.asarray(_const(graph, k), np.float64).reshape(-1) for k in ("y_std", "y_mean"))
    k = y_std.size
    sl = _only([n for n in graph.node if mu in n.output], "the means")
    starts, ends, axes = (None if len(sl.input) <= i else _const(graph, sl.input[i]) for i in (1, 2, 3))
    steps = _const(graph, sl.input[4]) if len(sl.input) > 4 else np.array([1])
    if sl.op_type != "Slice" or starts is None or ends is None or [int(v) for v in np.ravel(starts)] != [0] or \
            [int(v) for v in np.ravel(ends)] != [k] or axes is None or [int(v) for v in np.ravel(axes)] not in ([1], [-1]) \
            or [int(v) for v in np.ravel(steps)] != [1]:
        raise ValueError("cannot fold: the means are not the first columns of the head")
    head = _only([n for n in graph.node if sl.input[0] in n.output], "the head")
    _linear_gemm(head, "the head")
    h, c = (np.asarray(_const(graph, name), np.float64) for name in head.input[1:3])
    h[:k] *= y_std[:, None]
    c[:k] = c[:k] * y_std + y_mean
    _set(graph, head.input[1], h)
    _set(graph, head.input[2], c)
    if any(o.name == add.output[0] for o in graph.output):      # the means are the graph's output: keep its name
        for n in graph.node:
            n.input[:] = [add.output[0] if x == mu else x for x in n.input]
        sl.output[0] = add.output[0]
    else:
        _rewire(graph, add.output[0], mu)
    graph.node.remove(mul)
    graph.node.remove(add)


def fold_standardisation(model):
    """Fold ``x_mean``/``x_std`` into the first ``Gemm`` and ``y_std``/``y_mean`` into the head's mean rows of an
    exported biophysical or soil-moisture ``onnx.ModelProto`` (in place; returned). Raises ValueError where a pattern is not exact."""
    import onnx

    work = onnx.ModelProto()
    work.CopyFrom(model)                  # the checks run on a copy: a graph that fails one is left as it was
    graph = work.graph
    _fold_inputs(graph)
    _fold_outputs(graph)
    used = {x for n in graph.node for x in n.input}
    for t in [t for t in graph.initializer if t.name in ("x_mean", "x_std", "y_mean", "y_std")]:
        if t.name in used:
            raise ValueError(f"cannot fold: {t.name} is still used")
        graph.initializer.remove(t)
    onnx.checker.check_model(work)
    model.CopyFrom(work)
    return model
