"""The RSI's side of its midline told as a territory: "the RSI is in the positive territory", "Solana's
RSI is in the negative zone", "the RSI for Ether has slipped into negative territory".

TA pages (Cointelegraph's daily analysis, exchange blogs) read the RSI above 50 as positive and below
it as negative, as the probes annotate it (an RSI above 50). The words name no figure and no zone of
the gauge's own (oversold, overbought), so no reading is found for them, and the MACD's territory
pattern took them when the sentence also named the MACD. 'in' stands on that side; 'into' and a verb of
moving crossed into it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.indicator_settings import RSI_PERIOD, indicator_settings
from factcheck.nlp.modality import in_condition, modality_of
from factcheck.nlp.timeref import resolve

MIDLINE = 50.0
_SIDES = {"positive": Comparator.above, "bullish": Comparator.above, "negative": Comparator.below, "bearish": Comparator.below}
_PLACES = {"territory", "zone", "region"}
_INTO = {"into"}
_GLUE = {"is", "are", "was", "remains", "remain", "stays", "stay", "has", "have", "been", "now", "still", "currently", "firmly",
         "already", "also", "slipped", "dipped", "moved", "fallen", "fell", "dropped", "climbed", "risen", "rose", "pushed",
         "back", "deep", "deeper", "deeply", "in", "into", "within", "the", "for", "of", "'s", "’s", ")", "(", "14", "daily",
         "hourly", "weekly", "-", "reading", "line"}
_MOVED = {"slipped", "dipped", "moved", "fallen", "fell", "dropped", "climbed", "risen", "rose", "pushed"}
_REACH = 8  # tokens from the RSI's name to its territory


def rsi_territory_span(doc: Doc, start: int, sentence: Span) -> tuple[Span, Comparator] | None:
    """The territory phrase the RSI named at `start` is said to be in: ('in the positive territory', above)."""
    words = doc[start : min(sentence.end, start + _REACH)]
    for t in words:
        if t.lower_ in _SIDES and t.i + 1 < sentence.end and doc[t.i + 1].lower_ in _PLACES:
            lead = next((w for w in doc[start:t.i] if w.lower_ in {"in", "into", "within"}), None)
            if lead is None or not all(w.lower_ in _GLUE or w.ent_type_ or any(a.start <= w.i < a.end for a in group(doc, "assets"))
                                       for w in doc[start:t.i]):
                return None
            moved = lead.lower_ in _INTO or any(w.lower_ in _MOVED for w in doc[start:t.i])
            side = _SIDES[t.lower_]
            if moved:
                side = Comparator.crossed_above if side is Comparator.above else Comparator.crossed_below
            return doc[lead.i : t.i + 2], side
        if t.i > start and t.lower_ not in _GLUE and not t.ent_type_ and not any(a.start <= t.i < a.end for a in group(doc, "assets")):
            return None
    return None


def with_rsi_territory(doc: Doc, article: Article, claims: list[Claim], by_sentence: dict[int, str | None],
                       dominant: str | None) -> list[Claim]:
    """The claims, with the RSI's side of 50 for each territory said of it."""
    added: list[Claim] = []
    for metric in group(doc, "metrics"):
        if metric.label_ != "rsi":
            continue
        sentence = metric.sent
        found = rsi_territory_span(doc, metric.end, sentence)
        if found is None or in_condition(found[0]):
            continue
        phrase, comparator = found
        if any(c.kind is ClaimKind.indicator and c.metric == "rsi" and c.span[0] < phrase.end_char and phrase.start_char < c.span[1]
               for c in claims):
            continue  # a reading already told there
        period, timeframe = indicator_settings(metric, "rsi", sentence)
        asset = asset_for(doc, sentence, metric, by_sentence.get(sentence.start), dominant)[0]
        modality, source = modality_of(phrase, sentence)
        span = (metric.start_char, phrase.end_char)
        added.append(Claim(
            kind=ClaimKind.indicator, asset=asset, metric="rsi", value=MIDLINE, unit=None, comparator=comparator,
            period=period or RSI_PERIOD, timeframe=timeframe or "1d", time=resolve(article, "instant", None),
            modality=modality, attributed_to=source, text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(), span=span,
        ))
    return sorted(claims + added, key=lambda c: c.span) if added else claims
