"""Reference values for RocTest: scikit-learn's roc_auc_score and roc_curve on fixed inputs.

Run: /usr/bin/python3 src/test/resources/metrics/roc_reference.py  (Debian's python3-sklearn)
The inputs are made by a formula that RocTest repeats: 60 items, scores ((37 i) mod 23) / 4 (many
ties), anomalous when (11 i) mod 7 < 3.
"""
import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

i = np.arange(60)
scores = ((37 * i) % 23) / 4.0
anomalous = ((11 * i) % 7) < 3
print("AUC = %.17g" % roc_auc_score(anomalous, scores))
print("negated AUC = %.17g" % roc_auc_score(anomalous, -scores))
fpr, tpr, thr = roc_curve(anomalous, scores, drop_intermediate=False)
print("points", len(fpr))
print("FPR = {%s}" % ", ".join("%.17g" % v for v in fpr))
print("TPR = {%s}" % ", ".join("%.17g" % v for v in tpr))
print("THRESHOLDS = {%s}" % ", ".join(repr(float(v)) for v in thr[1:]))
