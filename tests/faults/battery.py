#!/usr/bin/env python3
"""Fault battery for the perfm-bot command line (black box, stdlib only).

Each case gets a fresh temporary copy of the knowledge folder and its own state folder, runs one
or more perfm-bot commands with a per-command timeout, and is judged by the rules in README.md:

  BAD   a Python traceback appears; a command hangs past the timeout; a bad input exits 0 without
        a warning; a refusal/warning does not name the offending file or value; a previous good
        state is lost (a knowledge file changed by a refused or read-only command, history that
        does not match the files, ...).
  SKIP  the case could not be set up.
  OK    otherwise.

Run:  python3 tests/faults/battery.py [--jobs 2] [--out before.json] [--md before.md] [--only ID,ID]
"""
from __future__ import annotations

import argparse
import concurrent.futures
import gzip
import hashlib
import http.server
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable

TRACEBACK = "Traceback (most recent call last)"
_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # this checkout
DEFAULT_BIN = os.path.join(_REPO, ".venv", "bin", "perfm-bot")
DEFAULT_KNOWLEDGE = os.path.join(_REPO, "knowledge")
TAIL_LINES = 12

# words that count as "the command warned about / refused the input"
WARN_RE = re.compile(
    r"warn|error|invalid|refus|problem|cannot|can't|could not|couldn't|not a real|not a valid|"
    r"skipp|ignor|must be|unknown|not exist|n't exist|no such|too (long|large|big|many|far)|"
    r"failed|not allowed|out of range|outside|far (in|from)|unusual|suspicious|unsupported|"
    r"not supported|nothing was changed|not changed|DST|daylight|nonexist|non-exist|gap|"
    r"not found|unreadable|not readable|empty|no dates|over \d|at most|exceed",
    re.I)

READONLY_CMDS = {"check", "index", "ask", "eval", "console", "schedule", "history", "run",
                 "invite-url", "sync-commands"}
MUTATING = {("deadline", "set"), ("deadline", "tba"), ("faq", "add"), ("faq", "remove"),
            ("news", "add"), ("undo", None), ("import", None)}


class Skip(Exception):
    """The case cannot be set up."""


# ----------------------------------------------------------------------------- steps and cases

@dataclass
class Step:
    args: list                      # arguments after the global --knowledge/--state options
    label: str = ""
    setup: bool = False             # must succeed, else the case is SKIP
    bad: bool = False               # bad input: must be refused (rc != 0) or warned about
    must_ok: bool = False           # must exit 0
    must_fail: bool = False         # must exit != 0
    names: list = field(default_factory=list)  # groups of alternatives that a refusal/warning must contain
    env: dict = field(default_factory=dict)
    stdin: bytes | None = None
    timeout: float | None = None
    fsize: int | None = None        # RLIMIT_FSIZE in bytes (disk-full simulation)
    plain: bool = False             # do not prepend --knowledge/--state
    keep: str = "auto"              # "always" | "refused" | "never" | "auto": knowledge must not change
    expect: Callable | None = None  # fn(ctx, result) -> list of problems


@dataclass
class Par:
    steps: list
    label: str = "parallel"


@dataclass
class Do:
    fn: Callable                    # fn(ctx) -> None | list of problems; raise Skip to skip
    label: str = "action"


@dataclass
class Case:
    id: str
    cls: str
    what: str
    build: Callable                 # fn(ctx) -> list of Step/Par/Do; does the setup
    seed: bool = True               # start from a copy of a state built by one good `index`


CASES: list[Case] = []


def case(id_, cls, what, seed=True):
    def deco(fn):
        CASES.append(Case(id_, cls, what, fn, seed))
        return fn
    return deco


class Ctx:
    def __init__(self, opts, root, servers):
        self.opts = opts
        self.root = root
        self.k = os.path.join(root, "knowledge")
        self.s = os.path.join(root, "state")
        self.home = os.path.join(root, "home")
        self.bin = opts.perfm_bot
        self.srv = servers
        self.res: dict[str, dict] = {}
        self.results: list[dict] = []
        self.notes: list[str] = []
        self.pending: list[str] = []
        self.immutable: list[str] = []

    def p(self, *rel):
        return os.path.join(self.k, *rel)

    def read(self, rel):
        with open(self.p(rel), encoding="utf-8") as f:
            return f.read()

    def write(self, rel, data):
        path = self.p(rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)

    def out(self, label):
        r = self.res.get(label)
        return (r["_out"] if r else "")


# ----------------------------------------------------------------------------- helpers

def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sums(path):
    """{relative path: sha256} of the regular files under path (or of path itself)."""
    out = {}
    if os.path.isfile(path) and not os.path.islink(path):
        return {".": sha(path)}
    if not os.path.isdir(path):
        return {}
    for dp, dns, fns in os.walk(path):
        for fn in fns:
            fp = os.path.join(dp, fn)
            try:
                st = os.lstat(fp)
            except OSError:
                continue
            import stat as _st
            if _st.S_ISREG(st.st_mode):
                try:
                    out[os.path.relpath(fp, path)] = sha(fp)
                except OSError:
                    out[os.path.relpath(fp, path)] = "unreadable"
    return out


def diff_sums(a, b):
    ch = [k for k in a if k in b and a[k] != b[k]]
    gone = [k for k in a if k not in b]
    new = [k for k in b if k not in a]
    parts = []
    if ch:
        parts.append("changed " + ", ".join(sorted(ch)))
    if gone:
        parts.append("removed " + ", ".join(sorted(gone)))
    if new:
        parts.append("created " + ", ".join(sorted(new)))
    return "; ".join(parts)


def tail(text, n=TAIL_LINES, width=400):
    lines = text.rstrip("\n").splitlines()[-n:]
    return [ln if len(ln) <= width else ln[:width] + "…" for ln in lines]


def first_line(text, width=150):
    for ln in text.splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("Traceback"):
            return ln[:width]
    return ""


def find_line(text, needle):
    """1-based line number of the first line containing needle."""
    for i, ln in enumerate(text.splitlines(), 1):
        if needle in ln:
            return i
    raise Skip(f"setup: {needle!r} not found")


def replace_date(ctx, key, block):
    """Replace the `date: TBA` line of one dates.yaml entry with block (lines, indented 4)."""
    text = ctx.read("dates.yaml")
    i = text.find(f"- key: {key}\n")
    j = text.find("    date: TBA\n", i)
    if i < 0 or j < 0:
        raise Skip(f"setup: dates.yaml has no TBA entry {key!r}")
    text = text[:j] + block + text[j + len("    date: TBA\n"):]
    ctx.write("dates.yaml", text)
    return text


def insert_before(ctx, rel, anchor, block):
    text = ctx.read(rel)
    i = text.find(anchor)
    if i < 0:
        raise Skip(f"setup: {anchor!r} not in {rel}")
    text = text[:i] + block + text[i:]
    ctx.write(rel, text)
    return text[:i].count("\n") + 1   # line where block starts


def cmd_of(args):
    words = [a for a in args if isinstance(a, str) and not a.startswith("-")]
    return (words[0] if words else ""), (words[1] if len(words) > 1 else None)


def decode(b):
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else (b or "")


def make_readonly(ctx, path):
    """Make path (recursively) impossible to write for the perfm-bot process. As root, permission
    bits are not enforced, so the immutable attribute (chattr +i) is used and removed afterwards."""
    if os.geteuid() != 0:
        for dp, dns, fns in os.walk(path):
            os.chmod(dp, 0o555)
            for n in fns:
                os.chmod(os.path.join(dp, n), 0o444)
        return "chmod a-w"
    if not shutil.which("chattr"):
        raise Skip("running as root and no chattr to make a folder read-only")
    p = subprocess.run(["chattr", "-R", "+i", path], capture_output=True, text=True)
    ctx.immutable.append(path)
    if p.returncode != 0:
        raise Skip(f"chattr +i failed: {p.stderr.strip()[:120]}")
    probe = os.path.join(path, ".probe")
    try:
        with open(probe, "w"):
            pass
        os.remove(probe)
        raise Skip("chattr +i did not make the folder read-only")
    except OSError:
        pass
    return "chattr +i"


# ----------------------------------------------------------------------------- running

def run_cmd(ctx, step: Step):
    opts = ctx.opts
    if step.plain:
        argv = [ctx.bin] + list(step.args)
    else:
        argv = [ctx.bin, "--knowledge", ctx.k, "--state", ctx.s] + list(step.args)
    env = dict(ctx.base_env)
    for k, v in step.env.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    kwargs = {}
    preexec = None
    if step.fsize is not None:
        lim = step.fsize

        def preexec():
            resource.setrlimit(resource.RLIMIT_FSIZE, (lim, lim))
    timeout = step.timeout or opts.timeout
    t0 = time.monotonic()
    timed_out = False
    try:
        proc = subprocess.Popen(argv, cwd=ctx.root, env=env, stdin=subprocess.PIPE if step.stdin is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                preexec_fn=preexec, **kwargs)
    except (OSError, ValueError) as e:
        raise Skip(f"cannot start {argv[0]}: {e}")
    try:
        out, err = proc.communicate(step.stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            out, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            out, err = b"", b""
    dur = time.monotonic() - t0
    so, se = decode(out), decode(err)
    shown = []
    for a in argv[1:]:
        a = a.decode("utf-8", "backslashreplace") if isinstance(a, bytes) else a
        a = a.replace(ctx.root, "$T")
        if len(a) > 80:
            a = a[:60] + f"…[{len(a)} chars]"
        shown.append(repr(a) if (not a or any(ch.isspace() or not ch.isprintable() for ch in a)) else a)
    return {
        "label": step.label or " ".join(shown[4:] if not step.plain else shown)[:80],
        "argv": "perfm-bot " + " ".join(shown),
        "rc": None if timed_out else proc.returncode,
        "timed_out": timed_out,
        "duration": round(dur, 2),
        "stdout_tail": tail(so),
        "stderr_tail": tail(se),
        "traceback": TRACEBACK in so or TRACEBACK in se,
        "_out": so + "\n" + se,
        "problems": [],
    }


def judge_step(ctx, step: Step, r, before, after):
    """Apply the verdict rules to one command result. Returns list of problems (BAD reasons)."""
    probs = []
    out = r["_out"]
    if r["traceback"]:
        m = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Exit|Interrupt|Warning)?):? ?(.*)$", out, re.M)
        last = ""
        lines = [ln for ln in out.splitlines() if ln.strip()]
        for i, ln in enumerate(lines):
            if ln.startswith(TRACEBACK):
                # the exception line is the first unindented line after the frames
                for ln2 in lines[i + 1:]:
                    if not ln2.startswith(" "):
                        last = ln2.strip()
                        break
        probs.append(f"traceback in `{r['label']}`: {last[:140]}")
    if r["timed_out"]:
        probs.append(f"`{r['label']}` hung past {step.timeout or ctx.opts.timeout:.0f}s (killed)")
        return probs
    rc = r["rc"]
    text = out
    stripped = text.strip()
    warned = bool(WARN_RE.search(text))
    refused = rc != 0
    if step.bad and rc == 0 and not warned:
        probs.append(f"bad input accepted silently (exit 0, no warning) by `{r['label']}`: {first_line(text)!r}")
    if step.must_ok and rc != 0:
        probs.append(f"`{r['label']}` failed (exit {rc}): {first_line(text)!r}")
    if step.must_fail and rc == 0:
        probs.append(f"`{r['label']}` exited 0 where it must fail: {first_line(text)!r}")
    if refused and not stripped:
        probs.append(f"`{r['label']}` failed (exit {rc}) with no message at all")
    if (refused or (step.bad and warned)) and step.names:
        low = text.lower()
        for group in step.names:
            alts = group if isinstance(group, (tuple, list)) else (group,)
            if not any(a.lower() in low for a in alts):
                probs.append(f"message of `{r['label']}` does not name {' / '.join(map(str, alts))}: {first_line(text)!r}")
    # previous good state must not be lost
    keep = step.keep
    if keep == "auto":
        c, sub = cmd_of(step.args)
        if c in READONLY_CMDS or sub == "list" or "--dry-run" in step.args:
            keep = "always"
        elif c == "import" or (c, sub) in MUTATING or (c, None) in MUTATING:
            keep = "refused"
        else:
            keep = "always"
    if before is not None and after is not None:
        d = diff_sums(before, after)
        lost = diff_sums(before, {k: v for k, v in after.items() if k in before})
        if keep == "always" and d:
            probs.append(f"knowledge changed by a read-only command `{r['label']}`: {d}")
        elif keep == "refused" and refused and lost:
            probs.append(f"knowledge changed by a refused command (exit {rc}) `{r['label']}`: {lost}")
        elif keep == "refused" and refused and d:
            ctx.notes.append(f"refused `{r['label']}` left new file(s) in the knowledge: {d}")
    if step.expect:
        try:
            probs += step.expect(ctx, r) or []
        except Skip:
            raise
        except Exception as e:  # a bug in the battery's own check
            probs.append(f"battery check error: {e!r}")
    return probs


