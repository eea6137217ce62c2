"""`kg build --cluster`: articles read on a real Dask cluster (a `LocalCluster` of two worker
processes, one thread each, the model loaded once in each by the worker plugin) and written
by one process, in the order read: the same quads as a local build, a failed article
reported while the rest go on, and a worker killed mid-build costing nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from kg.cluster import ClusterReaders  # noqa: E402
from kg.errors import ClusterError, ModelError  # noqa: E402
from kg.extract.lexicon import extractor_version  # noqa: E402
from kg.ingest import build  # noqa: E402
from kg.settings import ONTOLOGY_DIR, Settings  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

from .conftest import DEV, run_kg, store_quads, transfer_suppliers  # noqa: E402

pytestmark = pytest.mark.slow

MODEL = Settings().spacy_model


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for path in sorted((DEV / "articles").glob("*"))[:16]:  # 8 articles with their sidecars
        shutil.copy(path, folder)
    return folder


@pytest.fixture(scope="module")
def local_build(articles, tmp_path_factory) -> Path:
    """The articles built in this machine's one process: what a cluster build must equal."""
    store = tmp_path_factory.mktemp("local") / "kg"
    r = run_kg("build", str(articles), "--store", str(store), "--workers", "1", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["added"] == 8, r.stderr
    return store


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        memory_limit=0,  # the nanny never kills a worker for its memory on a shared machine
    ) as c:
        yield c


def test_a_build_on_the_cluster_stores_what_a_local_build_stores(
    articles, local_build, cluster, tmp_path
):
    store = tmp_path / "kg"
    r = run_kg(
        "build", str(articles), "--store", str(store), "--cluster", cluster.scheduler_address,
        "--json",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 8
    assert store_quads(store) == store_quads(local_build)
    # KG_CLUSTER does as --cluster; unchanged articles are skipped before anything is sent
    again = run_kg("build", str(articles), "--store", str(store), "--json",
                KG_CLUSTER=cluster.scheduler_address)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["unchanged"] == 8


def test_an_article_that_fails_on_a_worker_is_reported_and_the_others_are_stored(
    articles, cluster, tmp_path
):
    # the workers validate against the ontology this build was given (sent with the plugin):
    # here one whose shapes refuse the article about El Fasher, and only that one
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, ontology)
    with (ontology / "shapes.ttl").open("a") as f:
        f.write(
            "\n[] a sh:NodeShape ; sh:targetClass gk:Article ;\n"
            '  sh:property [ sh:path dcterms:title ; sh:not [ sh:pattern "Kherson" ] ] .\n'
        )
    store = tmp_path / "kg"
    r = run_kg(
        "build", str(articles), "--store", str(store), "--cluster", cluster.scheduler_address,
        "--json", KG_ONTOLOGY_DIR=str(ontology),
    )  # fmt: skip
    assert r.returncode == 1
    summary = json.loads(r.stdout)
    assert (summary["added"], summary["failed"]) == (7, 1), summary
    [error] = summary["errors"]
    assert (
        Path(error["where"]).stem
        == "dod-2022-11-14-liberation-of-kherson-significant-accomplishment"
    )
    assert "does not conform to ontology/shapes.ttl" in error["error"]
    st = OxigraphStore(store, read_only=True)
    try:
        assert len(st.article_iris()) == 7
    finally:
        st.close()


def test_on_the_cluster_the_later_of_two_ids_replaces_the_earlier(cluster, tmp_path):
    lines = [
        {"id": "twice", "text": "Norway sent howitzers to Ukraine in March."},
        {"id": "other", "text": "Poland delivered tanks to Ukraine."},
        {"id": "twice", "text": "Sweden sent air defense systems to Ukraine in May."},
    ]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines))
    r = run_kg(
        "build", str(src), "--store", str(tmp_path / "kg"), "--cluster",
        cluster.scheduler_address, "--replace", "--json",
    )  # fmt: skip
    summary = json.loads(r.stdout)
    assert (summary["added"], summary["replaced"], summary["failed"]) == (2, 1, 0), r.stderr
    assert transfer_suppliers(tmp_path / "kg", "twice") == ["sweden"]


def test_an_unreachable_scheduler_is_one_error_that_says_what_to_do():
    with pytest.raises(ClusterError) as e:
        ClusterReaders(
            "tcp://127.0.0.1:9",  # the discard port: nobody listens
            model=MODEL,
            version=extractor_version(MODEL),
            ontology_dir=ONTOLOGY_DIR,
            timeout=2,
        )
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in str(e.value)
    assert "dask scheduler" in str(e.value)


def test_workers_that_read_with_another_extractor_version_refuse(cluster):
    with pytest.raises(ModelError) as e:
        ClusterReaders(
            cluster.scheduler_address,
            model=MODEL,
            version="geokg-extractor/0.0.0+other",
            ontology_dir=ONTOLOGY_DIR,
        )
    assert f"reads with {extractor_version(MODEL)}" in str(e.value)
    assert "this build with geokg-extractor/0.0.0+other" in str(e.value)
    assert "install the same geokg and spaCy model on every worker" in str(e.value)


def test_a_worker_killed_mid_build_costs_nothing(articles, local_build, cluster, tmp_path):
    """The writer kills a worker holding batches of this build (running or finished, not yet
    fetched) as the first article is written; the scheduler reads them again on the other
    worker (and on the one its nanny starts instead), and the graph is whole."""
    watcher = distributed.Client(cluster.scheduler_address, set_as_default=False)
    killed: list[int] = []

    def kill_a_busy_worker(article_id: str, outcome: str) -> None:
        if killed:
            return
        processing, held = watcher.processing(), watcher.has_what()
        ours = [
            addr
            for addr in watcher.scheduler_info()["workers"]
            if processing[addr] or held.get(addr)  # only this build runs tasks there
        ]
        assert ours, "no batch of this build was left to lose"
        pid = watcher.run(os.getpid, workers=[ours[0]])[ours[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    readers = ClusterReaders(
        cluster.scheduler_address,
        model=MODEL,
        version=extractor_version(MODEL),
        ontology_dir=ONTOLOGY_DIR,
        batch=2,  # 4 batches: all in flight when the first article is written
    )
    store = OxigraphStore(tmp_path / "kg")
    try:
        summary = build(
            store,
            [articles],
            lambda: None,  # never called: the store is empty, so nothing is unchanged
            ontology_dir=ONTOLOGY_DIR,
            max_bytes=Settings().max_article_bytes,
            version=extractor_version(MODEL),
            on_done=kill_a_busy_worker,
            readers=readers,
        )
    finally:
        store.close()
        watcher.close()
    assert killed
    assert (summary.added, summary.failed) == (8, [])
    assert store_quads(tmp_path / "kg") == store_quads(local_build)
