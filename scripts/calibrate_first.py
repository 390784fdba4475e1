#!/usr/bin/env python3
"""Fits the first finding's calibration map and checks it on the other half.

Reads the pairs `examples/ablate.rs --pairs FILE` writes (per text and run: the first finding's
confidence, whether it names the labelled cause, whether it ranks thin evidence, the text's half
by FNV-1a parity, its file). Thin evidence is left out (its candidates are shares counted from the
public reports already). The map is fitted on one half, from the runs that stand for a paste the
analyser has and has not seen (as shipped, and with the rows that read the text left out), with
the labelled reports (`harvest`, `corpus`) weighted three times as much in all as the single
error texts (a paste is more often a log than one line; `--reports`):
per tenth of confidence, the weighted share right (with one right and one wrong added, so a thin
bin stays near its confidence), made monotone (pool adjacent violators), never below the
confidence itself. It prints the knots (the bin's mean confidence -> the share right) and, on the
other half, the Brier score and expected calibration error of every run before and after, for the
reports and the texts apart; beside it, two maps (the second finding shown below or from
CONTESTED) for comparison: they did no better, so one map is shipped.

Usage: scripts/calibrate_first.py PAIRS.jsonl [--fit-half 0] [--runs 0,1]
"""

import argparse
import json


# A first finding is contested when the second is shown at this or more (before the map).
CONTESTED = 0.3


def is_report(r):
    return "harvest" in r["file"] or "corpus" in r["file"]


def fit(rows, weight):
    """Knots (x, y) of the monotone map from weighted rows."""
    bins = [[0.0, 0.0, 0.0] for _ in range(10)]  # weight, weighted conf, weighted right
    for r in rows:
        w = weight(r)
        b = min(int(r["conf"] * 10), 9)
        bins[b][0] += w
        bins[b][1] += w * r["conf"]
        bins[b][2] += w * r["right"]
    blocks = []  # [weight, x, y] per non-empty bin, then pooled
    for w, wc, wr in bins:
        if w <= 0:
            continue
        x = wc / w
        # One right and one wrong added (weight 1 each), so a bin of a few texts stays near x.
        y = (wr + 1.0) / (w + 2.0)
        blocks.append([w, x, y])
    # Pool adjacent violators on y, weighted.
    out = []
    for b in blocks:
        out.append([b[0], [b[1]], b[2]])
        while len(out) > 1 and out[-2][2] > out[-1][2]:
            w2, xs2, y2 = out.pop()
            w1, xs1, y1 = out.pop()
            out.append([w1 + w2, xs1 + xs2, (w1 * y1 + w2 * y2) / (w1 + w2)])
    knots = []
    for w, xs, y in out:
        for x in xs:
            knots.append((round(x, 3), round(min(max(y, x), 0.99), 3)))
    # Never below the confidence itself, and still monotone after that.
    fixed = []
    for x, y in knots:
        if fixed and y < fixed[-1][1]:
            y = fixed[-1][1]
        fixed.append((x, y))
    return fixed


def apply(knots, c):
    if not knots or c <= knots[0][0]:
        # Below the first knot: scaled like it, never below c.
        if knots and knots[0][0] > 0:
            return max(c, c * knots[0][1] / knots[0][0]) if c > 0 else c
        return c
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if c <= x1:
            return y0 + (y1 - y0) * (c - x0) / (x1 - x0) if x1 > x0 else y1
    return min(max(c, knots[-1][1]), 0.99)


def score(rows, f):
    n = len(rows) or 1
    brier = sum((f(r) - r["right"]) ** 2 for r in rows) / n
    ece = 0.0
    for b in range(10):
        v = [r for r in rows if min(int(f(r) * 10), 9) == b]
        if v:
            c = sum(f(r) for r in v) / len(v)
            a = sum(r["right"] for r in v) / len(v)
            ece += len(v) / n * abs(c - a)
    return brier, ece


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs")
    ap.add_argument("--fit-half", type=int, default=0)
    ap.add_argument("--runs", default="1,2")
    ap.add_argument("--reports", type=float, default=3.0,
                    help="the reports' weight in all, as a multiple of the single texts' (default 3)")
    a = ap.parse_args()
    runs = {int(x) for x in a.runs.split(",")}
    rows = [json.loads(l) for l in open(a.pairs, encoding="utf-8") if l.strip()]
    rows = [r for r in rows if not r["thin"]]
    train = [r for r in rows if r["half"] == a.fit_half and r["run"] in runs]
    n_rep = sum(1 for r in train if is_report(r)) or 1
    n_txt = sum(1 for r in train if not is_report(r)) or 1
    weight = lambda r: (a.reports * n_txt / n_rep) if is_report(r) else 1.0
    # Two maps: the first finding alone (the second shown below CONTESTED) and contested.
    contested = lambda r: r.get("second", 0.0) >= CONTESTED
    maps = {}
    for name, sel in (("alone", lambda r: not contested(r)), ("contested", contested)):
        maps[name] = fit([r for r in train if sel(r)], weight)
        print(f"knots, {name} (support -> calibrated):", ", ".join(f"({x:.3f}, {y:.3f})" for x, y in maps[name]))
    single = fit(train, weight)
    print("knots, the map shipped (support -> calibrated):", ", ".join(f"({x:.3f}, {y:.3f})" for x, y in single))
    mapped = lambda r: apply(maps["contested" if contested(r) else "alone"], r["conf"])
    test = [r for r in rows if r["half"] != a.fit_half]
    for run in range(4):
        for name, sel in (("reports", is_report), ("texts", lambda r: not is_report(r))):
            v = [r for r in test if r["run"] == run and sel(r)]
            if not v:
                continue
            b0, e0 = score(v, lambda r: r["conf"])
            b1, e1 = score(v, lambda r: apply(single, r["conf"]))
            b2, e2 = score(v, mapped)
            print(f"held-out half, run {run}, {name:7} {len(v):4}: Brier {b0:.3f} -> one map {b1:.3f} -> two {b2:.3f}; ECE {e0:.3f} -> {e1:.3f} -> {e2:.3f}")


if __name__ == "__main__":
    main()
