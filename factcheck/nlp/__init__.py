"""The extraction stage: spaCy pipeline, our components, claims from the Doc.

thinc (under spaCy) imports torch whenever it is installed, which costs about
1.6 s and 200 MB at every start; our English pipeline never uses it. So thinc
is first imported with torch hidden, and torch stays importable for whoever
needs it later (the sentiment encoder).
"""

from __future__ import annotations

import sys

if "thinc" not in sys.modules and "torch" not in sys.modules:
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail inside thinc
    try:
        import thinc.compat  # noqa: F401
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
