"""The `kg` command line. Errors are one line on stderr and exit code 1 (traceback with --debug).

These are the library's commands; `kg serve` and `kg up` run the HTTP service, so they live with
it (:mod:`geokg_api.cli`, the console script, adds them to :data:`app`). ``python -m kg.cli``
runs the library's commands alone."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .errors import ClusterError, InputError, KGError, StoreLocked
from .settings import Settings, settings_error, store_location

if TYPE_CHECKING:
    from .ingest import Readers

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="GeoKG: knowledge graphs of geopolitical news."
)
out = Console()
err = Console(stderr=True)
STATE = {"debug": False}

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store folder, or a SPARQL server's query URL http://HOST:PORT/PATH (KG_STORE)",
    ),
]
UpdateUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--update-url", help="The SPARQL server's update URL (KG_UPDATE_URL; default: --store)"
    ),
]
GraphStoreOpt = Annotated[
    str | None,
    typer.Option(
        "--graph-store-url",
        help="The SPARQL server's Graph Store Protocol URL (KG_GRAPH_STORE_URL; optional)",
    ),
]


def settings_from(
    store: str | None = None,
    update_url: str | None = None,
    graph_store_url: str | None = None,
    **over,
) -> Settings:
    """The settings of a command: ``KG_*`` environment, then the options given."""
    try:
        s = Settings()
    except ValidationError as e:
        raise InputError(settings_error(e), detail="see README.md or kg/settings.py") from None
    if store is not None:
        s = s.model_copy(update={"store": store_location(store)})
    urls = {"update_url": update_url, "graph_store_url": graph_store_url}
    s = s.model_copy(update={k: v for k, v in urls.items() if v is not None})
    if over:
        s = s.model_copy(update={k: v for k, v in over.items() if v is not None})
    return s


def store_for(settings: Settings, instead: str = ""):
    """The store, opened by this process. ``instead``: what the user can do through the
    server while a `kg serve` holds the store (``{url}`` stands for its URL)."""
    from .sparql.safety import Limits
    from .store import Endpoint, open_store

    try:
        return open_store(
            settings.store, limits=Limits.of(settings), endpoint=Endpoint.of(settings)
        )
    except StoreLocked as e:
        if e.server is None or not instead:
            raise
        url, pid = e.server.url, e.server.pid
        raise StoreLocked(
            f"the store at {settings.store} is served by `kg serve` at {url} (pid {pid})",
            detail=f"{instead.replace('{url}', url)}, or stop it (kill {pid}) first",
            server=e.server,
        ) from None


def _open_to_read(settings: Settings) -> Any:
    """The store, or the `kg serve` that holds it (read through its HTTP API)."""
    try:
        return store_for(settings)
    except StoreLocked as e:
        if e.server is None:
            raise
        from .store.served import ServedStore

        served = ServedStore.reach(settings.store)
        err.print(f"reading through `kg serve` at {served.url}", highlight=False)
        return served


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks")] = False) -> None:
    STATE["debug"] = debug
    # the library logs through `logging` and configures nothing: its records go to stderr
    # from the level of KG_LOG_LEVEL up (`kg serve`'s access log is uvicorn's own)
    logging.basicConfig(
        level=settings_from().log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


@app.command()
def build(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders: .txt .json .jsonl .nq .trig")
    ],
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="A line per article")] = False,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="Let an article replace one read earlier in this build with its id"
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Processes reading articles (KG_WORKERS; default: every core)"
        ),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Read the articles on this Dask scheduler's workers instead, "
            "e.g. tcp://HOST:8786 (KG_CLUSTER)",
        ),
    ] = None,
) -> None:
    """Ingest articles (or restore a dump); unchanged articles are skipped. The same id twice
    in one build is an error (the later article is not stored) unless --replace is given."""
    from .articles import read_sources
    from .extract.lexicon import extractor_version
    from .ingest import batch_size, default_workers
    from .ingest import build as run_build

    s = settings_from(store, update_url, graph_store_url)
    st = store_for(s, instead="send the articles to it: POST {url}/articles with the bearer token")
    extractor_box: list = []

    def get_extractor():
        if not extractor_box:
            from .extract.pipeline import Extractor

            extractor_box.append(Extractor.load(s.spacy_model))
        return extractor_box[0]

    total = sum(1 for _ in read_sources(paths, max_bytes=s.max_article_bytes))
    # a process per core, never more than there are articles (each loads the model once)
    n_workers = max(1, min(workers or s.workers or default_workers(), total))
    version = extractor_version(s.spacy_model)
    address = cluster or s.cluster  # the Dask cluster, if any, reads instead of processes here
    readers = _cluster_readers(address, s, version, total, quiet=json_out) if address else None
    with Progress(
        TextColumn("[bold]building"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=json_out or verbose,
    ) as bar:
        task = bar.add_task("", total=total, rate="")
        started = time.perf_counter()

        def progress(where: str) -> None:
            t = bar.tasks[task]
            rate = (t.completed + 1) / max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=1, description=Path(where).name, rate=f"{rate:.1f}/s")

        def done(article_id: str, outcome: str) -> None:
            if verbose:
                print(f"{outcome} {article_id}", file=sys.stderr, flush=True)

        summary = run_build(
            st,
            paths,
            get_extractor,
            ontology_dir=s.ontology_dir,
            max_bytes=s.max_article_bytes,
            replace=replace,
            progress=progress,
            on_done=done,
            version=version,
            workers=n_workers,
            model=s.spacy_model,
            readers=readers,
            per_task=batch_size(total, n_workers),
        )
    st.close()
    for where, msg in summary.failed:
        err.print(
            f"[red]failed[/red] {msg}" if where in msg else f"[red]failed[/red] {where}: {msg}",
            highlight=False,
            soft_wrap=True,
        )
    if json_out:
        print(json.dumps(summary.as_dict()))
    else:
        out.print(
            f"added {summary.added}, unchanged {summary.unchanged}, replaced {summary.replaced}, "
            f"restored {summary.restored}, failed {len(summary.failed)}; "
            f"{summary.entities} distinct entities, {summary.statements} statements in "
            f"{summary.seconds:.1f} s",
            highlight=False,
        )
    if not summary.ok:
        raise typer.Exit(1)


def _cluster_readers(
    address: str, s: Settings, version: str, total: int, *, quiet: bool
) -> Readers:
    """The workers of the Dask scheduler at ``address``, reading this build's articles
    (connected, the model loaded on each)."""
    try:
        from .cluster import ClusterReaders
        from .ingest import batch_size
    except ImportError as e:
        raise ClusterError(
            f"--cluster needs dask.distributed: {e}",
            detail="pip install 'geokg[cluster]'",
        ) from None
    readers = ClusterReaders(
        address, model=s.spacy_model, version=version, ontology_dir=s.ontology_dir
    )
    readers.batch = batch_size(total, readers.slots())
    if not quiet:
        err.print(
            f"reading on {address}: {readers.slots()} worker threads, "
            f"{readers.batch} article(s) a task",
            highlight=False,
        )
    return readers


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, @FILE, or - for stdin")],
    fmt: Annotated[
        str, typer.Option("--format", help="table | json | csv | tsv | xml | turtle")
    ] = "table",
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
) -> None:
    """Run a SPARQL query against the store: through the service's safety gate (SERVICE
    refused unless allow-listed, nesting and size limits), stopped after KG_QUERY_TIMEOUT
    seconds, at most KG_MAX_ROWS rows; while `kg serve` holds the store, by the server."""
    from .graph import KnowledgeGraph
    from .store import RDF_FORMATS, RESULT_FORMATS
    from .store.served import ServedStore

    if fmt != "table" and fmt not in RESULT_FORMATS and fmt not in RDF_FORMATS:
        raise InputError(
            f"unknown --format '{fmt}'",
            detail=f"use table, {', '.join(RESULT_FORMATS)} (rows) or "
            f"{', '.join(RDF_FORMATS)} (graphs)",
        )
    text = _read_arg(sparql)
    s = settings_from(store, update_url, graph_store_url)
    st = _open_to_read(s)
    if isinstance(st, ServedStore):  # `kg serve` holds the store: it runs the query
        _print_served(st.query(text, fmt), fmt)
        return
    with KnowledgeGraph(st, s) as kg:
        answer = kg.run_query(
            text,
            results_format=fmt if fmt in RESULT_FORMATS else "json",
            graph_format=fmt if fmt in RDF_FORMATS else "turtle",
            limit=s.max_rows,
        )
    if answer.kind == "solutions" and fmt not in RESULT_FORMATS and fmt != "table":
        raise InputError(
            f"--format {fmt} writes graphs; this query returns rows",
            detail=f"use table or {', '.join(RESULT_FORMATS)}",
        )
    if answer.kind == "boolean":
        print("true" if json.loads(answer.body)["boolean"] else "false")
    elif answer.kind == "graph" or fmt != "table":
        sys.stdout.write(answer.body.decode())
    else:
        doc = json.loads(answer.body)
        names = doc["head"]["vars"]
        rows = [
            {v: b[v]["value"] if v in b else None for v in names}
            for b in doc["results"]["bindings"]
        ]
        _print_table(names, rows)
    if answer.truncated:
        err.print(f"(cut at {s.max_rows} rows: the KG_MAX_ROWS setting)")


def _print_table(variables: list[str], rows: Iterable[dict[str, Any]]) -> None:
    table = Table(*variables, show_lines=False)
    n = 0
    for row in rows:
        table.add_row(*("" if row[v] is None else str(row[v]) for v in variables))
        n += 1
    out.print(table)
    err.print(f"{n} rows")


def _print_served(answer: Any, fmt: str) -> None:
    """A query answered by the server, printed as the local store's answer is."""
    if answer.kind == "boolean":
        print("true" if answer.boolean else "false")
    elif answer.kind == "solutions" and fmt == "table":
        _print_table(answer.variables, answer.rows)
    else:
        sys.stdout.write(answer.body.decode())
    if answer.truncated:
        err.print(
            "[yellow]warning[/yellow]: the server cut the result to its row limit "
            "(KG_MAX_ROWS); stop it to run the query on the whole store",
            highlight=False,
        )


