"""The one id grammar, wherever an article or entity id becomes an IRI or query text.

Every function that turns an id into an IRI (``entity_iri``, ``article_iri``) or into SPARQL
text (``entity_term``, ``article_term``) refuses what is not an id of the grammar, and what it
accepts is exactly one IRI to the engine's SPARQL parser, whatever the id.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import InputError, NotFound
from kg.namespaces import (
    GKD,
    GKR,
    ID_RE,
    article_iri,
    article_term,
    entity_iri,
    entity_term,
    is_id,
)
from kg.text import slug

HOSTILE_IDS = [
    "",
    "x>",
    "x> ; DROP ALL ; <y",
    "x> } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o",
    '" . <a> <b> "c',
    "<",
    "a b",
    "trailing\n",
    "x\u2028y",
    "../etc/passwd",
    "x#frag",
    "x?q=1",
    "x}",
    "-leading-dash",
    ".hidden",
    "kyïv",
    "a" * 201,
]


@pytest.mark.parametrize("bad", HOSTILE_IDS)
def test_every_way_from_an_id_to_an_iri_refuses_a_hostile_id(bad):
    assert not is_id(bad)
    with pytest.raises(InputError):
        entity_iri(bad)
    with pytest.raises(NotFound):  # an entity that cannot exist: 404 over HTTP
        entity_term(bad)
    with pytest.raises(InputError):
        article_iri(bad)
    with pytest.raises(InputError):
        article_term(bad)


def _values(term: str) -> list[str]:
    """What the engine reads ``term`` as inside a VALUES block: the IRIs of its rows."""
    rows = ox.Store().query(f"SELECT ?x WHERE {{ VALUES ?x {{ {term} }} }}")
    return [row["x"].value for row in rows]


@given(st.from_regex(ID_RE, fullmatch=True))
def test_an_id_of_the_grammar_is_one_iri_in_a_query(good):
    assert _values(entity_term(good)) == [str(entity_iri(good))] == [f"{GKR}{good}"]
    assert _values(article_term(good)) == [str(article_iri(good))] == [f"{GKD}{good}"]


@given(st.text(max_size=40))
def test_any_text_is_an_id_and_one_iri_or_refused(text):
    if is_id(text):
        assert _values(article_term(text)) == [f"{GKD}{text}"]
    else:
        with pytest.raises(InputError):
            article_term(text)
        with pytest.raises(NotFound):
            entity_term(text)


@given(st.text(min_size=150, max_size=600))
def test_every_slug_of_a_long_name_is_an_id(text):
    assert ID_RE.fullmatch(slug(text))
    assert entity_iri(slug(text))


def test_a_slug_is_cut_at_the_id_limit_without_a_trailing_dash():
    name = "very long name " * 20
    assert len(slug(name)) <= 200 and not slug(name).endswith("-")
    assert slug(name).startswith("very-long-name-very")


def test_entities_of_very_long_unknown_names_have_ids_of_the_grammar(extractor):
    """An id made from a long name (with or without a suffix) is still an id: at most 200
    characters, so the article's statements can be written."""
    from kg.records import Article

    name = " ".join(["Grand"] * 45) + " Accord"
    text = f"Freedonia and Sylvania signed the {name} on Monday, their envoys said."
    ex = extractor.extract(Article(id="t", text=text))
    assert any(len(e) == 200 for e in ex.entities)  # the long name was kept, cut
    for e in ex.entities:
        entity_iri(e)  # raises InputError for an id outside the grammar
