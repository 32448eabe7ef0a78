"""Figures and coins listed after a bound one: 'support at $2,400, $2,300 and $2,150',
'down 2.2% in 24 hours and 1.2% on the week', 'ether and solana fell 5%'. A list shares
the cue its first member was bound to, so each member is a claim of the same kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import group, text_of
from factcheck.nlp.modality import sentence_expects
from factcheck.nlp.price_cues import Binding

_ROLE_LIST_GLUE = {",", "and", "then", "at", "the", "its", "to", "or", "further", "below", "above", "next"}


def role_continued(previous: Binding | None, bound: Binding | None) -> Binding | None:
    """'Support is at $90,000 and then at the Monday low of $83,800': a low or a high listed
    after a support or a resistance is another level of that role, as 'Support is Monday's
    low near $74,500' is."""
    if previous is None or bound is None or bound.cue is None or previous.row["kind"] not in {"support", "resistance"}:
        return None
    if bound.row["kind"] not in {"intraday_low", "intraday_high", "intraday_extreme"} or bound.cue.start < previous.quantity.end:
        return None
    glue = bound.quantity.doc[previous.quantity.end : bound.cue.start]
    if not 0 < len(glue) <= 4 or not all(t.lower_ in _ROLE_LIST_GLUE for t in glue):
        return None
    return Binding(bound.quantity, bound.cue, previous.row)


_COIN_GLUE = {",", "and", "&"}
_POSSESSIVE = {"'s", "’s"}


def listed_coins(doc: Doc, asset: Span | None, claim: Claim) -> list[Claim]:
    """'ether and solana fell 5%', 'with XRP, Cardano's ADA and Solana's SOL rising 3-6%':
    coins listed before the one a percent move is bound to share that move. A ticker in brackets
    after a name ('Solana (SOL) and XRP fell 4%') is that coin named again, not a break in the list."""
    if asset is None or claim.kind is not ClaimKind.price_change or claim.unit != "%":
        return []
    coins = [a for a in group(doc, "assets") if a.end <= asset.start]
    listed: list[Span] = []
    current = asset
    for coin in reversed(coins):
        glue = [t.lower_ for t in doc[coin.end : current.start]]
        if coin.label_ == current.label_ and glue == ["("]:
            if listed and listed[-1] is current:
                listed[-1] = coin
            current = coin  # "Cardano (ADA)": the name and its ticker in brackets, one coin
            continue
        if glue[:1] == [")"] and coin.start >= 1 and doc[coin.start - 1].text == "(":
            glue = glue[1:]  # "Cardano (ADA) and Ethereum": the list goes on past the bracket
        if coin.label_ == current.label_ and glue and all(w in _POSSESSIVE for w in glue):
            if listed and listed[-1] is current:
                listed[-1] = coin
            current = coin  # "Solana's SOL": one coin, named twice
            continue
        if not glue or not all(w in _COIN_GLUE for w in glue):
            break
        listed.append(coin)
        current = coin
    out = []
    for coin in listed:
        if coin.label_ == claim.asset or any(c.asset == coin.label_ for c in out):
            continue
        start = coin.start_char
        out.append(claim.model_copy(update={"asset": coin.label_, "text": text_of(doc)[start : claim.span[1]], "span": (start, claim.span[1])}))
    return out


# 'support at $92,500, followed by $90,000'; 'could fall to $56,552 and finally $53,485': the last stop of a path
_LIST_GLUE = {",", "and", "or", "then", "&", "followed", "by", "finally", "eventually", "ultimately", "later", "subsequently"}
_LISTED_KINDS = {"forecast", "support", "resistance"}
# '$120,000 or even $125,000', '$4,000 and possibly $4,400': a further level only a forecast names,
# read with the first one's cue whatever its kind (its modal makes both forecasts)
_HEDGES = {"even", "possibly", "perhaps", "potentially", "maybe"}


