"""Load benchmark of the HTTP service: a real ``kg serve`` under ``wrk`` at 50 connections.

For each graph size (1k and 10k articles, made by ``bench/generate_graph.py``: the real
builder's output shape), a store is bulk-loaded, ``kg serve`` started on it with its default
settings, and ``wrk`` (a C load generator, so the client is not the bottleneck) drives:

- one run per endpoint (``/health``, ``/stats``, ``/entities?q=``, ``/entities/{id}``,
  ``/entities/{id}/neighbourhood``, ``/path``, ``/articles``, a SPARQL lookup, a SPARQL 1-hop
  query), each request taking the next of a list of URLs with different ids: req/s, p50, p95;
- one mixed run over all of them, in the proportions of ``MIX``.

A Lua ``response`` callback counts every answer that is not 2xx (and 5xx apart); the
benchmark fails if any 5xx came back. The server's RSS (the serving process, and with its
query workers) is read from ``/proc`` before the first run and after the last.

    python bench/load.py [--articles 1000 10000] [--seconds 10] [--connections 50] [--no-docs]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from explore import write_section  # noqa: E402
from generate_graph import generate  # noqa: E402

from kg.namespaces import GKD, GKR  # noqa: E402

# endpoint → its share of the mixed run's requests
MIX = {
    "health": 1,
    "stats": 1,
    "search": 3,
    "entity": 3,
    "neighbourhood": 2,
    "path": 1,
    "articles": 1,
    "sparql lookup": 4,
    "sparql 1-hop": 2,
}

LUA = r"""
local paths = {%(paths)s}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  i = math.random(#paths)
  non2xx = 0
  fivexx = 0
end

function request()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if status >= 500 then fivexx = fivexx + 1 end
end

function done(summary, latency, requests)
  local bad, five = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non2xx")
    five = five + t:get("fivexx")
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "us": %%d, "non2xx": %%d, "5xx": %%d, "p50": %%d, "p95": %%d, ' ..
    '"p99": %%d, "max": %%d, "socket_errors": %%d}\n',
    summary.requests, summary.duration, bad, five, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout))
end
"""


@dataclass
class Run:
    name: str
    requests: int
    seconds: float
    non2xx: int
    fivexx: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    socket_errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def q(path: str, **params: str | int) -> str:
    return path + "?" + urllib.parse.urlencode(params)


def sample_ids(store_dir: Path, rng: random.Random) -> dict[str, list[str]]:
    """Entity ids, names to search, article ids, from the store (before it is served)."""
    store = ox.Store.read_only(str(store_dir))
    ents = sorted(
        (s["e"].value[len(str(GKR)) :], s["l"].value)
        for s in store.query(  # type: ignore[union-attr]
            f"SELECT ?e ?l WHERE {{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l "
            f'FILTER(STRSTARTS(STR(?e), "{GKR}")) }}'
        )
    )
    articles = sorted(g.value for g in store.named_graphs() if g.value.startswith(str(GKD)))
    del store
    picked = rng.sample(ents, min(200, len(ents)))
    return {
        "ids": [e for e, _ in picked],
        "names": [label[: rng.randint(4, len(label))] for _, label in picked],
        "articles": articles,
    }


def urls(ids: dict[str, list[str]], rng: random.Random) -> dict[str, list[str]]:
    """The URLs of each endpoint's run (different ids, so caches do not answer them all)."""
    ents = ids["ids"]
    lookup = "SELECT ?p ?o WHERE {{ gkr:{} ?p ?o }}"
    one_hop = "SELECT ?p ?x ?l WHERE {{ gkr:{} ?p ?x . ?x rdfs:label ?l }} LIMIT 100"
    return {
        "health": ["/health"],
        "stats": ["/stats"],
        "search": [q("/entities", q=name, limit=10) for name in ids["names"]],
        "entity": [f"/entities/{e}" for e in ents],
        "neighbourhood": [f"/entities/{e}/neighbourhood" for e in ents],
        "path": [
            q("/path", source=rng.choice(ents), target=rng.choice(ents), max_hops=3)
            for _ in range(100)
        ],
        "articles": ["/articles"],
        "sparql lookup": [q("/sparql", query=lookup.format(e)) for e in ents],
        "sparql 1-hop": [q("/sparql", query=one_hop.format(e)) for e in ents],
    }


def lua_script(paths: list[str], folder: Path, name: str) -> Path:
    script = folder / f"{name.replace(' ', '-')}.lua"
    script.write_text(LUA % {"paths": ", ".join(json.dumps(p) for p in paths)})
    return script


def wrk(base: str, script: Path, name: str, args: argparse.Namespace) -> Run:
    cmd = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.seconds:g}s",
        "--timeout",
        "60s",
        "-s",
        str(script),
        base,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    r = json.loads(line[len("RESULT ") :])
    return Run(
        name,
        r["requests"],
        r["us"] / 1e6,
        r["non2xx"],
        r["5xx"],
        r["p50"] / 1000,
        r["p95"] / 1000,
        r["p99"] / 1000,
        r["socket_errors"],
    )


