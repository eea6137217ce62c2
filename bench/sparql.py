"""SPARQL endpoint benchmark: GeoKG's ``/sparql`` against the Oxigraph server, same data,
same queries, driven by ``wrk`` (a C load generator, so the client is not the bottleneck).

    python bench/sparql.py                          # the seed + dev graph and 1M quads
    python bench/sparql.py --sizes dev --seconds 3  # quick run
    python bench/sparql.py --rev before=af25b35     # also GeoKG at another commit, same run

GeoKG runs the code of the commit checked out (``HEAD``, taken with ``git archive``).
    python bench/sparql.py --write-docs             # the table into docs/benchmarks.md

Data: the seed + dev graph (``seeds/`` and ``eval/dev/articles``, built by ``kg build`` and
exported by ``kg export``), and a deterministic generator under the GeoKG ontology; each
written as N-Quads and bulk-loaded into one store per system. Every system answers over the
union of all graphs (Oxigraph server: ``--union-default-graph``).

Query shapes, each a list of 64 queries on different entities, sent with the PREFIX block
clients send, as ``GET ?query=`` with ``Accept: application/sparql-results+json``: point
lookup, 1-hop and 2-hop neighbourhood, a GROUP BY, a label search. For each shape, each
system gets one ``wrk`` run of ``--seconds`` per round; the systems take turns within a
round (so a drift of the machine's speed falls on all alike) and the table gives the median
over ``--rounds`` rounds, and GeoKG / Oxigraph ratios per shape. Between runs the server is
left to finish what the last one left in flight (under 5 % of a CPU for a second).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from load import LUA, free_port, load_average, settle, wait_http  # noqa: E402

from kg.namespaces import PREFIXES, SPARQL_PREFIXES  # noqa: E402

GK = PREFIXES["gk"]
GKR = PREFIXES["gkr"]
GKD = PREFIXES["gkd"]
RDFS = PREFIXES["rdfs"]
SKOS = PREFIXES["skos"]
PROV = PREFIXES["prov"]
DCT = PREFIXES["dcterms"]
XSD = PREFIXES["xsd"]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EDGES = (
    "supplies",
    "attacks",
    "partyTo",
    "notPartyTo",
    "captured",
    "usesWeapon",
    "suppliesWeapon",
    "intercepts",
    "affiliatedWith",
    "locatedIn",
)

# -- data -------------------------------------------------------------------------------------

SYLLABLES = [
    "ka",
    "ro",
    "vi",
    "len",
    "dor",
    "sta",
    "mir",
    "ne",
    "po",
    "lu",
    "tar",
    "gen",
    "zia",
    "bel",
    "os",
    "kra",
    "ine",
    "rus",
    "sia",
    "an",
    "ho",
    "lya",
    "ber",
]
CLASSES = [
    ("Country", 0.02),
    ("Organization", 0.2),
    ("Person", 0.3),
    ("AdministrativeRegion", 0.2),
    ("City", 0.2),
    ("Weapon", 0.06),
    ("Treaty", 0.02),
]


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(path: Path, triples: int, seed: int = 7) -> dict[str, list[str]]:
    """Write about ``triples`` quads as N-Quads; return entity ids by class."""
    rng = random.Random(seed)
    n_entities = max(60, triples // 65)
    by_class: dict[str, list[str]] = {c: [] for c, _ in CLASSES}
    count = 0
    with path.open("w", encoding="utf-8") as out:

        def q(s: str, p: str, o: str, g: str | None = None) -> None:
            nonlocal count
            out.write(f"{s} {p} {o} <{g}> .\n" if g else f"{s} {p} {o} .\n")
            count += 1

        for i in range(n_entities):
            cls = rng.choices([c for c, _ in CLASSES], [w for _, w in CLASSES])[0]
            name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
            eid = f"{name.lower()}-{i}"
            by_class[cls].append(eid)
            s = f"<{GKR}{eid}>"
            q(s, f"<{RDF_TYPE}>", f"<{GK}{cls}>")
            q(s, f"<{RDFS}label>", _lit(f"{name} {i}"))
            q(s, f"<{SKOS}altLabel>", _lit(name.upper()))
            if cls == "Country":
                q(s, f"<{GK}isoCode>", _lit(name[:2].upper()))
        actors = by_class["Country"] + by_class["Organization"] + by_class["Person"]
        regions = by_class["AdministrativeRegion"] + by_class["City"] + by_class["Country"]
        weapons, treaties = by_class["Weapon"], by_class["Treaty"]
        a = 0
        while count < triples:
            art = f"{GKD}article-{a}"
            A = f"<{art}>"
            q(A, f"<{RDF_TYPE}>", f"<{GK}Article>", art)
            q(A, f"<{DCT}title>", _lit(f"Article {a}"), art)
            q(A, f"<{DCT}date>", f'"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"^^<{XSD}date>', art)
            mentioned: set[str] = set()
            for e in range(3):
                kind = rng.choice(["WeaponTransfer", "Attack", "TreatyParticipation", "Deployment"])
                ev = f"<{GKR}event-{a}-{e}>"
                evid = f"<{GKR}evidence-{a}-{e}>"
                agent = rng.choice(actors)
                q(ev, f"<{RDF_TYPE}>", f"<{GK}{kind}>", art)
                q(ev, f"<{GK}agent>", f"<{GKR}{agent}>", art)
                q(ev, f"<{GK}confidence>", f'"0.{rng.randint(5, 9)}"^^<{XSD}decimal>', art)
                q(ev, f"<{GK}date>", f'"2024-{1 + e:02d}-10"^^<{XSD}date>', art)
                q(ev, f"<{PROV}wasDerivedFrom>", evid, art)
                q(evid, f"<{GK}text>", _lit(f"Sentence {e} of article {a}."), art)
                q(evid, f"<{GK}article>", A, art)
                mentioned.add(agent)
                if kind == "WeaponTransfer":
                    other, weapon = rng.choice(actors), rng.choice(weapons)
                    q(ev, f"<{GK}recipient>", f"<{GKR}{other}>", art)
                    q(ev, f"<{GK}weapon>", f"<{GKR}{weapon}>", art)
                    q(f"<{GKR}{agent}>", f"<{GK}supplies>", f"<{GKR}{other}>", art)
                    q(f"<{GKR}{agent}>", f"<{GK}suppliesWeapon>", f"<{GKR}{weapon}>", art)
                    mentioned |= {other, weapon}
                elif kind == "Attack":
                    other = rng.choice(regions)
                    q(ev, f"<{GK}target>", f"<{GKR}{other}>", art)
                    q(f"<{GKR}{agent}>", f"<{GK}attacks>", f"<{GKR}{other}>", art)
                    mentioned.add(other)
                elif kind == "TreatyParticipation":
                    other = rng.choice(treaties)
                    neg = rng.random() < 0.4
                    q(ev, f"<{GK}treaty>", f"<{GKR}{other}>", art)
                    q(ev, f"<{GK}negated>", f'"{str(neg).lower()}"^^<{XSD}boolean>', art)
                    edge = "notPartyTo" if neg else "partyTo"
                    q(f"<{GKR}{agent}>", f"<{GK}{edge}>", f"<{GKR}{other}>", art)
                    mentioned.add(other)
                else:
                    other = rng.choice(regions)
                    q(ev, f"<{GK}location>", f"<{GKR}{other}>", art)
                    q(f"<{GKR}{agent}>", f"<{GK}usesWeapon>", f"<{GKR}{rng.choice(weapons)}>", art)
                    mentioned.add(other)
            for m in mentioned:
                q(f"<{GKR}{m}>", f"<{GK}mentionedIn>", A, art)
            a += 1
    return by_class


DEV_ARTICLES = REPO / "eval" / "dev" / "articles"


def dev_graph(path: Path, work: Path) -> dict[str, list[str]]:
    """The seed + dev graph: ``seeds/`` and the dev articles (``eval/dev``) built
    by ``kg build`` into a store in ``work``, written to ``path`` by ``kg export``; return
    its entity ids by class."""
    if not DEV_ARTICLES.is_dir():
        raise SystemExit(f"{DEV_ARTICLES} is missing: the seed + dev graph needs eval/dev")
    kg = [sys.executable, "-m", "kg.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["PYTHONPATH"] = str(REPO)
    store = ["--store", str(work / "dev-build")]
    quiet = {"cwd": REPO, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    for folder in (DEV_ARTICLES, REPO / "seeds"):  # (the seed article is a dev article too)
        subprocess.run([*kg, "build", str(folder), *store], **quiet)
    subprocess.run([*kg, "export", "--format", "nquads", "-o", str(path), *store], **quiet)
    graph = ox.Store()
    graph.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    by_class: dict[str, list[str]] = {c: [] for c, _ in CLASSES}
    for row in graph.query(
        "SELECT DISTINCT ?e ?c WHERE { ?e a ?c }", use_default_graph_as_union=True
    ):
        entity, cls = row["e"].value, row["c"].value
        local = entity.removeprefix(GKR)
        kind = cls.removeprefix(GK)
        if kind in by_class and local != entity and re.fullmatch(r"[A-Za-z0-9_-]+", local):
            by_class[kind].append(local)
    return {c: sorted(ids) for c, ids in by_class.items()}


# -- queries ----------------------------------------------------------------------------------

EDGE_PATH = "|".join(f"gk:{e}" for e in EDGES)


def query_mix(by_class: dict[str, list[str]], n: int = 64, seed: int = 11) -> dict[str, list[str]]:
    rng = random.Random(seed)
    actors = by_class["Country"] + by_class["Organization"] + by_class["Person"]
    everyone = [e for ids in by_class.values() for e in ids]

    def pick(pool: list[str]) -> str:
        return rng.choice(pool)

    return {
        "point": [f"SELECT ?p ?o WHERE {{ gkr:{pick(everyone)} ?p ?o }}" for _ in range(n)],
        "1-hop": [
            f"SELECT DISTINCT ?p ?n ?l WHERE {{ {{ gkr:{e} ?p ?n }} UNION {{ ?n ?p gkr:{e} }}"
            f" ?n rdfs:label ?l }} LIMIT 500"
            for e in (pick(actors) for _ in range(n))
        ],
        "2-hop": [
            f"SELECT DISTINCT ?m WHERE {{ gkr:{pick(actors)} {EDGE_PATH} ?n . "
            f"?n {EDGE_PATH} ?m }} LIMIT 500"
            for _ in range(n)
        ],
        # aggregate on IRIs first, then join the labels of the top 20 (see docs/benchmarks.md:
        # "GROUP BY ?s ?l" over the joined rows was 3.5x slower on 1M quads)
        "group-by": [
            f"SELECT ?s ?l ?n WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?o) AS ?n) WHERE {{ "
            f"?s gk:{e} ?o }} GROUP BY ?s ORDER BY DESC(?n) LIMIT 20 }} ?s rdfs:label ?l }} "
            f"ORDER BY DESC(?n)"
            for e in (rng.choice(["supplies", "attacks", "notPartyTo"]) for _ in range(n))
        ],
        "label": [
            f"SELECT ?e ?l WHERE {{ ?e rdfs:label ?l FILTER(CONTAINS(LCASE(?l), "
            f'"{rng.choice(SYLLABLES)}{rng.choice(SYLLABLES)}")) }} LIMIT 20'
            for _ in range(n)
        ],
    }


# -- systems under test -----------------------------------------------------------------------

SHAPES = ["point", "1-hop", "2-hop", "group-by", "label"]


@dataclass
class System:
    name: str
    base: str  # http://host:port
    path: str  # the query endpoint's path
    proc: subprocess.Popen

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_oxigraph_server(store_dir: Path) -> System:
    port = free_port()
    exe = Path(sys.executable).with_name("oxigraph")  # pyoxigraph's venv, else on PATH
    exe = exe if exe.exists() else Path(shutil.which("oxigraph") or exe)
    cmd = [str(exe), "serve-read-only", "--location", str(store_dir)]
    cmd += ["--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
    return System("Oxigraph server", f"http://127.0.0.1:{port}", "/query", proc)


def checkout(rev: str, work: Path) -> Path:
    """The tree of commit ``rev`` (``git archive``), to run GeoKG as it was there."""
    folder = work / f"tree-{rev}"
    if not folder.exists():
        folder.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def start_geokg(
    name: str, store_dir: Path, tree: Path, workers: int, extra: dict[str, str]
) -> System:
    """``kg serve`` of the code in ``tree`` on ``store_dir``, with its default settings but
    ``workers`` query workers, a 120 s timeout and the settings in ``extra``."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    path = [str(tree)]
    if (tree / "api" / "cli.py").exists():  # the tree's api/ as geokg_api, not the installed one
        shim = store_dir.with_suffix(".api")
        shim.mkdir(exist_ok=True)
        link = shim / "geokg_api"
        link.unlink(missing_ok=True)  # a former run's, maybe of another tree
        link.symlink_to(tree / "api")
        path.append(str(shim))
    env.update(
        {
            "PYTHONPATH": os.pathsep.join(path),
            "KG_STORE": str(store_dir),
            "KG_QUERY_WORKERS": str(workers),
            "KG_QUERY_TIMEOUT": "120",
            **extra,
        }
    )
    # `kg serve` is geokg_api's (api/cli.py) since the HTTP service installed under that name;
    # an older tree serves from kg.cli
    served_by = "geokg_api" if (tree / "api" / "cli.py").exists() else "kg.cli"
    cmd = [sys.executable, "-m", served_by, "serve", "--host", "127.0.0.1", "--port", str(port)]
    log = open(store_dir.with_suffix(".log"), "wb")  # noqa: SIM115 - lives with the process
    proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc)
    except SystemExit as e:
        raise SystemExit(f"{e}: {store_dir.with_suffix('.log').read_text()[-2000:]}") from e
    return System(name, f"http://127.0.0.1:{port}", "/sparql", proc)


