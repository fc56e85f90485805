#!/usr/bin/env python3
"""Checks the code panel's listings (resources/code): that they run, that async beats
sync with one waiter, and that their markers are what the app looks for.

    run_listings.py run FILE [--waiters N] [--parties N] [--node PATH]
    run_listings.py compare LANGUAGE [MODE] [--parties N] [--node PATH] [--code DIR]
    run_listings.py markers FILE

Exits non-zero, saying why, on the first check that fails.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import time

CODE = pathlib.Path(__file__).resolve().parents[2] / "resources" / "code"
TIMEOUT = 20  # seconds a listing may run
LAST_LINE = re.compile(r"served (\d+) orders in (\d+\.\d\d) s")
EXTENSIONS = {"python": ".py", "javascript": ".js", "pseudo": ".txt"}
COMMENTS = {".py": "#", ".js": "//", ".txt": "--"}
MODES = ("whole_order", "each_dish")

# The model's WaiterStep names, and which policy's listings must (and alone may) mark them.
STEPS = {
    "waiting_for_task": "both", "to_take_order": "both", "taking_order": "both",
    "carrying_ticket": "both", "making_drinks": "both", "waiting_at_pass": "sync",
    "fetching_food": "async", "carrying_food": "both", "serving": "both",
    "to_bill": "both", "billing": "both",
}
HAPPENINGS = ("ticket_handed_in", "dish_ready")  # each listing marks both
PARAMS = ("waiters", "cooks")
MARKER = re.compile(r"@(\w+):([\w:]*)")


class Failure(Exception):
    pass


def policy_of(path):
    policy = path.stem.split("_")[0]
    if policy not in ("sync", "async"):
        raise Failure(f"{path.name}: a listing's name starts with sync_ or async_")
    return policy


def command_for(path, node):
    if path.suffix == ".py":
        return [sys.executable, str(path)]
    if path.suffix == ".js":
        found = shutil.which(node) if node else None
        if not found:
            raise Failure(f"node not found ({node or 'none given'}): install nodejs "
                          "(scripts/test installs it) and configure again")
        return [found, str(path)]
    raise Failure(f"{path.name}: only .py and .js listings run")


def default_parties(path):
    m = re.search(r"^(?:const\s+)?PARTIES\s*=\s*(\d+)", path.read_text(), re.M)
    if not m:
        raise Failure(f"{path.name}: no PARTIES constant")
    return int(m.group(1))


def run(path, waiters=None, parties=None, node="node"):
    """Runs a listing; returns (orders served, its X, wall-clock seconds)."""
    path = pathlib.Path(path)
    cmd = command_for(path, node)
    if waiters is not None:
        cmd += ["--waiters", str(waiters)]
    if parties is not None:
        cmd += ["--parties", str(parties)]
    expected = parties if parties is not None else default_parties(path)
    began = time.monotonic()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"{path.name}: still running after {TIMEOUT} s")
    wall = time.monotonic() - began
    if done.returncode != 0:
        raise Failure(f"{path.name} exited with {done.returncode}:\n{done.stderr}")
    lines = done.stdout.rstrip("\n").splitlines()
    last = LAST_LINE.fullmatch(lines[-1]) if lines else None
    if not last:
        tail = lines[-1] if lines else "(no output)"
        raise Failure(f"{path.name}: the last line is {tail!r}, not 'served N orders in X.XX s'")
    served, seconds = int(last.group(1)), float(last.group(2))
    if served != expected:
        raise Failure(f"{path.name}: served {served} orders, but there were {expected} parties")
    return served, seconds, wall


def param_line(line, name):
    """Whether the first number on the line is the constant's value, as the app fills it in."""
    value = re.search(rf"\b{name.upper()}\s*=\s*(\d+)", line)
    first = re.search(r"\b\d+(\.\d+)?\b", line)
    return value is not None and first.start() == value.start(1)


