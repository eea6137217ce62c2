"""The one safety gate every SPARQL text passes before the engine sees it.

Whoever sends it — ``/sparql``, ``kg query``, :meth:`kg.graph.KnowledgeGraph.sparql`, or this
code's own queries — a query or update reaches Oxigraph only through
:meth:`kg.store.OxigraphStore.query` / :meth:`~kg.store.OxigraphStore.update`, which call
:func:`check_query` / :func:`check_update` here (or take the :class:`Checked` a caller got
from them, so a text is read once). The rules:

- **size**: at most ``max_bytes`` bytes of UTF-8;
- **nesting**: at most ``max_depth`` open brackets (``{ ( [ <<``) at any point. Oxigraph's
  parser recurses per bracket and overflows its stack (the process dies with SIGSEGV) at a
  few thousand; real queries nest less than 30 deep. The scan is one regex pass, not
  recursive, and skips strings and comments as the engine does; it errs on the safe side
  wherever the engine may read a text two ways (``<`` as an IRI or as less-than);
- **SERVICE** only to an endpoint of ``allowlist``; **LOAD** refused (the engine would fetch
  the URL). ``FROM``/``FROM NAMED`` need no rule: the engine reads those graphs from the
  store, never from the web.

Each refusal is a :class:`~kg.errors.QueryError` (400) naming the rule and its setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import QueryError, QueryRefused
from ..namespaces import PREFIXES
from .syntax import QueryShape, query_shape, update_shape

if TYPE_CHECKING:
    from ..settings import Settings

DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_BYTES = 1_000_000
MIN_MAX_BYTES = 262_144  # the exploration queries' VALUES lists: ~230 KB with 200-character ids


@dataclass(frozen=True)
class Limits:
    """What the gate allows (from :class:`kg.settings.Settings`: ``query_max_depth``,
    ``query_max_bytes``, ``service_allowlist``)."""

    max_depth: int = DEFAULT_MAX_DEPTH
    max_bytes: int = DEFAULT_MAX_BYTES
    allowlist: tuple[str, ...] = ()

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(
            settings.query_max_depth,
            settings.query_max_bytes,
            tuple(settings.service_allowlist),
        )


@dataclass(frozen=True)
class Checked:
    """A query that passed the gate: its text and shape. The store runs it as it is."""

    text: str
    shape: QueryShape


def check_size_depth(text: str, max_bytes: int, max_depth: int, what: str = "query") -> None:
    """The size and nesting rules (:class:`~kg.errors.QueryError` naming the limit)."""
    if len(text) > max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise QueryError(
            f"the {what} is longer than {max_bytes} bytes",
            detail="the limit is the KG_QUERY_MAX_BYTES setting",
        )
    # fewer brackets in all than the limit: nothing to scan (most texts)
    if text.count("{") + text.count("(") + text.count("[") + text.count("<<") <= max_depth:
        return
    if nesting(text, stop=max_depth) > max_depth:
        raise QueryError(
            f"the {what} nests brackets more than {max_depth} deep",
            detail="the limit is the KG_QUERY_MAX_DEPTH setting; flatten the query",
        )


# Tokens that matter for nesting. Runs of other characters are consumed whole; strings and
# comments are skipped as the engine reads them (a string the engine would refuse ends the
# parse there anyway); an IRI is matched as SPARQL's IRIREF; a backslash takes the next
# character with it (``ex:a\#`` and ``ex:a\(`` are names, not a comment and a bracket).
_SCAN = re.compile(
    r"""
    [^'"\#<>()\[\]{}\\]++
  | \\.
  | (?P<s>'''(?:[^'\\]++|\\.|'(?!''))*+'''|\"\"\"(?:[^"\\]++|\\.|"(?!""))*+\"\"\"
         |'(?:[^'\\\n\r]++|\\.)*+'|"(?:[^"\\\n\r]++|\\.)*+")
  | \#[^\n\r]*+
  | (?P<o>[({\[]|<<)
  | (?P<c>[)}\]]|>>)
  | (?P<i><(?:[^<>"{}|^`\\\x00-\x20]++|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>)
  | .
    """,
    re.VERBOSE | re.DOTALL,
)


def nesting(text: str, stop: int | None = None) -> int:
    """The deepest bracket nesting of ``text`` (at least; it stops counting past ``stop``).

    An IRI token is read both ways, as the engine might (``?a<(1)>?b`` is a comparison):
    the brackets in it count at their peak while inside, and whatever they leave open
    counts after it; brackets it closes are not counted (the engine may see an IRI)."""
    depth = deepest = 0
    for m in _SCAN.finditer(text):
        kind = m.lastgroup
        if kind is None or kind == "s":
            continue
        if kind == "o":
            depth += 1
        elif kind == "c":
            depth = max(0, depth - 1)
            continue
        else:  # an IRI
            iri = m.group()
            if "(" not in iri and "[" not in iri:
                continue  # (closing brackets in it are not counted)
            level = peak = 0
            for ch in iri:
                if ch in "([":
                    level += 1
                    peak = max(peak, level)
                elif ch in ")]":
                    level -= 1
            deepest = max(deepest, depth + peak)
            depth += max(0, level)
        deepest = max(deepest, depth)
        if stop is not None and deepest > stop:
            break
    return deepest


def check_services(services: tuple[str | None, ...], allowlist: tuple[str, ...]) -> None:
    for endpoint in services:
        if endpoint is None or endpoint not in allowlist:
            raise QueryRefused(
                f"SERVICE <{endpoint or '?variable'}> is refused: federated queries are off",
                detail="only endpoints named in the KG_SERVICE_ALLOWLIST setting may be called",
            )


def check_query(text: str, limits: Limits, shape: QueryShape | None = None) -> Checked:
    """``text`` as a query that passed the gate. ``shape``: already read by the caller
    (its SERVICE rule applied), so not read again."""
    check_size_depth(text, limits.max_bytes, limits.max_depth)
    if shape is None:
        shape = query_shape(text, PREFIXES)
        check_services(shape.services, limits.allowlist)
    return Checked(text, shape)


def check_update(text: str, limits: Limits) -> str:
    """``text``, once it passed the gate as an update (LOAD refused as well)."""
    check_size_depth(text, limits.max_bytes, limits.max_depth, "update")
    shape = update_shape(text, PREFIXES)
    if shape.loads:
        raise QueryRefused(
            "LOAD is refused: the service never fetches URLs or files",
            detail="send the data itself in INSERT DATA, or POST /articles",
        )
    check_services(shape.services, limits.allowlist)
    return text