def run_case(case: Case, opts, servers, seed_dir):
    t0 = time.monotonic()
    root = tempfile.mkdtemp(prefix=f"perfm-fault-{case.id}-")
    ctx = Ctx(opts, root, servers)
    os.makedirs(ctx.home, exist_ok=True)
    ctx.base_env = base_env(ctx)
    verdict, summary, problems, skip_reason = "OK", "", [], ""
    try:
        shutil.copytree(opts.knowledge_src, ctx.k, symlinks=True)
        if case.seed and seed_dir:
            shutil.copytree(seed_dir, ctx.s, symlinks=True)
        steps = case.build(ctx)
        for item in steps:
            if isinstance(item, Do):
                got = list(item.fn(ctx) or []) + ctx.pending
                ctx.pending = []
                problems += got
                ctx.results.append({"label": item.label, "action": True, "problems": got})
                continue
            group = item.steps if isinstance(item, Par) else [item]
            if any(r.get("timed_out") for r in ctx.results):
                ctx.results.append({"label": group[0].label or " ".join(map(str, group[0].args))[:60],
                                    "skipped": "an earlier command hung", "problems": []})
                continue
            before = sums(ctx.k)
            if isinstance(item, Par):
                with concurrent.futures.ThreadPoolExecutor(len(group)) as ex:
                    rs = list(ex.map(lambda st: run_cmd(ctx, st), group))
            else:
                rs = [run_cmd(ctx, item)]
            after = sums(ctx.k)
            for st, r in zip(group, rs):
                ctx.res[st.label or r["label"]] = r
                r["label"] = st.label or r["label"]
                if st.setup and (r["rc"] != 0) and not r["traceback"]:
                    ctx.results.append(r)
                    raise Skip(f"setup command `{r['label']}` failed (exit {r['rc']}): {first_line(r['_out'])}")
                p = judge_step(ctx, st, r, None if isinstance(item, Par) else before,
                               None if isinstance(item, Par) else after)
                r["problems"] = p
                problems += p
                ctx.results.append(r)
            if isinstance(item, Par):
                # a parallel group is judged on the knowledge only through its own expect/Do checks
                pass
    except Skip as e:
        skip_reason = str(e)
    except Exception as e:
        skip_reason = f"battery error: {e!r}"
        ctx.notes.append(traceback.format_exc(limit=3))
    finally:
        for pth in ctx.immutable:
            subprocess.run(["chattr", "-R", "-i", pth], capture_output=True)
        if not opts.keep:
            restore_perms(root)
            shutil.rmtree(root, ignore_errors=True)
    if problems:
        verdict, summary = "BAD", problems[0]
    elif skip_reason:
        verdict, summary = "SKIP", skip_reason
    else:
        summary = ok_summary(ctx)
    steps_out = []
    for r in ctx.results:
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        steps_out.append(r)
    return {
        "id": case.id, "class": case.cls, "what": case.what, "verdict": verdict, "summary": summary,
        "problems": problems, "notes": ctx.notes, "exit_codes": [r.get("rc") for r in ctx.results if "rc" in r],
        "duration": round(time.monotonic() - t0, 1), "steps": steps_out,
        "tmp": root if opts.keep else None,
    }


def ok_summary(ctx):
    parts = []
    for r in ctx.results:
        if "rc" not in r:
            continue
        msg = first_line(r["_out"]) if "_out" in r else ""
        parts.append(f"{r['label'][:28]} → {r['rc']}" + (f" ({msg[:70]})" if msg and len(parts) < 1 else ""))
    s = "; ".join(parts)
    return s[:230]


def restore_perms(root):
    for dp, dns, fns in os.walk(root):
        try:
            os.chmod(dp, 0o755)
        except OSError:
            pass


def base_env(ctx):
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith("PERFM_") or k.startswith("DISCORD_") or k in ("VIRTUAL_ENV",))}
    env.update(HOME=ctx.home, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONUNBUFFERED="1",
               HF_HUB_DISABLE_TELEMETRY="1")
    return env


# ----------------------------------------------------------------------------- local servers

class Servers:
    """127.0.0.1 servers: an HTTP server with fault routes, a server that accepts and never
    answers, and a port with nothing listening."""

    def __init__(self):
        self._bomb = None
        self._bomb_lock = threading.Lock()
        outer = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *a):
                pass

            def do_HEAD(self):
                self.do_GET()

            def do_POST(self):
                self.do_GET()

            def do_GET(self):
                try:
                    outer.route(self)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout):
                    pass

        self.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.http.daemon_threads = True
        self.port = self.http.server_address[1]
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.http2 = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)   # "another site"
        self.http2.daemon_threads = True
        self.port2 = self.http2.server_address[1]
        threading.Thread(target=self.http2.serve_forever, daemon=True).start()

        self.hang_sock = socket.socket()
        self.hang_sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.hang_sock.bind(("127.0.0.1", 0))
        self.hang_sock.listen(128)
        self.hang_port = self.hang_sock.getsockname()[1]
        self._held = []
        threading.Thread(target=self._hold, daemon=True).start()

        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.closed_port = s.getsockname()[1]
        s.close()

    def _hold(self):
        while True:
            try:
                c, _ = self.hang_sock.accept()
                self._held.append(c)        # accepted, never read, never answered
            except OSError:
                return

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def bomb(self):
        with self._bomb_lock:
            if self._bomb is None:
                raw = b"<!DOCTYPE html><html><body><p>" + b" " * (200 << 20) + b"</p></body></html>"
                self._bomb = gzip.compress(raw, 6)
            return self._bomb

    def route(self, h):
        p = h.path.split("?")[0]

        def send(code, body=b"", ctype="text/html; charset=utf-8", headers=()):
            h.send_response(code)
            h.send_header("Content-Type", ctype)
            for k, v in headers:
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            if h.command != "HEAD":
                h.wfile.write(body)

        if p.startswith("/api/v10/"):            # a Discord API double that refuses every token
            return send(401, json.dumps({"message": "401: Unauthorized", "code": 0}).encode(),
                        "application/json")
        if p.startswith("/good/"):
            return send(200, b"<!DOCTYPE html><html><head><title>Good</title></head><body>"
                             b"<h1>Good page</h1><p>The paper deadline is TBA.</p></body></html>")
        if p.startswith("/binary/"):
            rnd = random.Random(7)
            return send(200, bytes(rnd.getrandbits(8) for _ in range(65536)), "application/octet-stream")
        if p.startswith("/pdf/"):
            return send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" * 200, "application/pdf")
        if p.startswith("/loop/"):
            nxt = "/loop/b/" if p == "/loop/" else "/loop/"
            return send(302, b"", headers=[("Location", nxt)])
        if p.startswith("/offsite/"):
            return send(302, b"", headers=[("Location", f"http://127.0.0.1:{self.port2}/good/")])
        if p.startswith("/big/") or p.startswith("/bigchunked/"):
            size = 50 << 20
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            if p.startswith("/big/"):
                h.send_header("Content-Length", str(size))
            h.end_headers()
            head = b"<!DOCTYPE html><html><head><title>Big</title></head><body>"
            h.wfile.write(head)
            chunk = (b"<p>The workshop page is very long. " + b"x" * 60 + b"</p>\n") * 10000
            sent = len(head)
            while sent < size:
                part = chunk[: size - sent]
                h.wfile.write(part)
                sent += len(part)
            return
        if p.startswith("/trickle/"):
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", "1000000")
            h.end_headers()
            h.wfile.write(b"<!DOCTYPE html><html><body>")
            h.wfile.flush()
            end = time.monotonic() + 300
            while time.monotonic() < end:
                h.wfile.write(b"x")
                h.wfile.flush()
                time.sleep(0.5)
            return
        if p.startswith("/gzip/"):
            return send(200, self.bomb(), headers=[("Content-Encoding", "gzip")])
        return send(404, b"<html><body>Not found</body></html>")


# ----------------------------------------------------------------------------- the cases
# Each build function sets up ctx (knowledge in ctx.k, state in ctx.s) and returns the steps.

Q = "When is the paper deadline?"
MDATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def hist_has_no(*needles, unless_ok=None):
    """History must not show a change that was refused (unless_ok: the label of the command whose
    success would make such an entry legitimate)."""
    def f(ctx, r):
        if unless_ok and ctx.res.get(unless_ok, {}).get("rc") == 0:
            return []
        bad = [n for n in needles if n in r["_out"]]
        return [f"history shows a change that was never made ({bad[0]!r})"] if bad else []
    return f


def text_has(*needles, what="output"):
    def f(ctx, r):
        miss = [n for n in needles if n not in r["_out"]]
        return [f"{what} lacks {miss[0]!r}"] if miss else []
    return f


# --- dates far outside a season ----------------------------------------------------------------

@case("D01", "far-date", "deadline set paper 0001-01-01 (year 1), then schedule / deadline list")
def _(c):
    return [Step(["deadline", "set", "paper", "0001-01-01"], bad=True, names=[("0001",)]),
            Step(["schedule"], names=[("dates.yaml", "0001")]),
            Step(["deadline", "list"])]


@case("D02", "far-date", "deadline set paper 9999-12-31 (23:59 AoE is in year 10000 UTC), then schedule")
def _(c):
    return [Step(["deadline", "set", "paper", "9999-12-31"], bad=True, names=[("9999",)]),
            Step(["schedule"], names=[("dates.yaml", "9999")]),
            Step(["deadline", "list"])]


@case("D03", "far-date", "deadline set paper 2099-12-15 (73 years after the workshop), then schedule --from 2099-11-01")
def _(c):
    return [Step(["deadline", "set", "paper", "2099-12-15"], bad=True, names=[("2099",)]),
            Step(["schedule", "--from", "2099-11-01"])]


@case("D04", "far-date", "dates.yaml hand-edited: paper date 0001-01-01; check, schedule, ask")
def _(c):
    replace_date(c, "paper", "    date: 0001-01-01\n")
    ln = find_line(c.read("dates.yaml"), "date: 0001-01-01")
    return [Step(["check"], bad=True, names=[("dates.yaml",), ("0001",)]),
            Step(["schedule"], names=[("dates.yaml",)]),
            Step(["ask", Q], names=[("dates.yaml",)])]


@case("D05", "far-date", "dates.yaml hand-edited: paper date 9999-12-31 AoE; check, schedule")
def _(c):
    replace_date(c, "paper", "    date: 9999-12-31\n")
    return [Step(["check"], bad=True, names=[("dates.yaml",), ("9999",)]),
            Step(["schedule"], names=[("dates.yaml",)]),
            Step(["deadline", "list"], names=[("dates.yaml",)])]


@case("D06", "far-date", "dates.yaml hand-edited: workshop event 2099-01-20; check, schedule --until 2100-01-01")
def _(c):
    replace_date(c, "workshop", "    date: 2099-01-20\n")
    return [Step(["check"], bad=True, names=[("dates.yaml",), ("2099",)]),
            Step(["schedule", "--from", "2098-12-01", "--until", "2100-01-01"], names=[("dates.yaml",)])]


@case("D07", "far-date", "schedule --from 0001-01-01 --until 9999-12-31 with a set deadline")
def _(c):
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True),
            Step(["schedule", "--from", "0001-01-01", "--until", "9999-12-31"])]


