#!/usr/bin/env python3
"""Accuracy and calibration of the analyser's confidences over labelled corpora.

Runs the CLI (`exo-oauth-doctor analyze FILE --json --now ...`, see README "JSON contract") on
every labelled record of the given JSON-lines files and reports:

* top-1 / top-3 accuracy (the labelled cause first / among the first three findings);
* the top-finding Brier score: mean of (c - y)^2 where c is the confidence of the first finding
  (0 when there is none) and y is 1 if that finding names the labelled cause, else 0;
* the multi-class Brier score, one-vs-all over every finding, defined as in
  tests/diagnosis_corpus.rs: per record, the sum over the reported findings of (c - y)^2, plus 1
  when no finding names the labelled cause (a cause not reported counts as confidence 0);
* a reliability table in bins of 10 % over all findings (one-vs-all), with the expected
  calibration error (ECE, count-weighted |accuracy - mean confidence|), and the same table for
  the first finding only;
* optionally the worst misses (a wrong first finding said with the highest confidence first).

Records whose `cause` is "unconfirmed" are skipped. A record may list `also_acceptable` causes
(error-strings.jsonl); a finding naming one of them counts as right. With --bare the `bare` field
is analysed instead of `text` where a record has one.

It writes an SVG reliability diagram of all findings pooled over all files (--svg) and a text
summary (stdout, and --summary FILE). Python 3 standard library only.

Usage:
  scripts/calibrate.py [--cli target/release/exo-oauth-doctor] [--now 2026-01-01T00:00:00Z]
                       [--svg docs/calibration.svg] [--summary FILE] [--bare] [--misses N]
                       FILE.jsonl [FILE.jsonl ...]
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

BINS = 10


def load(path, bare):
    """Labelled records of one JSON-lines file: (id, text, set of acceptable causes)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            cause = rec.get("cause", "unconfirmed")
            if cause == "unconfirmed":
                continue
            text = rec.get("bare") if bare and rec.get("bare") else rec.get("text", "")
            ok = {cause, *rec.get("also_acceptable", [])}
            rid = rec.get("id") or rec.get("source") or f"{os.path.basename(path)}:{n}"
            out.append((rid, text, cause, ok))
    return out


def analyse(cli, now, text, tmpdir):
    """The findings [(cause, confidence)] the CLI reports for one text."""
    path = os.path.join(tmpdir, "input.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    res = subprocess.run(
        [cli, "analyze", path, "--json", "--now", now],
        capture_output=True,
        check=False,
    )
    if res.returncode != 0:
        raise SystemExit(f"{cli} failed ({res.returncode}): {res.stderr.decode(errors='replace')}")
    doc = json.loads(res.stdout)
    return [(f["cause"], float(f["confidence"])) for f in doc.get("findings", [])]


class Stats:
    """Accumulated accuracy and calibration figures."""

    def __init__(self):
        self.n = 0
        self.top1 = 0
        self.top3 = 0
        self.brier_top = 0.0
        self.brier_multi = 0.0
        self.conf_top = 0.0
        self.bins_all = [[0, 0.0, 0] for _ in range(BINS)]  # count, sum conf, right
        self.bins_top = [[0, 0.0, 0] for _ in range(BINS)]
        self.misses = []
        self.silent = 0

    def add(self, rid, cause, ok, findings):
        self.n += 1
        self.silent += int(not findings)
        ranks = [i for i, (c, _) in enumerate(findings) if c in ok]
        first = ranks[0] if ranks else None
        if first == 0:
            self.top1 += 1
        if first is not None and first < 3:
            self.top3 += 1
        top_c = findings[0][1] if findings else 0.0
        top_y = 1.0 if first == 0 else 0.0
        self.brier_top += (top_c - top_y) ** 2
        self.conf_top += top_c
        multi = 0.0 if ranks else 1.0
        for c, conf in findings:
            y = 1.0 if c in ok else 0.0
            multi += (conf - y) ** 2
            put(self.bins_all, conf, y)
        self.brier_multi += multi
        if findings:
            put(self.bins_top, top_c, top_y)
        if first != 0:
            got = ", ".join(f"{c} {conf:.2f}" for c, conf in findings[:3]) or "no finding"
            rank = "absent" if first is None else f"rank {first + 1}"
            self.misses.append((top_c, rid, cause, rank, got))

    def merge(self, other):
        self.n += other.n
        self.top1 += other.top1
        self.top3 += other.top3
        self.brier_top += other.brier_top
        self.brier_multi += other.brier_multi
        self.conf_top += other.conf_top
        self.silent += other.silent
        for mine, theirs in ((self.bins_all, other.bins_all), (self.bins_top, other.bins_top)):
            for a, b in zip(mine, theirs):
                a[0] += b[0]
                a[1] += b[1]
                a[2] += b[2]
        self.misses += other.misses


def put(bins, conf, y):
    i = min(BINS - 1, max(0, int(math.floor(conf * BINS))))
    bins[i][0] += 1
    bins[i][1] += conf
    bins[i][2] += int(y)


def ece(bins):
    total = sum(b[0] for b in bins)
    if not total:
        return 0.0
    return sum(b[0] * abs(b[2] / b[0] - b[1] / b[0]) for b in bins if b[0]) / total


def table(bins, title):
    lines = [title, "  bin        n   mean conf   observed"]
    for i, (k, s, r) in enumerate(bins):
        lo, hi = i * 100 // BINS, (i + 1) * 100 // BINS
        if k:
            lines.append(f"  {lo:3d}-{hi:3d} % {k:4d}   {s / k:9.3f}   {r / k:8.3f}")
        else:
            lines.append(f"  {lo:3d}-{hi:3d} % {k:4d}           -          -")
    lines.append(f"  ECE {ece(bins):.3f}")
    return lines


