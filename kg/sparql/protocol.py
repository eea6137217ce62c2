"""The SPARQL 1.1 Protocol without a web framework: requests, result formats, negotiation.

A protocol request — the method, the query string pairs, the content type and the body — is
read into an :class:`Operation` (a query, an update, or nothing: the service description),
or refused with a :class:`~kg.errors.KGError`. :func:`negotiate` is the service's one
``Accept`` negotiation. Nothing here talks to the engine (:mod:`kg.sparql.jobs` runs what this
module accepted) or writes HTTP (:mod:`api.sparql` does).

Errors (each a :class:`~kg.errors.QueryError`; :mod:`api.errors` gives it its status)::

    ProtocolError           malformed protocol request                   (400)
    ├── NotAcceptable       no result format the client accepts          (406)
    ├── UnsupportedMedia    POST body of a type the protocol does not use (415)
    ├── BodyTooLarge        request body over the limit                  (413)
    ├── Unauthorized        update without a token                       (401)
    └── Forbidden           wrong token, or the service is read-only     (403)
"""

from __future__ import annotations

import functools
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from ..errors import (  # noqa: F401 - the protocol errors are part of this module's API
    BodyTooLarge,
    Forbidden,
    NotAcceptable,
    ProtocolError,
    QueryError,
    QueryRefused,
    Unauthorized,
    UnsupportedMedia,
)
from ..namespaces import PREFIXES
from . import safety
from .safety import Checked, Limits
from .syntax import (
    QueryShape,
    update_shape,
    with_using,
)

# -- formats --------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # one object per format: compared by identity
class Format:
    key: str  # the name kg.store serialises by, and the `format=` value
    media_type: str
    kind: str  # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    aliases: tuple[str, ...] = ()
    extension: str = ""

    @property
    def content_type(self) -> str:
        text = self.media_type.startswith("text/") or self.key in ("ntriples", "nquads", "trig")
        return f"{self.media_type}; charset=utf-8" if text else self.media_type


FORMATS: tuple[Format, ...] = (  # server preference order within each kind
    Format("json", "application/sparql-results+json", "results", ("application/json",), "srj"),
    Format(
        "xml", "application/sparql-results+xml", "results", ("application/xml", "text/xml"), "srx"
    ),
    Format("csv", "text/csv", "results", (), "csv"),
    Format("tsv", "text/tab-separated-values", "results", (), "tsv"),
    Format("turtle", "text/turtle", "graph", ("application/x-turtle",), "ttl"),
    Format("ntriples", "application/n-triples", "graph", ("text/plain",), "nt"),
    Format("jsonld", "application/ld+json", "graph", ("application/json",), "jsonld"),
    Format("rdfxml", "application/rdf+xml", "graph", ("application/xml", "text/xml"), "rdf"),
    Format("trig", "application/trig", "graph", (), "trig"),
    Format("nquads", "application/n-quads", "graph", (), "nq"),
)
BY_KEY = {f.key: f for f in FORMATS}
HTML = Format("html", "text/html", "page")


