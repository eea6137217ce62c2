"""What the routes share: settings, the open store, the lazily loaded extraction pipeline."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from kg.settings import Settings
from kg.store import OxigraphStore


@dataclass
class AppContext:
    settings: Settings
    store: OxigraphStore
    _pipeline: Any = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self) -> Any:
        """The extractor, loaded on first use (spaCy model load takes a few seconds)."""
        if self._pipeline is None:
            from kg.pipeline import Extractor

            self._pipeline = Extractor.shared(self.settings.spacy_model)
        return self._pipeline
