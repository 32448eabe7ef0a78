"""Readings said of a metric in general, not of a market at a time: definitions and rules of
thumb, which corpus/README.md lists as no claims ('definitions of terms, methodology').

- a bound inside the metric's own noun phrase, owned by no coin: 'An RSI above 70 is considered
  overbought', 'RSI readings above 80 have historically marked tops', 'Funding rates above 0.05%
  have preceded every correction';
- a 'when' clause with no past in it: 'When funding turns negative, shorts pay longs', 'when the
  50-day moving average crosses above the 200-day';
- a term being defined: 'A golden cross occurs when ...', 'A death cross is when ...'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group
from factcheck.nlp.modality import in_condition

_BOUNDS = {"above", "below", "over", "under", "beyond", "exceeding"}
_GAUGE_NOUNS = {"reading", "readings", "rate", "rates", "level", "levels", "value", "values", "print", "prints"}
_OWNERS = {"poss", "compound", "nmod"}
_WHEN = {"when", "whenever"}
_DEFINING = {"occur", "happen", "form", "be", "appear", "mean", "signal"}


def generic_bound(doc: Doc, metric: Span, reading: Span) -> bool:
    """'An RSI above 70', 'funding rates above 0.05%': the bound hangs on the metric's noun (or the
    'readings' right after it), which has no owner and no article but 'a'/'an'."""
    bound = doc[reading.start - 1] if reading.start > 0 else None
    if bound is None or bound.lower_ not in _BOUNDS:
        return False
    noun = bound.head
    named = range(metric.start, metric.end)
    if not (noun.i in named or noun.lower_ in _GAUGE_NOUNS and noun.i - 1 in named):
        return False
    root = metric.root if noun.i in named else noun
    if root.dep_ == "pobj" and root.head.lower_ in {"with", "without"}:
        return False  # "With bitcoin's RSI above 70, ...": the state of the market now
    if any(c.dep_ in _OWNERS and c.i < metric.start for c in root.children) or any(
            metric.start - 3 <= a.start < metric.start for a in group(doc, "assets")):
        return False
    article = next((c for c in root.children if c.dep_ == "det"), None)
    return article is None or article.lower_ in {"a", "an", "any"}


def generic_when(doc: Doc, sentence: Span, span: Span) -> bool:
    """'When funding turns negative, shorts pay longs': the metric in a 'when' clause whose verbs are
    all present says what happens each time, not what happened."""
    when = None
    for t in reversed(doc[sentence.start : span.start]):
        if t.text in {",", ";", ":"}:
            break
        if t.lower_ in _WHEN:
            when = t
            break
    if when is None:
        return False
    end = next((t.i for t in doc[span.end : sentence.end] if t.text in {",", ";", ":"}), sentence.end)
    clause = doc[when.i : end]
    return not any(t.tag_ in {"VBD", "VBN"} for t in clause)


_NEEDING = ({"need", "needs", "needed"}, {"have", "has"})


def needed_reading(doc: Doc, sentence: Span, metric: Span, reading: Span) -> bool:
    """'The RSI would need to fall below 30 to count as oversold', 'funding has to climb above
    0.05% before ...': a level the metric must reach is a condition, not a reading of it."""
    words = doc[metric.end : min(reading.start, sentence.end)]
    return len(words) <= 8 and any(
        (t.lower_ in _NEEDING[0] or t.lower_ in _NEEDING[1] and t.lemma_.lower() == "have")
        and t.i + 1 < reading.start and doc[t.i + 1].lower_ == "to" for t in words)


def conditional_reading(reading: Span) -> bool:
    """'If the daily RSI drops below 30, buyers could return', 'if the RSI value is above 50 and the
    trend is upward, the bulls have the advantage': a reading an 'if' or 'unless' clause assumes is
    the condition of a scenario or a rule of thumb (corpus/README: no claim), not the gauge now."""
    return in_condition(reading)


def generic_gauge_sentence(doc: Doc, sentence: Span) -> bool:
    """'An RSI above 70 is considered overbought, while a reading below 30 signals oversold': a
    sentence that sets a gauge's thresholds, so the zones it names are no market's state."""
    for m in group(doc, "metrics"):
        if m.label_ != "rsi" or not sentence.start <= m.start < sentence.end:
            continue
        for q in group(doc, "quantities"):
            if m.end < q.start <= m.end + 3 and q.end <= sentence.end and generic_bound(doc, m, q):
                return True
    return False


def defined_term(doc: Doc, sentence: Span, span: Span) -> bool:
    """'A golden cross occurs when the 50-day ...': a term with 'a', then a verb of being or
    happening, then 'when' or 'if'."""
    lead = doc[max(sentence.start, span.start - 2) : span.start]
    if not any(t.lower_ in {"a", "an"} for t in lead):
        return False
    after = doc[span.end : min(sentence.end, span.end + 3)]
    return len(after) >= 2 and after[0].lemma_.lower() in _DEFINING and any(t.lower_ in _WHEN | {"if"} for t in after[1:])


# What a zone does in general, not where the gauge stands: 'extreme fear can last for weeks',
# 'extreme fear has often preceded rebounds', 'Extreme fear readings ... have tended to mark exhaustion'.
_HABITUAL_VERBS = {"last", "persist", "linger", "precede", "tend", "mark", "signal", "coincide", "accompany", "mean"}
_HABITUAL_ADVERBS = {"often", "rarely", "usually", "typically", "historically", "seldom", "sometimes", "always", "never",
                     "generally", "frequently"}
_GENERAL_MODALS = {"can", "could", "may", "might", "tends"}


def habitual_zone(doc: Doc, sentence: Span, span: Span) -> bool:
    """A sentiment zone named as the subject of a habit or a possibility ('extreme fear can last
    for weeks', 'extreme greed rarely lasts long'): a remark about the zone, no reading of the day."""
    root = span.root
    while root.dep_ in {"compound", "amod"} and root.head is not root and root.head.i < sentence.end:
        root = root.head  # 'Extreme fear readings': the noun the zone words modify
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    chain = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
    if any(v.lemma_.lower() in _HABITUAL_VERBS for v in chain):
        return True
    return any(c.lower_ in _HABITUAL_ADVERBS | _GENERAL_MODALS for c in verb.children if c.dep_ in {"advmod", "aux"})
