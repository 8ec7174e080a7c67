"""Reference values for AdamOptimizerTest: torch.optim.Adam on a fixed two-parameter problem.

Run with Debian's PyTorch (apt-get install python3-torch):
    /usr/bin/python3 src/test/resources/train/adam_reference.py
and paste the printed arrays into AdamOptimizerTest. The test never calls Python.

The loss is sum(a * sin(3 * w1)) + 0.5 * sum((w2 - b)^2), so the gradients change from step to
step; 20 steps of Adam with lr 0.05, betas (0.9, 0.999), eps 1e-8, in float32 and float64.
"""
import torch

W1 = [[0.5, -1.0, 0.25, 2.0], [-0.75, 1.5, 0.1, -0.3], [1.2, -0.6, 0.9, 0.0]]
A = [[1.0, 2.0, -1.0, 0.5], [0.3, -2.0, 1.5, 1.0], [-0.7, 0.2, 2.5, -1.2]]
W2 = [0.0, 1.0, -2.0, 3.0, 0.5]
B = [1.0, -1.0, 0.5, 2.0, 0.25]


def run(dtype, steps):
    w1 = torch.tensor(W1, dtype=dtype, requires_grad=True)
    w2 = torch.tensor(W2, dtype=dtype, requires_grad=True)
    a = torch.tensor(A, dtype=dtype)
    b = torch.tensor(B, dtype=dtype)
    adam = torch.optim.Adam([w1, w2], lr=0.05, betas=(0.9, 0.999), eps=1e-8)
    for _ in range(steps):
        adam.zero_grad()
        loss = (a * torch.sin(3 * w1)).sum() + 0.5 * ((w2 - b) ** 2).sum()
        loss.backward()
        adam.step()
    return w1.detach().flatten().tolist(), w2.detach().tolist()


for name, dtype in (("FLOAT32", torch.float32), ("FLOAT64", torch.float64)):
    w1, w2 = run(dtype, 20)
    print(name + "_W1 = {" + ", ".join(repr(v) for v in w1) + "};")
    print(name + "_W2 = {" + ", ".join(repr(v) for v in w2) + "};")