def listed_after(previous: Binding | None, quantity: Span) -> Binding | None:
    """'upside targets sit at $118,000 and $125,000', 'support at $2,400, $2,300 and $2,150':
    a figure listed right after one a target or a line was bound to is another of the same."""
    if previous is not None and previous.row["kind"] == "price_change":
        return _move_listed_after(previous, quantity)
    if previous is None or previous.row["comparator"] == "between":
        return None
    doc = quantity.doc
    glue = doc[previous.quantity.end : quantity.start]
    hedged = any(t.lower_ in _HEDGES for t in glue) and all(t.lower_ in _LIST_GLUE | _HEDGES for t in glue)
    if previous.row["kind"] not in _LISTED_KINDS and not (hedged and sentence_expects(quantity.sent, previous.quantity)):
        return None
    first, this = previous.quantity._.quantity, quantity._.quantity
    if first.unit != this.unit or first.magnitude != this.magnitude:
        return None
    if not (0 < len(glue) <= 3 and (hedged or all(t.lower_ in _LIST_GLUE for t in glue)) or _past_aside(glue)):
        return None
    return Binding(quantity, previous.cue, previous.row)


def scenario_listed(previous: Binding | None, quantity: Span) -> Binding | None:
    """A call listed after another behind a scenario's label ('$480 in the base case, $190 in the
    bear case'): the label's 'in the' is no zone's cue of its own, so the list is read first."""
    if previous is None or previous.row["kind"] != "forecast" or previous.row["comparator"] == "between":
        return None
    first, this = previous.quantity._.quantity, quantity._.quantity
    if first.unit != this.unit or not _scenario_named(quantity.doc[previous.quantity.end : quantity.start]):
        return None
    return Binding(quantity, previous.cue, previous.row)


_SCENARIO_WORDS = {"case", "scenario", "scenarios", "one", "conditions", "outcome", "path", "view"}
SCENARIO_REACH = 8  # tokens of a scenario's label and the list's glue between two predicted figures


def _scenario_named(glue: Span) -> bool:
    """'$52,400 under the base scenario, $9,150 in the bearish one, and $310,000 in bullish
    conditions', '$480 in the base case, $190 in the bear case': each figure a call labelled by its
    scenario, so the next figure, after the label and the list's glue, is another call."""
    if not 3 <= len(glue) <= SCENARIO_REACH or glue[0].lower_ not in {"in", "under", "for"}:
        return False
    tail = next((i for i, t in enumerate(glue) if t.lower_ in _LIST_GLUE), None)
    if tail is None or not all(t.lower_ in _LIST_GLUE for t in glue[tail:]):
        return False
    label = glue[1:tail]
    return any(t.lower_ in _SCENARIO_WORDS for t in label) \
        and not any(t.like_num and t.lower_ != "one" or t.text in {"$", ";", ":"} for t in label)  # "the bearish one"


ASIDE_REACH = 14  # tokens of an aside between two listed levels


def _past_aside(glue: Span) -> bool:
    """'Support: $110,000-$111,000, where last weekend's dips were bought, then $107,000': an
    aside set off by commas, with no figure of its own, does not end the list; the next member
    still opens with the list's glue ('then', 'and then', 'followed by')."""
    if len(glue) < 4 or glue[0].text != ",":
        return False
    close = next((t.i - glue.start for t in reversed(glue) if t.text == ","), 0)
    tail = glue[close + 1 :]
    aside = glue[1:close]
    return 0 < len(aside) <= ASIDE_REACH and 0 < len(tail) <= 2 and all(t.lower_ in _LIST_GLUE - {","} for t in tail) \
        and not any(t.like_num or t.text in {"$", ";", ":"} for t in aside)


_MOVE_LIST_GLUE = {",", "and", "about", "around", "roughly", "nearly", "almost", "some", "approximately"}


def _move_listed_after(previous: Binding, quantity: Span) -> Binding | None:
    """'down 2.2% in 24 hours and 1.2% on the week', 'up 2.8% in 24 hours and nearly 10% over
    seven days': a second percent after a move's own window, with a window of its own, is the
    same move over that window."""
    doc = quantity.doc
    if previous.quantity._.quantity.unit != "%" or quantity._.quantity.unit != "%" or previous.quantity.end > quantity.start:
        return None
    windows = group(doc, "windows")
    in_window = {t for w in windows if previous.quantity.end <= w.start and w.end <= quantity.start for t in range(w.start, w.end)}
    glue = [t for t in doc[previous.quantity.end : quantity.start] if t.i not in in_window]
    if not in_window or not glue or not all(t.lower_ in _MOVE_LIST_GLUE for t in glue) or not any(t.lower_ in {"and", ","} for t in glue):
        return None
    if not any(w.start == quantity.end for w in windows):
        return None  # '... and 40% of supply is staked': a share, not the move again
    return Binding(quantity, previous.cue, {**previous.row, "listed": True})
