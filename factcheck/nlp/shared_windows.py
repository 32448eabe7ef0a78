"""A window named once after a list of coins' moves is every member's: 'Bitcoin fell 4.2%, ether
6.1% and solana 9% over the past week', 'BTC (-4.2%) and ETH (-6.1%) led losses this week'.

The window follows the last member, so the figures before it, each cut off from it by the next
figure, were read over the 24 hours assumed when no window is named. A member that names a window
of its own keeps it ('down 2% in 24 hours and 8% over the week'), and a member told with a verb of
its own ('bitcoin rose 2%, while ether fell 3% this week') is another clause, not the list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Modality, TimeRef
from factcheck.nlp.components import claim_sentence, group, text_of, within
from factcheck.nlp.timeref import DEFAULT_CHANGE_WINDOW, VERB_WINDOWS, resolve

_LIST_GLUE = {",", "and", "&", "(", ")"}
_LEADS = {")", "over", "in", "on", "during", "for", "across", "the", "past", "last", "respectively"}


def _tokens(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    """The words wholly inside a stretch of characters."""
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    return [t for t in span if not t.is_space] if span is not None else []


def _listed(doc: Doc, earlier: Claim, later: Claim, coins: set[int]) -> bool:
    """Only list glue and coin names between the two, and no verb of the later member's own."""
    between = _tokens(doc, earlier.span[1], later.span[0])
    if not all(t.text in _LIST_GLUE or t.i in coins for t in between):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in _tokens(doc, *later.span))


def _window_after(doc: Doc, claim: Claim, sentence: Span) -> Span | None:
    """A window that starts right after the claim's figure, with only a bracket or lead words between."""
    after = [t for t in doc[sentence.start : sentence.end] if t.idx >= claim.span[1]]
    windows = {w.start: w for w in within(doc, "windows", sentence) if w.label_ not in VERB_WINDOWS}
    for token in after[:4]:
        if token.i in windows:
            return windows[token.i]
        if token.lower_ not in _LEADS:
            return None
    return None


def _told_after(doc: Doc, claim: Claim, sentence: Span) -> bool:
    """The claim's own window is written after the start of its words, in its sentence."""
    return claim.time.text is not None and text_of(doc).find(claim.time.text, claim.span[0], sentence.end_char) >= 0


def _runs(doc: Doc, moves: list[Claim]) -> list[list[Claim]]:
    coins = {i for a in group(doc, "assets") for i in range(a.start, a.end)}
    runs: list[list[Claim]] = []
    for move in moves:
        if runs and runs[-1][-1].sentence == move.sentence and _listed(doc, runs[-1][-1], move, coins):
            runs[-1].append(move)
        else:
            runs.append([move])
    # one coin's figures in a row are its moves over periods listed after them ('0.8% and 3.5% over
    # the last 24 hours and 7 days'), each paired with its own (period_lists)
    return [r for r in runs if len(r) >= 2 and len({c.asset for c in r}) == len(r)]


def with_shared_windows(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, the list members without a window of their own given the one named after the list."""
    moves = sorted((c for c in claims if c.kind is ClaimKind.price_change and c.unit == "%" and c.modality is not Modality.forecast
                    and c.value is not None), key=lambda c: c.span)
    timed: dict[int, TimeRef] = {}
    for run in _runs(doc, moves):
        last = run[-1]
        sentence = claim_sentence(doc, last)
        if sentence is None:
            continue
        window = _window_after(doc, last, sentence)
        if window is not None:
            time = resolve(article, "recent", window, default=DEFAULT_CHANGE_WINDOW, sentence=sentence)
        elif _told_after(doc, last, sentence):
            time = last.time  # 'and solana (-9%) led losses over the past week': the last member's own window
        else:
            continue
        for member in run:
            if member.time.text is None:
                timed[id(member)] = time
    if not timed:
        return claims
    return [c.model_copy(update={"time": timed[id(c)]}) if id(c) in timed else c for c in claims]