def _parse_accept(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for p in params:
            name, _, value = p.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(media_types: tuple[str, ...], ranges: list[tuple[str, float]]) -> float:
    """The q the client gives the best of a format's media types (most specific range wins)."""
    best = 0.0
    for mt in media_types:
        major = mt.split("/")[0]
        found: tuple[int, float] | None = None
        for rng, q in ranges:
            spec = 2 if rng == mt else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
            if spec >= 0 and (found is None or spec > found[0]):
                found = (spec, q)
        if found:
            best = max(best, found[1])
    return best


def negotiate(accept: str | None, candidates: list[Format]) -> Format:
    """The client's preferred format among ``candidates``; ties go to server order."""
    if not accept or not accept.strip():
        return candidates[0]
    ranges = _parse_accept(accept)
    scored = [
        (_quality((f.media_type, *f.aliases), ranges), -i, f) for i, f in enumerate(candidates)
    ]
    q, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if q <= 0:
        offered = ", ".join(f.media_type for f in candidates if f.kind != "page")
        raise NotAcceptable(
            f"none of the accepted types ({accept}) can be produced",
            detail=f"ask for one of {offered}",
        )
    return best


def formats_for(kind: str) -> list[Format]:
    return [f for f in FORMATS if f.kind == kind]


# `format=` names clients send (SPARQLWrapper sends format=xml / json-ld for CONSTRUCT)
_GRAPH_NAMES = {
    "xml": "rdfxml",
    "rdf+xml": "rdfxml",
    "json-ld": "jsonld",
    "json": "jsonld",
    "n-triples": "ntriples",
    "n3": "turtle",
    "n-quads": "nquads",
}


def format_param(value: str, kind: str) -> Format:
    """``format=`` for browsers: a key (``csv``), an extension or a media type."""
    for part in value.split(","):  # several values (SPARQLWrapper repeats it): first known wins
        v = part.split(";")[0].strip().lower()
        if kind == "graph":
            v = _GRAPH_NAMES.get(v, v)
        for f in formats_for(kind):
            if v in (f.key, f.extension, f.media_type, *f.aliases):
                return f
    names = ", ".join(f.key for f in formats_for(kind))
    raise NotAcceptable(f"unknown format '{value}' for this query", detail=f"use one of {names}")


# -- requests -------------------------------------------------------------------------------

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class Query:
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None  # the `format=` parameter


@dataclass(frozen=True)
class Update:
    text: str
    using_graphs: list[str] = field(default_factory=list)
    using_named_graphs: list[str] = field(default_factory=list)


Operation = Query | Update | None


def _media(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    media, *params = (p.strip() for p in content_type.split(";"))
    charset = None
    for p in params:
        name, _, value = p.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProtocolError(
            f"the {what} is not valid UTF-8 (byte {e.start})",
            detail="send UTF-8, as SPARQL requires",
        ) from e


def _form(body: bytes) -> list[tuple[str, str]]:
    text = _utf8(body, "form body")
    try:
        return parse_pairs(text, errors="strict")
    except (UnicodeDecodeError, ValueError) as e:
        raise ProtocolError(f"the form body is not valid percent-encoded UTF-8: {e}") from e


def parse_pairs(text: str, errors: str = "replace") -> list[tuple[str, str]]:
    """``name=value&…`` (a URL's query string, or a form body) as decoded pairs: what
    ``urllib.parse.parse_qsl(text, keep_blank_values=True, errors=errors)`` returns, 5-10x
    faster on the PREFIX-laden queries clients send (hundreds of %XX escapes each)."""
    pairs = []
    for item in text.split("&"):
        if not item:
            continue
        name, _, value = item.partition("=")
        pairs.append((_unquote(name, errors), _unquote(value, errors)))
    return pairs


def _unquote(text: str, errors: str) -> str:
    """``urllib.parse.unquote_plus``, percent-escapes decoded by the C codec for ``\\xNN``."""
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if not text.isascii():  # raw characters stay as they are, escapes around them decoded
        return unquote(text, errors=errors)
    try:
        raw = (
            text.replace("\\", "\\\\")
            .replace("%", "\\x")
            .encode("latin-1")
            .decode("unicode_escape")
            .encode("latin-1")
        )
    except (UnicodeEncodeError, UnicodeDecodeError):  # a stray "%", or text beyond latin-1
        return unquote(text, errors=errors)
    return raw.decode("utf-8", errors)


def parse_request(
    method: str, params: list[tuple[str, str]], content_type: str | None, body: bytes
) -> Operation:
    """Read a protocol request. ``params`` are the URL's query string pairs, in order."""
    pairs = list(params)
    direct: Query | Update | None = None
    if method == "POST":
        media, charset = _media(content_type)
        if charset not in (None, "utf-8", "utf8"):
            raise UnsupportedMedia(f"charset {charset} is not supported", detail="send UTF-8")
        if media == FORM:
            pairs += _form(body)
        elif media in (QUERY_TYPE, UPDATE_TYPE):
            text = _utf8(body, "request body")
            direct = Query(text) if media == QUERY_TYPE else Update(text)
        elif body or media:
            raise UnsupportedMedia(
                f"a POST to /sparql needs the content type {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}",
                detail=f"got '{content_type or 'none'}'",
            )
    elif method != "GET":
        raise ProtocolError(f"{method} is not a SPARQL protocol method", detail="use GET or POST")

    values: dict[str, list[str]] = {}
    for k, v in pairs:
        values.setdefault(k, []).append(v)
    queries, updates = values.get("query", []), values.get("update", [])
    if isinstance(direct, Query):
        queries = [direct.text, *queries]
    elif isinstance(direct, Update):
        updates = [direct.text, *updates]
    if len(queries) + len(updates) > 1:
        raise ProtocolError(
            "one request carries one query or one update", detail="send them separately"
        )
    if updates and method == "GET":
        raise ProtocolError(
            "an update cannot be sent with GET",
            detail="POST it (form field update= or application/sparql-update)",
        )
    fmt = ",".join(values.get("format", [])) or None
    if queries:
        return Query(
            queries[0], values.get("default-graph-uri", []), values.get("named-graph-uri", []), fmt
        )
    if updates:
        return Update(
            updates[0], values.get("using-graph-uri", []), values.get("using-named-graph-uri", [])
        )
    if method == "POST":
        raise ProtocolError(
            "the POST carries no query and no update", detail="send query= or update="
        )
    return None


# -- safety ---------------------------------------------------------------------------------


_IRI_TEXT = re.compile(r"[^<>\"{}|^`\\\x00-\x20]+")  # what SPARQL's <…> may hold


def _limits(allowlist: Sequence[str] | Limits) -> Limits:
    return allowlist if isinstance(allowlist, Limits) else Limits(allowlist=tuple(allowlist))


# Clients send a block of PREFIX declarations before nearly every query (~600 characters for
# ours), and most of them restate the prefixes the engine gets anyway (kg.namespaces.PREFIXES).
# The engine parses that block in 80 µs of the 160 a point lookup takes it on the dev graph.
# A declaration that maps a name to the IRI it already has is a no-op, so it is blanked out:
# replaced by spaces, line breaks kept, so the engine's line:column in error messages stay
# those of the query sent.
# Only plain `PREFIX name: <iri>` at the start (SPARQL whitespace only) is looked at; anything
# else ends the scan and is left as it was.
_WS = "[ \t\r\n]"
_PREFIX_DECL = re.compile(
    rf"{_WS}*[Pp][Rr][Ee][Ff][Ii][Xx]{_WS}+([A-Za-z][A-Za-z0-9_\-]*)?:{_WS}*"
    r"<([^<>\"{}|^`\\\x00-\x20]*)>"
)
_BLANK = str.maketrans({chr(i): " " for i in range(128) if chr(i) not in "\r\n"})


_PROLOGUE = re.compile(f"(?:{_PREFIX_DECL.pattern})+")


def engine_text(text: str, body: int | None = None) -> str:
    """``text`` with its leading PREFIX declarations that change nothing blanked out.
    ``body``: where the prologue ends, when the caller knows (it is not read again)."""
    if body is None:
        m = _PROLOGUE.match(text)
        if m is None:
            return text
        body = m.end()
    prologue = text[:body]
    blanked = _blank(prologue) if len(prologue) <= 8192 else _blank.__wrapped__(prologue)
    return blanked + text[body:]


@functools.lru_cache(maxsize=64)  # clients send the same prologue again and again
def _blank(prologue: str) -> str:
    pos = kept = 0
    current: dict[str, str] = {}  # the declarations kept so far, over PREFIXES
    chunks: list[str] = []
    while (m := _PREFIX_DECL.match(prologue, pos)) is not None:
        name, iri = m.group(1) or "", m.group(2)
        pos = m.end()
        decl = m.group()
        if current.get(name, PREFIXES.get(name)) == iri and decl.isascii():
            chunks += (prologue[kept : m.start()], decl.translate(_BLANK))
            kept = pos
        else:
            current[name] = iri
    chunks.append(prologue[kept:])
    return "".join(chunks)


def prepare(query: Query, limits: Limits) -> Checked:
    """The query as it passed the safety gate (:mod:`kg.sparql.safety`: size, nesting,
    SERVICE only if allow-listed), with the text to hand the engine (:func:`engine_text`)."""
    return safety.check_query(engine_text(query.text), limits)


def prepare_query(query: Query, allowlist: Sequence[str] | Limits) -> tuple[QueryShape, str]:
    """:func:`prepare` as (shape, engine text); ``allowlist``: the SERVICE endpoints allowed,
    or the whole :class:`~kg.sparql.safety.Limits`."""
    checked = prepare(query, _limits(allowlist))
    return checked.shape, checked.text


def check_query(query: Query, allowlist: Sequence[str] | Limits) -> QueryShape:
    """The query's shape, once it passes the safety gate."""
    return prepare(query, _limits(allowlist)).shape


def check_update(update: Update, allowlist: Sequence[str] | Limits) -> str:
    """The update text to run: the safety gate passed (size, nesting, LOAD refused, SERVICE
    allow-listed), the protocol dataset added."""
    safety.check_update(update.text, _limits(allowlist))
    if update.using_graphs or update.using_named_graphs:
        for graph in (*update.using_graphs, *update.using_named_graphs):
            if _IRI_TEXT.fullmatch(graph) is None:  # it goes into the update as <graph>
                raise ProtocolError(
                    f"using-graph-uri {graph[:80]!r} is not an IRI", detail="give absolute IRIs"
                )
        if update_shape(update.text, PREFIXES).dataset_clauses:
            raise ProtocolError(
                "using-graph-uri/using-named-graph-uri conflict with USING or WITH in the update",
                detail="name the dataset in one place only",
            )
        return with_using(update.text, update.using_graphs, update.using_named_graphs)
    return update.text


def check_token(configured: str | None, authorization: str | None) -> None:
    """Writes need ``Authorization: Bearer <token>``, compared in constant time."""
    if not configured:
        raise Forbidden("the service is read-only", detail="set KG_API_TOKEN to allow writes")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized(
            "this write needs a token", detail="send Authorization: Bearer <KG_API_TOKEN>"
        )
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise Forbidden("the token is not valid", detail="check KG_API_TOKEN")


# -- service description --------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMAT_IRIS = {
    "json": "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
    "xml": "http://www.w3.org/ns/formats/SPARQL_Results_XML",
    "csv": "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
    "tsv": "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
    "turtle": "http://www.w3.org/ns/formats/Turtle",
    "ntriples": "http://www.w3.org/ns/formats/N-Triples",
    "jsonld": "http://www.w3.org/ns/formats/JSON-LD",
    "rdfxml": "http://www.w3.org/ns/formats/RDF_XML",
    "trig": "http://www.w3.org/ns/formats/TriG",
    "nquads": "http://www.w3.org/ns/formats/N-Quads",
}


def service_description(endpoint: str, *, writable: bool, federated: bool) -> str:
    """The SPARQL 1.1 Service Description of this endpoint, as Turtle."""
    endpoint = re.sub(r'[<>"{}|^`\\\x00-\x20]', "", endpoint)  # it comes from the Host header
    languages = ["sd:SPARQL11Query"] + (["sd:SPARQL11Update"] if writable else [])
    features = ["sd:UnionDefaultGraph"] + (["sd:BasicFederatedQuery"] if federated else [])
    formats = ", ".join(f"<{iri}>" for iri in _FORMAT_IRIS.values())
    return f"""@prefix sd: <{SD}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}> a sd:Service ;
    rdfs:label "GeoKG SPARQL endpoint" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage {", ".join(languages)} ;
    sd:feature {", ".join(features)} ;
    sd:resultFormat {formats} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset [
        a sd:Dataset ;
        rdfs:comment "The default graph is the union of all graphs; an article is a named graph." ;
        sd:defaultGraph [ a sd:Graph ]
    ] .
"""