@case("D08", "far-date", "news add --at '9999-12-31 23:59' (posting time at the end of the calendar)")
def _(c):
    return [Step(["news", "add", "End of time.", "--at", "9999-12-31 23:59"], bad=True, names=[("9999",)]),
            Step(["schedule"]), Step(["news", "list"])]


@case("D09", "far-date", "deadline set paper 1969-12-31 (before the Unix epoch), then schedule")
def _(c):
    return [Step(["deadline", "set", "paper", "1969-12-31"], bad=True, names=[("1969",)]),
            Step(["schedule"])]


# --- malformed dates / times / zones -------------------------------------------------------------

def _ds(label, args, names, extra=()):
    def build(c):
        return [Step(["deadline", "set"] + args, label="the bad deadline set", bad=True, names=names),
                Step(["history"], must_ok=True, expect=hist_has_no("→ 2026", "→ 15", unless_ok="the bad deadline set")), *extra]
    return build


for _id, _args, _names, _what in [
    ("M01", ["paper", "2026-02-30"], [("2026-02-30",)], "deadline set paper 2026-02-30 (no such day)"),
    ("M02", ["paper", "15/12/2026"], [("15/12/2026",)], "deadline set paper 15/12/2026 (wrong format)"),
    ("M03", ["paper", "2026-12-15", "--time", "25:00"], [("25:00",)], "deadline set --time 25:00"),
    ("M04", ["paper", "2026-12-15", "--time", "9am"], [("9am",)], "deadline set --time 9am"),
    ("M05", ["paper", "2026-12-15", "--tz", "Mars/Olympus_Mons"], [("Mars/Olympus_Mons",)], "deadline set --tz Mars/Olympus_Mons"),
    ("M06", ["paper", "2026-12-15", "--tz", "../../../etc/passwd"], [("../../../etc/passwd", "etc/passwd")], "deadline set --tz ../../../etc/passwd (path-like zone)"),
    ("M07", ["paper", "2026-12-15", "--tz", ""], [("zone", "tz", "timezone")], "deadline set --tz '' (empty zone)"),
    ("M08", ["paper", "2026-12-15", "--tz", "UTC+05:30"], [("UTC+05:30",)], "deadline set --tz UTC+05:30 (offset, not a zone name)"),
    ("M09", ["no-such-key", "2026-12-15"], [("no-such-key",)], "deadline set for a key dates.yaml does not have"),
    ("M10", ["paper", "2026-12-15T10:00"], [("2026-12-15T10:00",)], "deadline set with an ISO datetime as the date"),
    ("M11", ["paper", "+002026-12-15"], [("+002026-12-15",)], "deadline set +002026-12-15 (signed/expanded year)"),
    ("M12", ["paper", "2026-12-15", "--time", "23:59:60"], [("23:59:60",)], "deadline set --time 23:59:60 (leap second)"),
]:
    CASES.append(Case(_id, "malformed-date", _what, _ds(_id, _args, _names)))


def _dfile(block, names, what, key="paper", extra=None):
    def build(c):
        replace_date(c, key, block)
        ln = find_line(c.read("dates.yaml"), block.strip().splitlines()[0].strip())
        nm = [tuple(n.replace("{LINE}", str(ln)) for n in g) for g in names]
        steps = [Step(["check"], bad=True, names=nm),
                 Step(["schedule"], names=[("dates.yaml",)]),
                 Step(["deadline", "set", "abstract", "2026-11-01"], names=[("dates.yaml",)],
                      keep="refused")]
        if extra:
            steps += extra(c)
        return steps
    return build


for _id, _block, _names, _what in [
    ("M21", "    date: 2026-02-30\n", [("dates.yaml:{LINE}",), ("2026-02-30",)], "dates.yaml: date 2026-02-30"),
    ("M22", "    date: 2026-12-15\n    time: '25:99'\n", [("dates.yaml:",), ("25:99",)], "dates.yaml: time '25:99'"),
    ("M23", "    date: 2026-12-15\n    timezone: Nowhere/City\n", [("dates.yaml:",), ("Nowhere/City",)], "dates.yaml: timezone Nowhere/City"),
    ("M24", "    date: 20261215\n", [("dates.yaml:{LINE}",), ("20261215",)], "dates.yaml: date 20261215 (a YAML integer)"),
    ("M25", "    date: 2026-12-15\n    timezone: ../../../../etc/passwd\n", [("dates.yaml:",), ("passwd",)], "dates.yaml: timezone ../../../../etc/passwd"),
    ("M26", "    date: 2026-12-15\n    reminders: [5x, -1d, 0h]\n", [("dates.yaml:",), ("5x", "-1d")], "dates.yaml: reminders [5x, -1d, 0h]"),
    ("M27", "    date: 2026-12-15 10:00:00\n", [("dates.yaml:{LINE}",)], "dates.yaml: date '2026-12-15 10:00:00' (YAML timestamp, not a date)"),
    ("M28", "    date: 2026-12-15\n    time: 14:30:99\n", [("dates.yaml:",), ("14:30:99", "time")], "dates.yaml: time 14:30:99 unquoted"),
]:
    CASES.append(Case(_id, "malformed-date", _what, _dfile(_block, _names, _what)))


@case("M29", "malformed-date", "dates.yaml: time: 14:30 unquoted (YAML 1.1 reads base-60 integer 870): must be 14:30 or refused")
def _(c):
    replace_date(c, "paper", "    date: 2026-12-15\n    time: 14:30\n")

    def exp(ctx, r):
        if r["rc"] == 0 and "14:30" not in r["_out"]:
            return [f"time 14:30 misread: deadline list shows {first_line(r['_out'])!r} … (no 14:30)"]
        return []
    return [Step(["check"], names=[("dates.yaml",)]),
            Step(["deadline", "list"], expect=exp, names=[("dates.yaml",)])]


@case("M30", "malformed-date", "dates.yaml: top-level timezone Bogus/Zone")
def _(c):
    t = c.read("dates.yaml").replace("\ntimezone: AoE\n", "\ntimezone: Bogus/Zone\n")
    c.write("dates.yaml", t)
    return [Step(["check"], bad=True, names=[("dates.yaml:",), ("Bogus/Zone",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], names=[("dates.yaml", "Bogus/Zone")])]


@case("M31", "malformed-date", "news add --at '2026-13-45 99:99'")
def _(c):
    return [Step(["news", "add", "Bad time.", "--at", "2026-13-45 99:99"], bad=True, names=[("2026-13-45",)])]


@case("M32", "malformed-date", "news add --date 2026-XX-XX (placeholder date)")
def _(c):
    return [Step(["news", "add", "Placeholder date.", "--date", "2026-XX-XX"], bad=True, names=[("2026-XX-XX",)])]


@case("M33", "malformed-date", "schedule --from 2026-13-01 and --until garbage")
def _(c):
    return [Step(["schedule", "--from", "2026-13-01"], bad=True, names=[("2026-13-01",)]),
            Step(["schedule", "--until", "yesterday-ish"], bad=True, names=[("yesterday-ish",)])]


@case("M34", "malformed-date", "news.yaml hand-edited: item with date 2026-XX-XX and an item with at: but no id")
def _(c):
    t = c.read("news.yaml") + "\n- text: Placeholder.\n  date: 2026-XX-XX\n"
    c.write("news.yaml", t)
    ln = find_line(t, "  date: 2026-XX-XX")
    return [Step(["check"], bad=True, names=[(f"news.yaml:{ln}",), ("2026-XX-XX",)])]


@case("M35", "malformed-date", "news.yaml hand-edited: scheduled item (at:) without an id")
def _(c):
    t = c.read("news.yaml") + "\n- text: Posted later.\n  at: '2026-12-01 09:00'\n"
    c.write("news.yaml", t)
    return [Step(["check"], bad=True, names=[("news.yaml",), ("id",)])]


# --- DST --------------------------------------------------------------------------------------

DST_WORDS = ("DST", "daylight", "not exist", "n't exist", "skip", "nonexist", "non-exist", "gap",
             "clocks", "spring forward", "invalid local", "no such local")


@case("T01", "dst", "deadline set paper 2027-03-14 --time 02:30 --tz America/New_York (02:30 does not exist that day)")
def _(c):
    return [Step(["deadline", "set", "paper", "2027-03-14", "--time", "02:30", "--tz", "America/New_York"],
                 bad=True, names=[("02:30",), DST_WORDS]),
            Step(["schedule", "--from", "2027-02-01"])]


@case("T02", "dst", "dates.yaml hand-edited: paper 2027-03-14 02:30 America/New_York; check, schedule")
def _(c):
    replace_date(c, "paper", "    date: 2027-03-14\n    time: '02:30'\n    timezone: America/New_York\n")
    return [Step(["check"], bad=True, names=[("dates.yaml",), DST_WORDS]),
            Step(["schedule", "--from", "2027-02-01"], names=[("dates.yaml",)]),
            Step(["deadline", "list"])]


@case("T03", "dst", "news add --at '2027-03-14 02:30 America/New_York' (skipped local time)")
def _(c):
    return [Step(["news", "add", "Spring post.", "--at", "2027-03-14 02:30 America/New_York"],
                 bad=True, names=[("02:30",), DST_WORDS])]


@case("T04", "dst", "deadline 2027-03-15 02:30 America/New_York: its 1d rung lands in the DST gap; schedule must cope")
def _(c):
    return [Step(["deadline", "set", "paper", "2027-03-15", "--time", "02:30", "--tz", "America/New_York"], setup=True),
            Step(["schedule", "--from", "2027-02-01"], must_ok=True)]


@case("T05", "dst", "deadline set 2027-11-07 01:30 America/New_York (ambiguous: repeated hour); schedule")
def _(c):
    return [Step(["deadline", "set", "paper", "2027-11-07", "--time", "01:30", "--tz", "America/New_York"]),
            Step(["schedule", "--from", "2027-10-01"])]


# --- empty / emptied knowledge ------------------------------------------------------------------

@case("E01", "empty", "dates.yaml with `dates: []`; check, deadline list, schedule, ask (must not invent a date)")
def _(c):
    c.write("dates.yaml", "timezone: AoE\ndates: []\n")

    def no_date(ctx, r):
        return [f"answer states a date from nowhere: {first_line(r['_out'])!r}"] if MDATE.search(r["_out"]) else []
    return [Step(["check"]), Step(["deadline", "list"]), Step(["schedule"]),
            Step(["ask", Q], expect=no_date),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("paper",)])]


