"""Writes the NumPy fixtures of NpyReaderTest into this folder.

Run with Debian's NumPy (apt-get install python3-numpy):
    /usr/bin/python3 src/test/resources/data/npy/make_npy_fixtures.py
The test never calls Python; it reads these files and checks the values written below.
Every value is a function of its C-order position i: grey images hold (i % 256), floats i / 1000.
"""
import io
import os
import zipfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def ramp(shape, dtype):
    n = int(np.prod(shape))
    return np.arange(n).reshape(shape)


grey = (ramp((4, 3, 2), None) % 256).astype(np.uint8)
np.save(path("grey-u1.npy"), grey)
np.save(path("binary-u1.npy"), (ramp((2, 3, 3), None) % 2).astype(np.uint8))
np.save(path("grey-f4-fortran.npy"), np.asfortranarray((ramp((4, 3, 2), None) / 1000).astype("<f4")))
np.save(path("rgb-nhwc-f8-big.npy"), (ramp((2, 4, 5, 3), None) / 1000).astype(">f8"))
np.save(path("nchw-bool.npy"), (ramp((2, 1, 4, 5), None) % 3 == 0))
with open(path("grey-u1-v2.npy"), "wb") as f:
    np.lib.format.write_array(f, grey, version=(2, 0))
np.save(path("labels-i8.npy"), np.array([3, 1, 3, 0], dtype="<i8"))
np.save(path("labels-str.npy"), np.array(["shirt", "dress", "shirt", "boot"], dtype="<U5"))

images = (ramp((6, 4, 4), None) % 256).astype(np.uint8)
labels = np.array([0, 1, 2, 0, 1, 2], dtype=np.int64)
factors = np.array([[0, 5], [1, 4], [2, 3], [0, 2], [1, 1], [2, 0]], dtype=np.int64)
np.savez_compressed(path("set-deflated.npz"), imgs=images, labels=labels, latents_classes=factors)
np.savez(path("set-stored.npz"), x=images, y=labels)
# as the official dSprites archive: a pickled 'metadata' entry beside the arrays that are read
dsprites_factors = np.array([[0, i % 3, i % 2, i, 5 - i, i % 4] for i in range(6)], dtype=np.int64)
np.savez_compressed(path("with-metadata.npz"), imgs=images, latents_classes=dsprites_factors,
                    metadata=np.array({"description": "pickled"}, dtype=object))

# arrays under names of their own, for --images-array, --labels-array and --factors-array
named_images = (ramp((20, 4, 4), None) * 7 % 256).astype(np.uint8)
named_labels = (np.arange(20) % 3).astype(np.int64)
named_factors = np.stack([np.arange(20) % 2, np.arange(20) % 5], axis=1).astype(np.int64)
np.savez(path("named.npz"), pics=named_images, cls=named_labels, f=named_factors,
         images=np.zeros((2, 2, 2), dtype=np.uint8))

# refused
np.save(path("object.npy"), np.array([{"a": 1}, None], dtype=object), allow_pickle=True)
np.save(path("out-of-range-f4.npy"), (ramp((2, 2, 2), None) / 4).astype("<f4"))
np.save(path("flat.npy"), np.zeros((3, 784), dtype=np.uint8))
np.save(path("ambiguous.npy"), np.zeros((2, 3, 4, 3), dtype=np.uint8))
with open(path("grey-u1.npy"), "rb") as f:
    whole = f.read()
with open(path("truncated.npy"), "wb") as f:
    f.write(whole[:-5])
with open(path("lying-header.npy"), "wb") as f:
    f.write(whole.replace(b"(4, 3, 2)", b"(9, 3, 2)"))
with open(path("bad-magic.npy"), "wb") as f:
    f.write(b"\x93NUMPZ" + whole[6:])
