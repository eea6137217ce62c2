"""/docs and /redoc in Debian's Chromium, served by a real `kg serve`: they render the API
reference with every request on 127.0.0.1 (no CDN), and the POST /articles body shows."""

from __future__ import annotations

import os
import shutil
import time

import httpx
import pytest

from .conftest import free_port, serving

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def base(seed_store_dir, tmp_path_factory):
    store = tmp_path_factory.mktemp("docs") / "kgdata"
    shutil.copytree(seed_store_dir, store)
    port = free_port()
    env = {**os.environ, "KG_STORE": str(store)}
    with serving(["serve", "--store", str(store), "--port", str(port)], env, port) as url:
        yield url


@pytest.fixture
def page(browser, base):
    """A page whose requests are recorded; any not to the server is aborted (and recorded)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requests, page.outside, page.errors = [], [], []

    def route(r):
        page.requests.append(r.request.url)
        if r.request.url.startswith(base + "/") or r.request.url.startswith(("data:", "blob:")):
            r.continue_()
        else:
            page.outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def operations(base: str) -> int:
    paths = httpx.get(f"{base}/openapi.json").json()["paths"]
    return sum(1 for ops in paths.values() for m in ops if m in ("get", "post", "delete"))


def wait_for(page, script: str, timeout: float = 60.0):
    deadline = time.time() + timeout
    while not (value := page.evaluate(script)):
        assert time.time() < deadline, script
        time.sleep(0.2)
    return value


def test_swagger_ui_renders_offline(page, base):
    page.goto(f"{base}/docs")
    n = wait_for(page, "() => document.querySelectorAll('.opblock').length")
    assert n == operations(base)
    assert page.outside == [] and page.errors == []
    assert any(u.endswith("/docs-assets/swagger-ui-bundle.js") for u in page.requests)
    # the POST /articles body: its example shows when the operation is opened
    page.locator("#operations-articles-post_articles_articles_post .opblock-summary").click()
    body = page.locator("#operations-articles-post_articles_articles_post .body-param__example")
    body.first.wait_for(timeout=10_000)
    assert "note-2024-11-21" in body.first.inner_text()
    assert page.outside == []


def test_redoc_renders_offline(page, base):
    page.goto(f"{base}/redoc")
    wait_for(page, "() => document.body.innerText.includes('/entities/{id}/neighbourhood')")
    assert page.outside == [] and page.errors == []
