"""Figures listed 'respectively': 'BTC and ETH traded at $91,000 and $3,050, respectively',
'bitcoin and ether rose 3% and 5%, respectively'. Binding reads the first figure with the
sentence's cue and lets the coins listed before it share it, so ether gets $91,000 and both
coins 3%. Two lists of the same length pair member by member, with 'respectively' or
without it ('Bitcoin and ether traded at $91,000 and $3,050'): the n-th figure is the n-th
coin's, with the cue, sign and window the first figure was read with. A list of figures
longer or shorter than the coins' is left to binding."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.timeref import DEFAULT_CHANGE_WINDOW, resolve

LIST_GLUE = frozenset({",", "and", "&"})  # what joins the members of a list
_GLUE = LIST_GLUE
_PAIRED = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low,
           ClaimKind.forecast, ClaimKind.market_cap, ClaimKind.volume, ClaimKind.open_interest, ClaimKind.funding_rate,
           ClaimKind.liquidations}


def _chain(doc: Doc, spans: list[Span]) -> list[Span]:
    """The longest run of spans joined only by commas and 'and' ('BTC, ETH and SOL')."""
    best: list[Span] = []
    run: list[Span] = []
    for span in spans:
        if run and (not doc[run[-1].end : span.start] or not all(t.lower_ in _GLUE for t in doc[run[-1].end : span.start])):
            run = []
        run.append(span)
        if len(run) > len(best):
            best = list(run)
    return best


def _figures_after(doc: Doc, sentence: Span, after: int, size: int) -> list[Span]:
    """The first run of `size` figures of one unit after the coins, joined by commas and 'and'."""
    figures = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end and q.start >= after]
    runs: list[list[Span]] = []
    for q in figures:
        if runs and _glued(doc, runs[-1][-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    # the first run of the coins' length ('... worst month of 2023, down 10% and 6% respectively': not the year);
    # not a band ('XRP and Cardano dropped between 2% and 5%': the spread of both, not one figure each)
    return next((run for run in runs if len(run) == size and len({q._.quantity.unit for q in run}) == 1
                 and run[0]._.quantity.unit is not None
                 and not (run[0].start > 0 and doc[run[0].start - 1].lower_ == "between")), [])


def _glued(doc: Doc, a: Span, b: Span) -> bool:
    between = doc[a.end : b.start]
    return bool(between) and all(t.lower_ in _GLUE for t in between)


def _named_once(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Cardano (ADA) and Litecoin (LTC)': a coin and its ticker in brackets are one member of a
    list, the ticker as the writer gave it standing for both."""
    out: list[Span] = []
    for span in spans:
        if out and span.start == out[-1].end + 1 and doc[out[-1].end].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
            out[-1] = doc[out[-1].start : span.end + 1]
            out[-1].label_ = span.label_
            continue
        out.append(span)
    return out


_SHARED = {"each", "both", "all"}


def _each_shared(doc: Doc, sentence: Span, coins: list[Span], claims: list[Claim]) -> list[Claim]:
    """'Cardano, Tron and Litecoin (each down 12%)', 'ADA and DOT were both up 4%': one figure
    told of every coin of the list."""
    after = doc[coins[-1].end : min(sentence.end, coins[-1].end + 4)]
    if not any(t.lower_ in _SHARED for t in after):
        return claims
    told = next((c for c in claims if c.kind in _PAIRED and after.start_char <= c.span[0] < after.end_char + 12
                 and c.asset in {coin.label_ for coin in coins}), None)
    if told is None:
        return claims
    extra = [told.model_copy(update={"asset": coin.label_}) for coin in coins if coin.label_ != told.asset]
    return sorted([*claims, *extra], key=lambda c: c.span)


