"""Makes the decoder sensitivities the sensitivity tests compare with, from the TorchScript models
beside this script (made by make_torchscript_models.py; this script does not change them).

Run from the repository root with Debian's PyTorch (apt-get install python3-torch):
    /usr/bin/python3 src/test/resources/torchscript/sensitivity_reference.py
It writes sensitivity-expected.json beside this script; the tests never run Python.

For each model and latent point z: J = d pixels / dz by torch.autograd.functional.jacobian, in
float64, of the pixel probabilities (the sigmoid of a decoder that returns logits), then the
Frobenius norm of J and log sqrt(det(J^T J)).
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
Z = [[0.5, -1.0, 2.0], [-0.25, 0.0, 1.5], [1.2, 0.7, -0.4]]


def probabilities(decoder, logits):
    def run(z):
        out = decoder(z.unsqueeze(0)).reshape(-1)
        return torch.sigmoid(out) if logits else out
    return run


def values(folder, logits):
    decoder = torch.jit.load(os.path.join(HERE, folder, "decoder.pt")).double().eval()
    frobenius, log_magnification = [], []
    for z in Z:
        jac = torch.autograd.functional.jacobian(
            probabilities(decoder, logits), torch.tensor(z, dtype=torch.float64))
        gram = jac.T @ jac
        frobenius.append(torch.linalg.norm(jac).item())
        log_magnification.append(0.5 * torch.logdet(gram).item())
    return {"frobenius": frobenius, "logMagnification": log_magnification}


expected = {
    "torch": torch.__version__,
    "z": [v for row in Z for v in row],
    "tiny-vae": values("tiny-vae", True),
    "tiny-ae": values("tiny-ae", False),
}
with open(os.path.join(HERE, "sensitivity-expected.json"), "w") as f:
    json.dump(expected, f, indent=1)
print(json.dumps(expected, indent=1))
