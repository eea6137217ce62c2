"""Exploration for people who do not write SPARQL: what is cached from the store
(:mod:`.index`), search, entities, neighbourhoods, paths and stats (:mod:`.queries`), the
interactive graph page (:mod:`.page`), paging cursors (:mod:`.cursors`) and the figures cheap
endpoints report (:mod:`.counts`)."""
