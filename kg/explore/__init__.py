"""Exploration for people who do not write SPARQL: what is cached from the store
(:mod:`.index`), search and the entity and article pages (:mod:`.lookup`), neighbourhoods and
the overview (:mod:`.neighbourhoods`), shortest paths (:mod:`.pathfinding`), stats
(:mod:`.figures`), the
interactive graph page (:mod:`.page`), paging cursors (:mod:`.cursors`) and the figures cheap
endpoints report (:mod:`.counts`)."""
