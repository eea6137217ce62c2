"""The trigger and cue matchers: frame triggers and negation cues are pattern data generated
from verbs.json, marked on the tokens by pipeline components; frames are read through one table
of frame readers."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.events import EVENT_TYPES
from kg.extract.cues import CUES
from kg.extract.lexicon import LEXICON_DIR
from kg.extract.nlp import PIECE_CHARS, parse
from kg.extract.pipeline import Extractor
from kg.extract.relations import MENTION_TRIGGERS, READERS
from kg.extract.triggers import TRIGGERS, trigger_patterns
from kg.settings import Settings

from .test_rules import facts, has


def marks(nlp, text: str) -> dict[str, tuple]:
    """The trigger labels of each marked token of ``text``, by the token's text."""
    return {t.text: t._.get(TRIGGERS) for t in nlp(text) if t._.get(TRIGGERS)}


def test_every_kind_of_trigger_has_a_reader_and_a_known_event_type(extractor):
    patterns = trigger_patterns(extractor.lex.words)
    kinds = {p["label"][0] for p in patterns} | {k for k, _ in MENTION_TRIGGERS.values()}
    assert kinds == set(READERS)
    assert {p["label"][1] for p in patterns} <= set(EVENT_TYPES)


def test_the_matchers_run_after_the_model(extractor):
    assert extractor.nlp.pipe_names[-2:] == [TRIGGERS, CUES]


def test_verbs_and_nouns_are_marked_with_their_kind_and_event_type(extractor):
    got = marks(
        extractor.nlp, "The rebels shelled the airport, and the strikes went on after the talks."
    )
    assert got["shelled"] == (("verb", "Attack"),)
    # an attack noun, and one that two sides can trade ("exchanged strikes")
    assert got["strikes"] == (("noun", "Attack"), ("mutual", "Attack"))
    assert "talks" not in got and "airport" not in got


def test_a_word_in_two_lists_gets_both_labels_in_the_table_order(extractor):
    got = marks(extractor.nlp, "Slovenia became a member of the alliance last year.")
    assert got["member"] == (("noun", "TreatyParticipation"), ("member", "TreatyParticipation"))


def test_participles_war_nouns_patient_verbs_and_package_verbs(extractor):
    nlp = extractor.nlp
    one_token = marks(nlp, "Kyiv received U.S.-supplied missiles.")
    assert one_token["U.S.-supplied"] == (("participle", "WeaponTransfer"),)
    assert marks(nlp, "Iraq fielded French-built jets.")["built"] == (  # "French", "-", "built"
        ("participle", "WeaponTransfer"),
    )
    assert marks(nlp, "They toured Chinese-occupied islands.")["occupied"] == (
        ("verb", "TerritorialCapture"),
        ("participle", "TerritorialCapture"),
    )
    assert marks(nlp, "The hostilities between the two clans lasted a decade.")["hostilities"] == (
        ("war", "Attack"),
    )
    assert marks(nlp, "The old fortress fell to the rebels at dawn.")["fell"] == (
        ("patient", "TerritorialCapture"),
    )
    assert marks(nlp, "The village came under heavy fire overnight.")["came"] == (
        ("patient", "TerritorialCapture"),
        ("patient", "Attack"),
    )
    assert ("package", "WeaponTransfer") in marks(nlp, "The deal includes spare parts.")["includes"]


def test_a_noun_use_of_a_trigger_verb_is_not_a_verb_trigger(extractor):
    got = marks(extractor.nlp, "Officials gave no date for the loan.")
    assert ("verb", "WeaponTransfer") in got["gave"]
    assert "loan" not in got  # "loan" is a transfer verb, not a transfer noun


def test_marks_survive_a_text_parsed_in_pieces(extractor):
    para = "The navy intercepted a drone over the bay on Sunday. " * 20
    text = "\n\n".join([para] * (PIECE_CHARS // len(para) + 2))
    doc = parse(extractor.nlp, text)
    assert len(text) > PIECE_CHARS and doc.text == text
    hit = [t.i for t in doc if t._.get(TRIGGERS) == (("verb", "Interception"),)]
    assert len(hit) == text.count("intercepted")
    assert all(doc[i].text == "intercepted" for i in hit)


def test_negation_words_and_negating_verbs_are_cues(extractor):
    doc = extractor.nlp("Georgia did not join the pact, and Chad never refused to sign it.")
    cues = {t.text: t._.get(CUES) for t in doc if t._.get(CUES)}
    assert cues == {"not": ("negation",), "never": ("negation",), "refused": ("negating",)}


def test_cues_decide_the_negation_of_a_statement(extractor):
    has(
        facts(extractor, "Serbia did not join NATO."),
        ("TreatyParticipation", "Serbia", "North Atlantic Treaty", ..., True),
    )
    has(
        facts(extractor, "Serbia refused to join NATO."),
        ("TreatyParticipation", "Serbia", "North Atlantic Treaty", ..., True),
    )


@pytest.fixture(scope="module")
def extended_extractor(tmp_path_factory):
    """An extractor whose lexicon has one more attack verb, 'torch', and one more negating
    verb, 'avoid', and nothing else new."""
    d = tmp_path_factory.mktemp("lexicons")
    shutil.copytree(LEXICON_DIR, d, dirs_exist_ok=True)
    words = json.loads((d / "verbs.json").read_text())
    assert "torch" not in words["events"]["Attack"]["verbs"]
    assert "avoid" not in words["negation"]["verbs"]
    words["events"]["Attack"]["verbs"].append("torch")
    words["negation"]["verbs"].append("avoid")
    (d / "verbs.json").write_text(json.dumps(words))
    return Extractor.load(Settings().spacy_model, lexicon_dir=str(d))


def test_a_trigger_added_to_the_data_starts_frames_without_code(extractor, extended_extractor):
    text = "Russian troops torched Bakhmut in May."
    assert not any(f[0] == "Attack" for f in facts(extractor, text))
    has(facts(extended_extractor, text), ("Attack", "Russia", "Bakhmut", ..., False, "asserted"))
    assert marks(extended_extractor.nlp, text)["torched"] == (("verb", "Attack"),)


def test_a_negating_verb_added_to_the_data_negates_without_code(extractor, extended_extractor):
    text = "Turkey avoided joining the European Union."
    has(facts(extractor, text), ("TreatyParticipation", "Turkey", ..., ..., False))
    has(facts(extended_extractor, text), ("TreatyParticipation", "Turkey", ..., ..., True))
