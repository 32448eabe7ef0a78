"""A move's aftermath told as a participle: ', causing significant market volatility',
', causing many long traders to lose money', ', causing a wave of liquidations'.

After a clause that reports a drop or a liquidation figure, such a phrase says what happened next
in the market (volatility, forced closures, traders' losses), which corpus/README.md counts among
events ("liquidations as they happened"), not a reading: no cause is offered for the move, the
move is offered as the cause of an event that data would show. The word 'causing' would otherwise
make it a cause of a move. A participle that gives a reading ('causing investors to shift
attention to other coins', 'causing havoc in global markets') is left to the other rules. The
nouns are data in models/patterns/opinions.jsonl (role aftermath).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from factcheck.nlp.components import PATTERNS, read_jsonl

_LOSING = {"lose", "suffer", "incur", "take"}  # 'causing traders to lose ...', '... to take heavy losses'
_LEADS = {"and", "thereby", "also", "further"}
_AMOUNTS = {"wave", "spate", "series", "cascade", "flurry", "string", "round", "bout", "lot", "deal"}


@lru_cache(maxsize=1)
def _aftermath() -> frozenset[str]:
    return frozenset(w for row in read_jsonl(PATTERNS / "opinions.jsonl") if row["role"] == "aftermath"
                     for w in row.get("lemmas", []))


def aftermath_only(part: Span) -> bool:
    """The clause is a 'causing ...' participle whose object is an event of the market's own
    mechanics (volatility, liquidity, liquidations, losses) or traders losing money."""
    words = [t for t in part if not (t.is_punct or t.is_space)]
    while words and words[0].lower_ in _LEADS:
        words = words[1:]
    if len(words) < 2 or words[0].lower_ != "causing" or part.start == part.sent.start:
        return False
    verb = words[0]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "ccomp", "xcomp", "attr", "oprd"}]
    for obj in objects:
        if obj.lemma_.lower() in _AMOUNTS:  # 'a wave of forced closures': what the wave is of
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), obj)
        if obj.lemma_.lower() in _aftermath():
            return True
        if obj.dep_ in {"ccomp", "xcomp"} and obj.lemma_.lower() in _LOSING:
            return True  # 'causing many long traders to lose a lot of money'
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in _LOSING for c in obj.children):
            return True
    return False