def _reads(claim: Claim, figure: Span) -> bool:
    """The claim's own figure is this one: it overlaps it and carries its value ('trading at $1,242.75
    and $207.61 ..., surging by 1.49%': the move's long span covers the prices, but its figure is 1.49)."""
    q = figure._.quantity
    return claim.span[0] < figure.end_char and figure.start_char < claim.span[1] and claim.value is not None \
        and abs(abs(claim.value) - abs(q.value)) <= 1e-9 * max(1.0, abs(q.value))


def _pair(doc: Doc, coins: list[Span], figures: list[Span], claims: list[Claim]) -> list[Claim] | None:
    """Each figure of one list on its own coin, read as the claim on the list's first read figure is."""
    # the claim read on the first figure, or else on a later one ('saw $191 million and $134 million in
    # liquidations, respectively': the metric named after the list reaches only its last figure)
    first, template = next(((f, c) for f in figures for c in claims if c.kind in _PAIRED and _reads(c, f)), (None, None))
    if template is None:
        first, template = next(((f, c) for f in figures for c in claims
                                if c.kind in _PAIRED and c.span[0] < f.end_char and f.start_char < c.span[1]), (None, None))
    if template is None:
        return None
    start, end = coins[0].start_char, figures[-1].end_char
    kept = [c for c in claims if not (c.kind is template.kind and start <= c.span[1] and c.span[0] < end + 1
                                      and any(c.span[0] < q.end_char and q.start_char < c.span[1] for q in figures))
            and not (c.kind is template.kind and c.value == template.value and start <= c.span[1] <= end)
            and not (c.kind in _PAIRED and any(_reads(c, q) for q in figures))]
    sign = -1.0 if (template.value or 0) < 0 else 1.0
    text = text_of(doc)
    for coin, figure in zip(coins, figures):
        q = figure._.quantity
        if figure is first:
            kept.append(template.model_copy(update={"asset": coin.label_}))
            continue
        span = (figure.start_char, figure.end_char)
        kept.append(template.model_copy(update={
            "asset": coin.label_, "value": sign * abs(q.value), "decimals": q.decimals, "magnitude": q.magnitude,
            "text": text[span[0] : span[1]], "span": span}))
    return sorted(kept, key=lambda c: c.span)


def _coins_apart(doc: Doc, sentence: Span) -> list[Span]:
    """'Bitcoin lost 8% and Ethereum over 6%, to be trading at $36,536 and $2,748 respectively': the
    coins each written with its own move, a list of figures after them marked 'respectively'."""
    if not any(t.lower_ == "respectively" for t in sentence):
        return []
    return _named_once(doc, [a for a in within(doc, "assets", sentence) if a.end <= sentence.end])


def respective(doc: Doc, claims: list[Claim], article: Article | None = None) -> list[Claim]:
    """The claims with each figure of a 'respectively' list on its own coin; a window written after
    the list ('..., respectively, over the past week') is each move's. A second list after the first
    ('rose 4% and 6%, respectively, to $0.52 and $4.10') pairs the same way."""
    for sentence in doc.sents:
        coins = _chain(doc, _named_once(doc, [a for a in within(doc, "assets", sentence) if a.end <= sentence.end]))
        apart = False
        if len(coins) < 2:
            coins, apart = _coins_apart(doc, sentence), True
        if len(coins) < 2 or len({c.label_ for c in coins}) < len(coins):
            continue
        if not apart:
            claims = _each_shared(doc, sentence, coins, claims)
        figures = _figures_after(doc, sentence, coins[-1].end, len(coins))
        if not figures:
            groups = _groups_after(doc, sentence, coins[-1].end, len(coins)) if not apart else []
            if groups:
                claims = _timed_after(doc, article, sentence, groups[-1][-1], _by_groups(doc, coins, groups, claims))
            continue
        if apart and not _marked_respectively(doc, sentence, figures[-1]):
            continue
        paired = _pair(doc, coins, figures, claims)
        if paired is None:
            continue
        claims = _timed_after(doc, article, sentence, figures[-1], paired)
        second = _figures_after(doc, sentence, figures[-1].end, len(coins)) if not apart else []
        if second and second[0]._.quantity.unit != figures[0]._.quantity.unit:
            claims = _pair(doc, coins, second, claims) or claims
    return claims


