#!/usr/bin/python3
"""Writes manifest.json for installed models: models.json's descriptions plus each file's sha256.
Usage: write_manifest.py <models-dir> <models.json>"""
import hashlib
import json
import os
import sys

root, described = sys.argv[1], json.load(open(sys.argv[2]))
entries = []
for model in described:
    folder = os.path.join(root, model["name"])
    path = os.path.join(folder, "model.onnx")
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    if "labels" in model:
        labels = [line.rstrip("\n") for line in open(os.path.join(folder, model["labels"]), encoding="utf-8")]
    else:
        labels = model["labelList"]
    entries.append({
        "name": model["name"], "task": model["task"], "version": model["version"],
        "inputSize": model["inputSize"], "labels": labels, "sha256": digest,
        "licence": model["licence"], "file": f"{model['name']}/model.onnx",
    })
json.dump({"models": entries}, open(os.path.join(root, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
