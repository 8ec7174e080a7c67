"""Checks an `anomaly` output folder against scikit-learn: the AUC of every score column of
scores.csv by sklearn.metrics.roc_auc_score against anomaly.json's auc.<column>.

Run: /usr/bin/python3 src/test/resources/metrics/check_anomaly_exports.py OUT_DIR
(Debian's python3-sklearn; OUT_DIR written by `latent-explorer anomaly ... --out OUT_DIR`).
"""
import csv
import json
import sys

import numpy as np
from sklearn.metrics import roc_auc_score

out = sys.argv[1]
with open(out + "/scores.csv") as f:
    rows = list(csv.reader(f))
header, body = rows[0], np.array(rows[1:], dtype=float)
anomalous = body[:, 2].astype(int)
with open(out + "/anomaly.json") as f:
    report = json.load(f)
worst = 0.0
for c, name in enumerate(header[3:], start=3):
    ours = report["auc." + name]
    theirs = roc_auc_score(anomalous, body[:, c])
    worst = max(worst, abs(ours - theirs))
    print("%-40s ours %.10f  sklearn %.10f  difference %.2e" % (name, ours, theirs, abs(ours - theirs)))
print("%d items, %d anomalous; largest difference %.2e" % (len(body), anomalous.sum(), worst))