def check_markers(path):
    path = pathlib.Path(path)
    policy = policy_of(path)
    comment = COMMENTS.get(path.suffix)
    if comment is None:
        raise Failure(f"{path.name}: unknown kind of listing")
    problems, seen = [], {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        for m in MARKER.finditer(line):
            kind, name = m.groups()
            where = f"line {number}"
            if comment not in line[:m.start()]:
                problems.append(f"{where}: marker {m.group(0)} outside a comment")
            if kind == "step":
                if name not in STEPS:
                    problems.append(f"{where}: unknown step {name!r}")
                elif STEPS[name] not in ("both", policy):
                    problems.append(f"{where}: {name} belongs in {STEPS[name]} listings only")
            elif kind == "on":
                if name not in HAPPENINGS:
                    problems.append(f"{where}: unknown happening {name!r}")
            elif kind == "param":
                if name not in PARAMS:
                    problems.append(f"{where}: unknown parameter {name!r}")
                elif not param_line(line, name):
                    problems.append(f"{where}: @param:{name} is not on a {name.upper()} = <number> line"
                                    " whose first number is the value (the app replaces that)")
            else:
                problems.append(f"{where}: unknown marker kind {kind!r}")
            seen.setdefault((kind, name), []).append(number)
    for (kind, name), lines in seen.items():
        if kind in ("step", "param") and len(lines) > 1:
            problems.append(f"@{kind}:{name} is on {len(lines)} lines ({lines}), not one")
    wanted = [("step", s) for s, p in STEPS.items() if p in ("both", policy)]
    wanted += [("on", h) for h in HAPPENINGS] + [("param", p) for p in PARAMS]
    problems += [f"no @{kind}:{name}" for kind, name in wanted if (kind, name) not in seen]
    if problems:
        raise Failure(f"{path.name}: " + "; ".join(problems))
    return sorted(f"@{k}:{n}" for k, n in seen)


def compare(language, modes, parties, node, code=CODE):
    ext = EXTENSIONS[language]
    for mode in modes:
        results = {}
        for policy in ("sync", "async"):
            path = pathlib.Path(code) / language / f"{policy}_{mode}{ext}"
            if not path.exists():
                raise Failure(f"{path}: no such listing")
            results[policy] = run(path, waiters=1, parties=parties, node=node)
            print(f"{language} {policy}_{mode} with one waiter: served {results[policy][0]} "
                  f"orders in {results[policy][1]:.2f} s")
        (n_sync, x_sync, _), (n_async, x_async, _) = results["sync"], results["async"]
        if n_sync != n_async:
            raise Failure(f"{mode}: sync served {n_sync} orders, async {n_async}")
        if not x_async < x_sync:
            raise Failure(f"{mode}: async took {x_async:.2f} s, not less than sync's {x_sync:.2f} s")
        print(f"{language} {mode}: async is {x_sync - x_async:.2f} s sooner ({x_sync / x_async:.1f}x)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run a listing and check its last line")
    r.add_argument("file")
    r.add_argument("--waiters", type=int)
    r.add_argument("--parties", type=int)
    r.add_argument("--node", default="node")
    c = sub.add_parser("compare", help="sync against async with one waiter")
    c.add_argument("language", choices=["python", "javascript"])
    c.add_argument("mode", nargs="?", choices=MODES)
    c.add_argument("--parties", type=int, default=4)
    c.add_argument("--node", default="node")
    c.add_argument("--code", default=str(CODE), help="the folder of listings (default: resources/code)")
    m = sub.add_parser("markers", help="check a listing's @step/@on/@param markers")
    m.add_argument("file")
    args = parser.parse_args()
    try:
        if args.command == "run":
            served, seconds, wall = run(args.file, args.waiters, args.parties, args.node)
            print(f"{pathlib.Path(args.file).name}: served {served} orders in {seconds:.2f} s "
                  f"(ran {wall:.2f} s)")
        elif args.command == "compare":
            compare(args.language, [args.mode] if args.mode else MODES, args.parties, args.node,
                    args.code)
        else:
            print(f"{pathlib.Path(args.file).name}: markers fine: " + " ".join(check_markers(args.file)))
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
