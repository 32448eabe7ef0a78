"""Which coin a figure is about: the one named in its sentence, else the one 'it' refers
to, else the article's. Price, metric, state and chart-line claims all name their asset
this way, so it stands apart from the price binding.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group, text_of, within

PRONOUNS = {"it", "its", "token", "coin", "asset", "price", "cryptocurrency", "crypto", "currency"}


def asset_for(doc: Doc, sentence: Span, anchor: Span, carried: str | None, dominant: str | None) -> tuple[str | None, Span | None]:
    """The asset a claim is about: named in its sentence, else the one 'it' refers to, else the article's."""
    before = [a for a in group(doc, "assets") if sentence.start <= a.start < anchor.end and a.end <= anchor.end]
    outside = [a for a in before if not _in_relative_aside(doc, sentence, a, anchor)]
    before = outside or before
    before = [a for a in before if not compared_with(a)] or before  # "Ether mirrored bitcoin's bounce and rose 4%"
    if before:
        return before[-1].label_, before[-1]
    if any(t.lower_ in PRONOUNS for t in doc[sentence.start : anchor.start]):
        return carried, None  # "It fell below...", "The token dropped to..."
    after = [a for a in group(doc, "assets") if anchor.end <= a.start and a.end <= sentence.end and not compared_with(a)]
    if after:
        return after[0].label_, None
    return _paragraph_coin(doc, sentence) or dominant or carried, None


def _paragraph_coin(doc: Doc, sentence: Span) -> str | None:
    """'Dogecoin (new paragraph) Dogecoin slid 2.9% to $0.12. Trading volume came to $1.4
    billion.': in a paragraph that has named one coin only, a figure of no named coin
    is that coin's, not the article's main coin."""
    text = text_of(doc)
    start = text.rfind("\n", 0, sentence.start_char)
    if start < 0:
        return None  # no paragraphs: the article's coin
    named = {a.label_ for a in group(doc, "assets") if start <= a.start_char < sentence.start_char}
    return named.pop() if len(named) == 1 else None


_RELATIVES = {"which", "who", "that", "whose"}


def _in_relative_aside(doc: Doc, sentence: Span, asset: Span, anchor: Span) -> bool:
    """'Ether, which has lagged bitcoin since the ETFs launched, was little changed near
    $4,000': a coin named inside a relative clause is not the subject."""
    opened = next((t.i for t in reversed(doc[sentence.start : asset.start]) if t.text == ","), None)
    if opened is None or opened + 1 >= asset.start or doc[opened + 1].lower_ not in _RELATIVES:
        return False
    return any(t.text == "," for t in doc[asset.end : anchor.start])


def _dominant_asset(doc: Doc) -> str | None:
    """The coin named most. A ticker written as the unit of a figure ('0.0711 BTC', an ETH/BTC
    level) counts a quantity of coins, not a mention of the coin the article is about."""
    counts = Counter(span.label_ for span in group(doc, "assets") if not _as_unit(doc, span))
    return counts.most_common(1)[0][0] if counts else None


def _as_unit(doc: Doc, span: Span) -> bool:
    return span.start > 0 and doc[span.start - 1].like_num and span.label_ in {"BTC", "ETH"} and doc[span.start].text.isupper()


def asset_context(doc: Doc) -> tuple[dict[int, str | None], str | None]:
    """For each sentence (by start token), the asset last named before it; and the article's main asset."""
    dominant = _dominant_asset(doc)
    carried: str | None = dominant
    by_sentence: dict[int, str | None] = {}
    for sentence in doc.sents:
        by_sentence[sentence.start] = carried
        mentioned = [a for a in within(doc, "assets", sentence) if not compared_with(a)]
        if mentioned:
            carried = (_subject_asset(sentence, mentioned) or mentioned[-1]).label_
    return by_sentence, dominant


# Words that bring in a coin only to compare the figure's coin with it: 'a strong increase above
# the $22 resistance, similar to bitcoin and ethereum', 'the rally mirrors optimism seen in BTC
# and ETH', 'outperforming bitcoin'. The figure is not that coin's, and a later 'the price' is not it.
_COMPARISONS = {"similar", "unlike", "mirror", "outperform", "underperform", "than", "alongside", "echo", "track"}


def compared_with(asset: Span) -> bool:
    """Whether the coin is named only as a comparison: inside the object of one of _COMPARISONS,
    not as the subject of the clause ('Ether mirrors bitcoin' is about ether)."""
    token = asset.root
    while token.head.i != token.i:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return False
        token = token.head
        if token.lemma_.lower() in _COMPARISONS or token.lower_ in _COMPARISONS:
            return True
    return False


def _subject_asset(sentence: Span, mentioned: list[Span]) -> Span | None:
    """'Ether has lagged bitcoin this month. Analysts expect it to reach $5,500': 'it' takes up
    the coin the sentence before was about, its subject, not the last coin it named."""
    subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"]
    for subject in subjects:
        inside = [a for a in mentioned if subject.left_edge.i <= a.start and a.end <= subject.right_edge.i + 1]
        if inside:
            return inside[0]
    return None
