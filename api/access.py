"""The access log of `kg serve`: one line per request on stdout, written in batches.

A line per request through ``logging`` (uvicorn's access log) costs the serving process ~45 µs
a request, a fifth of what it spends on a small query (docs/benchmarks.md); this log formats
its line with one f-string and writes the lines gathered at most every half second, or when
64 are waiting, or when the app shuts down. Format::

    2026-12-05T04:30:01Z 127.0.0.1:50412 "GET /sparql?query=... HTTP/1.1" 200 1.8ms
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FLUSH_SECONDS = 0.5
FLUSH_LINES = 64


class AccessLog:
    """ASGI middleware: the access log of every HTTP request (``stream``: default stdout)."""

    def __init__(self, app: ASGIApp, stream: TextIO | None = None) -> None:
        self.app = app
        self.stream = stream
        self.lines: list[str] = []
        self._second = -1
        self._stamp = ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":

            async def stopping(message: Message) -> None:
                if message["type"].startswith("lifespan.shutdown"):
                    self.flush()  # the last lines, before the server exits
                await send(message)

            await self.app(scope, receive, stopping)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # what the server answers when the app ends without a response

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        start = time.perf_counter()
        try:
            await self.app(scope, receive, sending)
        finally:
            self._add(scope, status, time.perf_counter() - start)

    def _add(self, scope: Scope, status: int, seconds: float) -> None:
        now = int(time.time())
        if now != self._second:  # the time stamp changes once a second
            self._second = now
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
        client = scope.get("client")
        who = f"{client[0]}:{client[1]}" if client else "-"
        target = scope.get("raw_path") or scope["path"].encode()
        if scope.get("query_string"):
            target += b"?" + scope["query_string"]
        # a request line holds no spaces or line breaks; bytes outside ASCII are escaped
        line = target.decode("ascii", "backslashreplace")
        self.lines.append(
            f'{self._stamp} {who} "{scope["method"]} {line} HTTP/{scope["http_version"]}" '
            f"{status} {seconds * 1000:.1f}ms\n"
        )
        if len(self.lines) == 1:
            asyncio.get_running_loop().call_later(FLUSH_SECONDS, self.flush)
        elif len(self.lines) >= FLUSH_LINES:
            self.flush()

    def flush(self) -> None:
        """Write the lines waiting (also at shutdown)."""
        if self.lines:
            lines, self.lines = self.lines, []
            out = self.stream or sys.stdout
            out.write("".join(lines))
            out.flush()
