#!/usr/bin/env bash
# Builds DJL's PyTorch JNI library (libdjl_torch.so) against the PyTorch that a Python has, so that
# Latent Explorer can run on that PyTorch's libtorch: a CUDA build puts training, the engine and
# evaluation on the GPU. The JNI must be compiled against the very libtorch it runs with; the one in
# DJL's jar only fits libtorch 2.7.1. See the README's GPU section.
#
# Usage: src/dist/gpu/build-djl-jni.sh [--python PY] [--djl-source DIR] [--out DIR]
#   --python      the Python whose torch to build against (default: python3)
#   --djl-source  a checkout of DJL at the tag below (default: git clone it from GitHub)
#   --out         where to put the library (default: torch's lib folder, where DJL looks first;
#                 where that cannot be written, DJL's cache folder for this libtorch, such as
#                 ~/.djl.ai/pytorch/2.11.0-cu130-linux-x86_64)
# Needs a JDK (javac and jni.h), g++, and for a CUDA build the CUDA headers (nvcc's toolkit or the
# pip packages that come with torch). Linux only. Prints the three variables to export.
set -euo pipefail

DJL_VERSION=0.35.1
PY=python3
SRC=""
OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --python) PY=$2; shift 2 ;;
    --djl-source) SRC=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

TORCH=$("$PY" -c 'import os, torch; print(os.path.dirname(torch.__file__))')
VERSION=$("$PY" -c 'import torch; print(torch.__version__.split("+")[0])')
CUDA=$("$PY" -c 'import torch; print(torch.version.cuda or "")')
ABI=$("$PY" -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')
FLAVOR=cpu
if [ -n "$CUDA" ]; then FLAVOR="cu${CUDA//./}"; fi
OUT=${OUT:-$TORCH/lib}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ -z "$SRC" ]; then
  SRC=$WORK/djl
  git clone -q --depth 1 --branch "v$DJL_VERSION" https://github.com/deepjavalibrary/djl "$SRC"
fi
NATIVE=$SRC/engines/pytorch/pytorch-native/src/main/native
ENGINE=$SRC/engines/pytorch/pytorch-engine/src/main/java

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
javac -sourcepath "$ENGINE" "$ENGINE/ai/djl/pytorch/jni/PyTorchLibrary.java" \
  -h "$WORK/include" -d "$WORK/classes"

FLAGS=(-O2 -fPIC -std=c++17 "-D_GLIBCXX_USE_CXX11_ABI=$ABI"
  -I "$WORK/include" -I "$JAVA_HOME/include" -I "$JAVA_HOME/include/linux"
  -I "$NATIVE" -I "$SRC/api/src/main/native"
  -I "$TORCH/include" -I "$TORCH/include/torch/csrc/api/include")
LIBS=(-ltorch -ltorch_cpu -lc10)
if [ "$FLAVOR" != cpu ]; then
  FLAGS+=(-DUSE_CUDA)
  LIBS+=(-ltorch_cuda -lc10_cuda)
  NVCC=$(command -v nvcc || true)
  for dir in /usr/local/cuda/include ${NVCC:+"$(dirname "$(dirname "$(readlink -f "$NVCC")")")/include"} \
      $(find "$TORCH/.." -maxdepth 3 -path '*nvidia*' -name include -type d 2>/dev/null); do
    if [ -d "$dir" ]; then FLAGS+=(-I "$dir"); fi
  done
fi

echo "Compiling DJL $DJL_VERSION's JNI against PyTorch $VERSION ($FLAVOR) in $TORCH"
JOBS=$(nproc)
for f in "$NATIVE"/*.cc; do
  while [ "$(jobs -r | wc -l)" -ge "$JOBS" ]; do sleep 1; done
  g++ "${FLAGS[@]}" -c "$f" -o "$WORK/$(basename "$f" .cc).o" &
done
wait
for f in "$NATIVE"/*.cc; do
  if [ ! -f "$WORK/$(basename "$f" .cc).o" ]; then echo "failed to compile $f" >&2; exit 1; fi
done
mkdir -p "$OUT"
g++ -shared -o "$OUT/$DJL_VERSION-libdjl_torch.so" "$WORK"/*.o -L "$TORCH/lib" "${LIBS[@]}" \
  -Wl,-rpath,"$TORCH/lib"
echo "Wrote $OUT/$DJL_VERSION-libdjl_torch.so. Before starting Latent Explorer:"
echo "export PYTORCH_LIBRARY_PATH=$TORCH/lib PYTORCH_VERSION=$VERSION PYTORCH_FLAVOR=$FLAVOR"
