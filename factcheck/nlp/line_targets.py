"""'The pair could then descend to the 20-day EMA', 'a break lower could accelerate the decline
toward the 200-day SMA', 'we will test the 100 SMA level (currently at $31k)': a moving average
named as where an expected move ends is the call's target (corpus/README: a target, with or without
a number, is a `forecast`). Its level, when the sentence writes one, is the target's value; the
line's own reading stays a claim of its own. A move told as done ('fell to the 200-day SMA') is a
reading of the line, not a call.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import group, load_states, text_of
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.modality import (
    forecast_condition,
    hypothetical,
    in_condition,
    in_scenario,
    modality_of,
    sentence_expects,
)
from factcheck.nlp.timeref import resolve

_EXPECTED = {Modality.forecast, Modality.conditional}
# the word that makes the line where a move ends: 'toward the 200-day', 'descend to', 'retest the 50-day EMA'
_DESTINATION = {"toward", "towards", "to", "test", "retest", "re-test", "revisit", "tag"}
_LINKING = {"above", "below", "at", "near", "around", "of", "(", ",", "the", "$", "~", "roughly", "about"}
_BETWEEN = {"the", "its", "their", "a", "key", "major", "daily", "weekly", "rising", "falling", "dynamic", "nearby", "nearest"}


def _destination(doc: Doc, line: Span) -> int | None:
    """Where 'toward' (or 'to', 'retest') stands before the line, with only articles and adjectives between."""
    i = line.start - 1
    while i >= line.sent.start and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i < line.sent.start or doc[i].lower_ not in _DESTINATION:
        return None
    if doc[i].lower_ == "to" and doc[i].dep_ == "aux":
        return None
    return i


def _inverted_condition(line: Span) -> bool:
    """'Should ether slide toward its 200-day EMA, a bounce is likely': the condition told by
    inversion, up to its comma."""
    sentence = line.sent
    if sentence[0].lower_ not in {"should", "were", "had"}:
        return False
    return not any(t.text == "," for t in line.doc[sentence.start : line.start])


def _figure_follows(doc: Doc, line: Span, call: Claim) -> bool:
    """'towards the 50-week EMA above $2,700': the call's own figure right after the line, with only
    linking words between; that call is the target told with its level."""
    if call.span[0] < line.end_char:
        return False
    words = doc.char_span(line.end_char, call.span[0], alignment_mode="expand")
    if words is None:
        return False
    outside, depth = [], 0
    for t in words:  # 'the 50-week EMA (the red wave) above $2,700': an aside in brackets is no word between
        depth += t.text == "("
        if depth == 0:
            outside.append(t)
        depth -= t.text == ")" and depth > 0
    return len(outside) <= 4 and all(t.lower_ in _LINKING for t in outside)


def with_line_targets(doc: Doc, article: Article, claims: list[Claim], carried_by_sentence, dominant) -> list[Claim]:
    """The claims, with a forecast for each moving average an expected move is said to reach."""
    rows = load_states()
    added: list[Claim] = []
    for line in group(doc, "states"):
        row = rows.get(line.label_, {})
        if row.get("reads") != "line" or row.get("metric") not in {"sma", "ema"} or row.get("short") or row.get("conjunct"):
            continue
        at = _destination(doc, line)
        if at is None:
            continue
        sentence = line.sent
        if in_condition(line) or in_scenario(line) or _inverted_condition(line):
            continue  # 'if bitcoin drops to the 50-day SMA, buyers could ...': the move a scenario assumes, not its outcome
        modality, source = modality_of(line, sentence)
        if modality not in _EXPECTED:
            if not sentence_expects(sentence, line) or hypothetical(line):
                continue
            modality = Modality.conditional if forecast_condition(line) else Modality.forecast
        start, end = doc[at].idx, line.end_char
        level = next((c for c in claims if c.kind is ClaimKind.indicator and c.value is not None and c.unit == "USD"
                      and c.span[0] <= line.start_char < c.span[1]), None)
        value = level.value if level is not None else None
        if any(c.kind is ClaimKind.forecast and c.sentence == sentence.text.strip()
               and (c.value == value or c.span[0] < end and start < c.span[1] or c.value is not None and _figure_follows(doc, line, c))
               for c in claims + added):
            continue  # the call already read, at its figure or on these words
        asset = level.asset if level is not None else asset_for(doc, sentence, line, carried_by_sentence.get(sentence.start), dominant)[0]
        added.append(Claim(
            kind=ClaimKind.forecast, asset=asset, metric="price", value=value, unit="USD" if value is not None else None,
            decimals=level.decimals if level is not None else 0, magnitude=level.magnitude if level is not None else 1.0,
            comparator=Comparator.at, time=resolve(article, "horizon", None), modality=modality, attributed_to=source,
            text=text_of(doc)[start:end], sentence=sentence.text.strip(), span=(start, end),
        ))
    return sorted(claims + added, key=lambda c: c.span) if added else claims
