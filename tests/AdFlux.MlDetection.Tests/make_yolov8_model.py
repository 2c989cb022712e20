#!/usr/bin/python3
"""Writes a tiny model in Ultralytics' YOLOv8 export format with known outputs.

Input images [1,3,64,64]; output [1, 4+2, 3]: rows cx, cy, w, h, score(logo), score(button) for
three candidates (input pixels). The image only enters through a zero-weighted mean, so the
outputs are the constants below whatever the picture. Metadata names as Ultralytics writes them.
Usage: make_yolov8_model.py out.onnx
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

candidates = np.array([
    # cx,   cy,   w,    h,   logo, button
    [20.0, 40.0, 10.0, 10.0, 0.90, 0.05],  # A: kept
    [21.0, 40.0, 10.0, 10.0, 0.80, 0.05],  # B: same class, IoU 0.82 with A, suppressed
    [20.0, 40.0, 10.0, 10.0, 0.10, 0.70],  # C: same place as A but another class, kept
], dtype=np.float32).T.reshape(1, 6, 3)

nodes = [
    helper.make_node("ReduceMean", ["images"], ["mean"], keepdims=0),
    helper.make_node("Mul", ["mean", "zero"], ["nothing"]),
    helper.make_node("Add", ["table", "nothing"], ["output0"]),
]
graph = helper.make_graph(
    nodes, "tiny-yolov8",
    [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 64, 64])],
    [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 6, 3])],
    [numpy_helper.from_array(candidates, "table"), numpy_helper.from_array(np.array(0, np.float32), "zero")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="adflux-tests")
model.ir_version = 7
for key, value in {"names": "{0: 'logo', 1: 'button'}", "version": "8.0.0-test", "license": "AGPL-3.0 test fixture", "task": "detect"}.items():
    meta = model.metadata_props.add()
    meta.key, meta.value = key, value
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
