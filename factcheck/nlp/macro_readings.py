"""Outlooks on monetary policy and the economy, told in crypto copy: no reading of the market.

Market wraps quote desks on the central bank: "A hike in March now looks unlikely", "Policy
is probably turning more restrictive", "Inflation is cooling faster than the Fed expected". Such a sentence reads the economy, not the market the article checks; it
becomes a reading of the market only when it says what the policy does to it or to a move ("a softer Fed
could revive momentum", "traders await the decision"). The words of policy and the words
that name the market are data in models/patterns/opinions.jsonl (roles macro, market, who, move; says for the
verbs whose subject only names who speaks).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from factcheck.nlp.components import PATTERNS, group, read_jsonl

_STATING = {"state", "comment", "remark", "explain", "tell", "write"}  # 'desk traders stated': who speaks, not who trades
_CRYPTO = {"crypto", "cryptocurrency", "cryptocurrencies", "coin", "coins", "token", "tokens", "altcoin", "altcoins", "etf", "etfs",
           "asset", "assets", "stock", "stocks", "equities", "risk"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_jsonl(PATTERNS / "opinions.jsonl"):
        if row["role"] in {"macro", "market", "who", "says", "move"}:
            out.setdefault(row["role"], set()).update(row.get("lemmas", []))
    return {k: frozenset(v) for k, v in out.items()}


def macro_only(sentence: Span) -> bool:
    """The sentence speaks of policy or the economy and names no market, coin or participant."""
    words = _words()
    reporting = words.get("says", frozenset()) | _STATING
    speakers = {t.i for v in sentence if v.lemma_.lower() in reporting and v.pos_ == "VERB"
                for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}  # 'the desk said': who speaks
    lemmas = {w for t in sentence if t.i not in speakers for w in (t.lemma_.lower(), t.lower_)}
    if not lemmas & words.get("macro", frozenset()):
        return False
    market = words.get("market", frozenset()) | words.get("who", frozenset()) | words.get("move", frozenset()) | _CRYPTO
    if lemmas & market:
        return False
    doc = sentence.doc
    return not any(sentence.start <= a.start < sentence.end for a in group(doc, "assets"))