def cpu_seconds(pid: int) -> float:
    """CPU time of ``pid`` and its child processes so far."""
    total = 0.0
    for p in [str(pid), *(c for t in Path(f"/proc/{pid}/task").iterdir() for c in _children(t))]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def settle(*pids: int, limit: float = 300) -> float:
    """Wait until the servers are idle (under 5 % of a CPU for a second together): requests a
    run left in flight are still being answered after wrk stops, and would slow the next run,
    of that server or of another on the same CPUs."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        before = sum(cpu_seconds(p) for p in pids)
        time.sleep(1.0)
        if sum(cpu_seconds(p) for p in pids) - before < 0.05:
            break
    return time.monotonic() - start


def rss_kb(pid: int) -> tuple[int, int]:
    """RSS of ``pid`` and of ``pid`` with its child processes (the query workers), in KB."""

    def one(p: int) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except FileNotFoundError:
            pass
        return 0

    # (workers are started from several threads: each thread lists its own children)
    children = [c for t in Path(f"/proc/{pid}/task").iterdir() for c in _children(t)]
    own = one(pid)
    return own, own + sum(one(int(c)) for c in children)


def _children(task: Path) -> list[str]:
    try:
        return (task / "children").read_text().split()
    except FileNotFoundError:  # the thread ended meanwhile
        return []


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def check_urls(base: str, by_endpoint: dict[str, list[str]]) -> None:
    """Each URL once (it warms the caches too): all must answer 2xx."""
    for name, paths in by_endpoint.items():
        for path in paths:
            with urllib.request.urlopen(base + path, timeout=120) as r:
                if not 200 <= r.status < 300:
                    raise SystemExit(f"{name}: {path} answered {r.status}")


def bench_size(n_articles: int, work: Path, args: argparse.Namespace) -> dict:
    rng = random.Random(n_articles)
    nq = work / f"articles-{n_articles}.nq"
    if not nq.exists():
        generate(nq, articles=n_articles)
    store_dir = work / f"store-{n_articles}"
    shutil.rmtree(store_dir, ignore_errors=True)
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    quads = len(store)
    del store
    ids = sample_ids(store_dir, rng)
    by_endpoint = urls(ids, rng)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [
        sys.executable,
        "-m",
        "geokg_api",
        "serve",
        "--store",
        str(store_dir),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        wait_http(f"{base}/health", proc)
        rss_before = rss_kb(proc.pid)
        check_urls(base, by_endpoint)
        runs = []
        for name, paths in by_endpoint.items():
            settle(proc.pid)
            runs.append(wrk(base, lua_script(paths, work, name), name, args))
            print(f"  {n_articles} articles, {name}: {runs[-1].rps:.0f} req/s", flush=True)
        mixed = [
            paths[i % len(paths)]
            for name, paths in by_endpoint.items()
            for i in range(20 * MIX[name])
        ]
        rng.shuffle(mixed)
        settle(proc.pid)
        runs.append(wrk(base, lua_script(mixed, work, "mixed"), "mixed", args))
        settle(proc.pid)
        rss_after = rss_kb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    return {
        "articles": n_articles,
        "quads": quads,
        "runs": runs,
        "rss_before": rss_before,
        "rss_after": rss_after,
    }


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def report(results: list[dict], args: argparse.Namespace, load_before: str) -> str:
    lines = [
        "## HTTP load (wrk)",
        "",
        f"`python bench/load.py --seconds {args.seconds:g} --connections {args.connections}"
        f" --threads {args.threads}` ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())});"
        f" load average before the run {load_before}, after {load_average()}. `kg serve` with"
        " its default settings.",
        "",
        f"One `wrk` run of {args.seconds:g} s per endpoint (each request the next of a list of"
        " URLs with different ids: 200 entities, 100 entity pairs), then one mixed run over all"
        " of them (shares: "
        + ", ".join(f"{k} {v}" for k, v in MIX.items())
        + f"), {args.connections} connections; before each run the server is left to finish"
        " what the last one left in flight (until it uses under 5 % of a CPU). Latencies from"
        " wrk's own histogram (requests still unanswered when a run ends are not counted);"
        " non-2xx and 5xx counted by the script's `response` callback.",
        "",
    ]
    for res in results:
        before, after = res["rss_before"], res["rss_after"]
        lines += [
            f"### {res['articles']:,} articles ({res['quads']:,} quads)",
            "",
            "| endpoint | req/s | p50 ms | p95 ms | p99 ms | non-2xx | 5xx |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in res["runs"]:
            if not r.requests:
                lines.append(f"| {r.name} | 0 (none answered within the run) | | | | 0 | 0 |")
                continue
            lines.append(
                f"| {r.name} | {r.rps:,.0f} | {r.p50_ms:.1f} | {r.p95_ms:.1f} | {r.p99_ms:.1f} "
                f"| {r.non2xx} | {r.fivexx} |"
            )
        socket_errors = sum(r.socket_errors for r in res["runs"])
        lines += [
            "",
            f"Server RSS: serving process {before[0] / 1024:.0f} → {after[0] / 1024:.0f} MB;"
            f" with its query workers {before[1] / 1024:.0f} → {after[1] / 1024:.0f} MB."
            f" Socket errors (connect, read, write, timeout): {socket_errors}.",
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seconds", type=float, default=10.0, help="per wrk run")
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--work", type=Path, help="where graphs and stores go (default: a temp dir)")
    ap.add_argument("--no-docs", action="store_true")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk (or make bench-deps)")
    load_before = load_average()
    work = args.work or Path(tempfile.mkdtemp(prefix="geokg-load-"))
    work.mkdir(parents=True, exist_ok=True)
    results = [bench_size(n, work, args) for n in args.articles]
    text = report(results, args, load_before)
    print(text)
    fives = sum(r.fivexx for res in results for r in res["runs"])
    if not args.no_docs:
        write_section(ROOT / "docs" / "benchmarks.md", "## HTTP load (wrk)", text)
    if fives:
        raise SystemExit(f"{fives} responses were 5xx")


if __name__ == "__main__":
    main()
