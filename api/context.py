"""What the routes share: settings, the open store, the lazily loaded extraction pipeline."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from kg.settings import Settings
from kg.store import Store


@dataclass
class AppContext:
    settings: Settings
    store: Store
    _pipeline: Any = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)  # store writes
    # one extraction at a time: a spaCy pipeline is not made to be shared between threads
    extract_lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)  # set on shutdown

    def pipeline(self) -> Any:
        """The extractor, loaded on first use (spaCy model load takes a few seconds)."""
        with self.extract_lock:
            if self._pipeline is None:
                from kg.extract.pipeline import Extractor

                self._pipeline = Extractor.shared(self.settings.spacy_model)
        return self._pipeline
