"""PyTorch reference timing of the paper's model (same maths as the authors' train_model.py).

Prints one JSON line: {"torch": version, "float32": ms, "float64": ms} — the median milliseconds of
one full-batch AdamW training step plus a forward pass on the test set, one CPU thread.
Run with Debian's python3-torch and OPENBLAS_NUM_THREADS=1 (the bench sets it).
"""
import json
import sys
import time

import torch

P, D, H, STEPS, WARMUP = 59, 128, 100, int(sys.argv[1]) if len(sys.argv) > 1 else 60, 10


def bench(dtype):
    torch.manual_seed(0)
    torch.set_num_threads(1)
    n = P * P
    a = torch.arange(n) % P
    b = torch.arange(n) // P
    y = (a + b) % P
    perm = torch.randperm(n)
    tr, te = perm[: int(0.8 * n)], perm[int(0.8 * n):]
    emb = torch.nn.Parameter(torch.randn(P, D, dtype=dtype))
    mlp = torch.nn.Sequential(
        torch.nn.Linear(2 * D, H), torch.nn.SiLU(), torch.nn.Linear(H, H), torch.nn.SiLU(), torch.nn.Linear(H, P)
    ).to(dtype)
    opt = torch.optim.AdamW([emb, *mlp.parameters()], lr=0.01, weight_decay=0.5, foreach=False)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        x = torch.cat([emb[a[tr]], emb[b[tr]]], dim=1)
        loss = loss_fn(mlp(x), y[tr])
        opt.zero_grad()
        loss.backward()
        opt.step()
        with torch.no_grad():
            xt = torch.cat([emb[a[te]], emb[b[te]]], dim=1)
            loss_fn(mlp(xt), y[te]).item()
        return loss.item()

    for _ in range(WARMUP):
        step()
    times = []
    for _ in range(STEPS):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2]


print(json.dumps({"torch": torch.__version__, "float32": bench(torch.float32), "float64": bench(torch.float64)}))
