"""What our faster stand-ins for spaCy's Matcher (TokenRules, AnchoredMatcher) share: everything
they do not do themselves is the wrapped `self.matcher`'s, so callers keep the Matcher's API."""

from __future__ import annotations

from typing import Any


class MatcherWrapper:
    """Delegates to `self.matcher` whatever the subclass does not define."""

    matcher: Any

    def __getattr__(self, name: str) -> Any:
        if name == "matcher":  # not set yet: no delegation to itself
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: object) -> bool:
        return key in self.matcher