# -- measuring --------------------------------------------------------------------------------


def lua_for(system: System, queries: list[str], folder: Path, tag: str) -> Path:
    paths = [system.path + "?" + urlencode({"query": SPARQL_PREFIXES + q}) for q in queries]
    script = folder / f"{tag}.lua"
    text = LUA % {"paths": ", ".join(json.dumps(p) for p in paths)}
    accept = 'wrk.headers["Accept"] = "application/sparql-results+json"\n'
    script.write_text(accept + text)
    return script


@dataclass
class Run:
    requests: int
    seconds: float
    non2xx: int
    p50_ms: float
    cpu_us: float  # CPU time of the server's own process (not its query workers) per request

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def wrk(system: System, script: Path, args: argparse.Namespace) -> Run:
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds:g}s"]
    cmd += ["--timeout", "60s", "-s", str(script), system.base]
    cpu = cpu_seconds(system.proc.pid)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(system.proc.pid) - cpu
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    r = json.loads(line[len("RESULT ") :])
    n = max(r["requests"], 1)
    return Run(r["requests"], r["us"] / 1e6, r["non2xx"], r["p50"] / 1000, 1e6 * cpu / n)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux ``/proc``): on a shared
    machine a steadier measure of a server's cost than its throughput."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def warm(system: System, queries: list[str]) -> None:
    """Each query once (it fills the caches); every answer must be 200."""
    import urllib.request

    for q in queries:
        url = system.base + system.path + "?" + urlencode({"query": SPARQL_PREFIXES + q})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=300) as r:
            if r.status != 200:
                raise SystemExit(f"{system.name}: {q} answered {r.status}")
            r.read()


