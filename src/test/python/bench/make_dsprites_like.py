"""Writes an archive shaped as the official dSprites file (dsprites_ndarray_co1sh3sc6or40x32y32_64x64.npz),
for checking that such a file opens when the real one is not at hand:

    /usr/bin/python3 src/test/python/bench/make_dsprites_like.py /tmp/dsprites-like.npz

'imgs' (737280, 64, 64) uint8 of 0 and 1 (3 GB uncompressed), 'latents_classes' and
'latents_values' (737280, 6) int64 and float64 in dSprites' order (color, shape, scale,
orientation, posX, posY), and a pickled 'metadata' entry. The shapes drawn are simple (a square,
a wide bar, a tall bar, sized by scale, placed by posX and posY; orientation is not drawn).
"""
import sys

import numpy as np

out = sys.argv[1]
sizes = (1, 3, 6, 40, 32, 32)
classes = np.indices(sizes).reshape(6, -1).T.astype(np.int64)
n = classes.shape[0]
imgs = np.zeros((n, 64, 64), dtype=np.uint8)
yy = np.arange(64)[None, :, None]
xx = np.arange(64)[None, None, :]
chunk = 36864
for start in range(0, n, chunk):
    c = classes[start:start + chunk]
    shape, scale, px, py = c[:, 1], c[:, 2], c[:, 4], c[:, 5]
    half = 3 + scale
    hw = np.where(shape == 1, 2 * half, np.where(shape == 2, half // 2, half))[:, None, None]
    hh = np.where(shape == 1, half // 2, np.where(shape == 2, 2 * half, half))[:, None, None]
    cx = (8 + px * 1.5).astype(int)[:, None, None]
    cy = (8 + py * 1.5).astype(int)[:, None, None]
    imgs[start:start + chunk] = (np.abs(xx - cx) <= hw) & (np.abs(yy - cy) <= hh)
values = classes.astype(np.float64)
np.savez_compressed(out, imgs=imgs, latents_classes=classes, latents_values=values,
                    metadata=np.array({"date": "synthetic", "description": "shaped as dSprites"}, dtype=object))
print(out, imgs.shape, int(imgs.sum()))
