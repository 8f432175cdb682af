#!/usr/bin/env python3
"""The same SigEnt-SAC update as core/learning/sigent_sac.cpp, in Python with Debian's python3-torch
(same ATen kernels and BLAS underneath), on the same network shapes. Run by
`sigent-lab bench learner`, which prints both side by side.

usage: sac_update_bench.py MODE BATCH UPDATES THREADS [HIDDEN] [OOD_SAMPLES]
MODE is state or image. Prints one line:
"python ms_per_update=MEDIAN min=X max=Y params=N threads=T" over 3 fresh sets of networks.
"""
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

STATE_DIM, ACTION_DIM, IMAGE = 10, 3, 64
EXPERT = 40  # demo transitions in the C++ benchmark's expert buffer
CH = 16  # encoder channels (SacConfig::encoderChannels)
REPEATS = 3
OOD_SAMPLES = 4  # SacConfig::oodPolicySamples


def mlp(inp, hidden, out, layer_norm):
    layers, width = [], inp
    for _ in range(2):
        layers.append(nn.Linear(width, hidden))
        if layer_norm:
            layers.append(nn.LayerNorm(hidden))
        layers.append(nn.ReLU())
        width = hidden
    layers.append(nn.Linear(width, out))
    return nn.Sequential(*layers)


class Encoder(nn.Module):
    def __init__(self, image):
        super().__init__()
        self.image = image
        if image:
            convs, side, ch = [], IMAGE, 1
            for i in range(3):
                stride = 2
                convs += [nn.Conv2d(ch, CH, 3, stride=stride), nn.ReLU()]
                ch, side = CH, (side - 3) // stride + 1
            self.convs = nn.Sequential(*convs)
            self.project = nn.Linear(CH * side * side, 50)
            self.norm = nn.LayerNorm(50)
            self.out = 50
        else:
            self.out = STATE_DIM

    def forward(self, image, state):
        if not self.image:
            return state
        return torch.tanh(self.norm(self.project(self.convs(image).flatten(1))))


def main():
    mode, batch, updates, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    hidden = int(sys.argv[5]) if len(sys.argv) > 5 else 256
    global OOD_SAMPLES
    OOD_SAMPLES = int(sys.argv[6]) if len(sys.argv) > 6 else 4
    torch.set_num_threads(threads)
    # As in the C++ benchmark: fresh networks per repeat, median and range reported.
    runs = sorted(run_once(mode == "image", batch, updates, hidden, seed) for seed in range(REPEATS))
    params = run_once.params
    print(f"python ms_per_update={runs[len(runs) // 2]:.3f} min={runs[0]:.3f} max={runs[-1]:.3f} "
          f"params={params} threads={torch.get_num_threads()}")


