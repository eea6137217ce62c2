"""The gazetteers are data: their invariants are checked like code."""

from __future__ import annotations

import subprocess
import sys

from kg.lexicon import LEXICON_DIR, load_lexicon


def test_gazetteer_invariants_hold():
    r = subprocess.run(
        [sys.executable, str(LEXICON_DIR / "_check.py")], capture_output=True, text=True
    )
    assert r.returncode == 0 and "OK" in r.stdout, r.stdout + r.stderr


def test_gazetteers_cover_the_brief():
    lex = load_lexicon()
    for name in (
        "U.S.",
        "U.K.",
        "DPRK",
        "PRC",
        "UAE",
        "Sumy Oblast",
        "the Sumy region",
        "Crimea",
        "Donbas",
        "Gaza Strip",
        "West Bank",
        "Red Sea",
        "ATACMS",
        "HIMARS",
        "Patriot",
        "NASAMS",
        "IRIS-T",
        "Storm Shadow",
        "Shahed-136",
        "Iskander",
        "Kinzhal",
        "F-16",
        "cluster munitions",
        "anti-personnel mines",
        "Ottawa Treaty",
        "New START",
        "INF Treaty",
        "CTBT",
        "Arms Trade Treaty",
        "Budapest Memorandum",
        "Pentagon",
        "Kremlin",
        "NATO",
        "IAEA",
        "Hamas",
        "Hezbollah",
        "Houthis",
        "Wagner Group",
        "RSF",
    ):
        assert lex.lookup(name), name
    assert lex.demonyms["ukrainian"] == "ukraine"
    mine = lex.entities["anti-personnel-mine"]
    assert mine.broader and "mine" in mine.broader