def _read_arg(value: str) -> str:
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        p = Path(value[1:])
        if not p.exists():
            raise InputError(f"{p}: no such file")
        return p.read_text(encoding="utf-8")
    return value


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="An article: .txt (+ .json sidecar), .json")],
    fmt: Annotated[str, typer.Option("--format", help="json | turtle")] = "json",
) -> None:
    """Print one article's entities and statements with evidence; stores nothing."""
    from .articles import read_sources
    from .extract.pipeline import Extractor
    from .rdf.triples import article_graph, entity_graph

    s = settings_from()
    sources = [x for x in read_sources([file], max_bytes=s.max_article_bytes)]
    for src in sources:
        if src.error:
            raise src.error
    if not sources or sources[0].article is None:
        raise InputError(f"{file}: no article in it", detail="give a .txt or .json article")
    ex = Extractor.load(s.spacy_model).extract(sources[0].article)
    if fmt == "turtle":
        g = article_graph(ex) + entity_graph(ex)
        sys.stdout.write(g.serialize(format="turtle"))
    elif fmt == "json":
        print(json.dumps(extraction_json(ex), indent=1, ensure_ascii=False))
    else:
        raise InputError(f"unknown --format '{fmt}'", detail="use json or turtle")


def extraction_json(ex) -> dict:
    def label(eid):
        return ex.entities[eid].label if eid in ex.entities else eid

    return {
        "id": ex.article.id,
        "entities": [
            {
                "id": e.id,
                "label": e.label,
                "class": e.cls,
                "wikidata": e.wikidata,
                "aliases": sorted(set(e.aliases) | set(ex.surface_forms.get(e.id, ())))[:20],
                "linked": e.linked,
            }
            for e in ex.entities.values()
        ],
        "statements": [
            {
                k: v
                for k, v in {
                    "type": st.type,
                    "agent": label(st.agent),
                    "recipient": label(st.recipient) if st.recipient else None,
                    "target": label(st.target) if st.target else None,
                    "weapons": [label(w) for w in st.weapons] or None,
                    "treaty": label(st.treaty) if st.treaty else None,
                    "locations": [label(x) for x in st.locations] or None,
                    "negated": st.negated,
                    "modality": st.modality,
                    "date": st.date.isoformat() if st.date else None,
                    "attributed_to": label(st.attributed_to) if st.attributed_to else None,
                    "role": st.role,
                    "confidence": st.confidence,
                    "evidence": {
                        "text": st.evidence.text,
                        "start": st.evidence.start,
                        "end": st.evidence.end,
                    },
                }.items()
                if v is not None
            }
            for st in ex.statements
        ],
    }


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="nquads | trig | turtle | jsonld")
    ] = "nquads",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default stdout)")
    ] = None,
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
) -> None:
    """Dump the store. `kg build` of an N-Quads or TriG dump restores it."""
    st = _open_to_read(settings_from(store, update_url, graph_store_url))
    if output:  # written whole or not at all
        part = output.with_name(f".{output.name}.part")
        try:
            with part.open("wb") as f:
                st.export_to(fmt, f)
                size = f.tell()
            part.replace(output)
        finally:
            part.unlink(missing_ok=True)
        err.print(f"wrote {size} bytes to {output}")
    else:
        st.export_to(fmt, sys.stdout.buffer)
        sys.stdout.buffer.flush()


