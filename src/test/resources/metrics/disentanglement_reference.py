"""Reference values for DisentanglementScoresTest: disentanglement_lib's formulas with scikit-learn,
on fixed inputs that the test makes by the same formulas.

Run: /usr/bin/python3 src/test/resources/metrics/disentanglement_reference.py   (python3-sklearn)

Inputs: n = 600 items; factors f0 = i mod 3, f1 = (7 i) mod 5; codes
  z0 = f0 + 0.3 sin(i), z1 = 0.5 f1 + 0.2 cos(1.7 i), z2 = sin(0.37 i), z3 = 0.5 f0 + 0.5 sin(2.3 i).
The first 400 items train the classifiers, the last 200 test them.
The classifiers are solved to their optimum, as the Java solvers are: newton-cg with a tight
tolerance (the default lbfgs stops on a relative change of the objective of 2.2e-9, which on
nearly separable data leaves the weights about 1e-5 from the optimum).
"""
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import mutual_info_score
from sklearn.svm import LinearSVC

n = 600
i = np.arange(n)
factors = np.stack([i % 3, (7 * i) % 5], axis=1)
codes = np.stack([
    factors[:, 0] + 0.3 * np.sin(i),
    0.5 * factors[:, 1] + 0.2 * np.cos(1.7 * i),
    np.sin(0.37 * i),
    0.5 * factors[:, 0] + 0.5 * np.sin(2.3 * i),
], axis=1)
train, test = slice(0, 400), slice(400, 600)


def fmt(a):
    return "{" + ", ".join("%.17g" % v for v in np.ravel(a)) + "}"


# MIG (Chen et al. 2018), disentanglement_lib: 20-bin histogram discretisation of each code
def discretize(x, bins=20):
    return np.digitize(x, np.histogram(x, bins)[1][:-1])


mi = np.array([[mutual_info_score(factors[:, k], discretize(codes[:, j]))
                for k in range(2)] for j in range(4)])
entropy = np.array([mutual_info_score(factors[:, k], factors[:, k]) for k in range(2)])
s = np.sort(mi, axis=0)[::-1]
print("MI = " + fmt(mi))
print("ENTROPY = " + fmt(entropy))
print("MIG = %.17g" % np.mean((s[0] - s[1]) / entropy))

# beta-VAE score's classifier: logistic regression (default C = 1), accuracy on the test part,
# here on the codes as features and f1 as the label
lr = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-10, max_iter=100000)
lr.fit(codes[train], factors[train, 1])
print("LOGISTIC_ACCURACY = %.17g" % np.mean(lr.predict(codes[test]) == factors[test, 1]))
print("LOGISTIC_TRAIN_ACCURACY = %.17g" % np.mean(lr.predict(codes[train]) == factors[train, 1]))

# SAP (Kumar et al. 2018), disentanglement_lib with discrete factors: a LinearSVC(C = 0.01,
# class_weight = "balanced") per code and factor, accuracy on the test part; then the gap between
# the best two codes per factor
sap = np.zeros((4, 2))
for j in range(4):
    for k in range(2):
        svc = LinearSVC(C=0.01, class_weight="balanced", tol=1e-8, max_iter=1000000)
        svc.fit(codes[train, j:j + 1], factors[train, k])
        sap[j, k] = np.mean(svc.predict(codes[test, j:j + 1]) == factors[test, k])
ss = np.sort(sap, axis=0)
print("SAP_MATRIX = " + fmt(sap))
print("SAP = %.17g" % np.mean(ss[-1] - ss[-2]))

# DCI (Eastwood and Williams 2018) with our importance model: per factor a logistic regression
# (C = 1) on the standardised codes; importance of code j = mean over classes of |coef|
mean, sd = codes[train].mean(axis=0), codes[train].std(axis=0)
zs = (codes - mean) / sd
importance = np.zeros((4, 2))
accuracy = np.zeros(2)
for k in range(2):
    m = LogisticRegression(C=1.0, solver="newton-cg", tol=1e-10, max_iter=100000).fit(zs[train], factors[train, k])
    importance[:, k] = np.abs(m.coef_).mean(axis=0)
    accuracy[k] = np.mean(m.predict(zs[test]) == factors[test, k])


def entropy_base(p, base):
    p = p[p > 0]
    return -np.sum(p * np.log(p)) / np.log(base)


per_code = np.array([1 - entropy_base(importance[j] / importance[j].sum(), 2) for j in range(4)])
weights = importance.sum(axis=1) / importance.sum()
per_factor = np.array([1 - entropy_base(importance[:, k] / importance[:, k].sum(), 4) for k in range(2)])
print("IMPORTANCE = " + fmt(importance))
print("DCI_DISENTANGLEMENT = %.17g" % np.sum(per_code * weights))
print("DCI_COMPLETENESS = %.17g" % np.mean(per_factor))
print("DCI_INFORMATIVENESS = %.17g" % np.mean(accuracy))
