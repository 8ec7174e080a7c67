"""Reference values for the image and generation metrics, from scikit-image and SciPy.

Run from the repository root with Debian's packages (apt-get install python3-skimage python3-scipy):
    /usr/bin/python3 src/test/resources/metrics/make_metric_references.py
It rewrites metric-references.json beside this script; the tests read it and never run Python.
SSIM follows docs/metrics.md (gaussian_weights=True, sigma=1.5, use_sample_covariance=False,
data_range=1); the Frechet distance is pytorch-fid's calculate_frechet_distance written out with
scipy.linalg.sqrtm; the score is torch-fidelity's isc formula on the logits in the given order.
"""
import json
import os

import numpy as np
import scipy
from scipy import linalg
import skimage
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261122)


def ssim(x, y):
    """x, y: C x H x W float64."""
    if x.shape[0] == 1:
        return structural_similarity(x[0], y[0], gaussian_weights=True, sigma=1.5,
                                     use_sample_covariance=False, data_range=1.0)
    return structural_similarity(np.moveaxis(x, 0, -1), np.moveaxis(y, 0, -1), channel_axis=-1,
                                 gaussian_weights=True, sigma=1.5, use_sample_covariance=False,
                                 data_range=1.0)


def blobs(c, h, w):
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.zeros((c, h, w))
    for ch in range(c):
        for _ in range(3):
            cy, cx, s = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(1.5, 5)
            img[ch] += np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * s * s))
    return np.clip(img, 0, 1)


pairs = []
x = rng.uniform(0, 1, (1, 28, 28))
pairs.append(("noise", x, np.clip(x + rng.normal(0, 0.1, x.shape), 0, 1)))
x = blobs(1, 28, 28)
pairs.append(("blobs shifted", x, np.roll(x, 2, axis=2)))
x = blobs(1, 28, 28)
pairs.append(("blobs darker", x, 0.7 * x))
x = blobs(3, 16, 20)
pairs.append(("colour", x, np.clip(x + rng.normal(0, 0.05, x.shape), 0, 1)))
x = rng.uniform(0, 1, (1, 11, 11))
pairs.append(("smallest", x, rng.uniform(0, 1, (1, 11, 11))))
images = []
for name, a, b in pairs:
    a = a.astype(np.float32).astype(np.float64)
    b = b.astype(np.float32).astype(np.float64)
    images.append({"name": name, "shape": list(a.shape), "x": a.flatten().tolist(),
                   "y": b.flatten().tolist(), "ssim": float(ssim(a, b)),
                   "psnr": float(peak_signal_noise_ratio(a, b, data_range=1.0))})


def frechet(mu1, sigma1, mu2, sigma2, eps=1e-6):
    diff = mu1 - mu2
    covmean, _ = linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * eps
        covmean = linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))


def features(n, d, shift, scale):
    mix = rng.normal(0, 1, (d, d)) * scale
    return (rng.normal(0, 1, (n, d)) @ mix + shift).astype(np.float32)


frechet_cases = []
for name, a, b in [("different", features(200, 6, 0.0, 1.0), features(150, 6, 0.5, 0.7)),
                   ("close", features(300, 8, 0.0, 1.0), features(300, 8, 0.05, 1.0)),
                   ("more dims than half the rows", features(12, 8, 0.0, 1.0), features(10, 8, 1.0, 2.0))]:
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    value = frechet(a64.mean(0), np.cov(a64, rowvar=False), b64.mean(0), np.cov(b64, rowvar=False))
    frechet_cases.append({"name": name, "a": a.tolist(), "b": b.tolist(), "distance": value})


def isc(logits, splits=10):
    n = logits.shape[0]
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    scores = []
    for i in range(splits):
        p_chunk = p[(i * n // splits):((i + 1) * n // splits)]
        log_chunk = log_p[(i * n // splits):((i + 1) * n // splits)]
        q = p_chunk.mean(axis=0, keepdims=True)
        scores.append(float(np.exp((p_chunk * (log_chunk - np.log(q))).sum(axis=1).mean())))
    return float(np.mean(scores)), float(np.std(scores))


logits = rng.normal(0, 3, (103, 5))
mean, sd = isc(logits)
score = {"logits": logits.tolist(), "mean": mean, "sd": sd}

with open(os.path.join(HERE, "metric-references.json"), "w") as f:
    json.dump({"skimage": skimage.__version__, "scipy": scipy.__version__, "images": images,
               "frechet": frechet_cases, "score": score}, f)
print("wrote metric-references.json:", [(i["name"], i["ssim"]) for i in images],
      [(c["name"], c["distance"]) for c in frechet_cases], mean, sd)
