# SPDX-License-Identifier: GPL-3.0-or-later
"""A LightGBM text model (``Booster.save_model`` format, binary objective) read without LightGBM and written as
an ONNX graph: ``Cast(float32 -> float64) -> ai.onnx.ml TreeEnsembleRegressor (float64 thresholds and leaf values, SUM;
its output is float32 by the operator's definition) -> Sigmoid``.

The comparison runs in float64 with the thresholds of the text file as they are, which is what LightGBM does
(it converts every feature to double before walking a tree), so a float32 pixel takes the same branch in both.
Only what LightGBM's numerical splits need is supported: numerical ``<=`` splits (decision_type bit 0 clear);
missing-value type None (NaN is read as 0.0 - the ONNX graph is fed finite values only) or NaN (NaN follows the
default direction); no categorical splits, no linear trees, one class. Anything else is refused, not guessed.
Training side only (needs ``onnx``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List


class LightGBMFormatError(ValueError):
    """The text model uses a feature this converter does not support."""


@dataclass
class Tree:
    split_feature: List[int]
    threshold: List[float]
    decision_type: List[int]
    left_child: List[int]
    right_child: List[int]
    leaf_value: List[float]


@dataclass
class LightGBMModel:
    header: Dict[str, str]
    trees: List[Tree] = field(default_factory=list)

    @property
    def n_features(self) -> int:
        return int(self.header["max_feature_idx"]) + 1

    @property
    def sigmoid(self) -> float:
        """The sigmoid factor of the binary objective ("binary sigmoid:1")."""
        obj = self.header.get("objective", "")
        parts = obj.split()
        if not parts or parts[0] != "binary":
            raise LightGBMFormatError("objective %r: only the binary objective is supported" % obj)
        for p in parts[1:]:
            if p.startswith("sigmoid:"):
                return float(p.split(":", 1)[1])
        return 1.0


def _block(lines) -> Dict[str, str]:
    out = {}
    for line in lines:
        if "=" in line:
            k, v = line.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def parse_text_model(text: str) -> LightGBMModel:
    """Parse the header and the trees of a LightGBM text model."""
    head, found, rest = text.partition("\nTree=")
    if not found:
        raise LightGBMFormatError("no tree in the model text")
    body, _, _ = rest.partition("end of trees")
    header = _block(head.splitlines())
    if header.get("num_class", "1") != "1" or header.get("num_tree_per_iteration", "1") != "1":
        raise LightGBMFormatError("only single-class (binary) models are supported")
    if header.get("average_output") is not None:
        raise LightGBMFormatError("random-forest mode (average_output) is not supported")
    model = LightGBMModel(header)
    for chunk in ("Tree=" + body).split("\nTree="):
        lines = chunk.strip().splitlines()
        if not lines:
            continue
        d = _block(lines[1:])
        if int(d.get("num_cat", "0")) != 0:
            raise LightGBMFormatError("categorical splits are not supported")
        if int(d.get("is_linear", "0")) != 0:
            raise LightGBMFormatError("linear trees are not supported")
        if "num_leaves" not in d:
            raise LightGBMFormatError("tree %s has no num_leaves" % lines[0])
        n_leaves = int(d["num_leaves"])
        ints = lambda key: [int(v) for v in d.get(key, "").split()]  # noqa: E731
        floats = lambda key: [float(v) for v in d.get(key, "").split()]  # noqa: E731
        tree = Tree(ints("split_feature"), floats("threshold"), ints("decision_type"), ints("left_child"),
                    ints("right_child"), floats("leaf_value"))
        if len(tree.leaf_value) != n_leaves or len(tree.threshold) != max(0, n_leaves - 1):
            raise LightGBMFormatError("tree %s: %d leaves declared, %d leaf values, %d thresholds"
                                      % (lines[0], n_leaves, len(tree.leaf_value), len(tree.threshold)))
        for dt in tree.decision_type:
            if dt & 1:
                raise LightGBMFormatError("categorical split (decision_type %d) is not supported" % dt)
            if (dt >> 2) & 3 == 1:
                raise LightGBMFormatError("zero-as-missing splits (decision_type %d) are not supported" % dt)
        model.trees.append(tree)
    if not model.trees:
        raise LightGBMFormatError("no tree in the model text")
    return model


def predict_numpy(model: LightGBMModel, x):
    """Reference probability of the model for rows of *x* (float64 walk, NaN -> 0 as missing type None):
    a slow independent implementation used to check the ONNX graph where LightGBM is not installed."""
    import numpy as np

    x = np.asarray(x, np.float64)
    raw = np.zeros(len(x))
    for t in model.trees:
        if not t.threshold:
            raw += t.leaf_value[0]
            continue
        node = np.zeros(len(x), np.int64)  # >= 0 internal node, < 0 leaf ~index
        active = np.ones(len(x), bool)
        thr = np.asarray(t.threshold)
        feat = np.asarray(t.split_feature)
        left, right = np.asarray(t.left_child), np.asarray(t.right_child)
        dtype = np.asarray(t.decision_type)
        while active.any():
            idx = np.flatnonzero(active)
            n = node[idx]
            v = x[idx, feat[n]]
            nan = np.isnan(v)
            miss_nan = ((dtype[n] >> 2) & 3) == 2
            v = np.where(nan & ~miss_nan, 0.0, v)
            go_left = np.where(nan & miss_nan, (dtype[n] & 2) > 0, v <= thr[n])
            nxt = np.where(go_left, left[n], right[n])
            node[idx] = nxt
            active[idx] = nxt >= 0
        raw += np.asarray(t.leaf_value)[~node]
    return 1.0 / (1.0 + np.exp(-model.sigmoid * raw))


def to_onnx(model: LightGBMModel, input_name: str = "bands", output_name: str = "probability",
            producer: str = "eolatent.models.training.cloud.lgbm_onnx"):
    """ONNX ModelProto (opset 17, ai.onnx.ml 3): input float32 [N, n_features] -> output float32 [N] probability."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    treeids, nodeids, featureids, modes, values, truen, falsen, missing = [], [], [], [], [], [], [], []
    t_treeids, t_nodeids, t_weights = [], [], []
    for ti, t in enumerate(model.trees):
        n_int = len(t.threshold)
        # node ids: internal nodes 0..n_int-1, leaf j -> n_int + j
        def nid(child: int) -> int:
            return child if child >= 0 else n_int + (~child)
        for k in range(n_int):
            treeids.append(ti)
            nodeids.append(k)
            featureids.append(t.split_feature[k])
            modes.append("BRANCH_LEQ")
            values.append(t.threshold[k])
            truen.append(nid(t.left_child[k]))
            falsen.append(nid(t.right_child[k]))
            dt = t.decision_type[k]
            missing.append(1 if (((dt >> 2) & 3) == 2 and dt & 2) else 0)
        for j, v in enumerate(t.leaf_value):
            treeids.append(ti)
            nodeids.append(n_int + j)
            featureids.append(0)
            modes.append("LEAF")
            values.append(0.0)
            truen.append(0)
            falsen.append(0)
            missing.append(0)
            t_treeids.append(ti)
            t_nodeids.append(n_int + j)
            t_weights.append(v)
    if any(not math.isfinite(v) for v in values + t_weights):
        raise LightGBMFormatError("non-finite threshold or leaf value")
    nf = model.n_features
    x = helper.make_tensor_value_info(input_name, TensorProto.FLOAT, ["N", nf])
    y = helper.make_tensor_value_info(output_name, TensorProto.FLOAT, ["N"])
    nodes = [
        helper.make_node("Cast", [input_name], ["x64"], to=TensorProto.DOUBLE),
        helper.make_node(
            "TreeEnsembleRegressor", ["x64"], ["raw"], domain="ai.onnx.ml", n_targets=1,
            aggregate_function="SUM", post_transform="NONE",
            nodes_treeids=treeids, nodes_nodeids=nodeids, nodes_featureids=featureids, nodes_modes=modes,
            nodes_values_as_tensor=numpy_helper.from_array(np.asarray(values, np.float64), "nodes_values"),
            nodes_truenodeids=truen, nodes_falsenodeids=falsen, nodes_missing_value_tracks_true=missing,
            target_treeids=t_treeids, target_nodeids=t_nodeids, target_ids=[0] * len(t_nodeids),
            target_weights_as_tensor=numpy_helper.from_array(np.asarray(t_weights, np.float64), "target_weights"),
            base_values_as_tensor=numpy_helper.from_array(np.zeros(1, np.float64), "base_values")),
        helper.make_node("Mul", ["raw", "sigmoid_factor"], ["scaled"]),
        helper.make_node("Sigmoid", ["scaled"], ["p32"]),
        helper.make_node("Reshape", ["p32", "flat"], [output_name]),
    ]
    inits = [numpy_helper.from_array(np.array([model.sigmoid], np.float32), "sigmoid_factor"),
             numpy_helper.from_array(np.array([-1], np.int64), "flat")]
    graph = helper.make_graph(nodes, "lightgbm_binary", [x], [y], initializer=inits)
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                    helper.make_opsetid("ai.onnx.ml", 3)])
    proto.ir_version = 9
    proto.producer_name = producer
    onnx.checker.check_model(proto)
    return proto
