"""scikit-learn's t-SNE joint probabilities P on a fixed input, for JointProbabilitiesTest.

Run: /usr/bin/python3 src/test/resources/projection/tsne_affinities_reference.py
(Debian's python3-sklearn 1.2). Prints the Java constants pasted into JointProbabilitiesTest.
The input is x[i][d] = float32(sin(0.41 (i + 1) (d + 1)) + 2 (i mod 3)), 30 points in 3-D;
perplexity 5, so scikit-learn takes min(n - 1, int(3 perplexity + 1)) = 16 neighbours.

scikit-learn rounds the squared distances to float32 before its bisection, which stops within
1e-5 nats of log(perplexity); a row whose entropy lands at that edge can stop one step earlier
than in double precision (as with 0.37 in the formula: 2.5e-4 apart). The script checks that no
row of this input does, by a double-precision bisection of its own, so the constants test the
algorithm and not that rounding.
"""
import numpy as np
from sklearn.manifold._t_sne import _joint_probabilities_nn
from sklearn.manifold._utils import _binary_search_perplexity
from sklearn.neighbors import NearestNeighbors

n, dims, perplexity = 30, 3, 5.0
x = np.array([[np.sin(0.41 * (i + 1) * (d + 1)) + 2 * (i % 3) for d in range(dims)]
              for i in range(n)]).astype(np.float32).astype(np.float64)
k = min(n - 1, int(3.0 * perplexity + 1))
distances = NearestNeighbors(n_neighbors=k, metric="euclidean").fit(x).kneighbors_graph(
    mode="distance")
distances.data **= 2
p = _joint_probabilities_nn(distances, perplexity, 0).toarray()

conditional = _binary_search_perplexity(
    distances.data.reshape(n, k).astype(np.float32), perplexity, 0)
for row, sq in enumerate(distances.data.reshape(n, k)):
    beta, low, high = 1.0, -np.inf, np.inf
    for _ in range(100):
        q = np.exp(-sq * beta)
        q /= q.sum()
        diff = np.log(np.exp(-sq * beta).sum()) + beta * (sq * q).sum() - np.log(perplexity)
        if abs(diff) <= 1e-5:
            break
        if diff > 0:
            low, beta = beta, beta * 2 if high == np.inf else (beta + high) / 2
        else:
            high, beta = beta, beta / 2 if low == -np.inf else (beta + low) / 2
    assert np.max(np.abs(q - conditional[row]) / conditional[row]) < 1e-6, row
assert np.allclose(p, p.T)
print("  // k = %d; nonzeros %d" % (k, np.count_nonzero(p)))
for row in (0, 7, 29):
    print("  private static final double[] SKLEARN_P_ROW_%d = {" % row)
    print("    " + ", ".join("%.9e" % v for v in p[row]))
    print("  };")
print("  private static final double[] SKLEARN_P_ROW_SUMS = {")
print("    " + ", ".join("%.9e" % v for v in p.sum(axis=1)))
print("  };")
