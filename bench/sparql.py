"""SPARQL endpoint benchmark: GeoKG vs pyoxigraph in-process vs the Oxigraph server vs
rdflib-endpoint, same data, same query mix, concurrency 1 and 16.

    python bench/sparql.py                 # the seed + dev graph and a 1M-triple graph
    python bench/sparql.py --sizes dev --seconds 2        # quick run
    python bench/sparql.py --sizes 10000 1000000          # generated graphs only
    python bench/sparql.py --write-docs    # also put the tables into docs/benchmarks.md

GeoKG runs twice on a graph small enough for its workers' in-memory copies
(``KG_QUERY_MEMORY_QUADS``): as configured by default, and with the copies turned off.

Data: the seed + dev graph (``seeds/`` and ``eval/dev/articles``, built by
``kg build`` and exported by ``kg export``), and a deterministic generator under the GeoKG
ontology (entities with labels and aliases in the default graph; one named graph per article
with events, evidence, direct edges and mentions); each written as N-Quads and loaded into
each system. Every system answers over the union
of all graphs (Oxigraph server: ``--union-default-graph``; rdflib: ``default_union``).
Query mix: point lookup, 1-hop and 2-hop neighbourhood, a join with GROUP BY, label search;
each request picks a random entity. Results as SPARQL JSON everywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import psutil
import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

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
    kg = str(Path(sys.executable).with_name("kg"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    store = ["--store", str(work / "dev-build")]
    quiet = {"cwd": REPO, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([kg, "build", str(REPO / "seeds"), str(DEV_ARTICLES), *store], **quiet)
    subprocess.run([kg, "export", "--format", "nquads", "-o", str(path), *store], **quiet)
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


@dataclass
class System:
    name: str
    call: Callable[[str, object], None]  # (query, per-thread state)
    state: Callable[[], object] = lambda: None
    stop: Callable[[], None] = lambda: None
    pid: int | None = None


def http_system(name: str, url: str, proc: subprocess.Popen, extra: dict | None = None) -> System:
    """A SPARQL endpoint over HTTP, called with ``http.client`` on a kept-alive connection per
    thread and URLs encoded once: the load generator shares the CPUs with the server, so it
    must cost as little as possible per request (httpx costs several times more)."""
    parts = urlsplit(url)
    paths: dict[str, str] = {}

    def path_for(query: str) -> str:
        if query not in paths:
            paths[query] = (
                parts.path + "?" + urlencode({"query": SPARQL_PREFIXES + query, **(extra or {})})
            )
        return paths[query]

    def call(query: str, conn: object) -> None:
        assert isinstance(conn, http.client.HTTPConnection)
        conn.request("GET", path_for(query), headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{name}: {resp.status} {body[:200]!r}")

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()

    def state() -> http.client.HTTPConnection:
        return http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)

    return System(name, call, state, stop, proc.pid)


def start_pyoxigraph(store_dir: Path) -> System:
    store = ox.Store.read_only(str(store_dir))

    def call(query: str, _: object) -> None:
        res = store.query(SPARQL_PREFIXES + query, use_default_graph_as_union=True)
        res.serialize(format=ox.QueryResultsFormat.JSON)

    return System("pyoxigraph in-process", call)


def start_oxigraph_server(store_dir: Path) -> System:
    port = free_port()
    exe = Path(sys.executable).with_name("oxigraph")
    proc = subprocess.Popen(
        [
            str(exe),
            "serve-read-only",
            "--location",
            str(store_dir),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(f"http://127.0.0.1:{port}/", proc)
    return http_system("Oxigraph server", f"http://127.0.0.1:{port}/query", proc)


RDFLIB_APP = """
import sys, uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
app = SparqlEndpoint(graph=ds, path="/sparql", cors_enabled=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def start_rdflib_endpoint(nq: Path) -> System:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", RDFLIB_APP, str(nq), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(f"http://127.0.0.1:{port}/sparql", proc, timeout=1800)
    return http_system("rdflib-endpoint", f"http://127.0.0.1:{port}/sparql", proc)


def start_geokg(store_dir: Path, workers: int, memory: int | None = None) -> System:
    """``kg serve`` on ``store_dir``; ``memory``: KG_QUERY_MEMORY_QUADS (None: its default)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(
        {"KG_STORE": str(store_dir), "KG_QUERY_WORKERS": str(workers), "KG_QUERY_TIMEOUT": "120"}
    )
    if memory is not None:
        env["KG_QUERY_MEMORY_QUADS"] = str(memory)
    proc = subprocess.Popen(  # `kg serve` itself, as users run it
        [
            str(Path(sys.executable).with_name("kg")),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(store_dir.with_suffix(".log"), "wb"),  # noqa: SIM115 - lives with the process
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/health", proc)
    except RuntimeError as e:
        raise RuntimeError(f"{e}: {store_dir.with_suffix('.log').read_text()[-2000:]}") from e
    name = f"GeoKG ({workers} workers)"
    if memory == 0:
        name += ", store read from disk only"
    return http_system(name, f"http://127.0.0.1:{port}/sparql", proc)


# -- measuring --------------------------------------------------------------------------------


@dataclass
class Cell:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    done: int = 0
    errors: int = 0
    elapsed: float = 0.0

    def pooled(self, other: Cell) -> Cell:
        """This cell and ``other`` (the same system, measured again) as one."""
        return Cell(
            {s: self.latencies.get(s, []) + other.latencies.get(s, []) for s in self.latencies},
            self.done + other.done,
            self.errors + other.errors,
            self.elapsed + other.elapsed,
        )

    def pct(self, shape: str, p: float) -> float | None:
        xs = sorted(self.latencies.get(shape, []))
        if not xs:
            return None
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def run_cell(system: System, mix: dict[str, list[str]], concurrency: int, seconds: float) -> Cell:
    """Each thread cycles through the shapes (one query of each in turn) for ``seconds``."""
    cell = Cell({shape: [] for shape in mix})
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    shapes = list(mix)

    def worker(k: int) -> None:
        state = system.state()
        i = k
        while time.monotonic() < stop_at:
            shape = shapes[i % len(shapes)]
            query = mix[shape][(i // len(shapes)) % len(mix[shape])]
            t0 = time.perf_counter()
            try:
                system.call(query, state)
                ok = True
            except Exception:  # noqa: BLE001 - counted, reported
                ok = False
            dt = time.perf_counter() - t0
            with lock:
                if ok:
                    cell.latencies[shape].append(dt)
                    cell.done += 1
                else:
                    cell.errors += 1
            i += 1
        if isinstance(state, http.client.HTTPConnection):
            state.close()

    t0 = time.monotonic()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    cell.elapsed = time.monotonic() - t0
    return cell


def peak_rss(pid: int) -> int:
    """Peak RSS of a process tree, in bytes: the sum of each process's own high-water mark
    (``VmHWM``, kept by the kernel), read once, after the measurements — no sampling
    thread in the load generator's process (one cost 3-4 % of GeoKG's throughput at
    concurrency 1, through the GIL). The sum is at least the tree's peak at any moment."""
    total = 0
    root = psutil.Process(pid)
    for proc in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error, OSError):
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) * 1024
    return total


