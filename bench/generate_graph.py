"""Generate a synthetic news graph under the GeoKG ontology, to a target number of quads.

The quads are made by the real builder (``kg.rdf.triples.article_graph`` / ``entity_graph``) from
random records, so they have exactly the shape ingestion produces: per-article named graphs
with events, evidence, direct edges and mentions; entity descriptions in the default graph.
Actors are drawn from a Zipf-like distribution, so a few (``united-states`` first) are hubs.

    python bench/generate_graph.py OUT.nq [--quads 1000000 | --articles N] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from kg.events import EDGE_TYPES, EVENT_TYPES
from kg.namespaces import article_iri
from kg.rdf.triples import article_graph, entity_graph
from kg.records import Article, Entity, Evidence, Extraction, Statement
from kg.store import to_ox

POOLS = {  # class → how many
    "Country": 190,
    "Organization": 600,
    "Person": 2500,
    "City": 1200,
    "AdministrativeRegion": 400,
    "Weapon": 160,
    "Treaty": 25,
}
EVENT_KINDS = EVENT_TYPES + EDGE_TYPES
EVENT_WEIGHTS = (5, 5, 2, 1, 2, 1, 2, 1)  # in EVENT_KINDS' order


def make_entities(rng: random.Random) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = {}
    for cls, n in POOLS.items():
        items = []
        for i in range(n):
            if cls == "Country" and i == 0:
                items.append(
                    Entity(
                        "united-states",
                        "United States",
                        "Country",
                        wikidata="Q30",
                        aliases=("U.S.", "US"),
                        iso="US",
                        lat=38.9,
                        long=-77.0,
                    )
                )
                continue
            eid = f"{cls.lower()}-{i:04d}"
            items.append(
                Entity(
                    eid,
                    f"{cls} {i:04d}",
                    cls,
                    wikidata=f"Q{10_000 + len(items)}" if rng.random() < 0.5 else None,
                    aliases=(f"{cls[:3]}{i}",) if rng.random() < 0.3 else (),
                )
            )
        out[cls] = items
    return out


def zipf_pick(rng: random.Random, items: list[Entity], s: float = 1.1) -> Entity:
    # inverse-CDF draw of a Zipf-like rank; cheap and good enough for hubs
    n = len(items)
    r = int(n ** rng.random() ** s) - 1 if rng.random() < 0.85 else rng.randrange(n)
    return items[min(max(r, 0), n - 1)]


def make_article(n: int, rng: random.Random, ents: dict[str, list[Entity]]) -> Extraction:
    actors = ents["Country"] + ents["Organization"]
    people = ents["Person"]
    regions = ents["City"] + ents["AdministrativeRegion"] + ents["Country"]
    used: dict[str, Entity] = {}
    statements = []
    text = ""

    def pick(pool: list[Entity]) -> str:
        e = zipf_pick(rng, pool)
        used[e.id] = e
        return e.id

    for _ in range(rng.randint(8, 14)):
        kind = rng.choices(EVENT_KINDS, EVENT_WEIGHTS)[0]
        sentence = f"Sentence {len(statements)} of article {n} about {kind.lower()}."
        ev = Evidence(sentence, len(text), len(text) + len(sentence))
        text += sentence + " "
        conf = round(rng.uniform(0.5, 0.95), 2)
        neg = rng.random() < 0.05
        if kind == "WeaponTransfer":
            st = Statement(
                kind,
                pick(actors),
                ev,
                recipient=pick(actors),
                weapons=(pick(ents["Weapon"]),),
                negated=neg,
                confidence=conf,
            )
        elif kind == "Attack":
            st = Statement(
                kind,
                pick(actors),
                ev,
                target=pick(regions),
                weapons=(pick(ents["Weapon"]),),
                negated=neg,
                confidence=conf,
            )
        elif kind in ("Interception", "Deployment"):
            st = Statement(
                kind,
                pick(actors),
                ev,
                weapons=(pick(ents["Weapon"]),),
                negated=neg,
                confidence=conf,
            )
        elif kind == "TreatyParticipation":
            st = Statement(
                kind,
                pick(ents["Country"]),
                ev,
                treaty=pick(ents["Treaty"]),
                negated=rng.random() < 0.3,
                confidence=conf,
            )
        elif kind == "TerritorialCapture":
            st = Statement(kind, pick(actors), ev, locations=(pick(regions),), confidence=conf)
        elif kind == "Affiliation":
            st = Statement(kind, pick(people), ev, target=pick(actors), role="spokesman")
        else:
            st = Statement(
                kind,
                pick(ents["City"]),
                ev,
                target=pick(ents["AdministrativeRegion"] + ents["Country"]),
            )
        if st.agent == (st.recipient or st.target):
            continue
        statements.append(st)
    published = date(2022, 1, 1) + timedelta(days=n % 1000)
    art = Article(
        f"bench-{n:06d}", text.strip(), title=f"Article {n}", published=published, source="bench"
    )
    return Extraction(
        art, dict(used), (), tuple(statements), model="bench", model_version="0", extractor="bench"
    )


def generate(out: Path, quads: int = 1_000_000, seed: int = 7, articles: int | None = None) -> int:
    """Write articles to ``out`` until it holds ``quads`` quads, or ``articles`` articles."""
    rng = random.Random(seed)
    ents = make_entities(rng)
    described: set[str] = set()
    written = 0
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        while (n < articles) if articles is not None else (written < quads):
            ex = make_article(n, rng, ents)
            g = f"<{article_iri(ex.article.id)}>"
            lines = [f"{to_ox(s)} {to_ox(p)} {to_ox(o)} {g} .\n" for s, p, o in article_graph(ex)]
            fresh = {k: v for k, v in ex.entities.items() if k not in described}
            if fresh:
                described.update(fresh)
                desc = Extraction(ex.article, fresh, (), ())
                lines += [f"{to_ox(s)} {to_ox(p)} {to_ox(o)} .\n" for s, p, o in entity_graph(desc)]
            fh.writelines(lines)
            written += len(lines)
            n += 1
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--articles", type=int, help="this many articles (instead of --quads)")
    args = ap.parse_args()
    print(generate(args.out, args.quads, args.seed, args.articles), "quads written to", args.out)


if __name__ == "__main__":
    main()
