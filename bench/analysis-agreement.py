#!/usr/bin/env python3
"""Per-field agreement of tcplens's TCP analysis with tshark, over a folder of captures.

For every capture, runs tshark (one pass, relative sequence numbers, sequence analysis on) and
`tcplens-cli packets --json`, pairs the frames, and counts per field on how many of the frames
that BOTH decode as TCP the two answers agree. Frames only one side decodes as TCP (tunnels,
IP fragments) and frames carrying two TCP headers are counted apart; an ICMP error whose quoted
TCP header tshark files in a conversation has its own line, the stream number alone.
With --conv it also compares `tshark -q -z conv,tcp` with `tcplens-cli conversations --json`
(frames and bytes each way, duration).

    bench/analysis-agreement.py [--cli PATH] [--oracle DIR] [--details N] [--conv] CAPTURE_OR_DIR...

--oracle DIR reads DIR/NAME.tsv (and NAME.conv) made by the commands in
/work/shared/captures/public/README.md instead of running tshark (faster, same answers).
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys

FLAGS = [
    "retransmission", "fast_retransmission", "spurious_retransmission", "out_of_order", "lost_segment",
    "ack_lost_segment", "duplicate_ack", "zero_window", "zero_window_probe", "zero_window_probe_ack",
    "window_full", "window_update", "keep_alive", "keep_alive_ack", "reused_ports",
]
# tshark has no per-frame field for the duplicate-ACK flag itself: its number stands for it.
TSHARK_FLAG_FIELD = {name: "tcp.analysis." + name for name in FLAGS}
TSHARK_FLAG_FIELD["duplicate_ack"] = "tcp.analysis.duplicate_ack_num"

TSHARK_FIELDS = [
    "frame.number", "tcp.srcport", "tcp.stream", "tcp.seq", "tcp.ack", "tcp.flags", "tcp.window_size",
    "tcp.analysis.duplicate_ack_num", "tcp.analysis.bytes_in_flight", "tcp.analysis.ack_rtt", "tcp.completeness",
] + sorted(set(TSHARK_FLAG_FIELD.values()) - {"tcp.analysis.duplicate_ack_num"})

VALUE_FIELDS = ["tcp.stream", "tcp.stream (grouping)", "tcp.stream (ICMP-quoted)", "tcp.seq", "tcp.ack", "tcp.window_size",
                "tcp.analysis.duplicate_ack_num", "tcp.analysis.bytes_in_flight", "tcp.analysis.ack_rtt",
                "tcp.completeness"]

CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap", ".pcap.gz", ".pcapng.gz", ".cap.gz", ".ntar", ".erf", ".snoop")


def run(args):
    done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def oracle_file(oracle, path, suffix):
    """DIR/NAME.tsv for DIR/../NAME.pcapng (the capture's name without its extension)."""
    name = os.path.basename(path)
    for ext in sorted(CAPTURE_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
            break
    return os.path.join(oracle, name + suffix)


def tshark_rows(tshark, path, oracle):
    """One dict per frame: field -> text (first occurrence), plus '_headers' = TCP header count."""
    if oracle:
        tsv = oracle_file(oracle, path, ".tsv")
        if not os.path.exists(tsv):
            return None, "no oracle " + tsv
        with open(tsv, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:
        args = [tshark, "-n", "-r", path, "-o", "tcp.relative_sequence_numbers:TRUE", "-o",
                "tcp.analyze_sequence_numbers:TRUE", "-T", "fields", "-E", "header=y", "-E", "separator=/t",
                "-E", "occurrence=a", "-E", "aggregator=,"]
        for field in TSHARK_FIELDS:
            args += ["-e", field]
        code, text, err = run(args)
        if code != 0 and not text:
            return None, "tshark failed: " + err.strip()
    lines = text.split("\n")
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if not line:
            continue
        values = line.split("\t")
        row = {}
        for i, name in enumerate(header):
            value = values[i] if i < len(values) else ""
            row[name] = value.split(",")[0]
            if name == "tcp.srcport":
                row["_headers"] = 0 if value == "" else len(value.split(","))
        rows.append(row)
    return rows, None


def our_rows(cli, path):
    code, text, err = run([cli, "packets", path, "--json"])
    if code != 0:
        return None, "tcplens-cli failed: " + err.strip()
    return [json.loads(line) for line in text.splitlines() if line.strip()], None


def usec(seconds):
    return "" if seconds in ("", None) else str(round(float(seconds) * 1e6))


def number(value):
    return "" if value is None else str(value)


class Tally:
    def __init__(self):
        self.agree = collections.Counter()
        self.total = collections.Counter()
        self.flag_tshark = collections.Counter()
        self.flag_ours = collections.Counter()
        self.flag_both = collections.Counter()
        self.examples = collections.defaultdict(list)
        self.frames = collections.Counter()

    def note(self, field, ok, where, theirs, ours, details):
        self.total[field] += 1
        if ok:
            self.agree[field] += 1
        elif len(self.examples[field]) < details:
            self.examples[field].append("%s: tshark %r ours %r" % (where, theirs, ours))


def compare_capture(path, theirs, ours, tally, details):
    name = os.path.basename(path)
    if len(theirs) != len(ours):
        tally.frames["captures with a different frame count"] += 1
        print("  %s: frame count tshark %d ours %d (compared up to the shorter)" % (name, len(theirs), len(ours)),
              file=sys.stderr)
    stream_t2o, stream_o2t = {}, {}
    for t, o in zip(theirs, ours):
        t_tcp = t.get("tcp.stream", "") != ""
        o_tcp = "stream" in o
        if t_tcp and not o_tcp and "quoted_stream" in o:
            # An ICMP error quoting a TCP header: tshark files the quote in a conversation.
            tally.frames["TCP header quoted in ICMP (stream only)"] += 1
            where = "%s#%s" % (name, t["frame.number"])
            ours_stream = str(o["quoted_stream"])
            tally.note("tcp.stream (ICMP-quoted)", t["tcp.stream"] == ours_stream, where, t["tcp.stream"],
                       ours_stream, details)
            continue
        if t_tcp and not o_tcp:
            tally.frames["TCP for tshark only"] += 1
            continue
        if o_tcp and not t_tcp:
            tally.frames["TCP for tcplens only"] += 1
            continue
        if not t_tcp:
            continue
        if t.get("_headers", 1) > 1:
            tally.frames["two TCP headers (quoted or tunnelled)"] += 1
            continue
        tally.frames["TCP for both"] += 1
        where = "%s#%s" % (name, t["frame.number"])
        flags = int(t.get("tcp.flags", "0") or "0", 16)
        pairs = {
            "tcp.stream": (t["tcp.stream"], number(o.get("stream"))),
            "tcp.seq": (t.get("tcp.seq", ""), number(o.get("seq"))),
            # tshark leaves tcp.ack empty without the ACK bit; tcplens says 0
            "tcp.ack": (t.get("tcp.ack", "") if flags & 0x10 else "", number(o.get("ack")) if flags & 0x10 else ""),
            "tcp.window_size": (t.get("tcp.window_size", ""), number(o.get("win_calculated"))),
            "tcp.analysis.duplicate_ack_num": (t.get("tcp.analysis.duplicate_ack_num", ""),
                                               number(o.get("dup_ack_num"))),
            "tcp.analysis.bytes_in_flight": (t.get("tcp.analysis.bytes_in_flight", ""),
                                             number(o.get("bytes_in_flight"))),
            "tcp.analysis.ack_rtt": (usec(t.get("tcp.analysis.ack_rtt", "")), usec(o.get("ack_rtt"))),
            "tcp.completeness": (t.get("tcp.completeness", ""), number(o.get("completeness"))),
        }
        for field, (a, b) in pairs.items():
            tally.note(field, a == b, where, a, b, details)
        # Same grouping of frames into conversations, whatever the numbers.
        key_t, key_o = t["tcp.stream"], o.get("stream")
        grouped = stream_t2o.setdefault(key_t, key_o) == key_o and stream_o2t.setdefault(key_o, key_t) == key_t
        tally.note("tcp.stream (grouping)", grouped, where, key_t, key_o, details)
        our_flags = set(o.get("analysis", []))
        for flag in FLAGS:
            a = t.get(TSHARK_FLAG_FIELD[flag], "") != ""
            b = flag in our_flags
            tally.note("tcp.analysis." + flag, a == b, where, a, b, details)
            tally.flag_tshark[flag] += a
            tally.flag_ours[flag] += b
            tally.flag_both[flag] += a and b


CONV_LINE = re.compile(r"^(\S+)\s+<->\s+(\S+)\s+(\d+)\s+([\d,]+ \S+)\s+(\d+)\s+([\d,]+ \S+)\s+(\d+)\s+([\d,]+ \S+)"
                       r"\s+(-?[\d.]+)\s+(-?[\d.]+)\s*$")


def tshark_conversations(tshark, path, oracle):
    if oracle:
        conv = oracle_file(oracle, path, ".conv")
        if not os.path.exists(conv):
            return None
        with open(conv, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:
        code, text, _ = run([tshark, "-n", "-r", path, "-q", "-z", "conv,tcp"])
        if code != 0:
            return None
    rows = []
    for line in text.splitlines():
        m = CONV_LINE.match(line.strip())
        if m:
            rows.append({"a": m.group(1), "b": m.group(2), "frames_ba": int(m.group(3)), "bytes_ba": m.group(4),
                         "frames_ab": int(m.group(5)), "bytes_ab": m.group(6), "start": float(m.group(9)),
                         "duration": m.group(10)})
    return rows


def size_text_matches(text, value):
    """tshark prints '9655 bytes' below 10 000 and '29 kB' (SI, truncated) above."""
    amount, unit = text.replace(",", "").split(" ")
    scale = {"bytes": 1, "kB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3}.get(unit)
    if scale is None:
        return False
    return int(amount) == value if scale == 1 else int(amount) == value // scale


def endpoint(text):
    return text


def compare_conversations(tshark, cli, path, oracle, tally, details):
    theirs = tshark_conversations(tshark, path, oracle)
    if theirs is None:
        return
    code, text, _ = run([cli, "conversations", path, "--json"])
    if code != 0:
        return
    ours = [json.loads(line) for line in text.splitlines() if line.strip()]
    by_pair = collections.defaultdict(list)
    for c in ours:
        by_pair[frozenset((c["client"], c["server"]))].append(c)
    for pair in by_pair.values():
        pair.sort(key=lambda c: c["first_frame"])
    theirs.sort(key=lambda r: r["start"])
    used = collections.Counter()
    name = os.path.basename(path)
    for row in theirs:
        a = row["a"]
        b = row["b"]
        # tshark brackets nothing: "2001:db8::1:80"; ours: "[2001:db8::1]:80"
        candidates = None
        for key, convs in by_pair.items():
            texts = {re.sub(r"^\[(.*)\]:(\d+)$", r"\1:\2", e) for e in key}
            if texts == {a, b}:
                candidates = convs
                pair_key = key
                break
        where = "%s %s<->%s" % (name, a, b)
        tally.total["conversations"] += 1
        if candidates is None or used[pair_key] >= len(candidates):
            if len(tally.examples["conversations"]) < details:
                tally.examples["conversations"].append(where + ": missing in tcplens")
            continue
        c = candidates[used[pair_key]]
        used[pair_key] += 1
        tally.agree["conversations"] += 1
        client = re.sub(r"^\[(.*)\]:(\d+)$", r"\1:\2", c["client"])
        ab_is_c2s = client == a
        frames_ab = c["packets_c2s"] if ab_is_c2s else c["packets_s2c"]
        frames_ba = c["packets_s2c"] if ab_is_c2s else c["packets_c2s"]
        bytes_ab = c["bytes_c2s"] if ab_is_c2s else c["bytes_s2c"]
        bytes_ba = c["bytes_s2c"] if ab_is_c2s else c["bytes_c2s"]
        checks = {
            "conv frames each way": (row["frames_ab"], row["frames_ba"]) == (frames_ab, frames_ba),
            "conv bytes each way": size_text_matches(row["bytes_ab"], bytes_ab)
            and size_text_matches(row["bytes_ba"], bytes_ba),
            # tshark prints end - start rounded to 0.1 ms, from two rounded doubles (a 150 us
            # conversation can print 0.0002): ours, exact, agrees when within half that unit.
            "conv duration": abs(float(c["duration"]) - float(row["duration"])) <= 0.00005 + 1e-9,
        }
        for field, ok in checks.items():
            tally.note(field, ok, where, row, {"frames": (frames_ab, frames_ba), "bytes": (bytes_ab, bytes_ba),
                                               "duration": c["duration"]}, details)


def captures(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if os.path.isfile(full) and name.lower().endswith(CAPTURE_SUFFIXES):
                    yield full
        else:
            yield path


def default_cli():
    here = os.path.dirname(os.path.abspath(__file__))
    for build in ("build-core", "build", "build-bench"):
        candidate = os.path.join(here, "..", build, "app", "tcplens-cli")
        if os.path.exists(candidate):
            return os.path.normpath(candidate)
    return shutil.which("tcplens-cli")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="captures or folders of captures")
    parser.add_argument("--cli", default=default_cli(), help="tcplens-cli (default: ../build-core/app/tcplens-cli)")
    parser.add_argument("--tshark", default=shutil.which("tshark"))
    parser.add_argument("--oracle", help="folder of NAME.tsv / NAME.conv to use instead of running tshark")
    parser.add_argument("--details", type=int, default=0, help="print up to N disagreeing frames per field")
    parser.add_argument("--conv", action="store_true", help="also compare the conversation table")
    args = parser.parse_args()
    if not args.cli or not os.path.exists(args.cli):
        sys.exit("tcplens-cli not found: build it or pass --cli")
    if not args.oracle and not args.tshark:
        sys.exit("tshark not found: install it or pass --oracle")

    tally = Tally()
    count = 0
    for path in captures(args.paths):
        theirs, error = tshark_rows(args.tshark, path, args.oracle)
        if error:
            print("  %s: %s" % (os.path.basename(path), error), file=sys.stderr)
            continue
        ours, error = our_rows(args.cli, path)
        if error:
            print("  %s: %s" % (os.path.basename(path), error), file=sys.stderr)
            tally.frames["captures tcplens could not read"] += 1
            continue
        count += 1
        compare_capture(path, theirs, ours, tally, args.details)
        if args.conv:
            compare_conversations(args.tshark, args.cli, path, args.oracle, tally, args.details)

    print("%d captures, against %s" % (count, ("oracle files in " + args.oracle) if args.oracle else args.tshark))
    for what, n in sorted(tally.frames.items()):
        print("  frames %-40s %d" % (what, n))
    print()
    print("%-42s %10s %10s %9s" % ("field (frames TCP for both)", "agreed", "total", "percent"))
    rows = VALUE_FIELDS + ["tcp.analysis." + f for f in FLAGS]
    if args.conv:
        rows += ["conversations", "conv frames each way", "conv bytes each way", "conv duration"]
    for field in rows:
        total = tally.total[field]
        agreed = tally.agree[field]
        pct = 100.0 * agreed / total if total else 100.0
        extra = ""
        if field.startswith("tcp.analysis.") and field[len("tcp.analysis."):] in FLAGS:
            flag = field[len("tcp.analysis."):]
            t, o, b = tally.flag_tshark[flag], tally.flag_ours[flag], tally.flag_both[flag]
            union = t + o - b
            extra = "   flagged: tshark %d, tcplens %d, both %d (%.1f%% of either)" % (
                t, o, b, 100.0 * b / union if union else 100.0)
        print("%-42s %10d %10d %8.3f%%%s" % (field, agreed, total, pct, extra))
        for example in tally.examples.get(field, []):
            print("      " + example)


if __name__ == "__main__":
    main()