@app.command()
def remove(
    article_id: Annotated[str, typer.Argument(help="The article id")],
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
) -> None:
    """Remove one article and everything only it supported."""
    from .errors import NotFound
    from .namespaces import article_iri

    st = store_for(
        settings_from(store, update_url, graph_store_url),
        instead=f"remove it through the server: DELETE {{url}}/articles/{article_id} with the "
        "bearer token",
    )
    if not st.remove_article(str(article_iri(article_id))):
        raise NotFound(f"no article '{article_id}' in the store", detail="see `kg stats`")
    st.flush()
    out.print(f"removed {article_id}")


@app.command(name="eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold .json files")],
    articles: Annotated[
        Path | None, typer.Option(help="Folder of articles (default: GOLD_DIR/../articles)")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="List false positives and negatives")
    ] = False,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Also write the table as Markdown")
    ] = None,
) -> None:
    """Precision, recall and F1 against gold annotations."""
    from .articles import read_sources
    from .evaluate import load_gold, score_article, summarize
    from .extract.pipeline import Extractor

    s = settings_from()
    gold = load_gold(gold_dir)
    art_dir = articles or gold_dir.parent / "articles"
    arts = {
        src.article.id: src.article
        for src in read_sources([art_dir], max_bytes=s.max_article_bytes)
        if src.article is not None
    }
    missing = sorted(set(gold) - set(arts))
    if missing:
        raise InputError(
            f"{art_dir}: no article for gold file(s) {', '.join(missing[:3])}",
            detail="pass --articles DIR",
        )
    ex = Extractor.load(s.spacy_model)
    scores = [score_article(ex.extract(arts[i]), gold[i]) for i in sorted(gold)]
    summary = summarize(scores)
    if explain:
        summary["explain"] = {
            sc.article: {
                "false_positives": sc.false_positives,
                "false_negatives": sc.false_negatives,
            }
            for sc in scores
        }
    if markdown:
        markdown.write_text(eval_markdown(summary, gold_dir), encoding="utf-8")
    if json_out:
        print(json.dumps(summary, indent=1, ensure_ascii=False))
        return
    print_eval(summary)
    if explain:
        for art, d in summary["explain"].items():
            out.print(f"\n[bold]{art}[/bold]", highlight=False)
            for kind, rows in (("FP", d["false_positives"]), ("FN", d["false_negatives"])):
                for r in rows:
                    desc = " ".join(
                        f"{k}={v}" for k, v in r.items() if k not in ("kind", "evidence")
                    )
                    out.print(f"  {kind} {r['kind']}: {desc}", highlight=False, soft_wrap=True)
                    if r.get("evidence"):
                        out.print(
                            f"       “{r['evidence'][:160]}”", highlight=False, soft_wrap=True
                        )


