#!/usr/bin/env python3
"""Scores the CLI (target/debug) on the second harvest's confirmed reports (ids a…/b… of
tests/fixtures/harvest.jsonl) and on tests/fixtures/error-strings-2.jsonl (as logged and bare,
top-1/top-3 with also_acceptable, as tests/strings_accuracy.rs scores them). -v lists the misses."""
import json, subprocess, sys, collections
BIN = "target/debug/exo-oauth-doctor"
NOW = "2026-01-01T00:00:00Z"

def causes(text):
    p = subprocess.run([BIN, "analyze", "-", "--json", "--now", NOW], input=text.encode(),
                       capture_output=True)
    j = json.loads(p.stdout)
    return [f["cause"] for f in j.get("findings", [])]

verbose = "-v" in sys.argv
rows = [json.loads(l) for l in open("tests/fixtures/harvest.jsonl") if l.strip()]
n = t1 = t3 = 0
for r in rows:
    if r["id"][0] not in "ab" or r["cause"] == "unconfirmed":
        continue
    n += 1
    got = causes(r["text"])
    pos = got.index(r["cause"]) if r["cause"] in got else None
    t1 += pos == 0
    t3 += pos is not None and pos < 3
    if pos != 0 and verbose:
        print(f"H {'miss1' if pos is not None and pos < 3 else 'MISS3'} {r['id']} want {r['cause']} rank {None if pos is None else pos+1} got {got[:3]} [{r['protocol']}/{r['client'][:30]}]")
print(f"harvest a/b confirmed: n={n} top1={t1} top3={t3}")

by = collections.defaultdict(lambda: [0, 0, 0])
for l in open("tests/fixtures/error-strings-2.jsonl"):
    if not l.strip():
        continue
    v = json.loads(l)
    if v["cause"] == "unconfirmed":
        continue
    ok = [v["cause"]] + v.get("also_acceptable", [])
    runs = [("text", v["text"])]
    if v.get("bare") and v["bare"] != v["text"]:
        runs.append(("bare", v["bare"]))
    for form, text in runs:
        got = causes(text)
        a = bool(got) and got[0] in ok
        b = any(c in ok for c in got[:3])
        for k in (form, f"{v['category']} {form}"):
            by[k][0] += 1; by[k][1] += a; by[k][2] += b
        if not a and verbose:
            print(f"S {'miss1' if b else 'MISS3'} [{v['category']} {form}] want {v['cause']} got {got[:3]}: {text[:140]!r}")
for k in sorted(by):
    n, a, b = by[k]
    print(f"  {k:28} n={n:3} top1={a:3} ({100*a/n:.1f}%) top3={b:3} ({100*b/n:.1f}%)")
