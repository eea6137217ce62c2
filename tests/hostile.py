"""One hostile corpus, for every way in that takes an id, a name or a query
(tests/test_hostile.py), and a loopback listener that records every connection it accepts.

The payloads aim at the listener's port: if any of them made the service call out (SERVICE,
LOAD, FROM, an IRI pasted into a query), the listener would see a connection.
"""

from __future__ import annotations

import socket
import threading

DEEP_BRACES = 5_000
DEEP_PARENS = 20_000


def deep_braces(n: int = DEEP_BRACES) -> str:
    return "ASK " + "{" * n + "}" * n


def deep_parens(n: int = DEEP_PARENS) -> str:
    return "ASK { FILTER(" + "(" * n + "1" + ")" * n + ") }"


def deep_update(n: int = DEEP_BRACES) -> str:
    return "INSERT { <urn:a> <urn:b> <urn:c> } WHERE " + "{" * n + "}" * n


def corpus(port: int) -> list[str]:
    """Ids, names and queries a hostile client sends (str; invalid UTF-8 goes as bytes in
    bodies, see :data:`RAW_BODIES`)."""
    url = f"http://127.0.0.1:{port}/"
    esc = url.replace("/", "\\u002F")
    service = f"SELECT * WHERE {{ SERVICE <{url}ssrf> {{ ?s ?p ?o }} }}"
    cartesian = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o"
    return [
        # ids that break out of an IRI, a string or a block
        "x>",
        "<",
        ">",
        "{",
        "}",
        '"',
        "'",
        "\\",
        "#",
        "x\ny",
        "x\r\n} #",
        "russia\n",
        "a b",
        "..",
        "-x",
        f"x> {{ SERVICE <{esc}> {{ ?p ?o ?z }} }} }} #",
        f"x> {{ SERVICE <{url}> {{ ?p ?o ?z }} }} }} #",
        f'x" }} SERVICE <{url}> {{ ?s ?p ?o }} #',
        f"x' }} SERVICE <{url}> {{ ?s ?p ?o }} #",
        f"x\\u003E {{ SERVICE <{esc}> {{ ?s ?p ?o }} }} #",
        f"x> }} }} ; LOAD <{url}load> ; #",
        f"x> {{ {cartesian} }} }} #",
        "gkr:russia",
        "<https://w3id.org/geokg/id/russia>",
        "\x00",
        "x\x00y",
        "\u202eevil",
        "\ufffd",
        "\U0001f4a3",
        "%FF%FE",
        "a" * 3_000,
        # queries and updates
        service,
        service.replace(url, esc),
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }",
        f"SELECT * FROM <{url}from> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}named> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"LOAD <{url}load>",
        f"LOAD SILENT <{url}load> INTO GRAPH <urn:g>",
        f"PREFIX x: <{url}> SELECT * WHERE {{ SERVICE x:y {{ ?s ?p ?o }} }}",
        # a "#" the engine reads inside a name or an IRI, not as a comment hiding the rest
        f"SELECT * {{ {{ ?s gkr:p\\# ?o }} UNION {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * {{ {{ ?s <x:\\u0041#> ?o }} UNION {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }}",
        f"INSERT DATA {{ <urn:a> gkr:p\\# <urn:b> }} ; LOAD <{url}load>",
        "ASK { ?s gkr:p\\# " + "( " * DEEP_BRACES + ")" * DEEP_BRACES + " }",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ {cartesian} }}",
        f'ASK {{ FILTER(?x = "{"a" * 50_000}") }}',
        "SELECT * WHERE { ?s ?p ?o ",
        "SELECT * WHERE { ?s ?p ?o } # \\u000A SERVICE <" + url + "> { }",
        deep_braces(),
        deep_parens(),
        "ASK { " + "[ <urn:p> " * 5_000 + "]" * 5_000 + " }",
        "ASK { <urn:a> <urn:b> " + "<< " * 5_000 + "<urn:a> <urn:b> <urn:c>" + " >>" * 5_000 + " }",
        deep_update(),
        "INSERT DATA { <urn:a> <urn:b> " + "(" * DEEP_PARENS + ")" * DEEP_PARENS + " }",
    ]


# Bodies that are not UTF-8 (HTTP carries them; a URL or a command line does not).
RAW_BODIES = [b"\xff\xfe", b'SELECT * WHERE { ?s ?p "\xc3\x28" }', b"x>\x80 {"]


class Listener:
    """A loopback TCP port that records every connection it accepts (peer and first bytes)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.seen: list[tuple[str, bytes]] = []
        self.stopping = False
        self.thread = threading.Thread(target=self.accept_all, daemon=True)
        self.thread.start()

    @property
    def connections(self) -> int:
        return len(self.seen)

    def accept_all(self) -> None:
        while not self.stopping:
            try:
                conn, peer = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.5)
                try:
                    first = conn.recv(200)
                except OSError:
                    first = b""
                self.seen.append((f"{peer[0]}:{peer[1]}", first))

    def close(self) -> None:
        self.stopping = True
        self.thread.join()
        self.sock.close()