def eval_markdown(summary: dict, gold_dir: Path) -> str:
    from . import EXTRACTOR_VERSION

    lines = [
        f"Scored by `kg eval {gold_dir}` ({EXTRACTOR_VERSION}, {summary['articles']} "
        "articles; rules of `eval/GUIDELINES.md`).",
        "",
        "| scope | P | R | F1 | TP | FP | FN |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]

    def row(name, m):
        lines.append(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{m['tp']} | {m['fp']} | {m['fn']} |"
        )

    row("**entities (micro)**", summary["entities"]["micro"])
    for k, m in summary["entities"]["per_class"].items():
        row(f"entities: {k}", m)
    row("**facts (micro)**", summary["facts"]["micro"])
    for k, m in summary["facts"]["per_type"].items():
        row(f"facts: {k}", m)
    lines += [
        "",
        f"Modality accuracy: {summary['modality_accuracy']:.3f} over "
        f"{summary['modality_matched']} matched facts.",
        "",
    ]
    return "\n".join(lines)


def print_eval(summary: dict) -> None:
    t = Table("scope", "P", "R", "F1", "TP", "FP", "FN", title=f"{summary['articles']} articles")

    def row(name, m):
        t.add_row(
            name,
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
            str(m["tp"]),
            str(m["fp"]),
            str(m["fn"]),
        )

    row("entities (micro)", summary["entities"]["micro"])
    for k, m in summary["entities"]["per_class"].items():
        row(f"  {k}", m)
    row("facts (micro)", summary["facts"]["micro"])
    for k, m in summary["facts"]["per_type"].items():
        row(f"  {k}", m)
    out.print(t)
    out.print(
        f"modality accuracy {summary['modality_accuracy']:.3f} over "
        f"{summary['modality_matched']} matched facts"
    )


@app.command()
def viz(
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write")],
    focus: Annotated[str | None, typer.Option(help="Entity name or id to centre on")] = None,
    depth: Annotated[int, typer.Option(help="Hops around the focus")] = 2,
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
) -> None:
    """Write the interactive graph page (works offline)."""
    from .explore.page import render_graph_page
    from .store.served import ServedStore

    s = settings_from(store, update_url, graph_store_url)
    st = _open_to_read(s)
    if isinstance(st, ServedStore):
        html = st.graph_page(focus, depth, s.max_nodes)
    else:
        html = render_graph_page(st, focus=focus, depth=depth, max_nodes=s.max_nodes)
    output.write_text(html, encoding="utf-8")
    err.print(f"wrote {output}")


@app.command()
def stats(
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Counts of entities, statements and articles."""
    from .explore.figures import stats as compute
    from .store.served import ServedStore

    st = _open_to_read(settings_from(store, update_url, graph_store_url))
    data = st.stats() if isinstance(st, ServedStore) else compute(st)
    if json_out:
        print(json.dumps(data, indent=1, ensure_ascii=False))
        return
    for section, value in data.items():
        if isinstance(value, dict):
            out.print(
                f"[bold]{section}[/bold]: " + ", ".join(f"{k} {v}" for k, v in value.items()),
                highlight=False,
            )
        elif isinstance(value, list):
            out.print(
                f"[bold]{section}[/bold]: "
                + ", ".join(
                    str(v.get("label", v)) if isinstance(v, dict) else str(v) for v in value[:10]
                ),
                highlight=False,
            )
        else:
            out.print(f"[bold]{section}[/bold]: {value}", highlight=False)


@app.command()
def validate(
    store: StoreOpt = None,
    update_url: UpdateUrlOpt = None,
    graph_store_url: GraphStoreOpt = None,
) -> None:
    """SHACL-validate every article graph (with the entity descriptions) against the shapes."""
    from rdflib import Graph

    from .rdf.shacl import check
    from .store import iri_term

    s = settings_from(store, update_url, graph_store_url)
    st = store_for(
        s,
        instead="validate a copy: `kg export -o dump.nq`, `kg build dump.nq --store COPY`, "
        "`kg validate --store COPY`",
    )
    bad = 0
    iris = st.article_iris()
    for iri in iris:
        graph = iri_term(iri)
        nq = st.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ GRAPH {graph} {{ ?s ?p ?o }} }} UNION "
            f"{{ GRAPH {graph} {{ ?e <https://w3id.org/geokg/ontology#mentionedIn> ?a }} "
            f"?e ?p ?o . BIND(?e AS ?s) FILTER NOT EXISTS {{ GRAPH ?g {{ ?e ?p ?o }} }} }} }}"
        )
        g = Graph().parse(data=nq.serialize("ntriples").decode(), format="nt")
        ok, report = check(g, s.ontology_dir)
        if not ok:
            bad += 1
            err.print(f"[red]invalid[/red] {iri}", highlight=False)
            err.print(report[:2000], highlight=False)
    out.print(
        f"{len(iris) - bad} of {len(iris)} article graphs conform to "
        f"{s.ontology_dir / 'shapes.ttl'}",
        highlight=False,
    )
    if bad:
        raise typer.Exit(1)


def main() -> None:
    try:
        rc = app(standalone_mode=False)
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except KGError as e:
        if STATE["debug"]:
            raise
        err.print(f"error: {e}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(1)
    except Exception as e:  # click usage errors and the like
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(e.exit_code)
        if STATE["debug"]:
            raise
        err.print(f"error: {type(e).__name__}: {e}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