def bench_size(size: str, work: Path, args: argparse.Namespace) -> dict:
    nq = work / f"data-{size}.nq"
    if size == "dev":
        classes = work / "dev-classes.json"
        if not nq.exists() or not classes.exists():
            classes.write_text(json.dumps(dev_graph(nq, work)))
        by_class = json.loads(classes.read_text())
        what = "the seed article and the dev articles, built by `kg build`"
    else:
        by_class = generate(nq, int(size))
        what = "generated under the ontology"
    mix = query_mix(by_class)
    keys = ["oxigraph", *(name for name, _ in args.geokg)]
    dirs: dict[str, Path] = {}
    quads = 0
    for key in keys:
        d = work / f"store-{size}-{re.sub(r'[^A-Za-z0-9_.-]', '_', key)}"
        shutil.rmtree(d, ignore_errors=True)
        store = ox.Store(str(d))
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.optimize()
        quads = len(store)
        del store
        dirs[key] = d
    print(f"\n{quads:,} quads", flush=True)
    systems: dict[str, System] = {}
    runs: dict[tuple[str, str], list[Run]] = {}
    try:
        systems["oxigraph"] = start_oxigraph_server(dirs["oxigraph"])
        for name, tree in args.geokg:
            extra = dict(kv.partition("=")[::2] for kv in args.env.get(name, []))
            systems[name] = start_geokg(name, dirs[name], tree, args.workers, extra)
        for system in systems.values():
            for shape in SHAPES:
                warm(system, mix[shape])
        for rnd in range(args.rounds):
            # the systems take turns in a rotating order: a place in the order is no advantage
            keys = list(systems)
            order = keys[rnd % len(keys) :] + keys[: rnd % len(keys)]
            for shape in SHAPES:
                for key in order:
                    system = systems[key]
                    settle(*(s.proc.pid for s in systems.values()))
                    tag = f"{size}-{shape}-{re.sub(r'[^A-Za-z0-9_.-]', '_', key)}"
                    run = wrk(system, lua_for(system, mix[shape], work, tag), args)
                    runs.setdefault((key, shape), []).append(run)
                    print(
                        f"  round {rnd + 1}, {shape}, {system.name}: {run.rps:,.0f} q/s"
                        f" (p50 {run.p50_ms:.1f} ms, non-2xx {run.non2xx},"
                        f" {run.cpu_us:.0f} µs CPU of its own process a query)",
                        flush=True,
                    )
    finally:
        for system in systems.values():
            system.stop()
    entities = sum(len(v) for v in by_class.values())
    return {"size": size, "quads": quads, "entities": entities, "what": what, "runs": runs}


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else 0.0


