"""Extraction is a stage of its own (DESIGN.md: it never touches the network): importing it loads
none of the market stage, its data libraries or the network clients. A single article's
extraction runs in a forked process that starts with these imports, so one pulled in by a new
pass (pandas alone costs 0.3-0.45 s here) lands on the critical path of every `factcheck article.txt`."""

from __future__ import annotations

import subprocess
import sys

_OTHER_STAGES = ("pandas", "httpx", "ccxt", "torch", "transformers", "factcheck.market.store", "factcheck.market.fear_greed",
                 "factcheck.verify")


def test_importing_extraction_loads_no_other_stage() -> None:
    code = f"import sys, factcheck.nlp.extract; print(' '.join(m for m in {_OTHER_STAGES!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