@case("E02", "empty", "dates.yaml emptied (0 bytes); check, then deadline set paper")
def _(c):
    c.write("dates.yaml", "")
    return [Step(["check"], names=[("dates.yaml",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("paper", "dates.yaml")])]


@case("E03", "empty", "faq.yaml emptied (0 bytes); check, ask, then faq add")
def _(c):
    c.write("faq.yaml", "")
    return [Step(["check"], names=[("faq.yaml",)]),
            Step(["ask", "What is the page limit?"], names=[("faq.yaml",)]),
            Step(["faq", "add", "-q", "Is there a poster session?", "-a", "Yes."], names=[("faq.yaml",)]),
            Step(["faq", "list"])]


@case("E04", "empty", "faq.yaml only comments; news.yaml `[]`; out_of_scope.yaml empty; check")
def _(c):
    c.write("faq.yaml", "# nothing yet\n")
    c.write("news.yaml", "[]\n")
    c.write("out_of_scope.yaml", "")
    return [Step(["check"], names=[("faq.yaml", "out_of_scope.yaml")]),
            Step(["news", "add", "First news."], names=[("news.yaml",)])]


@case("E05", "empty", "pages/ emptied (no page at all); check")
def _(c):
    for f in os.listdir(c.p("pages")):
        os.remove(c.p("pages", f))
    return [Step(["check"], names=[("pages",)])]


@case("E06", "empty", "every knowledge file emptied (0 bytes), pages/ empty; check, index")
def _(c):
    for f in ("dates.yaml", "faq.yaml", "news.yaml", "out_of_scope.yaml"):
        c.write(f, "")
    for f in os.listdir(c.p("pages")):
        os.remove(c.p("pages", f))
    return [Step(["check"], names=[("knowledge", "empty", "nothing")]),
            Step(["index"], names=[("knowledge", "empty", "nothing")])]


@case("E07", "empty", "dates.yaml with `dates:` null and faq.yaml with an entry whose answer is empty")
def _(c):
    c.write("dates.yaml", "timezone: AoE\ndates:\n")
    t = c.read("faq.yaml") + "\n- id: empty-answer\n  question: Is this answered?\n  answer: ''\n"
    c.write("faq.yaml", t)
    ln = find_line(t, "id: empty-answer")
    return [Step(["check"], bad=True, names=[("faq.yaml:",), ("answer",)])]


# --- files that are folders, folders that are files ---------------------------------------------------

@case("F01", "file-kind", "dates.yaml is a directory; check, ask, deadline set")
def _(c):
    os.remove(c.p("dates.yaml"))
    os.mkdir(c.p("dates.yaml"))
    return [Step(["check"], bad=True, names=[("dates.yaml",)]),
            Step(["ask", Q], names=[("dates.yaml",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("dates.yaml",)])]


@case("F02", "file-kind", "faq.yaml is a directory; check, faq add")
def _(c):
    os.remove(c.p("faq.yaml"))
    os.mkdir(c.p("faq.yaml"))
    return [Step(["check"], bad=True, names=[("faq.yaml",)]),
            Step(["faq", "add", "-q", "Q?", "-a", "A."], bad=True, names=[("faq.yaml",)])]


@case("F03", "file-kind", "pages/ is a regular file; check, deadline set")
def _(c):
    shutil.rmtree(c.p("pages"))
    c.write("pages", "not a folder\n")
    return [Step(["check"], bad=True, names=[("pages",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("pages",)])]


@case("F04", "file-kind", "--knowledge names a regular file; check, ask, deadline set, history")
def _(c):
    shutil.rmtree(c.k)
    with open(c.k, "w") as f:
        f.write("I am a file\n")
    return [Step(["check"], bad=True, names=[("knowledge",)]),
            Step(["ask", Q], bad=True, names=[("knowledge",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], label="the write", bad=True, names=[("knowledge",)]),
            Step(["history"], must_ok=True, expect=hist_has_no("2026-12-15", unless_ok="the write"))]


@case("F05", "file-kind", "--knowledge names a folder that does not exist; check, deadline list")
def _(c):
    shutil.rmtree(c.k)
    return [Step(["check"], bad=True, names=[("knowledge",)]),
            Step(["deadline", "list"], bad=True, names=[("knowledge",)])]


@case("F06", "file-kind", "a page path that is a directory (pages/extra.md/); check")
def _(c):
    os.mkdir(c.p("pages", "extra.md"))
    return [Step(["check"], names=[("extra.md",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], names=[("extra.md",)])]


@case("F07", "file-kind", "a page that is a FIFO (pages/fifo.md, nobody writes to it); check")
def _(c):
    os.mkfifo(c.p("pages", "fifo.md"))
    return [Step(["check"], names=[("fifo.md",)], timeout=60)]


@case("F08", "file-kind", "faq.yaml is a dangling symlink; check")
def _(c):
    os.remove(c.p("faq.yaml"))
    os.symlink(os.path.join(c.root, "nowhere.yaml"), c.p("faq.yaml"))
    return [Step(["check"], bad=True, names=[("faq.yaml",)])]


@case("F09", "file-kind", "a page that is a symlink loop (pages/loop.md -> itself); check")
def _(c):
    os.symlink("loop.md", c.p("pages", "loop.md"))
    return [Step(["check"], names=[("loop.md",)])]


# --- huge files --------------------------------------------------------------------------------------

@case("H01", "huge", "faq.yaml of 20 MB (~150,000 valid entries); check, ask")
def _(c):
    parts = [c.read("faq.yaml"), "\n"]
    size, i = 0, 0
    while size < 20 << 20:
        e = (f"- id: gen-{i:06d}\n  question: Generated question number {i} about topic {i % 97}?\n"
             f"  answer: Generated answer number {i}.\n\n")
        parts.append(e)
        size += len(e)
        i += 1
    c.write("faq.yaml", "".join(parts))
    return [Step(["check"], names=[("faq.yaml",)]),
            Step(["ask", "What is the page limit?"], names=[("faq.yaml",)])]


@case("H02", "huge", "faq.yaml with one 20 MB answer (over the 1,500-char cap); check")
def _(c):
    t = c.read("faq.yaml") + "\n- id: huge-answer\n  question: Is this answer huge?\n  answer: " + ("word " * (4 << 20)) + "\n"
    c.write("faq.yaml", t)
    return [Step(["check"], bad=True, names=[("faq.yaml",), ("1,500", "1500", "long", "answer")])]


@case("H03", "huge", "a 30 MB Markdown page (many paragraphs) among the good page; check, ask")
def _(c):
    rnd = random.Random(3)
    words = "personalized model federated privacy robust benchmark dialogue vision sponsor poster".split()
    out, size, n = ["---\ntitle: Huge page\npermalink: /huge/\n---\n# Huge page\n\n"], 0, 0
    while size < 30 << 20:
        if n % 50 == 0:
            out.append(f"## Section {n}\n\n")
        para = " ".join(rnd.choice(words) for _ in range(120)) + ".\n\n"
        out.append(para)
        size += len(para)
        n += 1
    c.write("pages/huge.md", "".join(out))
    return [Step(["check"], names=[("huge.md",)]),
            Step(["ask", "What is the page limit?"], names=[("huge.md",)])]


@case("H04", "huge", "a 30 MB page on a single line (no newline at all); check")
def _(c):
    c.write("pages/oneline.md", "---\ntitle: One line\npermalink: /oneline/\n---\n" + ("abc " * (30 << 18)))
    return [Step(["check"], names=[("oneline.md",)])]


@case("H05", "huge", "faq add with a 1,501-character answer and news add with 5,000 characters")
def _(c):
    return [Step(["faq", "add", "-q", "Is this long?", "-a", "a" * 1501], bad=True, names=[("1,500", "1500", "1501", "1,501")]),
            Step(["news", "add", "n" * 5000], bad=True, names=[("1,500", "1500", "5000", "5,000")])]


# --- broken YAML ---------------------------------------------------------------------------------------

def _unclosed(rel, anchor, block, qline_in_block):
    def build(c):
        start = insert_before(c, rel, anchor, block)
        qline = start + qline_in_block
        total = c.read(rel).count("\n")
        base = os.path.basename(rel)

        def exp(ctx, r):
            out = r["_out"]
            lines = [int(m) for m in re.findall(re.escape(base) + r":(\d+)", out)]
            if qline in lines:
                return []
            if lines:
                return [f"reports {base}:{lines[0]}, but the quote opens on line {qline} (file has {total} lines)"]
            return [f"names no {base}:LINE (the quote opens on line {qline})"]
        return [Step(["check"], bad=True, must_fail=True, names=[(base,)], expect=exp),
                Step(["deadline", "set", "paper", "2026-12-15"] if rel != "dates.yaml" else ["faq", "add", "-q", "New?", "-a", "Yes."],
                     label="the write", bad=True, names=[(base,)], expect=exp),
                Step(["history"], must_ok=True, expect=hist_has_no("2026-12-15", "New?", unless_ok="the write"))]
    return build


CASES.append(Case("Y01", "broken-yaml", "faq.yaml: unclosed double quote in the middle of the file; reported line must be where it opens",
                  _unclosed("faq.yaml", "- id: review", "- id: quote-test\n  question: \"Is this quote closed?\n  answer: No.\n\n", 1)))
CASES.append(Case("Y02", "broken-yaml", "dates.yaml: unclosed single quote in an entry's label",
                  _unclosed("dates.yaml", "  - key: camera-ready", "  - key: broken\n    label: 'Broken label\n    date: TBA\n\n", 1)))
CASES.append(Case("Y03", "broken-yaml", "news.yaml: unclosed double quote in a news text (not the last item)",
                  _unclosed("news.yaml", "- id: call-for-contributions", "- id: broken\n  text: \"Unclosed news\n\n", 1)))
CASES.append(Case("Y04", "broken-yaml", "out_of_scope.yaml: unclosed double quote in an example",
                  _unclosed("out_of_scope.yaml", "- topic: funding and travel support", "- topic: broken\n  examples:\n    - \"Is this closed?\n\n", 2)))


@case("Y05", "broken-yaml", "faq.yaml: a tab used for indentation")
def _(c):
    ln = insert_before(c, "faq.yaml", "- id: review", "- id: tabbed\n\tquestion: Tabbed?\n\tanswer: Yes.\n\n") + 1
    return [Step(["check"], bad=True, must_fail=True, names=[(f"faq.yaml:{ln}", f"faq.yaml:{ln - 1}", f"faq.yaml:{ln + 1}")])]


@case("Y06", "broken-yaml", "dates.yaml: top level is a plain string instead of a mapping")
def _(c):
    c.write("dates.yaml", "just some text\n")
    return [Step(["check"], bad=True, must_fail=True, names=[("dates.yaml",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("dates.yaml", "paper")])]


@case("Y07", "broken-yaml", "faq.yaml: 'billion laughs' alias bomb in an entry's `also`")
def _(c):
    bomb = "\n- id: bomb\n  question: Is this a bomb?\n  answer: Yes.\n  also: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, 9):
        bomb += f"- id: bomb{i}\n  question: Bomb {i}?\n  answer: Yes.\n  also: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n"
    c.write("faq.yaml", c.read("faq.yaml") + bomb)
    return [Step(["check"], bad=True, names=[("faq.yaml",)], timeout=90)]


@case("Y08", "broken-yaml", "faq.yaml: 50,000 nested flow sequences in `also`")
def _(c):
    c.write("faq.yaml", c.read("faq.yaml") + "\n- id: deep\n  question: Deep?\n  answer: Yes.\n  also: " + "[" * 50000 + "]" * 50000 + "\n")
    return [Step(["check"], bad=True, names=[("faq.yaml",)])]


@case("Y09", "broken-yaml", "faq.yaml: two entries with the same id")
def _(c):
    t = c.read("faq.yaml") + "\n- id: review\n  question: Who reviews the reviews?\n  answer: Nobody.\n"
    c.write("faq.yaml", t)
    return [Step(["check"], bad=True, must_fail=True, names=[("faq.yaml",), ("review",)])]


@case("Y10", "broken-yaml", "dates.yaml: two entries with key paper")
def _(c):
    t = c.read("dates.yaml") + "\n  - key: paper\n    label: Second paper deadline\n    date: 2026-12-20\n"
    c.write("dates.yaml", t)
    return [Step(["check"], bad=True, must_fail=True, names=[("dates.yaml",), ("paper",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("paper", "dates.yaml")])]


@case("Y11", "broken-yaml", "dates.yaml: misspelt field (`dat:` instead of `date:`)")
def _(c):
    replace_date(c, "paper", "    dat: 2026-12-15\n")
    return [Step(["check"], bad=True, must_fail=True, names=[("dates.yaml",), ("dat",)])]


@case("Y12", "broken-yaml", "faq.yaml: a YAML document separator and a second document")
def _(c):
    c.write("faq.yaml", c.read("faq.yaml") + "\n---\n- id: second-doc\n  question: Second?\n  answer: Yes.\n")
    return [Step(["check"], bad=True, names=[("faq.yaml",)])]


# --- binary / non-UTF-8 ----------------------------------------------------------------------------------

@case("B01", "encoding", "faq.yaml replaced by 4 KB of random bytes; check, faq list")
def _(c):
    rnd = random.Random(1)
    c.write("faq.yaml", bytes(rnd.getrandbits(8) for _ in range(4096)))
    return [Step(["check"], bad=True, must_fail=True, names=[("faq.yaml",)]),
            Step(["faq", "list"], bad=True, names=[("faq.yaml",)])]


@case("B02", "encoding", "dates.yaml saved as Latin-1 (an é in a label)")
def _(c):
    t = c.read("dates.yaml").replace("label: Author notification", "label: Author notification (résultats)")
    with open(c.p("dates.yaml"), "wb") as f:
        f.write(t.encode("latin-1"))
    ln = find_line(t, "résultats")
    return [Step(["check"], bad=True, must_fail=True, names=[("dates.yaml",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("dates.yaml",)])]


@case("B03", "encoding", "a PNG image saved as pages/logo.md among the good page; check")
def _(c):
    rnd = random.Random(2)
    c.write("pages/logo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.getrandbits(8) for _ in range(8192)))
    return [Step(["check"], names=[("logo.md",)])]


@case("B04", "encoding", "faq.yaml saved as UTF-16 (with BOM)")
def _(c):
    t = c.read("faq.yaml")
    with open(c.p("faq.yaml"), "wb") as f:
        f.write(t.encode("utf-16"))
    return [Step(["check"], names=[("faq.yaml",)])]


@case("B05", "encoding", "dates.yaml with a UTF-8 BOM (valid UTF-8; should load or be named)")
def _(c):
    t = c.read("dates.yaml")
    with open(c.p("dates.yaml"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + t.encode())
    return [Step(["check"], names=[("dates.yaml",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], names=[("dates.yaml",)])]


@case("B06", "encoding", "faq.yaml with a NUL byte inside an answer")
def _(c):
    t = c.read("faq.yaml").replace("answer: Review is double-blind.", "answer: Review is double\x00blind.")
    c.write("faq.yaml", t)
    return [Step(["check"], bad=True, names=[("faq.yaml",)])]


@case("B07", "encoding", "a page with invalid UTF-8 bytes in its body (one bad byte)")
def _(c):
    c.write("pages/latin.md", "---\ntitle: Latin\npermalink: /latin/\n---\n# Caf".encode() + b"\xe9\n\nText.\n")
    return [Step(["check"], names=[("latin.md",)])]


# --- front matter ------------------------------------------------------------------------------------------

def _page(body, names, what, ask=False):
    def build(c):
        c.write("pages/broken.md", body)

        def cascade(ctx, r):
            if "pages: none" in r["_out"]:
                n = r["_out"].count("names no page")
                ctx.notes.append(f"one broken page hides the good page too: {n} follow-on 'names no page (pages: none)' errors")
            return []
        return [Step(["check"], bad=True, names=names, expect=cascade)] + (
            [Step(["ask", "What is the page limit?"], names=[("broken.md",)])] if ask else [])
    return build


CASES.append(Case("P01", "front-matter", "pages/broken.md: front matter never closed (no second ---); check, ask",
                  _page("---\ntitle: Broken page\npermalink: /broken/\n\n# Hello\n\nSome text.\n", [("broken.md",)], "", ask=True)))
CASES.append(Case("P02", "front-matter", "pages/broken.md: front matter with an unclosed quote in title; check",
                  _page("---\ntitle: \"Broken\npermalink: /broken/\n---\n# Hello\n\nSome text.\n", [("broken.md:2", "broken.md")], "")))
CASES.append(Case("P03", "front-matter", "pages/broken.md: front matter is a YAML list; check",
                  _page("---\n- title\n- permalink\n---\n# Hello\n\nSome text.\n", [("broken.md",)], "")))
CASES.append(Case("P04", "front-matter", "pages/broken.md: title is a mapping and permalink a number; check",
                  _page("---\ntitle: {a: b}\npermalink: 12345\n---\n# Hello\n\nSome text.\n", [("broken.md",)], "")))


@case("P05", "front-matter", "two pages with the same permalink as the workshop page; check")
def _(c):
    c.write("pages/copy.md", "---\ntitle: Copy\npermalink: /events/perfm-aaai26/\n---\n# Copy\n\nThe page limit is 4 pages.\n")
    return [Step(["check"], bad=True, names=[("copy.md",), ("permalink", "/events/perfm-aaai26/")])]


# --- FAQ ids from symbol-only questions ------------------------------------------------------------------------

@case("Q01", "faq-id", "faq add -q '???' then -q '!!!' (ids from symbols collide); check, faq list")
def _(c):
    def exp(ctx, r):
        t = ctx.read("faq.yaml")
        return [] if "Other symbols." in t or r["rc"] != 0 else ["second entry reported saved but missing"]
    return [Step(["faq", "add", "-q", "???", "-a", "Symbols only."], bad=True, names=[("???",)]),
            Step(["faq", "add", "-q", "!!!", "-a", "Other symbols."], bad=True, names=[("!!!",)], expect=exp),
            Step(["check"], must_ok=True), Step(["faq", "list"], must_ok=True)]


@case("Q02", "faq-id", "faq add -q '🎉🎉🎉' and -q '✨✨✨' (emoji-only questions); check")
def _(c):
    return [Step(["faq", "add", "-q", "🎉🎉🎉", "-a", "Party."], bad=True, names=[("🎉",)]),
            Step(["faq", "add", "-q", "✨✨✨", "-a", "Sparkles."], bad=True, names=[("✨",)]),
            Step(["check"], must_ok=True)]


@case("Q03", "faq-id", "faq.yaml hand-edited: entry with id '???'; check")
def _(c):
    t = c.read("faq.yaml") + "\n- id: '???'\n  question: What?\n  answer: Something.\n"
    c.write("faq.yaml", t)
    return [Step(["check"], bad=True, must_fail=True, names=[("faq.yaml:",), ("???",)])]


@case("Q04", "faq-id", "faq add repeating an existing question ('Can I attend virtually?') with another answer")
def _(c):
    return [Step(["faq", "add", "-q", "Can I attend virtually?", "-a", "Yes, on Zoom."], bad=True, names=[("attend-virtually", "attend virtually")]),
            Step(["check"], must_ok=True)]


@case("Q05", "faq-id", "faq remove an id that does not exist, and faq remove ''")
def _(c):
    return [Step(["faq", "remove", "no-such-entry"], bad=True, names=[("no-such-entry",)]),
            Step(["faq", "remove", ""], bad=True, names=[("id",)]),
            Step(["history"], must_ok=True, expect=hist_has_no("removed"))]


@case("Q06", "faq-id", "faq add with an empty question and an empty answer")
def _(c):
    return [Step(["faq", "add", "-q", "", "-a", "An answer."], bad=True, names=[("question",)]),
            Step(["faq", "add", "-q", "A question?", "-a", "   "], bad=True, names=[("answer",)])]


@case("Q07", "faq-id", "faq add whose question only differs by punctuation from an existing id's slug ('What is the page limit!!')")
def _(c):
    return [Step(["faq", "add", "-q", "What is the page limit!!", "-a", "Twelve."], bad=True, names=[("page-limit", "page limit")]),
            Step(["check"], must_ok=True)]


# --- damaged state files --------------------------------------------------------------------------------------

def _damage(target, how, ask=True, index=True):
    def build(c):
        # the seed state is what one successful `index` left behind
        steps = [Step(["deadline", "set", "paper", "2026-12-15"], setup=True),
                 Step(["news", "add", "Reviewers wanted."], setup=True)]

        def damage(ctx):
            paths = [os.path.join(ctx.s, target)]
            for p in paths:
                if not os.path.exists(p):
                    raise Skip(f"state has no {target} after index/deadline set/news add: {sorted(os.listdir(ctx.s))}")
                size = os.path.getsize(p)
                with open(p, "r+b") as f:
                    if how == "garbage":
                        rnd = random.Random(5)
                        f.write(bytes(rnd.getrandbits(8) for _ in range(max(size, 4096))))
                    elif how == "zero":
                        f.truncate(0)
                    elif how == "half":
                        f.truncate(size // 2)
                    elif how == "header":
                        f.seek(0)
                        f.write(b"NOT A DATABASE!!" * 8)
            ctx.notes.append(f"damaged {target} ({how})")
        base = os.path.basename(target)
        nm = [(base, "state", "corrupt", "damaged")]
        steps += [Do(damage, f"damage {target}: {how}")]
        if ask:
            steps.append(Step(["ask", Q], names=nm))
        steps += [Step(["history"], names=nm),
                  Step(["schedule"], names=nm),
                  Step(["deadline", "set", "abstract", "2026-11-20"], names=nm, keep="refused")]
        if index:
            steps.append(Step(["index"], names=nm))
        steps.append(Do(lambda ctx: consistent_after(ctx), "the files still hold the earlier changes"))
        return steps
    return build


def consistent_after(ctx):
    t = ctx.read("dates.yaml")
    probs = []
    if "2026-12-15" not in t:
        probs.append("dates.yaml lost the paper date set before the damage")
    if "Reviewers wanted." not in ctx.read("news.yaml"):
        probs.append("news.yaml lost the news item added before the damage")
    r = ctx.res.get("deadline set abstract 2026-11-20")
    h = ctx.res.get("history")
    if r and r["rc"] == 0 and "2026-11-20" not in t:
        probs.append("`deadline set abstract` said it saved, but dates.yaml lacks 2026-11-20")
    if r and r["rc"] not in (0, None) and "2026-11-20" in t:
        probs.append("`deadline set abstract` was refused but dates.yaml was changed")
    return probs


for _id, _t, _h, _a, _i in [
    ("S01", "embeddings.sqlite", "garbage", 1, 1), ("S02", "embeddings.sqlite", "zero", 1, 1), ("S03", "embeddings.sqlite", "half", 1, 1),
    ("S04", "changes.sqlite", "garbage", 1, 0), ("S05", "changes.sqlite", "zero", 0, 0), ("S06", "changes.sqlite", "header", 0, 0),
    ("S07", "index/manifest.json", "garbage", 1, 1), ("S08", "index/vectors.faiss", "half", 1, 1),
]:
    CASES.append(Case(_id, "damaged-state", f"after index + deadline set + news add, {_t} {_h} "
                      f"({'overwritten with random bytes' if _h == 'garbage' else 'truncated to 0 bytes' if _h == 'zero' else 'truncated to half' if _h == 'half' else 'header overwritten'}); "
                      f"then {'ask, ' if _a else ''}history, schedule, deadline set{', index' if _i else ''}", _damage(_t, _h, _a, _i)))


@case("S09", "damaged-state", "outbox.sqlite and questions.sqlite present as garbage; schedule, ask, history")
def _(c):
    rnd = random.Random(9)
    for n in ("outbox.sqlite", "questions.sqlite"):
        with open(os.path.join(c.s, n), "wb") as f:
            f.write(bytes(rnd.getrandbits(8) for _ in range(8192)))
    nm = [("outbox", "questions", "state", "corrupt")]
    return [Step(["schedule"], names=nm), Step(["ask", Q], names=nm), Step(["history"], names=nm)]


@case("S10", "damaged-state", "knowledge.lock in the state folder is a directory; deadline set, history")
def _(c):
    os.makedirs(os.path.join(c.s, "knowledge.lock"), exist_ok=True)

    def exp(ctx, r):
        t = ctx.read("dates.yaml")
        if r["rc"] == 0 and "2026-12-15" not in t:
            return ["said saved but dates.yaml lacks the date"]
        return []
    return [Step(["deadline", "set", "paper", "2026-12-15"], names=[("knowledge.lock", "lock")], expect=exp),
            Step(["history"], names=[("knowledge.lock", "lock")])]


@case("S11", "damaged-state", "changes.sqlite garbage with a pending change; undo must not restore anything wrong")
def _(c):
    def dmg(ctx):
        with open(os.path.join(ctx.s, "changes.sqlite"), "wb") as f:
            f.write(b"\x00garbage" * 4000)
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True), Do(dmg, "overwrite changes.sqlite"),
            Step(["undo"], names=[("changes.sqlite", "state", "corrupt", "database")], keep="refused"),
            Do(lambda ctx: [] if "2026-12-15" in ctx.read("dates.yaml") or ctx.res["undo"]["rc"] == 0 else
               ["undo refused but dates.yaml lost the date"], "check")]


# --- state / knowledge permissions ---------------------------------------------------------------------------

@case("SP01", "state-path", "--state names a regular file; index, deadline set, history")
def _(c):
    shutil.rmtree(c.s, ignore_errors=True)
    with open(c.s, "w") as f:
        f.write("not a folder\n")
    return [Step(["index"], bad=True, names=[("state",)]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=[("state",)]),
            Step(["history"], bad=True, names=[("state",)])]


@case("SP02", "state-path", "--state under a regular file (/…/file/sub); ask")
def _(c):
    with open(os.path.join(c.root, "afile"), "w") as f:
        f.write("x")
    c.s = os.path.join(c.root, "afile", "sub")
    return [Step(["ask", Q], bad=True, names=[("afile",)])]


@case("SP03", "permissions", "read-only state folder (after a good index); ask, deadline set, history")
def _(c):
    make_readonly(c, c.s)

    def exp(ctx, r):
        t = ctx.read("dates.yaml")
        if r["rc"] != 0 and "2026-12-15" in t:
            return ["refused, yet dates.yaml was changed (no change log entry possible)"]
        return []
    return [Step(["ask", Q], names=[("state", "read-only", "permission", "not permitted")]),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, keep="never",
                 names=[("state", "permission", "read-only", "not permitted")], expect=exp),
            Step(["history"], expect=lambda ctx, r: (
                [] if ("2026-12-15" in r["_out"]) == ("2026-12-15" in ctx.read("dates.yaml")) else
                ["history and dates.yaml disagree about the paper date"]))]


@case("SP04", "permissions", "read-only knowledge folder; deadline set / faq add / news add, then history has no false entry")
def _(c):
    make_readonly(c, c.k)
    nm = lambda f: [("knowledge", f, "permission", "read-only", "not permitted")]
    return [Step(["deadline", "list"], setup=True),
            Step(["deadline", "set", "paper", "2026-12-15"], bad=True, names=nm("dates.yaml")),
            Step(["history"], must_ok=True, expect=hist_has_no("2026-12-15")),
            Step(["faq", "add", "-q", "Read only?", "-a", "Yes."], bad=True, names=nm("faq.yaml")),
            Step(["news", "add", "Read-only news."], bad=True, names=nm("news.yaml")),
            Step(["history"], label="history again", must_ok=True,
                 expect=hist_has_no("2026-12-15", "Read only?", "Read-only news"))]


@case("SP05", "permissions", "one good change, then the knowledge folder turns read-only; undo refused, history still consistent")
def _(c):
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True),
            Do(lambda ctx: make_readonly(ctx, ctx.k) and None, "make knowledge read-only"),
            Step(["undo"], bad=True, names=[("knowledge", "dates.yaml", "permission", "read-only", "not permitted")]),
            Step(["history"], must_ok=True,
                 expect=lambda ctx, r: ([] if (ctx.res["undo"]["rc"] == 0 or not re.search(r"undo", r["_out"], re.I)) else
                                        ["history records an undo that was refused"])),
            Step(["deadline", "list"], must_ok=True, expect=text_has("2026-12-15", what="deadline list"))]


# --- bad model names / paths ------------------------------------------------------------------------------

def _model(val, names, what, offline=True, index=False):
    def build(c):
        env = {"PERFM_MODEL": val}
        if not offline:
            env.update(HF_HUB_OFFLINE=None, TRANSFORMERS_OFFLINE=None)
        steps = [Step(["ask", Q], env=env, bad=True, names=names)]
        if index:
            steps.append(Step(["index"], env=env, bad=True, names=names))
        return steps
    return build


CASES.append(Case("MO01", "model", "PERFM_MODEL=no-such-org/no-such-model, offline (HF_HUB_OFFLINE=1); ask, index",
                  _model("no-such-org/no-such-model", [("no-such-org/no-such-model",)], "", index=True)))
CASES.append(Case("MO02", "model", "PERFM_MODEL=/nonexistent/model/path; ask, index",
                  _model("/nonexistent/model/path", [("/nonexistent/model/path",)], "")))
CASES.append(Case("MO03", "model", "PERFM_MODEL=no-such-org/no-such-model with the hub allowed (no network here)",
                  lambda c: [Step(["ask", Q], env={"PERFM_MODEL": "no-such-org/no-such-model", "HF_HUB_OFFLINE": None,
                                                  "TRANSFORMERS_OFFLINE": None}, bad=True, names=[("no-such-org/no-such-model",)])]))


@case("MO04", "model", "PERFM_MODEL names an empty folder; ask")
def _(c):
    d = os.path.join(c.root, "emptymodel")
    os.mkdir(d)
    return [Step(["ask", Q], env={"PERFM_MODEL": d}, bad=True, names=[("emptymodel",)])]


@case("MO05", "model", "PERFM_MODEL names a folder with a garbage config.json; ask")
def _(c):
    d = os.path.join(c.root, "junkmodel")
    os.mkdir(d)
    with open(os.path.join(d, "config.json"), "w") as f:
        f.write("{not json")
    with open(os.path.join(d, "modules.json"), "w") as f:
        f.write("[{]")
    return [Step(["ask", Q], env={"PERFM_MODEL": d}, bad=True, names=[("junkmodel",)])]


@case("MO06", "model", "PERFM_MODEL names a regular file (dates.yaml); ask")
def _(c):
    return [Step(["ask", Q], env={"PERFM_MODEL": c.p("dates.yaml")}, bad=True, names=[("dates.yaml",)])]


@case("MO07", "model", "PERFM_MODEL='' (empty: the default model, or a clear refusal); ask")
def _(c):
    return [Step(["ask", Q], env={"PERFM_MODEL": ""}, names=[("PERFM_MODEL",)])]



# --- bad questions -----------------------------------------------------------------------------------------

def _q(arg, names=(("question", "empty"),), bad=True, json_too=False, refuse=True):
    """A question with nothing to ask (like an empty one) must be refused: exit != 0 with a message,
    not answered (an off-topic or "I don't know" reply at exit 0 is not a refusal)."""
    return lambda c: [Step(["ask", arg], bad=bad, must_fail=refuse, names=list(names))] + (
        [Step(["ask", "--json", arg], bad=bad, must_fail=refuse, names=list(names))] if json_too else [])


CASES.append(Case("A01", "question", "ask '' (empty question), plain and --json", _q("", json_too=True)))
CASES.append(Case("A02", "question", "ask '     ' (only spaces)", _q("     ")))
CASES.append(Case("A03", "question", "ask with only control characters (\\x01\\x02\\x1b[2J\\x7f)", _q("\x01\x02\x1b[2J\x7f")))
CASES.append(Case("A04", "question", "ask with only zero-width characters (U+200B U+200C U+200D U+FEFF)", _q("\u200b\u200c\u200d\ufeff")))
CASES.append(Case("A05", "question", "ask with invalid UTF-8 bytes only (argv b'\\xff\\xfe\\xfd')", _q(b"\xff\xfe\xfd")))
CASES.append(Case("A06", "question", "ask with invalid UTF-8 bytes inside a real question (no crash; answer or clear refusal)",
                  _q(b"When is the \xff\xfe paper deadline?", names=(), bad=False, refuse=False)))
CASES.append(Case("A07", "question", "ask with a 10,000-character question (must be refused, not cut)",
                  _q("When is the deadline? " * 455, names=(("500",),), json_too=True)))
CASES.append(Case("A08", "question", "ask with 501 characters (just over the cap)",
                  lambda c: [Step(["ask", "x" * 501], bad=True, names=[("500",)])]))


@case("A09", "question", "console: stdin lines with only NUL bytes, only spaces, and invalid UTF-8, then EOF")
def _(c):
    return [Step(["console"], stdin=b"\x00\x00\x00\n   \n\xff\xfe\xfd\n", names=[("question",)])]


@case("A10", "question", "console: a question with an embedded NUL and a 10,000-char line, then EOF")
def _(c):
    return [Step(["console"], stdin=b"When is the paper\x00 deadline?\n" + b"a" * 10000 + b"\n",
                 names=[("question",)],
                 expect=lambda ctx, r: [] if re.search(r"500|too long", r["_out"]) else
                 ["10,000-character console line not refused with the 500-character limit"])]


@case("A11", "question", "eval with a file that does not exist, and with a binary file")
def _(c):
    rnd = random.Random(4)
    with open(os.path.join(c.root, "junk.yaml"), "wb") as f:
        f.write(bytes(rnd.getrandbits(8) for _ in range(2048)))
    return [Step(["eval", os.path.join(c.root, "missing.yaml")], bad=True, names=[("missing.yaml",)]),
            Step(["eval", os.path.join(c.root, "junk.yaml")], bad=True, names=[("junk.yaml",)])]


# --- `run` against bad Discord settings --------------------------------------------------------------------------

def _run(env, names, what, timeout=None, envfile=b"", envfile_kind="file"):
    def build(c):
        p = os.path.join(c.root, "bot.env")
        if envfile_kind == "file":
            with open(p, "wb") as f:
                f.write(envfile)
        elif envfile_kind == "dir":
            os.mkdir(p)
        e = {k: (v.format(port=c.srv.port, hang=c.srv.hang_port, closed=c.srv.closed_port) if isinstance(v, str) else v)
             for k, v in env.items()}
        nm = [tuple(a.format(port=c.srv.port, hang=c.srv.hang_port, closed=c.srv.closed_port) for a in g) for g in names]
        return [Step(["run", "--env-file", p], env=e, bad=True, must_fail=True, names=nm, timeout=timeout)]
    return build


CASES.append(Case("R01", "run", "run with a bad token against a local Discord API double that answers 401",
                  _run({"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": "http://127.0.0.1:{port}"},
                       [("token",)], "")))
CASES.append(Case("R02", "run", "run with PERFM_DISCORD_API pointing at a closed port",
                  _run({"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": "http://127.0.0.1:{closed}"},
                       [("127.0.0.1:{closed}", "{closed}", "PERFM_DISCORD_API")], "")))
CASES.append(Case("R03", "run", "run with PERFM_DISCORD_API at a server that accepts and never answers",
                  _run({"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": "http://127.0.0.1:{hang}"},
                       [("127.0.0.1:{hang}", "{hang}", "PERFM_DISCORD_API")], "")))
CASES.append(Case("R04", "run", "run --env-file with binary content (NUL, invalid UTF-8)",
                  _run({}, [("bot.env",)], "", envfile=b"DISCORD_TOKEN=\x00\xff\xfe\x00garbage\n\x89PNG\r\n\x1a\n" + bytes(range(256)))))
CASES.append(Case("R05", "run", "run --env-file that is a directory",
                  _run({}, [("bot.env",)], "", envfile_kind="dir")))
CASES.append(Case("R06", "run", "run with PERFM_DISCORD_API='not a url'",
                  _run({"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": "not a url"},
                       [("not a url", "PERFM_DISCORD_API")], "")))
CASES.append(Case("R07", "run", "run with PERFM_ANNOUNCE_CHANNEL_ID=abc (not a number), token set",
                  _run({"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": "http://127.0.0.1:{port}",
                        "PERFM_ANNOUNCE_CHANNEL_ID": "abc"}, [("PERFM_ANNOUNCE_CHANNEL_ID",)], "")))
CASES.append(Case("R08", "run", "run with no token at all (documented: exit 1 naming the setting)",
                  _run({}, [("DISCORD_TOKEN",)], "")))


@case("R09", "run", "run --speed -5, --speed 0 and --simulate-from garbage")
def _(c):
    env = {"DISCORD_TOKEN": "bad.token.value", "PERFM_DISCORD_API": f"http://127.0.0.1:{c.srv.port}"}
    return [Step(["run", "--simulate-from", "2026-12-01T08:55Z", "--speed", "-5"], env=env, bad=True, must_fail=True, names=[("speed", "-5")]),
            Step(["run", "--simulate-from", "2026-12-01T08:55Z", "--speed", "0"], env=env, bad=True, must_fail=True, names=[("speed", "0")]),
            Step(["run", "--simulate-from", "the day after tomorrow"], env=env, bad=True, must_fail=True, names=[("the day after tomorrow", "simulate")])]


@case("R10", "run", "invite-url with a token that is not a Discord token ('!!!') and with PERFM_APPLICATION_ID=xyz")
def _(c):
    return [Step(["invite-url"], env={"DISCORD_TOKEN": "!!!"}, bad=True, must_fail=True, names=[("token", "DISCORD_TOKEN")]),
            Step(["invite-url"], env={"PERFM_APPLICATION_ID": "xyz"}, bad=True, must_fail=True, names=[("xyz", "PERFM_APPLICATION_ID")])]


# --- history / undo -------------------------------------------------------------------------------------

def _two_changes():
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True),
            Step(["news", "add", "Second change."], setup=True)]


@case("U01", "history", "history --limit 1000 with 2 changes stored (must list both)")
def _(c):
    return _two_changes() + [Step(["history", "--limit", "1000"], must_ok=True, expect=text_has("#1", "#2", what="history"))]


@case("U02", "history", "history --limit 0 with 2 changes stored")
def _(c):
    def exp(ctx, r):
        if r["rc"] == 0 and re.search(r"no changes", r["_out"], re.I):
            return ["history --limit 0 claims 'No changes yet' while 2 changes are stored"]
        return []
    return _two_changes() + [Step(["history", "--limit", "0"], bad=True, names=[("limit", "0")], expect=exp)]


@case("U03", "history", "history --limit -1 and --limit abc")
def _(c):
    return _two_changes() + [Step(["history", "--limit", "-1"], bad=True, names=[("limit", "-1")]),
                             Step(["history", "--limit", "abc"], bad=True, must_fail=True, names=[("abc",)])]


@case("U04", "undo", "undo with nothing to undo (fresh state)")
def _(c):
    return [Step(["undo"], bad=True, names=[("nothing", "no change")]),
            Step(["history"], must_ok=True, expect=hist_has_no("undo", "Undo"))]


@case("U05", "undo", "one change, then undo twice (second has nothing left); files back byte for byte")
def _(c):
    orig = sums(c.k)
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True),
            Step(["undo"], must_ok=True),
            Step(["undo"], label="undo again", bad=True, names=[("nothing", "no change", "already")]),
            Do(lambda ctx: ([f"files not restored: {diff_sums(orig, sums(ctx.k))}"] if sums(ctx.k) != orig else []), "compare")]


@case("U06", "undo", "change, hand edit of the same file, undo (must refuse and keep the hand edit)")
def _(c):
    state = {}

    def hand(ctx):
        t = ctx.read("dates.yaml") + "# hand edit\n"
        ctx.write("dates.yaml", t)
        state["sum"] = sha(ctx.p("dates.yaml"))
    return [Step(["deadline", "set", "paper", "2026-12-15"], setup=True), Do(hand, "hand edit dates.yaml"),
            Step(["undo"], bad=True, must_fail=True, names=[("dates.yaml",)]),
            Do(lambda ctx: [] if sha(ctx.p("dates.yaml")) == state["sum"] else ["hand edit lost"], "hand edit kept")]


@case("U07", "undo", "--by with a newline and a forged history line; history must not show a forged entry")
def _(c):
    forged = "mallory\n#99   2026-01-01 00:00 UTC  admin: Paper submission deadline (paper): TBA → 2027-01-01"

    def exp(ctx, r):
        if re.search(r"^#99\b", r["_out"], re.M):
            return ["history shows a forged line '#99 … admin' injected through --by"]
        return []
    return [Step(["deadline", "set", "paper", "2026-12-15", "--by", forged]),
            Step(["history"], must_ok=True, expect=exp)]


# --- concurrent writers --------------------------------------------------------------------------------------

KEYS = ["abstract", "paper", "notification", "camera-ready", "workshop"]


def date_of(text, key):
    m = re.search(r"- key: " + re.escape(key) + r"\n(?:(?!\s*- key:).*\n)*?\s*date: *'?([^'\n]+)'?", text)
    return m.group(1).strip() if m else None


@case("C01", "concurrency", "10 `deadline set` processes at once (5 keys × 2 dates): nothing lost, history consistent, 10 undos restore the file")
def _(c):
    orig = sums(c.k)
    jobs = []
    for i in range(10):
        jobs.append(Step(["deadline", "set", KEYS[i % 5], f"2026-11-{i + 1:02d}", "--by", f"w{i}"], label=f"writer {i}"))

    def verify(ctx):
        probs = []
        ok = [ctx.res[f"writer {i}"] for i in range(10) if ctx.res[f"writer {i}"]["rc"] == 0]
        for i in range(10):
            r = ctx.res[f"writer {i}"]
            if r["rc"] not in (0,) and not r["_out"].strip():
                probs.append(f"writer {i} failed silently")
        ids = [int(m) for r in ok for m in re.findall(r"change #(\d+)", r["_out"])]
        if len(set(ids)) != len(ids):
            probs.append(f"two writers got the same change number: {sorted(ids)}")
        hist = subprocess_out(ctx, ["history", "--limit", "100"])
        entries = re.findall(r"^#(\d+)\s.*?\(([\w-]+)\):.*?→\s*(\d{4}-\d{2}-\d{2})", hist, re.M)
        if len(entries) != len(ok):
            probs.append(f"{len(ok)} writers succeeded but history lists {len(entries)} changes")
        text = ctx.read("dates.yaml")
        latest = {}
        for n, key, d in sorted(entries, key=lambda e: int(e[0])):
            latest[key] = d
        for key, d in latest.items():
            if date_of(text, key) != d:
                probs.append(f"dates.yaml has {key}={date_of(text, key)} but the last logged change says {d}")
        ctx.notes.append(f"{len(ok)}/10 writers saved; history entries {len(entries)}")
        chk = subprocess_rc(ctx, ["check"])
        if chk != 0:
            probs.append("check fails after the concurrent writes")
        for i in range(len(ok)):
            rc = subprocess_rc(ctx, ["undo"])
            if rc != 0:
                probs.append(f"undo {i + 1}/{len(ok)} failed")
                break
        if not probs and sums(ctx.k) != orig:
            probs.append(f"after undoing every change the files differ: {diff_sums(orig, sums(ctx.k))}")
        return probs
    return [Par(jobs, "10 writers"), Do(verify, "verify")]


@case("C02", "concurrency", "10 `faq add` and 10 `news add` processes at once: all 20 entries present, history has 20")
def _(c):
    jobs = [Step(["faq", "add", "-q", f"Concurrent question number {i} about tofu?", "-a", f"Answer {i}."], label=f"faq {i}") for i in range(10)]
    jobs += [Step(["news", "add", f"Concurrent news number {i}."], label=f"news {i}") for i in range(10)]

    def verify(ctx):
        probs = []
        faq, news = ctx.read("faq.yaml"), ctx.read("news.yaml")
        for i in range(10):
            if ctx.res[f"faq {i}"]["rc"] == 0 and f"Answer {i}." not in faq:
                probs.append(f"faq {i} reported saved but is missing from faq.yaml")
            if ctx.res[f"news {i}"]["rc"] == 0 and f"Concurrent news number {i}." not in news:
                probs.append(f"news {i} reported saved but is missing from news.yaml")
            for n in (f"faq {i}", f"news {i}"):
                if ctx.res[n]["rc"] != 0 and not ctx.res[n]["_out"].strip():
                    probs.append(f"{n} failed silently")
        saved = sum(1 for r in ctx.res.values() if r.get("rc") == 0)
        hist = subprocess_out(ctx, ["history", "--limit", "100"])
        n = len(re.findall(r"^#\d+", hist, re.M))
        if n != saved:
            probs.append(f"{saved} adds saved but history lists {n}")
        if subprocess_rc(ctx, ["check"]) != 0:
            probs.append("check fails after the concurrent adds")
        ctx.notes.append(f"{saved}/20 saved, history {n}")
        return probs
    return [Par(jobs, "20 writers"), Do(verify, "verify")]


@case("C03", "concurrency", "2 `index` processes at once on one fresh state, then ask", seed=False)
def _(c):
    return [Par([Step(["index"], label="index A"), Step(["index"], label="index B")], "2 indexers"),
            Do(lambda ctx: [f"{n} failed silently" for n in ("index A", "index B") if ctx.res[n]["rc"] != 0 and not ctx.res[n]["_out"].strip()], "look"),
            Step(["ask", Q], must_ok=True)]


def sub(ctx, args):
    """Run a command inside a Do check; tracebacks and hangs still count."""
    st = Step(args)
    r = run_cmd(ctx, st)
    ctx.pending += judge_step(ctx, st, r, None, None)
    r["problems"] = []
    ctx.results.append(r)
    return r


def subprocess_out(ctx, args):
    return sub(ctx, args)["_out"]


def subprocess_rc(ctx, args):
    return sub(ctx, args)["rc"]


# --- disk full (RLIMIT_FSIZE: writes past the limit fail with EFBIG) ---------------------------------------------

@case("DF01", "disk-full", "deadline set with a 2,000-byte file-size limit (fresh change log cannot be written); then history")
def _(c):
    return [Step(["deadline", "set", "paper", "2026-12-15"], label="the write", fsize=2000, bad=True,
                 names=[("changes.sqlite", "state", "dates.yaml")]),
            Step(["history"], must_ok=True, expect=hist_has_no("2026-12-15", unless_ok="the write")),
            Step(["deadline", "set", "paper", "2026-12-16"], must_ok=True),
            Step(["history"], label="history after", must_ok=True, expect=lambda ctx, r: [] if "2026-12-16" in r["_out"] and "2026-12-15" not in r["_out"] else ["history inconsistent after the failed write"])]


@case("DF02", "disk-full", "deadline set with a 30 KB limit, change log exists, dates.yaml padded to 60 KB (temp file cannot be written)")
def _(c):
    def pad(ctx):
        ctx.write("dates.yaml", ctx.read("dates.yaml") + "".join(f"# padding line {i:05d} " + "-" * 40 + "\n" for i in range(1000)))
    return [Step(["news", "add", "Before the disk filled up."], setup=True), Do(pad, "pad dates.yaml"),
            Step(["deadline", "set", "paper", "2026-12-15"], label="the write", fsize=30000, bad=True,
                 names=[("dates.yaml", "changes.sqlite", "state")]),
            Step(["history"], must_ok=True, expect=hist_has_no("2026-12-15", unless_ok="the write")),
            Step(["check"], must_ok=True),
            Do(lambda ctx: [f"stray files left in knowledge/: {sorted(set(os.listdir(ctx.k)) - set(os.listdir(ctx.opts.knowledge_src)))}"]
               if set(os.listdir(ctx.k)) - set(os.listdir(ctx.opts.knowledge_src)) else [], "no temp files left")]


@case("DF03", "disk-full", "index on a fresh state with a 200 KB file-size limit (embedding cache cannot grow); then index without it", seed=False)
def _(c):
    return [Step(["index"], fsize=200_000, names=[("embeddings", "state")]),
            Step(["index"], label="index again", must_ok=True)]


@case("DF04", "disk-full", "import of a local folder with a 1,000-byte file-size limit")
def _(c):
    site = os.path.join(c.root, "site")
    os.makedirs(site)
    with open(os.path.join(site, "index.md"), "w") as f:
        f.write("---\ntitle: Home\npermalink: /\n---\n# Home\n\n" + "Workshop text. " * 400 + "\n")
    return [Step(["import", site], fsize=1000, bad=True, names=[("pages", "index.md", "knowledge")])]


# --- import of a bad source ---------------------------------------------------------------------------------------

def _imp(src_fn, names, what, extra=(), timeout=None):
    def build(c):
        src = src_fn(c)
        return [Step(["import", src, "--delay", "0", *extra], bad=True, must_fail=True,
                     names=[tuple(n.format(src=src, port=c.srv.port) for n in g) for g in names], timeout=timeout)]
    return build


CASES.append(Case("I01", "import", "import a folder that does not exist", _imp(lambda c: os.path.join(c.root, "no-such-site"), [("no-such-site",)], "")))
CASES.append(Case("I02", "import", "import http://127.0.0.1:<closed port>/",
                  _imp(lambda c: f"http://127.0.0.1:{c.srv.closed_port}/", [("127.0.0.1",)], "")))
CASES.append(Case("I03", "import", "import a URL whose base answers 404", _imp(lambda c: c.srv.url("/notfound/"), [("404",), ("/notfound/",)], "")))
CASES.append(Case("I04", "import", "import a URL that answers application/octet-stream (not HTML)", _imp(lambda c: c.srv.url("/binary/"), [("/binary/",), ("html", "octet-stream", "content")], "")))
CASES.append(Case("I05", "import", "import a URL in a redirect loop (/loop/ ↔ /loop/b/)", _imp(lambda c: c.srv.url("/loop/"), [("/loop/",), ("redirect",)], "")))
CASES.append(Case("I06", "import", "import a URL whose page is 50 MB (Content-Length given)", _imp(lambda c: c.srv.url("/big/"), [("/big/",), ("MB", "size", "large", "cap")], "")))
CASES.append(Case("I07", "import", "import a URL whose page is 50 MB, no Content-Length (streamed until close)", _imp(lambda c: c.srv.url("/bigchunked/"), [("/bigchunked/",), ("MB", "size", "large", "cap")], "")))
CASES.append(Case("I08", "import", "import a server that accepts and never answers (--timeout 3)",
                  _imp(lambda c: f"http://127.0.0.1:{c.srv.hang_port}/", [(f"127.0.0.1",), ("timeout", "timed out", "time")], "", extra=["--timeout", "3"])))
CASES.append(Case("I09", "import", "import a page that trickles one byte every 0.5 s (--timeout 3)",
                  _imp(lambda c: c.srv.url("/trickle/"), [("/trickle/",), ("timeout", "timed out", "time", "slow")], "", extra=["--timeout", "3"])))
CASES.append(Case("I10", "import", "import a gzip bomb (0.2 MB on the wire, 200 MB decoded) as text/html",
                  _imp(lambda c: c.srv.url("/gzip/"), [("/gzip/",), ("MB", "size", "large", "cap")], "")))
CASES.append(Case("I11", "import", "import a URL whose base redirects off-site (to another port: another origin)",
                  _imp(lambda c: c.srv.url("/offsite/"), [("/offsite/",), ("redirect", "site")], "")))
CASES.append(Case("I12", "import", "import a URL that serves a PDF as application/pdf",
                  _imp(lambda c: c.srv.url("/pdf/"), [("/pdf/",), ("html", "pdf", "content")], "")))


@case("I13", "import", "import a folder with no pages (only an image and a script)")
def _(c):
    site = os.path.join(c.root, "empty-site")
    os.makedirs(site)
    with open(os.path.join(site, "logo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
    with open(os.path.join(site, "app.js"), "w") as f:
        f.write("console.log(1)\n")
    return [Step(["import", site], bad=True, must_fail=True, names=[("empty-site",)])]


@case("I14", "import", "import a regular file as the source, and a malformed URL (http://[::1)")
def _(c):
    return [Step(["import", c.p("faq.yaml")], bad=True, must_fail=True, names=[("faq.yaml",)]),
            Step(["import", "http://[::1"], bad=True, must_fail=True, names=[("http://[::1",)]),
            Step(["import", "ftp://example.org/"], bad=True, must_fail=True, names=[("ftp",)])]


@case("I15", "import", "import with --max-pages 0, --max-page-size -1, --timeout 0, --delay -1")
def _(c):
    u = c.srv.url("/good/")
    return [Step(["import", u, "--max-pages", "0"], bad=True, names=[("max-pages", "0")]),
            Step(["import", u, "--max-page-size", "-1"], bad=True, names=[("max-page-size", "-1")]),
            Step(["import", u, "--timeout", "0"], bad=True, names=[("timeout", "0")]),
            Step(["import", u, "--delay", "-1"], bad=True, names=[("delay", "-1")])]


@case("I16", "import", "import a folder whose page has broken front matter and binary bytes (others good)")
def _(c):
    site = os.path.join(c.root, "site")
    os.makedirs(site)
    with open(os.path.join(site, "index.md"), "w") as f:
        f.write("---\ntitle: Home\npermalink: /\n---\n# Home\n\nGood text.\n")
    with open(os.path.join(site, "bad.md"), "wb") as f:
        f.write(b"---\ntitle: \"Broken\n---\n\xff\xfe\x00binary\n")
    return [Step(["import", site], names=[("bad.md",)]),
            Step(["check"], names=[("bad.md",)])]


# --- misc / injection -------------------------------------------------------------------------------------------

@case("X01", "injection", "faq add with YAML-special characters in question and answer; file stays valid, text round-trips")
def _(c):
    q = "Is there a 'poster' session: yes/no? #1 - [maybe] {x} & *y"
    a = "Yes: \"after lunch\" -- see #schedule; | > ! % @ `tick` \\backslash\\ ---"

    def exp(ctx, r):
        t = r["_out"]
        return [] if "'poster' session: yes/no? #1" in t else ["faq list does not show the question as given"]
    return [Step(["faq", "add", "-q", q, "-a", a], must_ok=True), Step(["check"], must_ok=True),
            Step(["faq", "list"], must_ok=True, expect=exp)]


@case("X02", "injection", "news add whose text contains newlines and YAML ('\\n- id: injected\\n  text: x'); no extra item")
def _(c):
    def exp(ctx, r):
        return ["the text injected a second news item 'injected'"] if re.search(r"^\s*injected\b", r["_out"], re.M) else []
    return [Step(["news", "add", "Real news.\n- id: injected\n  text: Injected item\n---\n"]),
            Step(["check"], must_ok=True), Step(["news", "list"], must_ok=True, expect=exp)]


@case("X03", "injection", "deadline set with key '../../etc/passwd' and a date with shell junk")
def _(c):
    return [Step(["deadline", "set", "../../etc/passwd", "2026-12-15"], bad=True, names=[("../../etc/passwd",)]),
            Step(["deadline", "set", "paper", "2026-12-15; rm -rf /"], bad=True, names=[("2026-12-15; rm -rf /",)])]


@case("X04", "injection", "deadline set with --by '' (empty author)")
def _(c):
    return [Step(["deadline", "set", "paper", "2026-12-15", "--by", ""], bad=True, names=[("by", "author", "name")]),
            Step(["history"], must_ok=True)]


# ----------------------------------------------------------------------------- main

def build_seed(opts, tmpbase):
    seed = os.path.join(tmpbase, "seed")
    k = os.path.join(seed, "knowledge")
    s = os.path.join(seed, "state")
    shutil.copytree(opts.knowledge_src, k)
    env = {kk: v for kk, v in os.environ.items() if not (kk.startswith("PERFM_") or kk.startswith("DISCORD_"))}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    t0 = time.monotonic()
    p = subprocess.run([opts.perfm_bot, "--knowledge", k, "--state", s, "index"], cwd=seed, env=env,
                       capture_output=True, timeout=max(opts.timeout, 300))
    if p.returncode != 0:
        sys.stderr.write(f"seed index failed (exit {p.returncode}): {decode(p.stderr)[-2000:]}\n")
        return None
    print(f"seed state built with one `index` in {time.monotonic() - t0:.0f}s", flush=True)
    return s


def product_version(opts):
    """The product's version: git HEAD of the checkout holding --knowledge-src, the hash of its
    perfm_bot/ tree, and whether perfm_bot/ has uncommitted changes (changes elsewhere, e.g. in
    tests/, do not change the product)."""
    repo = os.path.dirname(os.path.abspath(opts.knowledge_src))

    def git(*a):
        return subprocess.run(["git", "-C", repo, *a], capture_output=True, text=True, timeout=20).stdout.strip()
    try:
        head = git("rev-parse", "--short", "HEAD")
        tree = git("rev-parse", "--short", "HEAD:perfm_bot")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "perfm_bot")
        merging = os.path.exists(os.path.join(repo, ".git", "MERGE_HEAD"))
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    if not head:
        return "unknown"
    return (f"perfm_bot tree {tree or '?'} (HEAD {head})" + (" with uncommitted changes" if dirty else "")
            + (" merge in progress" if merging else ""))


def same_product(a, b):
    return a.split(" (HEAD")[0] == b.split(" (HEAD")[0] and a.endswith("changes") == b.endswith("changes")


def md_table(report):
    lines = [f"# perfm-bot fault battery: {report['totals']}", "",
             f"Run {report['started']} · {report['perfm_bot']} · product {report['version_start']}"
             + (f" → {report['version_end']}" if not same_product(report['version_start'], report['version_end']) else "")
             + f" · jobs {report['jobs']} · timeout {report['timeout']} s · {report['duration']:.0f} s", "",
             "| id | class | verdict | what happened |", "|---|---|---|---|"]
    for r in report["cases"]:
        s = r["summary"].replace("|", "\\|").replace("\n", " ")
        w = r["what"].replace("|", "\\|")
        lines.append(f"| {r['id']} | {r['class']} | {r['verdict']} | {w} → {s} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--perfm-bot", default=DEFAULT_BIN)
    ap.add_argument("--knowledge-src", default=DEFAULT_KNOWLEDGE)
    ap.add_argument("--out", help="write the JSON report here")
    ap.add_argument("--md", help="write a Markdown table here")
    ap.add_argument("--only", help="comma-separated case ids (prefixes allowed: D,M0)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120.0, help="per command, seconds (default 120)")
    ap.add_argument("--keep", action="store_true", help="keep each case's temp folder")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    opts = ap.parse_args()

    cases = CASES
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    if opts.only:
        want = [w.strip() for w in opts.only.split(",") if w.strip()]
        cases = [c for c in CASES if any(c.id == w or (w.endswith("*") and c.id.startswith(w[:-1])) for w in want)]
        unknown = [w for w in want if not w.endswith("*") and w not in ids]
        if unknown:
            ap.error(f"unknown case id(s): {', '.join(unknown)}")
    if opts.list:
        for c in cases:
            print(f"{c.id:6} {c.cls:15} {c.what}")
        return 0
    if not os.access(opts.perfm_bot, os.X_OK):
        ap.error(f"--perfm-bot {opts.perfm_bot}: not an executable")
    if not os.path.isdir(opts.knowledge_src):
        ap.error(f"--knowledge-src {opts.knowledge_src}: not a folder")

    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    version_start = product_version(opts)
    t0 = time.monotonic()
    tmpbase = tempfile.mkdtemp(prefix="perfm-fault-seed-")
    servers = Servers()
    seed = build_seed(opts, tmpbase) if any(c.seed for c in cases) else None
    results = []
    print(f"{len(cases)} cases, {opts.jobs} at a time, {opts.timeout:.0f} s per command; product {version_start}", flush=True)
    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as ex:
            futs = {ex.submit(run_case, c, opts, servers, seed if c.seed else None): c for c in cases}
            for f in concurrent.futures.as_completed(futs):
                c = futs[f]
                try:
                    r = f.result()
                except Exception as e:
                    r = {"id": c.id, "class": c.cls, "what": c.what, "verdict": "SKIP",
                         "summary": f"battery error: {e!r}", "problems": [], "notes": [], "exit_codes": [],
                         "duration": 0, "steps": []}
                results.append(r)
                print(f"  {r['verdict']:4} {r['id']:5} {r['duration']:6.1f}s  {r['summary'][:110]}", flush=True)
    finally:
        shutil.rmtree(tmpbase, ignore_errors=True)
    order = {c.id: i for i, c in enumerate(CASES)}
    results.sort(key=lambda r: order[r["id"]])
    totals = {v: sum(1 for r in results if r["verdict"] == v) for v in ("OK", "BAD", "SKIP")}
    dur = time.monotonic() - t0

    print()
    w = max([len(r["class"]) for r in results] + [5])
    print(f"{'id':6} {'class':{w}} verdict  what happened")
    print("-" * (24 + w + 80))
    for r in results:
        print(f"{r['id']:6} {r['class']:{w}} {r['verdict']:8} {r['summary'][:150]}")
    tot = f"{len(results)} cases: {totals['OK']} OK, {totals['BAD']} BAD, {totals['SKIP']} SKIP ({dur:.0f} s)"
    print("-" * (24 + w + 80))
    print(tot)
    version_end = product_version(opts)
    if not same_product(version_start, version_end):
        print(f"warning: the product changed during the run: {version_start} → {version_end}")
    report = {"started": started, "perfm_bot": opts.perfm_bot, "knowledge_src": opts.knowledge_src,
              "version_start": version_start, "version_end": version_end,
              "jobs": opts.jobs, "timeout": opts.timeout, "duration": round(dur, 1),
              "totals": tot, "counts": totals, "cases": results}
    if opts.out:
        with open(opts.out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
    if opts.md:
        with open(opts.md, "w", encoding="utf-8") as f:
            f.write(md_table(report))
    return 1 if totals["BAD"] else 0


if __name__ == "__main__":
    sys.exit(main())
