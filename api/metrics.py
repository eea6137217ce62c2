"""``/metrics``: the query executor's and the exploration caches' counters, in Prometheus's
text exposition format (version 0.0.4), for a scraper or a look with ``curl``."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

from kg.explore.index import cache_stats
from kg.sparql.execute import QueryExecutor

from .context import AppContext

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def router(ctx: AppContext, executor: QueryExecutor) -> APIRouter:
    r = APIRouter()

    @r.get("/metrics", tags=["meta"], response_class=PlainTextResponse)
    def metrics() -> PlainTextResponse:
        """Counters of the SPARQL query executor and of the exploration caches."""
        return PlainTextResponse(
            exposition(executor.stats(), cache_stats(ctx.store)), media_type=CONTENT_TYPE
        )

    return r


def exposition(queries: dict[str, int], caches: dict[tuple[str, str], int]) -> str:
    """The text a scrape reads: ``queries`` from :meth:`QueryExecutor.stats`, ``caches``
    from :func:`kg.explore.index.cache_stats`."""
    lines: list[str] = []

    def family(name: str, kind: str, help_: str, samples: list[tuple[str, int]]) -> None:
        lines.extend((f"# HELP {name} {help_}", f"# TYPE {name} {kind}"))
        lines.extend(f"{name}{labels} {value}" for labels, value in samples)

    outcomes = ("answered", "failed", "timed_out", "refused")
    family(
        "kg_queries_total",
        "counter",
        "SPARQL queries run by the query workers, by outcome",
        [(f'{{outcome="{o}"}}', queries[o]) for o in outcomes],
    )
    family(
        "kg_queries_retried_total",
        "counter",
        "Queries run again because their worker was stopped for another query",
        [("", queries["retried"])],
    )
    family("kg_queries_in_flight", "gauge", "Queries running now", [("", queries["in_flight"])])
    family(
        "kg_queries_waiting",
        "gauge",
        "Queries waiting for a free query slot",
        [("", queries["waiting"])],
    )
    family(
        "kg_query_slots_busy",
        "gauge",
        "Query slots of the workers taken by a query",
        [("", queries["slots_busy"])],
    )
    family("kg_query_workers", "gauge", "Query worker processes", [("", queries["workers"])])
    family(
        "kg_graph_cache_reads_total",
        "counter",
        "Reads of the name index and edge graph: built, refreshed after writes, or hit",
        [
            (f'{{structure="{s}",outcome="{o}"}}', caches.get((s, o), 0))
            for s in ("index", "graph")
            for o in ("built", "refreshed", "hit")
        ],
    )
    return "\n".join(lines) + "\n"