def _marked_respectively(doc: Doc, sentence: Span, last: Span) -> bool:
    """'respectively' straight after the list's last figure (a comma between allowed)."""
    return any(t.lower_ == "respectively" for t in doc[last.end : min(sentence.end, last.end + 2)])


_AFTER_LIST = {",", "respectively", "and", "both"}
_NOT_A_SPAN = {"horizon", "clock_at", "year_edge", "from_low", "from_high"}


def _timed_after(doc: Doc, article: Article | None, sentence: Span, last: Span, claims: list[Claim]) -> list[Claim]:
    """The moves of the list over the window written right after it, when their own words had none."""
    if article is None or article.published_at is None:
        return claims
    window = next((w for w in group(doc, "windows") if last.end <= w.start < sentence.end), None)
    if window is None or window.label_ in _NOT_A_SPAN or not all(t.lower_ in _AFTER_LIST for t in doc[last.end : window.start]):
        return claims
    time = resolve(article, "recent", window, default=DEFAULT_CHANGE_WINDOW, sentence=sentence)
    lo, hi = sentence.start_char, last.end_char
    return [c.model_copy(update={"time": time}) if c.kind is ClaimKind.price_change and lo <= c.span[0] < hi
            and c.time.text is None else c for c in claims]


_LINKS = {"to", "at", "near", "around", "above", "below"}


def _groups_after(doc: Doc, sentence: Span, after: int, size: int) -> list[list[Span]]:
    """'jumped 20% to $3,600 and 23% to $3.46, respectively': after the coins, as many groups as
    coins, each a move and where it went (figures linked by 'to'), the groups joined by commas and
    'and', all of one shape ('%' then 'USD')."""
    figures = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end and q.start >= after]
    groups: list[list[Span]] = []
    for q in figures:
        between = [t.lower_ for t in doc[groups[-1][-1].end : q.start]] if groups else None
        if between and all(w in _LINKS for w in between) and len(between) <= 2:
            groups[-1].append(q)
        elif not groups or between and all(w in _GLUE for w in between):
            groups.append([q])
        else:
            break
    shapes = {tuple(q._.quantity.unit for q in g) for g in groups}
    if len(groups) != size or len(shapes) != 1 or len(groups[0]) < 2:
        return []
    return groups


def _by_groups(doc: Doc, coins: list[Span], groups: list[list[Span]], claims: list[Claim]) -> list[Claim]:
    """Each group's figures on its own coin, with the kinds the first group's figures were read as."""
    def covering(q: Span) -> Claim | None:
        return next((c for c in claims if c.kind in _PAIRED and c.span[0] < q.end_char and q.start_char < c.span[1]), None)

    templates = [covering(q) for q in groups[0]]
    if any(t is None for t in templates):
        return claims
    figures = [q for g in groups for q in g]
    start, end = coins[0].start_char, groups[-1][-1].end_char
    kinds = {t.kind for t in templates if t is not None}
    kept = [c for c in claims if not (c.kind in kinds and start <= c.span[1] and c.span[0] <= end
                                      and (any(c.span[0] < q.end_char and q.start_char < c.span[1] for q in figures)
                                           or any(c.value == t.value for t in templates if t is not None)))]
    text = text_of(doc)
    for coin, members in zip(coins, groups):
        for template, figure in zip(templates, members):
            assert template is not None
            q = figure._.quantity
            sign = -1.0 if (template.value or 0) < 0 else 1.0
            span = (figure.start_char, figure.end_char) if figure is not groups[0][0] else template.span
            kept.append(template.model_copy(update={
                "asset": coin.label_, "value": sign * abs(q.value) if template.unit == "%" else q.value,
                "decimals": q.decimals, "magnitude": q.magnitude, "text": text[span[0] : span[1]], "span": span}))
    return sorted(kept, key=lambda c: c.span)
