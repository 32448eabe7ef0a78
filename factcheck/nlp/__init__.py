"""The extraction stage: spaCy pipeline, our components, claims from the Doc.

Importing spaCy pulls in two things our English pipeline never uses, and both
sit on the start-up of every `factcheck` run:

- thinc imports torch whenever it is installed (about 1.6 s and 200 MB);
- `spacy/__init__` imports `spacy.cli` (its command line: typer, weasel, the
  download and project commands; about 0.2 s) for one name, `spacy.info`.

So spaCy is first imported with both hidden, and afterwards both are
importable as usual: torch for the sentiment encoder, `spacy.cli` for whoever
asks for it.
"""

from __future__ import annotations

import sys
import types


def _info(*args: object, **kwargs: object) -> object:
    """spacy.info as spaCy has it, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


if "spacy" not in sys.modules:
    _cli, _cli_info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    _cli_info.info = _info  # type: ignore[attr-defined]
    _cli.info = _cli_info  # type: ignore[attr-defined]
    _hidden = {"spacy.cli": _cli, "spacy.cli.info": _cli_info}
    if "torch" not in sys.modules and "thinc" not in sys.modules:
        _hidden["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail inside thinc
    sys.modules.update(_hidden)
    try:
        import spacy
    finally:
        for _name, _module in _hidden.items():
            if sys.modules.get(_name, 0) is _module:
                del sys.modules[_name]
