"""An encoder that keeps the vectors of the sentences it has read.

Extraction's opinion classifier and the article's stance read the same sentences
through the same shipped encoder: remembered, each sentence is encoded once per
process. The memory is bounded (oldest forgotten first), so a batch worker that
reads thousands of articles holds a few MB of vectors, not all of them.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np


# Sentences kept: a few hundred articles' worth, 12 MB of float32 vectors. Benchmarks that cycle
# the same articles set it low, so that every copy is encoded as a new article would be.
def _limit(default: int = 8192) -> int:
    written = os.environ.get("FACTCHECK_REMEMBERED_SENTENCES", "").strip()
    return max(0, int(written)) if written.isdigit() else default


LIMIT = _limit()


@dataclass(eq=False)
class RememberingEncoder:
    """`.embed` as the wrapped encoder's, encoding only sentences not seen before."""

    encoder: Any  # anything with .embed(sentences) -> (n, dimensions) and .dimensions
    limit: int = LIMIT
    seen: OrderedDict[str, np.ndarray] = field(default_factory=OrderedDict)

    @property
    def dimensions(self) -> int:
        return int(self.encoder.dimensions)

    def embed(self, sentences: Sequence[str], **options: Any) -> np.ndarray:
        new = list(dict.fromkeys(s for s in sentences if s not in self.seen))
        fresh = dict(zip(new, self.encoder.embed(new, **options))) if new else {}
        out = np.zeros((len(sentences), self.dimensions), dtype=np.float32)
        for i, sentence in enumerate(sentences):
            out[i] = fresh[sentence] if sentence in fresh else self.seen[sentence]
        self.remember({s: out[i] for i, s in enumerate(sentences)})
        return out

    def remember(self, vectors: Mapping[str, np.ndarray]) -> None:
        """Keep vectors computed elsewhere (a forked extraction's) as if encoded here."""
        for sentence, vector in vectors.items():
            self.seen[sentence] = np.asarray(vector, dtype=np.float32)
            self.seen.move_to_end(sentence)
        while len(self.seen) > self.limit:
            self.seen.popitem(last=False)

    def recall(self, sentences: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors already held for `sentences` (to hand to another process)."""
        return {s: self.seen[s] for s in sentences if s in self.seen}