def fmt_ms(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.1f}" if x < 100 else f"{x:.0f}"


def process_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) of a process and its children, 0 if unknown."""
    if pid is None:
        return 0.0
    total = 0.0
    try:
        root = psutil.Process(pid)
        for p in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                t = p.cpu_times()
                total += t.user + t.system
    except psutil.Error:
        pass
    return total


MEMORY_QUADS = 100_000  # KG_QUERY_MEMORY_QUADS's default


def bench(
    sizes: list[str], seconds: float, workers: int, skip_rdflib_over: int, rounds: int = 4
) -> str:
    """The tables for each graph: ``dev`` (the seed + dev graph) or a number of triples to
    generate."""
    lines: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    shapes = ["point", "1-hop", "2-hop", "group-by", "label"]
    blank = " |" + " |" * (len(shapes) + 2)  # closes the cell, then CPU, shapes, errors
    try:
        for size in sizes:
            nq = tmp / f"data-{size}.nq"
            if size == "dev":
                by_class = dev_graph(nq, tmp)
                what = "the seed article and the dev articles, built by `kg build`"
            else:
                by_class = generate(nq, int(size))
                what = "generated under the ontology"
            mix = query_mix(by_class)
            dirs = {}
            for name in ("pyox", "oxserver", "geokg"):
                d = tmp / f"{name}-{size}"
                store = ox.Store(str(d))
                store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
                store.optimize()
                quads = len(store)
                del store
                dirs[name] = d
            print(f"\n{quads:,} quads", flush=True)
            lines += [
                f"\n**{quads:,} quads** ({what}; "
                f"{sum(len(v) for v in by_class.values()):,} entities)\n",
                "| system | conc. | throughput (q/s) | CPU / query (ms) | "
                + " | ".join(f"{s} p50 / p99 (ms)" for s in shapes)
                + " | errors |",
                "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in shapes) + " | ---: |",
            ]
            starters: list[tuple[str, Callable[[], System]]] = [
                ("pyox", lambda d=dirs: start_pyoxigraph(d["pyox"])),
                ("oxserver", lambda d=dirs: start_oxigraph_server(d["oxserver"])),
                ("geokg", lambda d=dirs: start_geokg(d["geokg"], workers)),
            ]
            if quads <= MEMORY_QUADS:  # the same store, read from disk only: for comparison
                dirs["geokg-disk"] = tmp / f"geokg-disk-{size}"  # its own copy: both run at once
                shutil.copytree(dirs["geokg"], dirs["geokg-disk"])
                starters.append(
                    ("geokg-disk", lambda d=dirs: start_geokg(d["geokg-disk"], workers, memory=0))
                )
            if quads <= skip_rdflib_over:
                starters.append(("rdflib", lambda f=nq: start_rdflib_endpoint(f)))
            results: dict[tuple[str, int], Cell] = {}
            systems: dict[str, System] = {}
            try:
                for key, start in starters:  # all up at once: measured in turns, below
                    systems[key] = system = start()
                    warm = {s: q[:4] for s, q in mix.items()}
                    run_cell(system, warm, 1, min(2.0, seconds))
                cpu: dict[tuple[str, int], float] = {}
                for conc in (1, 16):
                    # The machine's speed drifts (it is shared): each system gets its time in
                    # `rounds` turns, taken in the same order, so every system meets the same
                    # drift; its cells are then pooled.
                    for _ in range(rounds):
                        for key, system in systems.items():
                            cpu0 = process_cpu(system.pid)
                            cell = run_cell(system, mix, conc, seconds / rounds)
                            cpu[key, conc] = (
                                cpu.get((key, conc), 0.0) + process_cpu(system.pid) - cpu0
                            )
                            results[key, conc] = (
                                results[key, conc].pooled(cell)
                                if (
                                    key,
                                    conc,
                                )
                                in results
                                else cell
                            )
                for key, system in systems.items():
                    for conc in (1, 16):
                        cell = results[key, conc]
                        per_query = cpu[key, conc] / max(cell.done, 1) * 1000
                        tput = cell.done / cell.elapsed
                        cols = " | ".join(
                            f"{fmt_ms(cell.pct(s, 50))} / {fmt_ms(cell.pct(s, 99))}" for s in shapes
                        )
                        cpu_col = f"{per_query:.2f}" if system.pid else "–"
                        row = (
                            f"| {system.name} | {conc} | {tput:,.0f} | {cpu_col} | {cols} "
                            f"| {cell.errors} |"
                        )
                        print(row, flush=True)
                        lines.append(row)
                    if key == "geokg" and system.pid:
                        peak = peak_rss(system.pid)
                        lines.append(
                            "| ↳ `kg serve` peak RSS (server + query workers, each at its peak) "
                            f"| | {peak / 2**20:,.0f} MB{blank}"
                        )
                        print(f"peak RSS {peak / 2**20:.0f} MB", flush=True)
            finally:
                for system in systems.values():
                    system.stop()
            if quads > skip_rdflib_over:
                lines.append(
                    f"| rdflib-endpoint | | not run above {skip_rdflib_over:,} triples "
                    f"(loading and answering take minutes){blank}"
                )
            lines.append("")
            lines += ratios(results)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return "\n".join(lines)


def ratios(results: dict[tuple[str, int], Cell]) -> list[str]:
    """The issue's targets, computed from the cells just measured."""

    def tput(key: str, conc: int) -> float | None:
        cell = results.get((key, conc))
        return cell.done / cell.elapsed if cell and cell.done else None

    out = []
    for conc in (1, 16):
        ours, oxs, rdf = tput("geokg", conc), tput("oxserver", conc), tput("rdflib", conc)
        parts = []
        if ours and oxs:
            parts.append(f"{ours / oxs:.2f} x the Oxigraph server's throughput (target >= 0.5)")
        if ours and rdf:
            parts.append(f"{ours / rdf:.2f} x rdflib-endpoint's (target >= 10)")
        if parts:
            out.append(f"- Concurrency {conc}: GeoKG " + "; ".join(parts) + ".")
    for conc in (1, 16):
        ours_cell, ox_cell = results.get(("geokg", conc)), results.get(("oxserver", conc))
        if ours_cell and ox_cell:
            a, b = ours_cell.pct("point", 50), ox_cell.pct("point", 50)
            if a and b:
                out.append(
                    f"- Point-lookup p50 at concurrency {conc}: {a:.2f} ms vs {b:.2f} ms = "
                    f"{a / b:.2f} x the Oxigraph server's (target <= 2)."
                )
    return out


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu}, {psutil.cpu_count()} logical CPUs, {mem:.0f} GB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, pyoxigraph {ox.__version__}"
    )


