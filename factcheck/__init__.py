"""factcheck: fact-checks the numeric market claims of crypto news.

    >>> from factcheck import check
    >>> report = check("article.txt")

What users import is listed here; everything else is internal. Heavy modules
(spaCy, ccxt, pandas) load only when first used, so `factcheck --help` is instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "check",
    "Article",
    "Claim",
    "CheckedClaim",
    "Evidence",
    "Report",
    "Verdict",
    "FactcheckError",
    "InputError",
    "MarketDataError",
]

if TYPE_CHECKING:
    from factcheck.errors import FactcheckError, InputError, MarketDataError
    from factcheck.model import Article, CheckedClaim, Claim, Evidence, Report, Verdict
    from factcheck.pipeline import check

_WHERE = {
    "check": "factcheck.pipeline",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "MarketDataError": "factcheck.errors",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_WHERE.get(name, "factcheck.model"))
    return getattr(module, name)