def table(res: dict, names: list[str]) -> list[str]:
    runs = res["runs"]

    def rps(key: str, shape: str) -> float:
        return median([r.rps for r in runs[key, shape]])

    def p50(key: str, shape: str) -> float:
        return median([r.p50_ms for r in runs[key, shape]])

    lines = [
        f"**{res['quads']:,} quads** ({res['what']}; {res['entities']:,} entities)",
        "",
        "| shape | Oxigraph server q/s (p50 ms) | "
        + " | ".join(f"{n} q/s (p50 ms) | {n} / Oxigraph" for n in names)
        + " |",
        "| --- | ---: | " + " | ".join("---: | ---:" for _ in names) + " |",
    ]
    for shape in SHAPES:
        ox_rps = rps("oxigraph", shape)
        cells = [f"{ox_rps:,.0f} ({p50('oxigraph', shape):.1f})"]
        for n in names:
            ours = rps(n, shape)
            cells.append(f"{ours:,.0f} ({p50(n, shape):.1f}) | {ours / ox_rps:.2f}")
        lines.append(f"| {shape} | " + " | ".join(cells) + " |")
    lines.append("")
    for n in names:
        parts = []
        for shape in SHAPES:
            cpu = [r.cpu_us for r in runs[n, shape]]
            parts.append(f"{shape} {median(cpu):.0f} ({min(cpu):.0f}–{max(cpu):.0f})")
        lines.append(f"- {n}, CPU µs of the serving process per query: " + ", ".join(parts))
    first = names[0]
    for n in names[1:]:
        parts = []
        for shape in SHAPES:
            pairs = zip(runs[n, shape], runs[first, shape], strict=True)
            ratios = [a.rps / b.rps for a, b in pairs]
            parts.append(f"{shape} {median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})")
        lines.append(
            f"- {n} / {first} (median of the per-round ratios; range): " + "; ".join(parts)
        )
    bad = sum(r.non2xx for rs in runs.values() for r in rs)
    lines += ["", f"Non-2xx answers in all runs: {bad}.", ""]
    return lines