BEGIN, END = "<!-- bench/sparql.py: begin -->", "<!-- bench/sparql.py: end -->"


def write_docs(section: str) -> None:
    """Replace what stands between the BEGIN and END markers in docs/benchmarks.md (the
    prose around them, written by hand, stays); without markers, append the section."""
    path = REPO / "docs" / "benchmarks.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    start, end = text.find(BEGIN), text.find(END)
    if start == -1 or end < start:
        text = text.rstrip() + "\n\n" + section.strip() + "\n"
    else:
        body = section.strip().removeprefix("## SPARQL endpoint").strip()
        text = text[: start + len(BEGIN)] + "\n" + body + "\n" + text[end:]
    path.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes",
        nargs="+",
        default=["dev", "1000000"],
        help="graphs: dev (seeds/ + eval/dev, built by kg build) or a number of "
        "triples to generate",
    )
    ap.add_argument("--seconds", type=float, default=8.0, help="per system and concurrency")
    ap.add_argument("--workers", type=int, default=2, help="GeoKG query workers")
    ap.add_argument(
        "--rdflib-max",
        type=int,
        default=200_000,
        help="skip rdflib-endpoint above this many triples (loading 1M takes minutes)",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=4,
        help="turns each system's time is split into, the systems taking turns",
    )
    ap.add_argument("--write-docs", action="store_true")
    args = ap.parse_args()
    table = bench(args.sizes, args.seconds, args.workers, args.rdflib_max, args.rounds)
    section = (
        f"## SPARQL endpoint\n\nMachine: {machine()}. Command: `python bench/sparql.py "
        f"--sizes {' '.join(map(str, args.sizes))} --seconds {args.seconds:g}"
        f"{f' --rdflib-max {args.rdflib_max}' if args.rdflib_max != 200_000 else ''}"
        f"{f' --rounds {args.rounds}' if args.rounds != 4 else ''}`. "
        "Load generator: 1 or 16 Python threads (`http.client`, keep-alive) on the same "
        f"machine. All systems are up at once and take turns: each gets its {args.seconds:g} s "
        f"per concurrency in {args.rounds} turns of {args.seconds / args.rounds:g} s, so that "
        "a drift in the machine's speed (it is a shared VM) falls on all of them alike.\n"
        f"{table}\n"
    )
    print(section)
    if args.write_docs:
        write_docs(section)


if __name__ == "__main__":
    main()