def run_once(image, batch, updates, hidden, seed):
    torch.manual_seed(seed + 1)
    enc, tenc = Encoder(image), Encoder(image)
    actor = mlp(enc.out, hidden, 2 * ACTION_DIM, False)
    q1, q2 = mlp(enc.out + ACTION_DIM, hidden, 1, True), mlp(enc.out + ACTION_DIM, hidden, 1, True)
    tq1, tq2 = mlp(enc.out + ACTION_DIM, hidden, 1, True), mlp(enc.out + ACTION_DIM, hidden, 1, True)
    for t, s in ((tenc, enc), (tq1, q1), (tq2, q2)):
        t.load_state_dict(s.state_dict())
    copt = torch.optim.Adam(list(enc.parameters()) + list(q1.parameters()) + list(q2.parameters()), 3e-4)
    # bc_trains_encoder (the default): with images the actor's step also moves the encoder.
    aopt = torch.optim.Adam(list(actor.parameters()) + (list(enc.parameters()) if image else []), 3e-4)
    run_once.params = sum(p.numel() for m in (enc, actor, q1, q2) for p in m.parameters())
    alpha, gamma, k, beta, eps, lam = 0.002, 0.99, OOD_SAMPLES, 1.0, 0.2, 0.5
    m_mid = math.log(0.1 * math.sqrt(2 * math.pi * math.e))

    def sample(feat):
        out = actor(feat)
        mu, ls = out[:, :ACTION_DIM], out[:, ACTION_DIM:]
        ls = -1.6 + 1.8 * (torch.tanh(ls) + 1)
        x = mu + ls.exp() * torch.randn_like(mu)
        a = torch.tanh(x)
        logp = -0.5 * ((x - mu) / ls.exp()) ** 2 - ls - 0.5 * math.log(2 * math.pi) - torch.log(1 - a * a + 1e-6)
        return a, logp, mu, ls

    def hsig(logp):
        return torch.sigmoid((-logp - m_mid).clamp(-15, 15)).sum(-1, keepdim=True)

    def shift(img):
        n = img.shape[0]
        p = F.pad(img, (4, 4, 4, 4), mode="replicate")
        off = torch.randint(0, 9, (n, 2))
        return torch.stack([p[i, :, off[i, 0]:off[i, 0] + IMAGE, off[i, 1]:off[i, 1] + IMAGE] for i in range(n)])

    def data(n):
        img = torch.randint(0, 255, (n, 1, IMAGE, IMAGE), dtype=torch.uint8).float() / 255 if image else None
        return img, torch.randn(n, STATE_DIM if not image else 0), torch.rand(n, ACTION_DIM) * 2 - 1

    def update():
        img, st, act = data(batch)
        nimg, nst, _ = data(batch)
        eimg, est, eact = data(min(batch, EXPERT))  # the whole (small) demo buffer
        r, d = torch.rand(batch, 1), torch.zeros(batch, 1)
        if image:
            img, nimg, eimg = shift(img), shift(nimg), shift(eimg)
        feat = enc(img, st)
        with torch.no_grad():
            nf, ntf = enc(nimg, nst), tenc(nimg, nst)
            a2, lp2, _, _ = sample(nf)
            x2 = torch.cat([ntf, a2], 1)
            y = r + (1 - d) * gamma * (torch.min(tq1(x2), tq2(x2)) + alpha * hsig(lp2))
        x = torch.cat([feat, act], 1)
        v1, v2 = q1(x), q2(x)
        loss = (v1 - y).pow(2).mean() + (v2 - y).pow(2).mean()
        with torch.no_grad():
            out = actor(feat.detach())
            mu, ls = out[:, :ACTION_DIM], -1.6 + 1.8 * (torch.tanh(out[:, ACTION_DIM:]) + 1)
            ood = torch.tanh(mu.unsqueeze(0) + ls.exp().unsqueeze(0) * torch.randn(k, batch, ACTION_DIM))
        fr = feat.unsqueeze(0).expand(k, batch, -1).reshape(k * batch, -1)
        xo = torch.cat([fr, ood.reshape(k * batch, ACTION_DIM)], 1)
        for v, q in ((v1, q1), (v2, q2)):
            allq = torch.cat([v.unsqueeze(0), q(xo).view(k, batch, 1)], 0)
            loss = loss + (beta * torch.logsumexp(allq / beta, 0) - v).mean()
        copt.zero_grad()
        loss.backward()
        copt.step()
        f = feat.detach()
        a, lp, _, _ = sample(f)
        xa = torch.cat([f, a], 1)
        obj = (torch.min(q1(xa), q2(xa)) + alpha * hsig(lp)).mean()
        ef = enc(eimg, est)  # with images the BC gradient reaches the encoder
        emean = torch.tanh(actor(ef)[:, :ACTION_DIM])
        dist = (emean - eact).norm(dim=1, keepdim=True)
        gate = (dist.detach() > eps).float()
        aloss = -obj + lam * (gate * dist.pow(2)).mean()
        aopt.zero_grad()
        copt.zero_grad()
        aloss.backward()
        aopt.step()
        with torch.no_grad():
            for t, s in ((tenc, enc), (tq1, q1), (tq2, q2)):
                for pt, ps in zip(t.parameters(), s.parameters()):
                    pt.mul_(0.995).add_(ps, alpha=0.005)

    for _ in range(5):  # allocator and thread pool warm, as in the C++ benchmark
        update()
    start = time.perf_counter()
    for _ in range(updates):
        update()
    return (time.perf_counter() - start) * 1000 / updates


if __name__ == "__main__":
    main()