def machine() -> str:
    cpu = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    python = platform.python_version()
    return f"{cpu}, {os.cpu_count()} CPUs, Python {python}, pyoxigraph {ox.__version__}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", default=["dev", "1000000"])
    ap.add_argument("--seconds", type=float, default=5.0, help="per wrk run")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--workers", type=int, default=2, help="GeoKG query workers")
    ap.add_argument(
        "--rev",
        action="append",
        default=[],
        metavar="NAME=COMMIT",
        help="also GeoKG as of COMMIT (git archive), or of a folder, measured in the same run",
    )
    ap.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME:KG_X=VALUE",
        help="a setting (environment variable) for the GeoKG system NAME",
    )
    ap.add_argument("--work", type=Path, help="where data and stores go (default: a temp dir)")
    ap.add_argument("--write-docs", action="store_true")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk (or make bench-deps)")
    work = args.work or Path(tempfile.mkdtemp(prefix="geokg-sparql-"))
    work.mkdir(parents=True, exist_ok=True)
    head = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # the code of a commit, not the working tree: it may change while the benchmark runs
    args.geokg = [("GeoKG", checkout(head, work))]
    for item in args.rev:
        name, _, rev = item.partition("=")
        tree = Path(rev) if Path(rev).is_dir() else checkout(rev, work)  # a folder: as it is
        args.geokg.append((name, tree))
    args.env = {}
    for item in args.setting:
        name, _, kv = item.partition(":")
        args.env.setdefault(name, []).append(kv)
    load_before = load_average()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    results = [bench_size(size, work, args) for size in args.sizes]
    names = [name for name, _ in args.geokg]
    lines = [
        "## SPARQL endpoint",
        "",
        f"`python bench/sparql.py --sizes {' '.join(args.sizes)} --seconds {args.seconds:g}"
        f" --rounds {args.rounds} --connections {args.connections} --threads {args.threads}`"
        f" ({started}); {machine()}; load average before {load_before}, after"
        f" {load_average()}. `wrk` with {args.threads} threads and {args.connections}"
        f" connections, {args.seconds:g} s per run, on the same machine as the servers;"
        f" GeoKG is `kg serve` with {args.workers} query workers. Median of {args.rounds}"
        " rounds; in each round the systems take turns on each shape.",
        "",
    ]
    for res in results:
        lines += table(res, names)
    text = "\n".join(lines)
    print(text)
    if args.write_docs:
        from explore import write_section

        write_section(REPO / "docs" / "benchmarks.md", "## SPARQL endpoint", text)


if __name__ == "__main__":
    main()
