"""The RSI said to be out of an extreme zone: "the weekly RSI is still not oversold", "the daily RSI
has not yet entered the oversold zone", "ether's RSI isn't overbought", "the RSI is neither
overbought nor oversold". With no reading beside it, the words place the gauge between its extremes: its neutral
zone, as the probes annotate it. A reading written with them ("RSI 38, not oversold") is the
reading's claim and is left to it."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.indicator_settings import RSI_PERIOD, indicator_settings
from factcheck.nlp.modality import in_condition, modality_of
from factcheck.nlp.timeref import resolve

_NEGATIONS = {"not", "n't", "never", "neither"}
_ZONES = {"oversold", "overbought"}
_GLUE = {"is", "are", "was", "remains", "has", "have", "been", "does", "do", "yet", "still", "currently", "reached", "entered",
         "hit", "in", "into", "the", "an", "a", "of", "for", "on", "daily", "weekly", "hourly", "chart", "'s", "’s", "(", ")",
         "14", "14-day", "-", "reading", "level", "nor", "quite", "yet", "even", "so", "far"}
_REACH = 10  # tokens from the RSI's name to the zone


def with_rsi_zone_denied(doc: Doc, article: Article, claims: list[Claim], by_sentence: dict[int, str | None],
                         dominant: str | None) -> list[Claim]:
    """The claims, with an RSI said to be in neither extreme read as in its neutral zone."""
    added: list[Claim] = []
    denied: set[int] = set()
    for metric in group(doc, "metrics"):
        if metric.label_ != "rsi":
            continue
        sentence = metric.sent
        words = doc[metric.end : min(sentence.end, metric.end + _REACH)]
        negation = next((t for t in words if t.lower_ in _NEGATIONS), None)
        zone = next((t for t in words if t.lower_ in _ZONES and negation is not None and t.i > negation.i), None)
        if zone is None or in_condition(doc[negation.i : zone.i + 1]):
            continue
        assets = {i for a in group(doc, "assets") for i in range(a.start, a.end)}
        if not all(t.lower_ in _GLUE or t.i in assets or t.i == negation.i for t in doc[metric.end : zone.i]):
            continue  # 'the RSI fell but not into oversold': another clause
        if any(q.start >= metric.end and q.start < zone.i for q in group(doc, "quantities")):
            continue  # a reading between: its own claim
        span = (metric.start_char, zone.idx + len(zone.text))
        told = [c for c in claims if c.kind is ClaimKind.indicator and c.metric == "rsi" and c.span[0] < span[1] and span[0] < c.span[1]]
        if any(c.zone not in _ZONES for c in told):
            continue
        # 'has not yet entered the oversold zone': the entry the words deny is no claim
        denied.update(id(c) for c in told)
        period, timeframe = indicator_settings(metric, "rsi", sentence)
        asset = asset_for(doc, sentence, metric, by_sentence.get(sentence.start), dominant)[0]
        modality, source = modality_of(metric, sentence)
        added.append(Claim(
            kind=ClaimKind.indicator, asset=asset, metric="rsi", value=None, unit=None, comparator=Comparator.at, zone="neutral",
            period=period or RSI_PERIOD, timeframe=timeframe or "1d", time=resolve(article, "instant", None),
            modality=modality, attributed_to=source, text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(), span=span,
        ))
    if not added:
        return claims
    return sorted([c for c in claims if id(c) not in denied] + added, key=lambda c: c.span)
