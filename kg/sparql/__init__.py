"""SPARQL: the 1.1 Protocol, the safety rules, and queries run where a timeout can stop them.

- :mod:`~kg.sparql.syntax` — what a query or update asks for, read from its tokens (query
  form, dataset clauses, SERVICE, LOAD), before the engine parses it;
- :mod:`~kg.sparql.safety` — the gate every text passes before the engine: size, nesting,
  SERVICE only if allow-listed, LOAD refused;
- :mod:`~kg.sparql.protocol` — protocol requests (GET, POST form, POST body), result formats
  and the service's one ``Accept`` negotiation, the service description;
- :mod:`~kg.sparql.jobs` — what a query worker runs: a query, or a protocol request whole;
- :mod:`~kg.sparql.execute` — the worker processes, killed past the timeout.

Nothing here knows HTTP statuses or headers: :mod:`api.sparql` turns answers and
:class:`~kg.errors.KGError` into responses. (This package imports none of its modules, so
that :mod:`kg.store` can import :mod:`~kg.sparql.safety` without the rest.)
"""
