"""Makes the small TorchScript models and the expected values the TorchScript tests compare with.

Run from the repository root with Debian's PyTorch (apt-get install python3-torch):
    /usr/bin/python3 src/test/resources/torchscript/make_torchscript_models.py
It rewrites the folders and expected.json beside this script; the tests never run Python.
"""
import json
import os

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.manual_seed(7)


class Encoder(nn.Module):
    def __init__(self, latent, vae):
        super().__init__()
        self.vae = vae
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(64, 16), nn.ReLU())
        self.mu = nn.Linear(16, latent)
        self.logvar = nn.Linear(16, latent)

    def forward(self, x):
        h = self.body(x)
        return self.mu(h), self.logvar(h)


class AeEncoder(nn.Module):
    def __init__(self, latent):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, latent))

    def forward(self, x):
        return self.net(x)


class Decoder(nn.Module):
    def __init__(self, latent, probabilities, flat):
        super().__init__()
        self.probabilities = probabilities
        self.flat = flat
        self.net = nn.Sequential(nn.Linear(latent, 16), nn.ReLU(), nn.Linear(16, 64))

    def forward(self, z):
        out = self.net(z)
        if self.probabilities:
            out = torch.sigmoid(out)
        if self.flat:
            return out
        return out.view(-1, 1, 8, 8)


def save(folder, encoder, decoder, description, trace):
    path = os.path.join(HERE, folder)
    os.makedirs(path, exist_ok=True)
    encoder.eval()
    decoder.eval()
    if trace:
        enc = torch.jit.trace(encoder, torch.rand(2, 1, 8, 8))
        dec = torch.jit.trace(decoder, torch.rand(2, 3))
    else:
        enc = torch.jit.script(encoder)
        dec = torch.jit.script(decoder)
    enc.save(os.path.join(path, "encoder.pt"))
    dec.save(os.path.join(path, "decoder.pt"))
    with open(os.path.join(path, "model.json"), "w") as f:
        json.dump(description, f, indent=2)
    return enc, dec


def spec(kind, latent, output, data=None):
    d = {"format": 1, "model": {"kind": kind, "architecture": "TORCHSCRIPT", "latentSize": latent,
                                "input": {"channels": 1, "height": 8, "width": 8},
                                "decoderOutput": output}}
    if data is not None:
        d["data"] = data
    return d


vae_enc, vae_dec = Encoder(3, True), Decoder(3, False, False)
ae_enc, ae_dec = AeEncoder(3), Decoder(3, True, True)
digits = {"name": "digits", "classNames": [str(i) for i in range(10)]}
vae = save("tiny-vae", vae_enc, vae_dec, spec("VAE", 3, "logits", digits), trace=False)
ae = save("tiny-ae", ae_enc, ae_dec, spec("AE", 3, "probabilities"), trace=True)

# Broken folders: a state dict where TorchScript belongs, and a latent size the encoder lacks.
broken = os.path.join(HERE, "state-dict")
os.makedirs(broken, exist_ok=True)
torch.save(vae_enc.state_dict(), os.path.join(broken, "encoder.pt"))
vae[1].save(os.path.join(broken, "decoder.pt"))
with open(os.path.join(broken, "model.json"), "w") as f:
    json.dump(spec("VAE", 3, "logits", digits), f, indent=2)
wrong = os.path.join(HERE, "wrong-latent")
os.makedirs(wrong, exist_ok=True)
vae[0].save(os.path.join(wrong, "encoder.pt"))
vae[1].save(os.path.join(wrong, "decoder.pt"))
with open(os.path.join(wrong, "model.json"), "w") as f:
    json.dump(spec("VAE", 4, "logits", digits), f, indent=2)

images = torch.rand(3, 1, 8, 8, generator=torch.Generator().manual_seed(11))
z = torch.tensor([[0.5, -1.0, 2.0], [-0.25, 0.0, 1.5]])
with torch.no_grad():
    mu, logvar = vae[0](images)
    vae_pixels = torch.sigmoid(vae[1](z))
    ae_mu = ae[0](images)
    ae_pixels = ae[1](z).view(-1, 1, 8, 8)
expected = {
    "torch": torch.__version__,
    "images": images.flatten().tolist(),
    "z": z.flatten().tolist(),
    "vae": {"mu": mu.flatten().tolist(), "logvar": logvar.flatten().tolist(),
            "pixels": vae_pixels.flatten().tolist()},
    "ae": {"mu": ae_mu.flatten().tolist(), "pixels": ae_pixels.flatten().tolist()},
}
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f)
print("wrote", HERE)
