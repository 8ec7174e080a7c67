"""Writes the codes fixtures of CodesReaderTest and WhiteningTest into this folder.

Run with Debian's NumPy (apt-get install python3-numpy):
    /usr/bin/python3 src/test/resources/data/codes/make_codes_fixtures.py
The tests never call Python; they read these files and check the values written below.
Every code is a function of its C-order position i: i / 8 - 1 (exact in float32).
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


codes = (np.arange(18).reshape(6, 3) / 8 - 1)
names = np.array(["cat", "dog", "cat", "bird", "dog", "cat"])
np.save(path("codes-f4.npy"), codes.astype("<f4"))
np.save(path("codes-f8-fortran-big.npy"), np.asfortranarray(codes.astype(">f8")))
np.save(path("codes-i2.npy"), (np.arange(18).reshape(6, 3) - 9).astype("<i2"))
np.savez_compressed(path("codes.npz"), z=codes.astype("<f4"), labels=names)
np.savez(path("only-array.npz"), emb=codes.astype("<f4"))
np.savez(path("two-arrays.npz"), a=codes.astype("<f4"), b=codes.astype("<f4"))
np.save(path("labels-int.npy"), np.array([2, 0, 2, 1, 0, 2], dtype="<i8"))
np.save(path("labels-str.npy"), names)

# the Embedding Projector's files: vectors without a header, metadata with one column or several
np.savetxt(path("vectors.tsv"), codes, delimiter="\t", fmt="%.4f")
with open(path("metadata-one.tsv"), "w") as f:
    f.write("".join(n + "\n" for n in names))
with open(path("metadata-many.tsv"), "w") as f:
    f.write("index\tlabel\n" + "".join(f"{i}\t{n}\n" for i, n in enumerate(names)))
# as encode writes them: index,label,class,part,z1..zD
with open(path("encoded.csv"), "w") as f:
    f.write("index,label,class,part,z1,z2,z3\n")
    for i, row in enumerate(codes):
        f.write(f"{i},{[2, 0, 2, 1, 0, 2][i]},\"{names[i]}\",test,"
                + ",".join(f"{v:.4f}" for v in row) + "\n")

# refused
np.save(path("one-dimensional.npy"), np.arange(6, dtype="<f4"))
np.save(path("bool.npy"), np.zeros((6, 3), dtype=bool))
with_nan = codes.astype("<f4")
with_nan[4, 1] = np.nan
np.save(path("nan.npy"), with_nan)
np.save(path("labels-five.npy"), np.array([0, 1, 0, 1, 0], dtype="<i8"))
with open(path("ragged.csv"), "w") as f:
    f.write("1,2,3\n4,5,6\n7,8\n")

# whitening: 40 correlated 3-D points and their squared Mahalanobis distances (covariance with
# n - 1), which whitening turns into squared lengths
rng = np.random.default_rng(7)
points = rng.standard_normal((40, 3)) @ np.array([[2.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 0.2]])
points = points.astype("<f4")
np.save(path("correlated.npy"), points)
x = points.astype(np.float64)
d = x - x.mean(axis=0)
inv = np.linalg.inv(np.cov(x, rowvar=False, ddof=1))
maha = np.einsum("ij,jk,ik->i", d, inv, d)
print("squared Mahalanobis of the first five:", ", ".join(repr(float(v)) for v in maha[:5]))
