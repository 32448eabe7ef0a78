"""Percent moves named as what a forecaster expects ("the model predicts a 3% drop",
"Cardano could rally 20% from here").

A move written as a noun after a verb of prediction is a forecast of that move, and so is a
move whose verb the sentence puts ahead (a modal, a verb of expectation): it is scored once
its horizon has passed, not checked as a change that happened. When
the same sentence also gives the price the forecaster expects ("predicted a 5% decline,
placing BTC at $102,500"), the percent is only that target's distance from today's
price, not a claim of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import group
from factcheck.nlp.timeref import FORECAST_WINDOWS, resolve

_PREDICTING = {"expect", "forecast", "predict", "project", "anticipate", "estimate", "see", "call"}
_SEEING = {"see", "call"}  # predicting only in the present: 'saw a drop' is a past event
_IMPLYING = {"represent", "imply", "mark"}  # "..., representing a 2.6% decrease"
_ARTICLES = {"a", "an"}
NOMINAL_REACH = 5  # "a 3.04% and 2.93% drop": the article may stand before a coordinated number
_ROOM = {"upside", "downside"}  # "20% upside": room to move, never a move made
# a call, or another series, in the sentence: 'turnover came to $61 billion, which marks a 9% drop'
# is the series' move, not the price's
_CALLS_OR_SERIES = {ClaimKind.forecast, ClaimKind.volume, ClaimKind.market_cap, ClaimKind.open_interest, ClaimKind.liquidations,
                    ClaimKind.funding_rate}


def predicting(token: Token) -> bool:
    """A verb of predicting ('forecasting', 'expects', 'sees'); 'saw' and 'seen' report."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and lemma in _PREDICTING and not (lemma in _SEEING and token.tag_ in {"VBD", "VBN"})


_DEADLINES = FORECAST_WINDOWS


def _deadline(doc: Doc, sentence: Span | None, figure: Span | None) -> Span | None:
    """The horizon written after the predicted move: 'could rally 20% by Friday', 'a 10% drop
    within weeks'; none, and the default horizon applies."""
    if sentence is None or figure is None:
        return None
    return next((w for w in group(doc, "windows") if w.label_ in _DEADLINES and figure.start < w.start
                 and w.end <= sentence.end), None)


def forecast_moves(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with predicted moves turned into forecasts and implied ones dropped."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is not ClaimKind.price_change or claim.unit != "%":
            out.append(claim)
            continue
        span = doc.char_span(*claim.span, alignment_mode="expand")
        sentence = span.sent if span is not None else None
        lead = [t for t in doc[sentence.start : span.start]] if sentence is not None else []
        nominal = any(t.lower_ in _ARTICLES for t in lead[-NOMINAL_REACH:])
        # 'analysts see a 5% drop' predicts; 'Solana saw a 4% decrease' reports
        verbs = {t.lemma_.lower() for t in lead[-4:] if t.pos_ == "VERB" and not (t.lemma_.lower() in _SEEING and t.tag_ in {"VBD", "VBN"})}
        room = any(t.lower_ in _ROOM for t in span) if span is not None else False
        predicted = bool(verbs & _PREDICTING) or claim.modality is Modality.forecast or room
        implied = bool(verbs & _IMPLYING) and not room
        nominal = nominal or room
        ahead = claim.modality in {Modality.forecast, Modality.conditional}  # 'could rally 20%', 'may slide 10% if ...'
        if not (nominal and (predicted or implied) or ahead):
            out.append(claim)
            continue
        if implied and not predicted and not any(o.kind in _CALLS_OR_SERIES and o.sentence == claim.sentence for o in claims):
            out.append(claim)  # 'last at $0.52, marking a 3.3% gain on the day': a move told, no call in sight
            continue
        target = any(o.kind is ClaimKind.forecast and o.unit != "%" and o.value is not None and o.sentence == claim.sentence for o in claims)
        if target or implied:
            continue  # the target's distance from today's price
        out.append(claim.model_copy(update={
            "kind": ClaimKind.forecast, "comparator": Comparator.at,
            "modality": Modality.conditional if claim.modality is Modality.conditional else Modality.forecast,
            "time": resolve(article, "horizon", _deadline(doc, sentence, span)),
        }))
    return out