def summary(label, st):
    n = max(st.n, 1)
    return [
        f"{label}: {st.n} labelled records",
        f"  top-1 {st.top1}/{st.n} = {100 * st.top1 / n:.1f} %, "
        f"top-3 {st.top3}/{st.n} = {100 * st.top3 / n:.1f} %",
        f"  Brier (top finding) {st.brier_top / n:.3f}, "
        f"multi-class Brier (one-vs-all, summed over findings) {st.brier_multi / n:.3f}",
        f"  mean top confidence {st.conf_top / n:.3f} against top-1 accuracy {st.top1 / n:.3f}; "
        f"{st.silent} records with no finding",
    ]


def svg(bins, path, subtitle, files):
    """A reliability diagram: bars of observed frequency per confidence bin, the diagonal,
    counts above the bars, labelled axes."""
    w, h = 560, 460
    left, right, top, bottom = 70, 20, 76, 70
    pw, ph = w - left - right, h - top - bottom

    def x(v):
        return left + v * pw

    def y(v):
        return top + (1 - v) * ph

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="#ffffff"/>',
        f'<text x="{w / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">'
        "Reliability of the analyser's confidences</text>",
        f'<text x="{w / 2}" y="40" text-anchor="middle" fill="#444">{escape(subtitle)}</text>',
        f'<text x="{w / 2}" y="56" text-anchor="middle" fill="#444">{escape(files)}</text>',
    ]
    for t in range(0, 11, 2):
        v = t / 10
        out.append(
            f'<line x1="{x(0):.1f}" y1="{y(v):.1f}" x2="{x(1):.1f}" y2="{y(v):.1f}" '
            'stroke="#e5e5e5"/>'
        )
        out.append(
            f'<text x="{x(0) - 8:.1f}" y="{y(v) + 4:.1f}" text-anchor="end">{t * 10} %</text>'
        )
        out.append(
            f'<text x="{x(v):.1f}" y="{y(0) + 18:.1f}" text-anchor="middle">{t * 10} %</text>'
        )
    for i, (k, s, r) in enumerate(bins):
        if not k:
            continue
        acc = r / k
        bx, bw = x(i / BINS) + 3, pw / BINS - 6
        out.append(
            f'<rect x="{bx:.1f}" y="{y(acc):.1f}" width="{bw:.1f}" height="{y(0) - y(acc):.1f}" '
            f'fill="#4a78b5" fill-opacity="0.75"><title>{i * 10}-{i * 10 + 10} %: {k} findings, '
            f"observed {acc:.2f}, mean confidence {s / k:.2f}</title></rect>"
        )
        out.append(
            f'<circle cx="{x(s / k):.1f}" cy="{y(acc):.1f}" r="3.5" fill="#c0392b"/>'
        )
        out.append(
            f'<text x="{bx + bw / 2:.1f}" y="{y(acc) - 5:.1f}" text-anchor="middle" '
            f'fill="#222">n={k}</text>'
        )
    out.append(
        f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="#888" '
        'stroke-dasharray="5,4"/>'
    )
    out.append(
        f'<rect x="{x(0)}" y="{y(1)}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>'
    )
    out.append(
        f'<text x="{left + pw / 2}" y="{h - 28}" text-anchor="middle">'
        "confidence shown (bins of 10 %; red dot: mean confidence in the bin)</text>"
    )
    out.append(
        f'<text x="18" y="{top + ph / 2}" text-anchor="middle" '
        f'transform="rotate(-90 18 {top + ph / 2})">observed frequency right</text>'
    )
    out.append(
        f'<text x="{x(0) + 8}" y="{y(1) + 16}" text-anchor="start" fill="#666">'
        "dashed: perfect calibration</text>"
    )
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--cli", default="target/release/exo-oauth-doctor")
    ap.add_argument("--now", default="2026-01-01T00:00:00Z")
    ap.add_argument("--svg")
    ap.add_argument("--summary")
    ap.add_argument("--bare", action="store_true")
    ap.add_argument("--misses", type=int, default=0)
    a = ap.parse_args()

    pooled = Stats()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in a.files:
            st = Stats()
            for rid, text, cause, ok in load(path, a.bare):
                st.add(rid, cause, ok, analyse(a.cli, a.now, text, tmp))
            lines += summary(os.path.basename(path) + (" (bare)" if a.bare else ""), st)
            pooled.merge(st)
    if len(a.files) > 1:
        lines += summary("all files", pooled)
    lines += table(pooled.bins_all, "reliability, all findings (one-vs-all):")
    lines += table(pooled.bins_top, "reliability, first finding only:")
    if a.misses:
        lines.append(f"worst {a.misses} misses (wanted <- got):")
        for conf, rid, cause, rank, got in sorted(pooled.misses, key=lambda m: -m[0])[: a.misses]:
            lines.append(f"  {rid}: wanted {cause} ({rank}) <- {got}")
    text = "\n".join(lines)
    print(text)
    if a.summary:
        with open(a.summary, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    if a.svg:
        n = max(pooled.n, 1)
        sub = (
            f"{pooled.n} labelled records, {sum(b[0] for b in pooled.bins_all)} findings; "
            f"Brier top {pooled.brier_top / n:.3f}, multi-class {pooled.brier_multi / n:.3f}, "
            f"ECE {ece(pooled.bins_all):.3f}"
        )
        names = "files: " + ", ".join(os.path.basename(p) for p in a.files)
        svg(pooled.bins_all, a.svg, sub, names + (" (bare texts)" if a.bare else ""))


if __name__ == "__main__":
    sys.exit(main())
