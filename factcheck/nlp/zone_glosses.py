"""A participle that only names a gauge's zone: ', indicating extreme fear', ', suggesting a
neutral market sentiment', ', suggesting that ether is neither overbought nor oversold'.

Cut off by a comma after the clause that gives a Fear & Greed reading or an RSI value, such a
phrase is the figure's label, which corpus/README.md counts with the figure ("reads 80, 'extreme
greed'" is one sentiment_index claim) and lists among the mechanical meanings that are no opinion.
The words 'indicating' and 'sentiment' would otherwise make it a reading. A gloss that says more
than the zone (', indicating mild bearish pressure', ', which may suggest a pullback') is left to
the other rules. The participles and the words that may stand beside the zone are data in
models/patterns/opinions.jsonl (roles zone-gloss and zone-gloss-filler; the zones are zone-label).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from factcheck.nlp.components import PATTERNS, group, read_jsonl

_LEADS = {"also", "and", "thus", "thereby", "further", "clearly", "firmly"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_jsonl(PATTERNS / "opinions.jsonl"):
        if row["role"] in {"zone-gloss", "zone-gloss-filler", "zone-label", "zone-move"}:
            out.setdefault(row["role"], set()).update(row.get("lemmas", []))
    return {k: frozenset(v) for k, v in out.items()}


def labels_a_zone(part: Span) -> bool:
    """The clause is a participle after a comma whose words, past the participle, are a gauge's
    zone and nothing else of substance (articles, 'market', 'sentiment', 'conditions', the coin)."""
    if part.start == part.sent.start:
        return False  # a sentence of its own says more than a label
    words = [t for t in part if not (t.is_punct or t.is_space or t.text in "\"'“”‘’")]
    while words and words[0].lower_ in _LEADS:
        words = words[1:]
    if len(words) < 2 or words[0].tag_ != "VBG" or words[0].lemma_.lower() not in _words().get("zone-gloss", frozenset()):
        return False
    coins = {t.i for a in group(part.doc, "assets") for t in part.doc[a.start:a.end]}
    zones, filler = _words().get("zone-label", frozenset()), _words().get("zone-gloss-filler", frozenset())
    named = False
    for t in _before_source(words[1:]):
        lemma = t.lemma_.lower()
        if lemma in zones or t.lower_ in zones:
            named = True
        elif not (t.is_stop or t.i in coins or lemma in filler or t.lower_ in filler or t.pos_ == "PROPN"):
            return False
    return named


def _before_source(words: list[Token]) -> list[Token]:
    """The gloss without its source: ', pushing sentiment into the extreme fear zone according to
    Santiment data' names the zone and who reads it, nothing more."""
    cut = next((i for i, t in enumerate(words) if t.lower_ == "according" and i + 1 < len(words)
                and words[i + 1].lower_ == "to"), None)
    return words if cut is None else words[:cut]


_GAUGE_NAMES = {"index", "gauge", "indicator", "meter"}


def tells_zone_move(sentence: Span) -> bool:
    """'Meanwhile, the Crypto Fear & Greed Index slipped back into neutral after briefly touching
    "greed" earlier this week': the subject is a sentiment gauge and every other word is a zone, a
    verb of moving between zones, a time or a filler. The gauge's series tells it (a sentiment_index
    claim), so the sentence is no reading."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not any(t.lemma_.lower() in _GAUGE_NAMES for t in subject.subtree):
        return False  # 'the Fear & Greed Index' parses with 'Fear' at its head
    named = {t.i for t in subject.subtree}
    if not any(sentence.doc[i].lemma_.lower() in {"fear", "greed", "sentiment"} for i in named):
        return False
    zones, filler, moves = (_words().get(r, frozenset()) for r in ("zone-label", "zone-gloss-filler", "zone-move"))
    told = False
    for t in sentence:
        if t.i in named or t.is_punct or t.is_space or t.is_stop or t.text in "\"'“”‘’":
            continue
        lemma = t.lemma_.lower()
        if lemma in zones or t.lower_ in zones:
            told = True
        elif not (lemma in moves or t.lower_ in moves or lemma in filler or t.lower_ in filler):
            return False
    return told
