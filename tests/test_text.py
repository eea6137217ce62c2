"""One way to fold names: the gazetteer keys, the scorer, search and ids all use kg.text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.lexicon import norm
from kg.namespaces import ID_RE
from kg.text import fold, key, slug, words


def test_fold_takes_case_accents_and_undecomposed_letters_away():
    assert fold("Orbán") == "orban"
    assert fold("Łódź") == "lodz"
    assert fold("Ærøskøbing") == "aeroskobing"
    assert fold("STRASSE") == fold("Straße") == "strasse"


def test_words_keys_and_slugs():
    assert words("U.S.  Army") == "us army"
    assert words("Côte d'Ivoire") == "cote divoire"
    assert key("Al-Shabaab") == key("al Shabaab") == "alshabaab"
    assert norm("The U.S.") == norm("US") == "us"
    assert slug("Zaporizhzhia Oblast") == "zaporizhzhia-oblast"
    assert slug("Київ") == "x"


@given(st.text(max_size=60))
def test_every_slug_is_an_id(text):
    assert ID_RE.fullmatch(slug(text))


@given(st.text(max_size=60))
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)
    assert words(words(text)) == words(text)
    assert key(key(text)) == key(text)
