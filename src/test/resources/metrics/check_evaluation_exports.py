"""Checks an evaluation folder written with --export against scikit-image and SciPy.

Run with Debian's packages (apt-get install python3-skimage python3-scipy python3-numpy):
    /usr/bin/python3 src/test/resources/metrics/check_evaluation_exports.py FOLDER
FOLDER is what `evaluate --export` (or the evaluate benchmark) wrote. It recomputes, from the
exported arrays alone, the SSIM and PSNR of the exported images (docs/metrics.md's settings) and the
Frechet distance of the exported classifier features (pytorch-fid's formula with scipy's sqrtm),
and prints them beside the numbers in evaluation.json.
"""
import csv
import json
import os
import sys

import numpy as np
from scipy import linalg
from skimage.metrics import peak_signal_noise_ratio, structural_similarity


def frechet(a, b):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    mu1, mu2 = a.mean(0), b.mean(0)
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    covmean, _ = linalg.sqrtm(s1.dot(s2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(s1.shape[0]) * 1e-6
        covmean = linalg.sqrtm((s1 + offset).dot(s2 + offset))
    covmean = covmean.real
    diff = mu1 - mu2
    return diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean)


def main(folder):
    report = json.load(open(os.path.join(folder, "evaluation.json")))
    x = np.load(os.path.join(folder, "originals.npy")).astype(np.float64)
    y = np.load(os.path.join(folder, "reconstructions.npy")).astype(np.float64)
    rows = list(csv.DictReader(open(os.path.join(folder, "metrics.csv"))))
    ssim_ours = report["reconstruction"]["ssim"]["perItem"] if report["reconstruction"]["ssim"] else None
    worst_ssim = worst_psnr = 0.0
    for i in range(x.shape[0]):
        if ssim_ours is not None:
            s = structural_similarity(x[i, 0], y[i, 0], gaussian_weights=True, sigma=1.5,
                                      use_sample_covariance=False, data_range=1.0)
            worst_ssim = max(worst_ssim, abs(s - ssim_ours[i]))
        p = peak_signal_noise_ratio(x[i], y[i], data_range=1.0)
        worst_psnr = max(worst_psnr, abs(p - float(rows[i]["psnr"])))
    print("images checked: %d; largest SSIM difference %.2e; largest PSNR difference %.2e"
          % (x.shape[0], worst_ssim, worst_psnr))
    real = os.path.join(folder, "features-real.npy")
    if os.path.exists(real):
        fd = frechet(np.load(real), np.load(os.path.join(folder, "features-generated.npy")))
        ours = report["generation"]["frechetDistance"]
        print("Frechet distance: scipy %.6f, evaluation.json %.6f, relative difference %.2e"
              % (fd, ours, abs(fd - ours) / abs(fd)))


if __name__ == "__main__":
    main(sys.argv[1])
