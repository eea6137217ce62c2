"""What a SPARQL request asks for, read from its tokens before the engine sees it.

The engine parses the query itself (and reports syntax errors with a position); this module
only answers the questions the protocol and the safety rules need first, without a full
parse: which query form (to negotiate the result format), which dataset clauses (``FROM``),
which ``SERVICE`` endpoints, whether an update ``LOAD``s or says ``USING``/``WITH``, and how
to add the protocol's ``using-graph-uri`` to an update. Strings, IRIs and comments are
skipped as whole tokens, so ``"SERVICE"`` in a literal or ``ex:service`` is never a keyword;
IRIs with ``\\u`` escapes and names with ``\\#`` escapes are read whole too, as the engine
reads them (a ``#`` in them starts no comment that could hide a keyword).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\U000EFFFF]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\U000EFFFF][\w.\-\u00B7\u00C0-\U000EFFFF]*)?:
              (?:(?:[\w\-.:%\u00B7\u00C0-\U000EFFFF]|\\[_~.\-!$&'()*+,;=/?\#@%])*
                 (?:[\w\-:%\u00B7\u00C0-\U000EFFFF]|\\[_~.\-!$&'()*+,;=/?\#@%]))?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Token:
    kind: str  # comment, string, iri, var, pname, word, other
    text: str
    start: int
    end: int
    depth: int  # number of open "{" before this token

    @property
    def keyword(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str) -> list[Token]:
    """The significant tokens of a query or update (whitespace and comments dropped)."""
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        tok = m.group()
        if tok == "}":
            depth = max(0, depth - 1)
        out.append(Token(kind, tok, m.start(), m.end(), depth))
        if tok == "{":
            depth += 1
    return out


def _prefixes(toks: list[Token], defaults: dict[str, str]) -> dict[str, str]:
    found = dict(defaults)
    for i, t in enumerate(toks[:-2]):
        if t.keyword == "PREFIX" and toks[i + 1].kind == "pname" and toks[i + 2].kind == "iri":
            found[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
    return found


def _resolve(tok: Token, prefixes: dict[str, str]) -> str | None:
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


@dataclass(frozen=True)
class QueryShape:
    """What the protocol layer needs to know about a query before running it."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE; None when unrecognisable
    has_dataset: bool  # FROM or FROM NAMED present
    services: tuple[str | None, ...]  # endpoint IRIs of SERVICE clauses; None = a variable
    update_keywords: tuple[str, ...]  # update operations found (a query has none)

    @property
    def returns_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"}


def _services(toks: list[Token], prefixes: dict[str, str]) -> tuple[str | None, ...]:
    found: list[str | None] = []
    for i, t in enumerate(toks):
        if t.keyword != "SERVICE":
            continue
        j = i + 1
        if j < len(toks) and toks[j].keyword == "SILENT":
            j += 1
        found.append(_resolve(toks[j], prefixes) if j < len(toks) else None)
    return tuple(found)


# Words whose presence anywhere in a query (in any case, even inside a string or an IRI) means
# it must be read token by token: dataset clauses, SERVICE, and update operations (searched
# for in the upper-cased text: one regex search, where eleven substring searches were).
RARE_WORD = re.compile("FROM|SERVICE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD")


# A prologue (PREFIX and BASE declarations, comments), then the query form: what nearly every
# query starts with. One regex reads it 8x faster than the tokens do (22 against 180 µs for
# the PREFIX block clients send with every query).
_PROLOGUE_FORM = re.compile(
    r"(?:[ \t\r\n]+|\#[^\n\r]*|(?i:PREFIX)[ \t\r\n]+[^\s<>{}]*[ \t\r\n]*<[^<>\s]*>"
    r"|(?i:BASE)[ \t\r\n]*<[^<>\s]*>)*+(?i:(SELECT|ASK|CONSTRUCT|DESCRIBE))(?![A-Za-z0-9_])"
)


def _form(text: str) -> str | None:
    """The query form: the first query-form keyword outside braces."""
    m = _PROLOGUE_FORM.match(text)
    if m is not None:
        return m.group(1).upper()
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            word = m.group().upper()
            if depth == 0 and word in QUERY_FORMS:
                return word
        elif kind == "other":
            if m.group() == "{":
                depth += 1
            elif m.group() == "}":
                depth = max(0, depth - 1)
    return None


def query_shape(text: str, prefixes: dict[str, str] | None = None) -> QueryShape:
    upper = text.upper()  # (a case-insensitive regex is 20x slower than this)
    if RARE_WORD.search(upper) is None:  # most queries: no FROM, SERVICE, updates
        return QueryShape(_form(text), False, (), ())
    return shape_by_tokens(text, prefixes)


def shape_by_tokens(text: str, prefixes: dict[str, str] | None = None) -> QueryShape:
    """:func:`query_shape` from every token (what it does when a rare word occurs)."""
    toks = tokens(text)
    pfx = _prefixes(toks, prefixes or {})
    form = next((t.keyword for t in toks if t.keyword in QUERY_FORMS and t.depth == 0), None)
    has_dataset = any(t.keyword == "FROM" and t.depth == 0 for t in toks)
    updates = tuple(t.keyword for t in toks if t.depth == 0 and t.keyword in _UPDATE_WORDS)
    return QueryShape(form, has_dataset, _services(toks, pfx), updates)


@dataclass(frozen=True)
class UpdateShape:
    loads: bool  # a LOAD operation
    dataset_clauses: bool  # USING, USING NAMED or WITH present
    services: tuple[str | None, ...]


def update_shape(text: str, prefixes: dict[str, str] | None = None) -> UpdateShape:
    toks = tokens(text)
    pfx = _prefixes(toks, prefixes or {})
    top = [t.keyword for t in toks if t.depth == 0]
    return UpdateShape(
        loads="LOAD" in top,
        dataset_clauses="USING" in top or "WITH" in top,
        services=_services(toks, pfx),
    )


def _block_end(toks: list[Token], i: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``toks[i]``."""
    depth = toks[i].depth
    for j in range(i + 1, len(toks)):
        if toks[j].text == "}" and toks[j].depth == depth:
            return j
    return len(toks) - 1


def with_using(text: str, default: list[str], named: list[str]) -> str:
    """The update with ``USING``/``USING NAMED`` clauses for the protocol-given graphs.

    Added before the ``WHERE`` of each DELETE/INSERT operation; ``DELETE WHERE { P }``, which
    takes no ``USING``, becomes the equivalent ``DELETE { P } USING … WHERE { P }``.
    """
    using = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    toks = tokens(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    for i, t in enumerate(toks):
        if t.keyword != "WHERE" or t.depth != 0:
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and prev.keyword == "DELETE" and i + 1 < len(toks):
            end = _block_end(toks, i + 1)
            block = text[toks[i + 1].start : toks[end].end]
            edits.append((t.start, toks[end].end, f"{block} {using} WHERE {block}"))
        else:
            edits.append((t.start, t.start, using + " "))
    for start, end, repl in sorted(edits, reverse=True):
        text = text[:start] + repl + text[end:]
    return text
