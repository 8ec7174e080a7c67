"""Quality of 2-D embeddings as scikit-learn measures it (docs/metrics.md), and scikit-learn's
own Barnes-Hut t-SNE of the same input for comparison.

Run with Debian's python3-sklearn (1.2):
  /usr/bin/python3 projection_quality.py X.npy [--sklearn] EMBEDDING.npy ...
X.npy: the n x d input (float32). Each EMBEDDING.npy: n x 2, rows in the order of X.
--sklearn: also run sklearn.manifold.TSNE(init="pca", learning_rate="auto", random_state=0,
n_jobs=2) on X, time it, and measure it the same way.
--check: compare the chunked trustworthiness with sklearn.manifold.trustworthiness on 2,000 rows.

KL(P||Q): P is scikit-learn's own (k = min(n - 1, 3 x perplexity + 1) nearest neighbours,
squared euclidean distances, _joint_probabilities_nn with perplexity 30); Q is exact, over all
pairs (Z summed in blocks), so the figure does not depend on any approximation of Q.
Trustworthiness at 10 neighbours follows sklearn.manifold.trustworthiness exactly, computed in
blocks of rows so that 70,000 points fit in memory.
"""
import sys, time
import numpy as np
from sklearn.neighbors import NearestNeighbors
from sklearn.manifold import TSNE, trustworthiness
from sklearn.manifold._t_sne import _joint_probabilities_nn

PERPLEXITY = 30.0
BLOCK = 500


def joint_p(x):
    n = x.shape[0]
    k = min(n - 1, int(3.0 * PERPLEXITY + 1))
    nn = NearestNeighbors(n_neighbors=k, metric="euclidean", n_jobs=2).fit(x)
    d = nn.kneighbors_graph(mode="distance")
    d.data **= 2
    return _joint_probabilities_nn(d, PERPLEXITY, 0).tocoo()


def kl(p, y):
    y = y.astype(np.float64)
    n = y.shape[0]
    sq = (y ** 2).sum(1)
    z = 0.0
    for s in range(0, n, BLOCK):
        b = y[s:s + BLOCK]
        d2 = np.maximum(sq[s:s + BLOCK, None] + sq[None, :] - 2 * b @ y.T, 0)
        w = 1.0 / (1.0 + d2)
        z += w.sum() - len(b)  # the diagonal
    dij = ((y[p.row] - y[p.col]) ** 2).sum(1)
    q = 1.0 / (1.0 + dij) / z
    pv = p.data
    keep = pv > 0
    return float((pv[keep] * np.log(np.maximum(pv[keep], 1e-12) / np.maximum(q[keep], 1e-12))).sum())


def trust(x, y, k=10):
    x = x.astype(np.float64)
    n = x.shape[0]
    emb = NearestNeighbors(n_neighbors=k).fit(y).kneighbors(return_distance=False)
    sq = (x ** 2).sum(1)
    total = 0.0
    for s in range(0, n, BLOCK):
        rows = np.arange(s, min(n, s + BLOCK))
        d = sq[rows, None] + sq[None, :] - 2 * x[rows] @ x.T
        d[np.arange(len(rows)), rows] = -np.inf  # self has rank 0
        dj = d[np.arange(len(rows))[:, None], emb[rows]]
        kth = np.partition(d, k, axis=1)[:, k]  # the k-th nearest other point
        for c in range(k):
            need = dj[:, c] > kth
            if need.any():
                # the rank of j among i's neighbours in the input (1 = nearest)
                r = (d[need] < dj[need, c][:, None]).sum(1)
                total += np.maximum(r - k, 0).sum()
    return 1.0 - total * (2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)))


def main(args):
    x = np.load(args[0])
    rest = args[1:]
    if "--check" in rest:
        rest.remove("--check")
        m = min(2000, x.shape[0])
        rng = np.random.default_rng(0)
        yy = rng.normal(size=(m, 2)) + x[:m, :2]
        print(f"check: trustworthiness chunked {trust(x[:m], yy):.6f}, sklearn {trustworthiness(x[:m], yy, n_neighbors=10):.6f}")
    t = time.perf_counter()
    p = joint_p(x)
    print(f"P of {x.shape[0]} x {x.shape[1]}: {time.perf_counter() - t:.1f} s")
    if "--sklearn" in rest:
        rest.remove("--sklearn")
        t = time.perf_counter()
        e = TSNE(2, init="pca", learning_rate="auto", random_state=0, n_jobs=2).fit_transform(x)
        took = time.perf_counter() - t
        name = args[0].replace(".npy", "-sklearn.npy")
        np.save(name, e.astype(np.float32))
        print(f"sklearn TSNE barnes-hut {x.shape[0]}: {took:.1f} s")
        rest.insert(0, name)
    for f in rest:
        y = np.load(f)
        print(f"quality {f}: KL {kl(p, y):.4f} trustworthiness {trust(x, y):.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
