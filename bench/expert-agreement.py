#!/usr/bin/env python3
"""Compares `tcplens-cli expert` with `tshark -q -z expert` (TCP lines only) over captures.

For every capture it counts the items per (severity, group, summary) on each side and reports how
many agree: an item agrees when both sides count it (min of the two counts). Prints one line per
capture that differs, then the totals. Usage:
  bench/expert-agreement.py [--cli build-core/app/tcplens-cli] [--cache DIR] [--list] CAPTURE|DIR...
--cache keeps tshark's answers (NAME.expert) so a second run only runs tcplens. Exit 0 always:
this is a measurement; tests/core/TestExpertInfo.cpp holds the assertions.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

LINE = re.compile(r"^\s+(\d+)\s+(\S+)\s+(.+?)\s\s(.*)$")
SECTION = re.compile(r"^(Errors|Warns|Notes|Chats|Comments) \(\d+\)$")


def parse(text, protocol="TCP"):
    counts = collections.Counter()
    severity = None
    for line in text.splitlines():
        m = SECTION.match(line)
        if m:
            severity = m.group(1)
            continue
        m = LINE.match(line)
        if m and severity and m.group(3).strip() == protocol:
            counts[(severity, m.group(2), m.group(4))] += int(m.group(1))
    return counts


def tshark_expert(path, cache):
    cached = os.path.join(cache, os.path.basename(path) + ".expert") if cache else None
    if cached and os.path.exists(cached):
        with open(cached, encoding="utf-8", errors="replace") as f:
            return f.read()
    out = subprocess.run(["tshark", "-q", "-z", "expert", "-r", path], capture_output=True, text=True,
                         errors="replace", timeout=300).stdout
    if cached:
        os.makedirs(cache, exist_ok=True)
        with open(cached, "w", encoding="utf-8") as f:
            f.write(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build-core/app/tcplens-cli")
    ap.add_argument("--cache")
    ap.add_argument("--list", action="store_true", help="print every differing key")
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    files = []
    for item in args.inputs:
        if os.path.isdir(item):
            files += sorted(os.path.join(item, n) for n in os.listdir(item)
                            if n.endswith((".pcap", ".pcapng", ".cap")))
        else:
            files.append(item)
    total_ts = total_tl = matched = exact = unreadable = 0
    per_kind = collections.defaultdict(lambda: [0, 0, 0])
    for path in files:
        ours = subprocess.run([args.cli, "expert", path], capture_output=True, text=True, errors="replace")
        if ours.returncode != 0 and not ours.stdout:
            unreadable += 1
            print(f"{os.path.basename(path)}: tcplens cannot read it ({ours.stderr.strip()})")
            continue
        theirs = parse(tshark_expert(path, args.cache))
        mine = parse(ours.stdout)
        both = sum(min(theirs[k], mine[k]) for k in set(theirs) | set(mine))
        total_ts += sum(theirs.values())
        total_tl += sum(mine.values())
        matched += both
        for k in set(theirs) | set(mine):
            kind = re.sub(r"\d+", "N", k[2])
            per_kind[kind][0] += theirs[k]
            per_kind[kind][1] += mine[k]
            per_kind[kind][2] += min(theirs[k], mine[k])
        if theirs == mine:
            exact += 1
            continue
        print(f"{os.path.basename(path)}: tshark {sum(theirs.values())}, tcplens {sum(mine.values())}, agree {both}")
        if args.list:
            for k in sorted(set(theirs) | set(mine)):
                if theirs[k] != mine[k]:
                    print(f"    {k[0]:6} {k[1]:9} {k[2]}: tshark {theirs[k]}, tcplens {mine[k]}")
    print()
    print(f"{'summary':70} {'tshark':>7} {'tcplens':>7} {'both':>7}")
    for kind, (ts, tl, both) in sorted(per_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"{kind[:70]:70} {ts:7} {tl:7} {both:7}")
    read = len(files) - unreadable
    print(f"\ncaptures: {len(files)} ({unreadable} tcplens cannot read); identical TCP expert counts: {exact}/{read}")
    pct = 100.0 * matched / max(total_ts, total_tl, 1)
    print(f"TCP expert items: tshark {total_ts}, tcplens {total_tl}, agreeing {matched} ({pct:.2f}% of the larger)")


if __name__ == "__main__":
    sys.exit(main())
