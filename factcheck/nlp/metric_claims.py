"""Claims about a named metric: open interest, funding, volume, liquidations,
market cap and dominance, RSI readings, the Fear & Greed index.

Anchored on the metric's words (models/metrics.json) rather than on a verb:
the number that belongs to a metric stands right before it ("$500 million in
liquidations", "a $7,132 liquidation imbalance") or shortly after it in the
same clause ("open interest climbed to $26.7 billion", "RSI at 28").

This module assembles the claims; finding a metric's reading (metric_reading.py) and what is
particular to each family of metrics live beside it: venue_figures.py, funding_readings.py,
liquidation_sides.py, gauge_readings.py, market_totals.py (shared words: metric_words.py).
"""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, TimeRef
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.components import group, text_of, token_set, within
from factcheck.nlp.dated_starts import dated_start
from factcheck.nlp.figure_assets import asset_for
from factcheck.nlp.funding_readings import (
    RATE_REACH,
    _annualised,
    _earlier_rates,
    _funding_sign,
    _hourly,
    _payer,
    _payments,
    _rate_restated,
    _rate_told_later,
    _written_negative,
    funding_of_something_else,
    rate_change_after,
    reference_rate,
)
from factcheck.nlp.gauge_readings import (
    _LINE_NAMING,
    _both_coins,
    _carried_metric,
    _coin_labelling,
    _crossing,
    _further_gauge_readings,
    _respective,
    _retaken,
    _timeframe_before,
    _timeframe_between,
    _timeframe_carried,
    _zone_after,
    another_market_owns,
    timeframe_of_sibling,
)
from factcheck.nlp.generic_readings import (
    conditional_reading,
    generic_bound,
    generic_when,
    needed_reading,
)
from factcheck.nlp.index_named_back import index_named_back, other_index_named
from factcheck.nlp.indicator_settings import indicator_settings
from factcheck.nlp.liquidation_sides import (
    _MARKET_WIDE_WORDS,
    _asset_in_phrase,
    _coin_before_side,
    _coin_of_liquidations_before,
    _coin_takes,
    _other_side,
    _phrase,
    _range_upper,
    _side,
    _side_word_before,
    _sides_carried,
    _sides_excess,
    _sides_multiple,
    _sides_ratio,
    _total_carried,
    share_before,
    side_share_alone,
)
from factcheck.nlp.market_totals import (
    _COIN_UNITS,
    _PER_PERIOD,
    MULTIPLES,
    TREND_NOUNS,
    _amount_changed,
    _balance_volume,
    _coin_move,
    _exchange_owned,
    _flat,
    _fund_owned,
    _is_market,
    _level_after_change,
    _levels_of_move,
    _line_passed_after,
    _market_moving,
    _market_volume,
    _money_change,
    _multiple,
    _names_another,
    _own_direction,
    _profile_volume,
    _readings_after_level,
    _signed_move,
    _traded,
    _trend_said,
    _whole_market,
    earlier_peak_after,
    market_paragraph,
)
from factcheck.nlp.markets import exchanges_in
from factcheck.nlp.metric_reading import _reading, _window
from factcheck.nlp.metric_words import (
    _ARRIVED,
    _CHANGE_NOUNS,
    ABOVE,
    BELOW,
    CHAIN_REACH,
    METRICS,
    MONEY,
    _bare_dollars,
    _direction,
    _zones,
)
from factcheck.nlp.modality import forecast_condition, modality_of, sentence_expects
from factcheck.nlp.numbers import Quantity
from factcheck.nlp.timeref import duration, previous_utc_day, resolve, since_compares
from factcheck.nlp.venue_figures import (
    _BY_VENUE,
    _at_venue,
    _handed_venue,
    _venue_after_figure,
    _venue_carried,
    _venue_readings,
    _venues,
)

_PRICE_SIDES = {"below", "above", "under", "beneath", "between"}
_SMALLEST_TOTAL = 1e6  # a liquidation total is told in millions; a plain dollar figure under it after 'below' is a price


def _price_where_they_sit(doc: Doc, metric: Span, reading: Span) -> bool:
    """'liquidations clustered below $3,100', 'a wall of short liquidations above $95,000': the
    figure after the side word is a price level on the liquidation map, not a total liquidated."""
    q = reading._.quantity
    if reading.start < metric.end or reading.start == 0 or doc[reading.start - 1].lower_ not in _PRICE_SIDES:
        return False
    return q.magnitude == 1 and (q.dollar_size or q.value) < _SMALLEST_TOTAL


_CLAUSE_BREAKS = {";", "while", "whereas", "but", "and", "as", "with", "although", "though"}


def _share_of_another(doc: Doc, sentence: Span, metric: Span, reading: Span) -> bool:
    """A percent past a clause break from the gauge, or a share 'of' something ('nearly 50% of
    holders'): a share of another population, not the gauge's reading written as a percent."""
    if reading.end < sentence.end and doc[reading.end].lower_ == "of":
        return True
    lo, hi = sorted([(metric.start, metric.end), (reading.start, reading.end)])
    return any(t.lower_ in _CLAUSE_BREAKS for t in doc[lo[1] : hi[0]])


MARKET_WIDE = {"sentiment_index"}  # an index of the whole market, never one coin's
_GENERIC_FAMILIES = {"rsi", "funding_rate", "open_interest"}  # the metrics outlets define and give rules of thumb for


_NEARING = {"approached", "approaching", "approaches", "neared", "nearing", "nears"}
_SAID_MOVED = {"up": Comparator.up, "higher": Comparator.up, "down": Comparator.down, "lower": Comparator.down}


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


# "12% lower than a week ago": a percent then a comparative and "than" is a change from then
_COMPARED_SIZES = {"lower": Comparator.down, "smaller": Comparator.down, "higher": Comparator.up,
                   "larger": Comparator.up, "bigger": Comparator.up}

_REACHED = {"to", "at", "near", "around", "as"}  # words before a level reached, not a move
_YEARLY_WORDS = {"annualized", "annualised", "annual", "yearly"}  # how a rate is quoted, between its bound word and figure

def extract_metric_claims(doc: Doc, article: Article, carried_by_sentence: dict[int, str | None], dominant: str | None) -> list[Claim]:
    claims: list[Claim] = []
    taken: set[int] = set()
    previous: list[Span] = []
    skipped = 0  # sentences without a metric since `previous` was named
    last_gauge: Span | None = None  # the last gauge named, which 'the index' may name again (index_named_back.py)
    since_gauge = 0
    for sentence in _sentences(doc):
        # by its start: the parser may end a sentence inside a figure ("fell to -0.005 | %, the lowest ...")
        quantities = within(doc, "quantities", sentence)
        windows = within(doc, "windows", sentence)
        quantities = [q for q in quantities if not any(w.start <= q.start < w.end for w in windows)
                      and doc[max(0, q.start - 2) : q.start].text.lower() != "out of"  # "10 out of 100": the scale
                      and not _CLOCK.fullmatch(q.text)]  # "at the 00:00 UTC snapshot": a time of day
        metrics = [m for m in within(doc, "metrics", sentence) if m.label_ in METRICS]
        if not any(m.label_ == "funding_rate" for m in [*metrics, *previous]):
            metrics = sorted([*metrics, *_payments(doc, sentence)], key=lambda m: m.start)  # not 'negative, meaning shorts pay longs'
        if not any(m.label_ == "volume" for m in metrics):
            metrics = sorted([*metrics, *_traded(doc, sentence, quantities, taken)], key=lambda m: m.start)
        if not any(m.label_ in {"market_cap", "dominance"} for m in metrics):
            metrics = sorted([*metrics, *_market_moving(doc, sentence)], key=lambda m: m.start)
        venues = _venues(doc, sentence)
        carried_metric = _carried_metric(doc, sentence, previous)
        if carried_metric is None:
            carried_metric = index_named_back(doc, sentence, last_gauge, since_gauge)
        if carried_metric is not None and (all(m.start > carried_metric.start for m in metrics) or _gauge_by_name(carried_metric, metrics)):
            metrics = [carried_metric, *metrics]
        if any(m.label_ == "liquidations" for m in previous):
            sides = [s for s in _sides_carried(doc, sentence, quantities, taken) if not any(m.start <= s.start < m.end for m in metrics)]
            total = _total_carried(doc, sentence) if not metrics else None
            metrics = sorted([*metrics, *sides, *([total] if total is not None else [])], key=lambda m: m.start)
        handed: dict[int, Span] = {}  # a venue standing in for the metric of the sentence before -> its figure
        if (not metrics or _share_said_after(metrics, quantities, taken)) \
                and (by_venue := _venue_carried(doc, sentence, quantities, taken, previous, venues)) is not None:
            venue_metric, first = by_venue
            # 'OKX registered $140 million, or 29% of total liquidations': the metric named after the venue's
            # figure only gives its share; the figure is still the venue's of the metric before
            metrics, handed[venue_metric.start] = [venue_metric, *metrics], first
        # a sentence that names no metric ('Annualised, that is roughly -2.3%.') does not end the
        # account of the one before: the next sentence may still hand its venue a figure of it
        gauges = [m for m in metrics if m.label_ in _zones()]
        if gauges:
            last_gauge, since_gauge = gauges[-1], 0
        elif other_index_named(doc, sentence):
            last_gauge = None
        else:
            since_gauge += 1
        skipped = 0 if metrics else skipped + 1
        if metrics or skipped > 1 or "\n" in doc[max(0, sentence.start - 1) : sentence.start + 1].text:
            previous = metrics
        for metric in metrics:
            if _names_another(doc, metric, metrics):
                continue
            if metric.label_ == "funding_rate" and funding_of_something_else(metric):
                continue  # "Congress passed a government funding bill": money, not the perpetuals' rate
            if metric.label_ == "funding_rate" and reference_rate(doc, metric):
                continue  # "the standard baseline funding rate is around 0.01%": the reference, not a reading
            if metric.label_ == "rsi" and another_market_owns(doc, metric):
                continue  # "the S&P 500's RSI climbed to 72": a gauge of a market that is not checked
            if metric.label_ == "dominance" and (_sided_dominance(doc, metric) or _exchange_share(doc, sentence, metric)):
                continue  # "short liquidation dominance", "Binance ... a 30% market share": no share of bitcoin in the market
            if metric.label_ == "volume" and (_fund_owned(doc, sentence, metric) or _profile_volume(doc, metric)
                                              or _balance_volume(doc, metric)):
                continue  # ETF shares traded, a volume-profile level, net taker volume: no volume of the coin
            reading = handed.get(metric.start) if handed else _reading(doc, sentence, metric, quantities, taken)
            if metric.label_ == "liquidations" and reading is None:
                reading = side_share_alone(doc, sentence, metric, quantities, taken)  # "longs made up 71% of these liquidations"
            if metric.label_ == "funding_rate" and reading is None:
                # "turned negative, averaging about -0.01% per eight hours": the rate told says more than its sign
                reading = _rate_told_later(doc, sentence, metric, quantities, taken)
            if reading is None and metric is carried_metric:
                continue  # 'it has climbed': which 'it' is too unsure without a reading
            if reading is not None and metric.label_ == "rsi" and reading.start > sentence.start and doc[reading.start - 1].lower_ == "between":
                continue  # "has been hovering between 40 and 60": a band the gauge moved in, no reading of it
            if metric.label_ in _GENERIC_FAMILIES and (reading is not None and (generic_bound(doc, metric, reading) or needed_reading(doc, sentence, metric, reading)
                                                                              or conditional_reading(reading))
                                                       or generic_when(doc, sentence, metric)):
                if reading is not None:
                    taken.add(reading.start)
                continue  # "An RSI above 70 is considered overbought", "When funding turns negative, ...": no market's reading
            carried = carried_by_sentence.get(sentence.start)
            listed = _respective(doc, sentence, metric, reading, quantities, taken) if reading is not None else None
            frames = listed[1] if listed else [None]
            upper = _range_upper(doc, sentence, reading, quantities, taken) if reading is not None and metric.label_ == "liquidations" else None
            if upper is not None:
                taken.add(upper.start)
            claim = _claim(doc, article, sentence, metric, reading, quantities, carried, dominant, timeframe=frames[0], upper=upper)
            times = _multiple(doc, sentence, metric, reading) or _trend_said(doc, sentence, metric) \
                if metric.label_ in {"open_interest", "volume"} else None
            if times is not None:  # "spot volume more than doubled on Monday, to 14,300 BTC": the change and the level
                claims.append(_claim(doc, article, sentence, metric, None, quantities, carried, dominant, multiple=times))
            if claim is None:
                continue
            if _is_market(metric) and not (claim.comparator in {Comparator.up, Comparator.down} and claim.unit in {"%", "USD"}):
                continue  # the market as a subject gives its move, not other figures said near it
            if claim.kind is ClaimKind.open_interest and claim.unit == "%" and claim.comparator is Comparator.at and reading is not None \
                    and reading.end < sentence.end and doc[reading.end].lower_ == "of":
                taken.add(reading.start)
                continue  # "Binance accounts for 28% of all futures open interest": a venue's share, no reading of the total
            claim = _at_venue(doc, sentence, metric, reading, venues, claim)
            started = _levels_of_move(doc, sentence, reading, quantities) if claim.kind is ClaimKind.open_interest \
                and claim.value is None and reading is not None else []
            if started:  # "fell to about 298,000 BTC from 316,000 BTC": one move, told by both its levels
                taken.add(started[0].start)
                claim = claim.model_copy(update={"span": (claim.span[0], started[0].end_char),
                                                 "text": text_of(doc)[claim.span[0] : started[0].end_char]})
            pair = _both_coins(doc, sentence, reading) if reading is not None and claim.kind is ClaimKind.indicator else []
            if pair:  # "4H RSI: ETH 36, BTC 41.5. Daily RSIs both ~58": one reading for each of the two coins
                claims.extend(claim.model_copy(update={"asset": coin}) for coin in pair)
            else:
                claims.append(claim)
            if reading is None:
                continue
            taken.add(reading.start)
            if claim.kind is ClaimKind.funding_rate and not further_rate(claim) and _turned_before(doc, sentence, metric, reading):
                # "funding turned negative on Tuesday, averaging -0.0021%": the crossing of zero and the rate
                turned = _claim(doc, article, sentence, metric, None, quantities, carried, dominant)
                if turned is not None:
                    claims.append(turned.model_copy(update={"venue": claim.venue}))  # the venue the rate was handed
            if claim.kind is ClaimKind.funding_rate:
                taken.update(q.start for q in _rate_restated(doc, sentence, reading, quantities))  # ", or about 11% annualized"
            more_readings = listed[0] if listed else _further_readings(doc, sentence, metric, reading, quantities, taken)
            before = reading
            for i, more in enumerate(more_readings, start=1):
                taken.add(more.start)
                frame = frames[i] if listed else _timeframe_between(doc, metric, before, more)
                coin = _coin_between(doc, before, more) if metric.label_ in {"funding_rate", "open_interest", "volume", "market_cap", "dominance"} else None
                before = more
                again = _claim(doc, article, sentence, metric, more, quantities, carried, dominant, further=True,
                               timeframe=frame)
                if again is not None:  # a venue's figure restated or split by side stays that venue's
                    own = (_handed_venue(doc, sentence, more, venues) or _venue_after_figure(doc, sentence, more, venues)) \
                        if metric.label_ in _BY_VENUE else None
                    again = _at_venue(doc, sentence, metric, more, venues, again) if own is not None else again.model_copy(update={"venue": claim.venue})
                    if coin is not None and coin != claim.asset:
                        again = again.model_copy(update={"asset": coin})  # "..., while Ethereum's stands at 0.0061%"
                    claims.append(again)
                    if again.kind is ClaimKind.funding_rate:
                        taken.update(q.start for q in _rate_restated(doc, sentence, more, quantities))
        if any(m.label_ == "liquidations" for m in metrics):
            ratio = _sides_ratio(doc, article, sentence, quantities, taken) or _sides_multiple(doc, article, sentence, quantities) \
                or _sides_excess(doc, article, sentence, quantities, taken)
            if ratio is not None:  # "longs at $637 million and shorts at $105 million, a ratio of roughly 6 to 1"
                # "shorts exceeded longs by $90 million": the margin is the imbalance, not a total of liquidations
                claims = [c for c in claims if not (c.kind is ClaimKind.liquidations and c.span[0] <= ratio.span[1] - 1
                                                    and ratio.span[1] <= c.span[1] and c.value == ratio.value)]
                claims.append(ratio)
    return claims


_SIDE_WORDS = {"long", "longs", "short", "shorts", "liquidation", "liquidations", "long-side", "short-side", "seller", "buyer",
               "sellers", "buyers", "bull", "bear", "bullish", "bearish"}


def _gauge_by_name(carried: Span, metrics: list[Span]) -> bool:
    """'After the market shed $90 billion on Monday, the index fell to 11': a gauge named again by its
    noun ('the index', 'the gauge') is that gauge whatever other series the clause before it names,
    unless that clause names a gauge itself."""
    return carried.text.lower() in {"index", "gauge"} and not any(m.label_ in _zones() for m in metrics)


def _sided_dominance(doc: Doc, metric: Span) -> bool:
    """'Short liquidation dominance', 'long dominance': the lead of one side of the derivatives
    market, not bitcoin's share of the market's value."""
    return any(t.lower_ in _SIDE_WORDS for t in doc[max(0, metric.start - 2) : metric.start])


def _exchange_share(doc: Doc, sentence: Span, metric: Span) -> bool:
    """'Binance now dominates with a 30% market share', 'FTX is second by open interest market
    share': an exchange's share of a market, not bitcoin's share of the crypto market's value."""
    return "share" in metric.text.lower() and bool(exchanges_in(sentence.text))


_CRYPTO_WIDE = {"crypto", "cryptocurrency", "cryptocurrencies", "crypto-wide", "market-wide", "marketwide", "altcoin", "altcoins",
                "altcoin-wide",
                # "the open interest of the entire market", "the overall open interest": the whole market's total
                "entire", "whole", "overall"}


def _crypto_wide(doc: Doc, sentence: Span, metric: Span, reading: Span | None) -> bool:
    """'Total crypto open interest rose to $180 billion', 'funding rates across altcoins': a total of
    the whole market (or its altcoins), no coin named with it."""
    phrase = _phrase(doc, sentence, metric, reading)
    return any(t.lower_ in _CRYPTO_WIDE for t in phrase) and not any(phrase.start <= a.start < phrase.end for a in group(doc, "assets"))


def _split_of_coin_before(doc: Doc, sentence: Span) -> bool:
    """A sentence that names no coin and nothing market-wide ('across crypto', 'total crypto'): its
    long and short figures can only split the liquidations the sentence before gave."""
    if any(sentence.start <= a.start < sentence.end for a in group(doc, "assets")):
        return False
    if sentence.start == 0:
        return False
    before = doc[sentence.start - 1].sent
    if any(t.lower_ in _SIDES_TOLD for t in before):
        return False  # "Litecoin saw $3.1 million liquidated, with longs at $2.2 million ...": that total is split already
    if not any(q._.quantity.is_money for q in within(doc, "quantities", before)):
        return False  # "Bitcoin fell 6%, triggering a wave of liquidations": no total to split
    if _market_wide(before):
        return False  # "Liquidations across crypto topped $500 million as bitcoin slid. Of that, ...": the market's total
    return not _market_wide(sentence)


def _market_wide(sentence: Span) -> bool:
    """Words that make a sentence's liquidations the whole market's ('across crypto', 'the market')."""
    return any(t.lower_ in _MARKET_WIDE_WORDS - {"total"} or t.lower_ in {"market", "markets"} for t in sentence)


_SIDES_TOLD = {"long", "longs", "short", "shorts", "bulls", "bears"}


def _amount_words(doc: Doc, sentence: Span, reading: Span) -> Token:
    """The first word of an amount told as a change: 'a drop of $363 million' starts at 'a'."""
    i = reading.start
    while i > sentence.start and (doc[i - 1].lower_ in {"of", "a", "an", "by", "another", "further"}
                                  or doc[i - 1].lemma_.lower() in _CHANGE_NOUNS) and doc[i - 1].text != ",":
        i -= 1
    return doc[i]


# series a daily wrap compares with the day before when it gives where they moved from without a time
_DAILY_SERIES = {ClaimKind.sentiment_index, ClaimKind.market_cap, ClaimKind.volume, ClaimKind.open_interest}


def _start_of_span_told(article: Article, sentence: Span) -> TimeRef | None:
    """The day a move told over a span ('within a month', 'over the past week') started from."""
    if article.published_at is None:
        return None
    span = next((w for w in within(sentence.doc, "windows", sentence) if w.label_ == "duration"), None)
    length = duration(span) if span is not None else None
    if length is None or length < timedelta(days=1):
        return None
    moment = article.published_at - length
    return TimeRef(text=span.text, start=moment - timedelta(hours=12), end=moment + timedelta(hours=12), kind="day")


def further_rate(claim: Claim) -> bool:
    """A rate given per year or per hour restates a rate; its sign was told with the rate itself."""
    return claim.metric in {"funding_rate_annualized", "funding_rate_hourly"}


def _turned_before(doc: Doc, sentence: Span, metric: Span, reading: Span) -> bool:
    """'funding turned negative on Tuesday, averaging -0.0021%': a crossing of zero dated in words
    between the funding and its rate is an event of its own (when it turned), beside the rate.
    Undated ('turned negative, averaging about -0.01%') it only gives the rate's sign, as
    'stayed negative at -0.005%' does: one claim."""
    sign = _funding_sign(doc, sentence, metric)
    if sign is None or sign[0] not in {Comparator.crossed_below, Comparator.crossed_above}:
        return False
    if not metric.end <= sign[1].i < reading.start:
        return False
    return any(sign[1].i < w.start and w.end <= reading.start for w in group(doc, "windows"))


_KEEPING = {"keep", "continue", "start", "begin", "remain"}


def _move_kept_on(verb: Token) -> Token | None:
    """'keeps climbing', 'continues to rise', 'started to fall': the verb of the move is the
    complement of a verb that only says it goes on or begins."""
    if verb.lemma_.lower() not in _KEEPING:
        return None
    going = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)
    return going if going is not None and _direction(going.doc[going.i : going.i + 1]) is not None else None


_LOWS, _HIGHS = {"low", "lows", "bottom", "trough"}, {"high", "highs", "peak"}


def _extreme_reached(verb: Token) -> Comparator | None:
    """'hits a seven-month low', 'reached its highest ... high': a verb that only says a level was
    reached moves the way the extreme it reached lies; None when it names none."""
    if verb.lemma_.lower() not in _ARRIVED and verb.lower_ not in _ARRIVED:
        return None
    for t in verb.doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]:
        if t.lower_ in _LOWS:
            return Comparator.down
        if t.lower_ in _HIGHS:
            return Comparator.up
    return None


_MOVING = {"rising", "climbing", "growing", "increasing", "surging", "swelling", "falling", "declining", "shrinking",
           "dropping", "sliding", "slumping"}


def _change_in(doc: Doc, metric: Span) -> Token | None:
    """'despite a slight decline in open interest', 'a sharp rise in Solana open interest': a total
    told by the noun of its change, written right before 'in' and the total (a coin may stand
    between). A change with an article or a coin is one that happened; bare ('declines in open
    interest often precede ...') it is the general case."""
    coins = token_set(doc, "assets")
    i = metric.start - 1
    while i > 0 and i in coins:
        i -= 1
    if i < 1 or doc[i].lower_ != "in":
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CHANGE_NOUNS - {"up", "down"} or _direction(doc[noun.i : noun.i + 1]) is None:
        return None
    named = i + 1 < metric.start or any(metric.end <= a.start < metric.end + 4 for a in group(doc, "assets")) \
        or bool(_venues(doc, doc[noun.i : min(len(doc), metric.end + 4)]))
    told = any(t.lower_ in {"a", "an", "the", "this", "that"} for t in doc[max(0, noun.i - 3) : noun.i])
    return noun if named or told else None


def _described_moving(doc: Doc, metric: Span) -> Token | None:
    """'Rising open interest in bitcoin futures': a total named with the direction it is moving in.
    Said of no coin or venue ('falling open interest looks like shorts pressing') it is the general
    case a reading is compared with, not a reading."""
    if (noun := _change_in(doc, metric)) is not None:
        return noun
    before = doc[metric.start - 1] if metric.start > 0 else None
    if before is None or before.lower_ not in _MOVING or before.head.i not in range(metric.start, metric.end):
        return None
    phrase = doc[max(0, before.i - 2) : min(len(doc), metric.end + 4)]
    named = any(phrase.start <= a.start < phrase.end for a in group(doc, "assets")) or bool(_venues(doc, phrase))
    return before if named else None


def _sentences(doc: Doc) -> list[Span]:
    """The sentences, with one that ends in a colon joined to the next: the parser cuts
    '4H RSI: ETH 36, BTC 41.5' after the colon, but the readings are the gauge's. A bullet
    ('•') cut off as a sentence of its own is no sentence: it does not end the account of the
    sentence before ('Bybit printed -0.0068%' on the funding line after another)."""
    joined: list[Span] = []
    for sentence in doc.sents:
        if all(t.is_punct or t.is_space or t.pos_ == "SYM" for t in sentence):
            continue  # a bullet the parser left as a sentence of its own
        if joined and joined[-1].end == sentence.start and (doc[joined[-1].end - 1].text == ":" or _cell_break(doc, sentence)):
            joined[-1] = doc[joined[-1].start : sentence.end]
        else:
            joined.append(sentence)
    return joined


def _cell_break(doc: Doc, sentence: Span) -> bool:
    """'| RSI (14) | 56.2 | Neutral |': the parser cuts a table row at a cell border ('|') inside the
    line; the row is one sentence."""
    return doc[sentence.start].text == "|" and "\n" not in doc[sentence.start - 1].text_with_ws


def _share_said_after(metrics: list[Span], quantities: list[Span], taken: set[int]) -> bool:
    """'Bybit registered $88 million, or 29% of total liquidations', 'Bitget followed at $55 million, with 68%
    long liquidations': the sentence names liquidations only after its first figure, as what a share is of."""
    free = [q for q in quantities if q.start not in taken]
    return bool(free) and all(m.label_ == "liquidations" and m.start > free[0].end for m in metrics)


def _further_readings(doc: Doc, sentence: Span, metric: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """Earlier or later readings of the same metric in the clause of its first: each family of
    metrics tells them its own way."""
    if metric.label_ == "liquidations":
        return share_before(doc, sentence, metric, reading, quantities, taken) \
            + (_other_side(doc, sentence, reading, quantities, taken) or _venue_readings(doc, sentence, metric, reading, quantities, taken))
    started = dated_start(doc, sentence, reading, quantities, taken) if metric.label_ in {"open_interest", "volume", "funding_rate"} else []
    if started:
        return started  # "fell from 0.0031% on Tuesday to -0.0014% on Wednesday": the dated start is a reading too
    if metric.label_ in {"open_interest", "volume", "market_cap"}:
        chain = _level_after_change(doc, sentence, metric, reading, quantities, taken) \
            or _readings_after_level(doc, sentence, metric, reading, quantities, taken)
        last = chain[-1] if chain else reading
        chain = chain + _line_passed_after(doc, last, quantities, taken | {q.start for q in chain})
        last = chain[-1] if chain else reading
        if metric.label_ == "open_interest":  # "..., close to the historical high of $43 billion"
            chain = chain + earlier_peak_after(doc, sentence, last, quantities, taken | {q.start for q in chain})
            last = chain[-1] if chain else reading
        if metric.label_ == "market_cap":
            return chain + _other_coin_readings(doc, sentence, metric, last, quantities, taken)
        return chain + (_venue_readings(doc, sentence, metric, last, quantities, taken)
                        or _other_coin_readings(doc, sentence, metric, last, quantities, taken))
    if metric.label_ == "funding_rate":
        return _venue_readings(doc, sentence, metric, reading, quantities, taken) or _earlier_rates(doc, sentence, reading, quantities, taken) \
            or _other_coin_readings(doc, sentence, metric, reading, quantities, taken) or rate_change_after(doc, sentence, reading, quantities, taken)
    if metric.label_ not in _zones() and metric.label_ != "dominance":
        return []
    found = _further_gauge_readings(doc, sentence, metric, reading, quantities, taken)
    if metric.label_ == "dominance":
        found = found + _share_move_after(doc, sentence, found[-1] if found else reading, quantities, taken)
    return found


def _share_move_after(doc: Doc, sentence: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'Ether's market share climbed to 19.8%, an over 1.1% boost in the last 24 hours': the share's
    level, then its move in apposition, a percent named by a noun of change right after it."""
    for q in quantities:
        if q.start < last.end or q.start in taken or q.start - last.end > 5 or q.end >= sentence.end:
            continue
        between = [t.lower_ for t in doc[last.end : q.start]]
        if between[:1] != [","] or not set(between[1:]) <= {"a", "an"} | _APPROXIMATE | ABOVE | BELOW or q._.quantity.unit != "%":
            return []
        return [q] if doc[q.end].pos_ == "NOUN" and _noun_move(doc[q.end]) is not None else []
    return []


def _noun_move(noun: Token) -> Comparator | None:
    """The direction a noun of change names: 'gain', 'decline', and 'boost', which as a verb
    ('volumes boost') tells no move of a share."""
    return Comparator.up if noun.lower_ in {"boost", "boosts"} else _direction(noun.doc[noun.i : noun.i + 1])


def _other_coin_readings(doc: Doc, sentence: Span, metric: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'Bitcoin's funding rate is 0.0074%, while Ethereum's stands at 0.0061%': after a reading, a
    figure of the same unit with another coin named before it, and no other series between, is
    that coin's reading of the same metric (the claim takes the coin, see `_coin_between`)."""
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        between = doc[last.end : q.start]
        if q.start - last.end > CHAIN_REACH or q._.quantity.unit != last._.quantity.unit or any(t.text in {";", "(", ")"} for t in between):
            return []
        if any(between.start <= m.start < q.start and m.label_ != "other" for m in group(doc, "metrics")):
            return []
        if any(t.lower_ in _PRICE_EXTREMES for t in between):
            return []  # "... to $3.1 trillion since Ether set a record high of $4,870": the coin's price, not its total
        return [q] if _coin_between(doc, last, q) not in {None, _coin_before(doc, sentence, last)} else []
    return []


_PRICE_EXTREMES = {"record", "high", "highs", "peak", "low", "lows", "ath", "all-time", "price", "priced"}


def _coin_between(doc: Doc, earlier: Span, later: Span) -> str | None:
    """The coin named between two readings, the last one if several."""
    named = [a.label_ for a in group(doc, "assets") if earlier.end <= a.start and a.end <= later.start]
    return named[-1] if named else None


def _coin_after_last_figure(doc: Doc, sentence: Span, reading: Span) -> str | None:
    """The coin named between the sentence's previous figure and this one: a second coin's share of the
    liquidations told after the first's ('..., with Ethereum following with $69.86 million')."""
    earlier = [q for q in within(doc, "quantities", sentence) if q.end <= reading.start]
    if not earlier:
        return None
    # a coin naming something else ('Ether ETF hopes') is no owner of the figure
    named = [a.label_ for a in group(doc, "assets") if earlier[-1].end <= a.start and a.end <= reading.start
             and a.root.dep_ != "compound"]
    return named[-1] if named else None


def _coin_before(doc: Doc, sentence: Span, reading: Span) -> str | None:
    named = [a.label_ for a in group(doc, "assets") if sentence.start <= a.start and a.end <= reading.start]
    return named[-1] if named else None


_APPROXIMATE = {"around", "about", "roughly", "nearly", "almost", "approximately", "some", "just"}


def _change_noun_of(doc: Doc, reading: Span) -> Token | None:
    """'a decline of over 18%', 'an increase of 5%': the noun of the change a percentage is the size of."""
    i = reading.start - 1
    while i > 0 and doc[i].lower_ in _APPROXIMATE | ABOVE | BELOW | {"than", "up", "to", "almost", "nearly"}:
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    noun = doc[i - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in _CHANGE_NOUNS - {"up", "down"} else None


def _share_moved(doc: Doc, reading: Span, sized: bool) -> bool:
    """'Dominance slid by 0.8%', 'ether's share is up 2.5%', 'a jump of 3.6 percentage points': the
    move itself leads the figure (by, the verb, up/down, a change noun), so the figure is how far the
    share moved; 'dominance rose to 58%', 'reached 54%', 'up from 49%' give the share itself."""
    if sized:
        return True
    i = reading.start - 1
    while i > 0 and (doc[i].lower_ in _APPROXIMATE | ABOVE | BELOW or doc[i].lower_ == "than" and doc[i - 1].lower_ in ABOVE | BELOW):
        i -= 1  # 'slid by just under 1%', 'rose by more than 2%'
    lead = doc[i]
    if lead.lower_ == "by":
        return True
    if any(t.lower_ in ABOVE | BELOW for t in doc[i + 1 : reading.start]):
        return False  # 'dropped below 55%', 'climbed above 60%': the share passed a level
    return lead.lower_ not in {"to", "at", "of", "from", "near", "around"} and lead.lemma_.lower() not in {"reach", "hit", "touch", "tap", "top"} \
        and lead.pos_ in {"VERB", "ADV", "ADP"} and _direction(doc[i : i + 1]) is not None


def _sized_by_change_noun(doc: Doc, reading: Span) -> bool:
    """'an increase of 213.9%', 'a drop of about 12%': the 'of' before the figure follows a noun of change."""
    i = reading.start - 1
    while i > 0 and doc[i].lower_ in _APPROXIMATE:
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in _CHANGE_NOUNS


def _word_before_figure(doc: Doc, reading: Span) -> str:
    """The word a figure is led by, past words of approximation: 'fell by about 4%' is led by
    'by', a move; 'stood at around 55%' by 'at', a level. A bare 'around 55%' stays a level."""
    if reading.start == 0:
        return ""
    i = reading.start - 1
    while i > 0 and doc[i].lower_ in _APPROXIMATE:
        i -= 1
    if i < reading.start - 1 and doc[i].pos_ == "VERB":
        return doc[i].lower_  # 'jumped around 10 percent': the verb leads it, so a move if the verb moves
    return "by" if i < reading.start - 1 and doc[i].lower_ == "by" else doc[reading.start - 1].lower_


def _word_before_bound(doc: Doc, reading: Span) -> str:
    """'rose from 6% to over 9%': the word before the bound the figure is written with ('to'), which
    says the figure is where the rate arrived, not how far it moved."""
    bound = next((b for b in group(doc, "bounds") if b.end == reading.start), None)
    return doc[bound.start - 1].lower_ if bound is not None and bound.start > 0 else ""


def _claim(
    doc: Doc,
    article: Article,
    sentence: Span,
    metric: Span,
    reading: Span | None,
    quantities: list[Span],
    carried: str | None,
    dominant: str | None,
    further: bool = False,
    timeframe: str | None = None,
    multiple: Token | None = None,
    upper: Span | None = None,
) -> Claim | None:
    kind, name, _ = METRICS[metric.label_]
    value = unit = zone = None
    amount_words: Token | None = None
    decimals, magnitude = 0, 1.0
    comparator = Comparator.at
    sign = _funding_sign(doc, sentence, metric) if reading is None and kind is ClaimKind.funding_rate and multiple is None else None
    flat = _flat(doc, sentence, metric) if reading is None and name in {"open_interest", "volume"} and multiple is None else None
    if multiple is not None and multiple.lower_ in TREND_NOUNS:  # "open interest ... on an uptrend since September"
        comparator = TREND_NOUNS[multiple.lower_]
        name = name if name == "market_cap" else f"{name}_change"
        start_char, end_char = metric.start_char, multiple.idx + len(multiple)
    elif multiple is not None:  # "spot volume more than doubled": a change of +100%
        value, unit = (MULTIPLES[multiple.lemma_.lower()] if multiple.lemma_.lower() in MULTIPLES else MULTIPLES[multiple.lower_]), "%"
        comparator = Comparator.up if value > 0 else Comparator.down
        name = name if name == "market_cap" else f"{name}_change"
        start_char, end_char = metric.start_char, multiple.idx + len(multiple)
    elif sign is not None:  # "funding flipped negative": a rate against zero
        comparator, end_token = sign
        value, unit = 0.0, "%"
        start_char, end_char = min(metric.start_char, end_token.idx), max(metric.end_char, end_token.idx + len(end_token))
    elif flat is not None:  # "open interest has been flat": a change of zero
        value, unit, name = 0.0, "%", f"{name}_change"
        start_char, end_char = metric.start_char, flat.idx + len(flat)
    elif reading is None:
        # "open interest ... rises": a direction with no figure, read from the verb it is subject of.
        head = metric.root.head
        if metric.root.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            direction = _direction(doc[head.i : head.i + 1])
            told = next((c for c in head.children if c.dep_ in {"advmod", "acomp", "prt"} and c.lower_ in _SAID_MOVED), None) \
                if head.lemma_ == "be" else None
            if told is None and head.lemma_ == "be" and head.i + 1 < sentence.end and doc[head.i + 1].lower_ in _SAID_MOVED:
                told = doc[head.i + 1]  # "is up to 9.1 billion tokens": the parser hangs 'up' on the figure
            if direction is None and told is not None:  # "open interest on SOL is up to 9.1 billion tokens", "was higher"
                direction, head = _SAID_MOVED[told.lower_], told
            going = _move_kept_on(head) if direction is None else None
            if going is not None:  # "open interest keeps climbing", "continues to rise"
                direction, head = _direction(doc[going.i : going.i + 1]), going
        else:  # the parse missed it: "open interest rises" read right after the words
            nxt = doc[metric.end : min(metric.end + 1, sentence.end)]
            direction = _direction(nxt) if len(nxt) and nxt[0].lower_.endswith(("s", "ed", "ing")) else None
            head = nxt[0] if direction is not None else head
        described = _described_moving(doc, metric) if direction is None else None
        if described is not None:  # "rising open interest in bitcoin futures"
            direction, head = _direction(doc[described.i : described.i + 1]), doc[metric.end - 1]
        if direction is None or kind in {ClaimKind.indicator, ClaimKind.funding_rate}:
            return None  # an RSI that "has climbed", funding that "has fallen": no level, zone or sign to check
        direction = _extreme_reached(head) or direction  # "Sentiment Index Hits Seven-Month Low": a fall
        comparator, end_char = direction, head.idx + len(head)
        start_char = described.idx if described is not None else metric.start_char
    else:
        q: Quantity = reading._.quantity
        value, unit, decimals, magnitude = q.value, q.unit or ("USD" if _bare_dollars(q) else None), q.decimals, q.magnitude
        if kind is ClaimKind.sentiment_index:
            if q.unit == "%" and _share_of_another(doc, sentence, metric, reading):
                return None  # 'the Fear & Greed index is at 20, while nearly 50% of holders are at a loss'
            unit = None  # "76%" on a 0-100 gauge is the reading 76
        if kind is ClaimKind.liquidations and _price_where_they_sit(doc, metric, reading):
            return None  # 'liquidations stacked below $3,100': a price where positions would be closed out, no total
        if kind is ClaimKind.liquidations and unit == "%":
            kind, name = ClaimKind.liquidation_imbalance, "liquidation_imbalance"  # a side's share of the total
        lo, hi = sorted([(metric.start, metric.end), (reading.start, reading.end)])
        between = doc[lo[1] : hi[0]]
        move = _direction(between)
        if move is None and reading.end < len(doc) and doc[reading.end].pos_ == "NOUN":
            move = _direction(doc[reading.end : reading.end + 1])  # "a 70% increase in trading volume"
        sized = move is None and q.unit == "%" and reading.end <= metric.start and (noun := _change_noun_of(doc, reading)) is not None
        if sized:
            move = _direction(doc[noun.i : noun.i + 1])  # "a decline of over 18% in Dogecoin's open interest"
        if move is None and q.unit == "%" and reading.end + 1 < sentence.end and doc[reading.end + 1].lower_ == "than" \
                and doc[reading.end].lower_ in _COMPARED_SIZES:
            move = _COMPARED_SIZES[doc[reading.end].lower_]  # "OI is 12% lower than it was a week ago": a change told as a comparison
        before = "" if sized else _word_before_figure(doc, reading)  # "a decline of 18%": 'of' gives the size of the move
        if before == "of" and unit == "%" and name in {"open_interest", "volume"} and _sized_by_change_noun(doc, reading):
            before = ""  # "the trading volume experienced an increase of 213.9%": a total's move, no total is a percent
        if further and unit == "%" and name in {"open_interest", "volume", "market_cap"}:
            noun_at = reading.end + 1 if reading.end + 1 < sentence.end and doc[reading.end].lower_ in _PER_PERIOD else reading.end
            named_after = doc[noun_at : noun_at + 1] if noun_at < sentence.end and doc[noun_at].pos_ == "NOUN" else doc[0:0]  # 'a 5% monthly increase'
            move = _signed_move(reading) or _own_direction(doc, sentence, reading) or _direction(named_after) \
                or _direction(doc[max(sentence.start, reading.start - CHAIN_REACH) : reading.start])
            before = ""  # a change chained after the total's level: 'a decline of 10%'
        elif further and unit == "%" and name == "dominance" and reading.end < sentence.end and doc[reading.end].pos_ == "NOUN" \
                and (move := _noun_move(doc[reading.end])) is not None:
            sized, before = True, ""  # 'climbed to 19.8%, an over 1.1% boost': the share's level, then its move
        if move is not None and before not in {"to", "at", "of", "near", "around"} and unit == "%" and (
                name not in {"funding_rate", "dominance", "liquidation_imbalance"} or name == "dominance" and _share_moved(doc, reading, sized)):
            comparator = move
            name = name if name in {"market_cap", "dominance"} else f"{name}_change"  # a cap's or a share's change keeps its metric (unit %)
            value = -abs(value) if move is Comparator.down else abs(value)
        elif name == "funding_rate" and unit == "%" and move is not None and abs(value) >= RATE_REACH \
                and before not in _REACHED and _word_before_bound(doc, reading) not in _REACHED \
                and not _annualised(doc, sentence, metric, reading):
            # "funding rates soaring more than 360%", "a 90% drop over the past seven days": no rate is
            # that large; the figure is how far the rate itself moved ("plunged to -15%", "rose as high as
            # 77%" give the level reached, a yearly rate written without its period)
            comparator, name = move, "funding_rate_change"
            value = -abs(value) if move is Comparator.down else abs(value)
        elif further and unit in MONEY and name in {"open_interest", "volume", "market_cap"} \
                and (change := _amount_changed(doc, sentence, reading)) is not None:
            # "..., down 4.4% on the day, a drop of $363 million": the change restated in dollars
            comparator, amount_words = change, _amount_words(doc, sentence, reading)
            name = name if name == "market_cap" else f"{name}_change"
            value = -abs(value) if change is Comparator.down else abs(value)
        elif (unit in MONEY or unit in _COIN_UNITS and name == "open_interest") and name in {"open_interest", "volume", "market_cap"} and not further:
            change = _money_change(doc, metric, reading)
            if change is not None:  # "open interest fell by $2 billion", "$811 million in open interest evaporated"
                comparator = change
                name = name if name == "market_cap" else f"{name}_change"
                value = -abs(value) if change is Comparator.down else abs(value)
            elif unit in _COIN_UNITS and (moved := _coin_move(doc, sentence, metric, reading)) is not None:
                # "open interest fell to 298,000 BTC from 316,000 BTC": a move of a total in coins, told by its direction
                comparator, value, decimals, magnitude = moved, None, 0, 1.0  # the unit stays: a count of coins
        lead_start = reading.start
        while unit is None and lead_start > sentence.start and doc[lead_start - 1].lower_ in _LINE_NAMING:
            lead_start -= 1  # "rose above the neutral 50 level": the words naming the line are not the bound
        while lead_start > sentence.start and doc[lead_start - 1].lower_ in _YEARLY_WORDS:
            lead_start -= 1  # "briefly went above an annualised 9%": how the rate is quoted is not the bound
        lead = {t.lower_ for t in doc[max(sentence.start, lead_start - 2) : lead_start]}
        bound = bound_before(reading) if comparator is Comparator.at else None
        if bound is not None:
            comparator = bound  # "just shy of $1 billion", "north of $20 billion"
        elif comparator is Comparator.at and lead & ABOVE:
            comparator = Comparator.above  # "more than $1 billion", "topped $1 billion"
        elif comparator is Comparator.at and lead & BELOW:
            comparator = Comparator.below
        elif comparator is Comparator.at and lead & _NEARING and unit in MONEY:
            comparator = Comparator.below  # "total losses approached $970 million": not there yet (corpus README: 'nears' is below)
        elif comparator is Comparator.at and lead & _NEARING and unit is None and metric.label_ == "rsi":
            # "the RSI has approached the 70 mark": not there yet, coming from its side of the midline
            comparator = Comparator.below if value >= 50 else Comparator.above
        elif comparator is Comparator.at and unit is None and kind is ClaimKind.indicator \
                and (retaken := _retaken(doc, sentence, reading)) is not None:
            comparator = retaken  # "the daily RSI reclaimed 50"
        if comparator in {Comparator.above, Comparator.below} and unit is None and _crossing(doc, sentence, doc[lead_start : reading.end]):
            # "RSI dipped below 30", "has crossed above 70": a move through the line
            comparator = Comparator.crossed_above if comparator is Comparator.above else Comparator.crossed_below
        zone = _zone_after(doc, sentence, metric.label_, reading)
        start_char = doc[reading.start - 1].idx if further else min(metric.start_char, q.start)
        if amount_words is not None:
            start_char = amount_words.idx  # "a drop of $363 million"
        told = [t for t in doc[metric.end : reading.start] if t.text == ","] if kind is ClaimKind.funding_rate else []
        if told and metric.end <= reading.start:
            start_char = doc[told[-1].i + 1].idx  # "..., averaging about -0.01% per eight hours": the rate's own words
        side_word = _side_word_before(doc, sentence, reading) if further and kind is ClaimKind.liquidations else None
        start_char = side_word.idx if side_word is not None else start_char  # "shorts accounted for $95 million"
        coin_word = _coin_takes(doc, sentence, reading) if further and kind is ClaimKind.liquidations and side_word is None else None
        start_char = coin_word.start_char if coin_word is not None else start_char  # "ether made up $110 million"
        end_char = max(metric.end_char, q.end)
    if kind is ClaimKind.funding_rate and unit == "bps" and value is not None:
        value, unit, decimals = value / 100, "%", decimals + 2  # "+0.5bp per eight hours": a rate in percent, as the prints are quoted
    if kind is ClaimKind.funding_rate and value is not None and value > 0 and reading is not None \
            and (_payer(doc, metric) == "short" or _written_negative(doc, sentence, reading)):
        value = -value  # "shorts are paying longs 0.01%", "dipped to a negative 0.01%"
    if kind is ClaimKind.funding_rate and reading is not None and _annualised(doc, sentence, metric, reading):
        name = "funding_rate_annualized"  # "an annualised 11%": a yearly figure, not a rate per funding period
    elif kind is ClaimKind.funding_rate and reading is not None and _hourly(doc, sentence, metric, reading):
        name = "funding_rate_hourly"  # "0.0012% per hour": a venue settling every hour, not every eight
    value_high = None
    if upper is not None:  # "between $8 billion and $10 billion"
        comparator, value_high = Comparator.between, upper._.quantity.value
        end_char = max(end_char, upper.end_char)
    if kind is ClaimKind.liquidations and reading is not None:
        after = [t.lower_ for t in doc[reading.end : min(sentence.end, reading.end + 5)]]
        if after[:1] == ["more"] and "than" in after:  # "$1.2 billion more short positions than longs at risk"
            kind, name = ClaimKind.liquidation_imbalance, "liquidation_imbalance"
            end_char = max(end_char, doc[reading.end + after.index("than") + 1].idx + len(doc[reading.end + after.index("than") + 1]))
    side = None
    if kind in {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}:
        side = _side(doc, sentence, metric, reading)
        if side is None and kind is ClaimKind.liquidations and reading is not None:
            side = "total"  # "$412 million liquidated across crypto"
    anchor = reading if reading is not None else metric
    if metric.label_ in MARKET_WIDE:
        asset = None
    elif kind is ClaimKind.liquidations and further and _coin_before_side(doc, sentence, reading) is not None:
        asset = _coin_before_side(doc, sentence, reading)  # "..., followed by bitcoin shorts at $99 million"
    elif kind is ClaimKind.liquidations and further and (coin := _coin_takes(doc, sentence, reading)) is not None:
        asset = coin.label_  # "..., while ether made up $110 million"
    elif kind is ClaimKind.liquidations and reading is not None and (coin := _coin_after_last_figure(doc, sentence, reading)) is not None:
        asset = coin  # "Bitcoin alone has seen $91.7 million ..., with Ethereum following with $69.86 million"
    elif kind is ClaimKind.liquidations:
        asset = _asset_in_phrase(doc, sentence, metric, reading)  # "across crypto" unless the phrase names a coin
        if asset is None and side in {"long", "short"} and _split_of_coin_before(doc, sentence):
            # "XRP's liquidations came to $11.4 million. Longs contributed $10.21 million, shorts $1.2 million.":
            # the sides of the coin total told just before
            asset = _coin_of_liquidations_before(doc, sentence)
    elif kind is ClaimKind.volume and _exchange_owned(doc, sentence, metric):
        asset = None  # "Upbit's 24-hour trading volume": an exchange's turnover across its coins
    elif kind is ClaimKind.volume and _market_volume(doc, sentence, metric):
        asset = None  # "the total crypto market volume": the whole market's turnover
    elif kind is ClaimKind.market_cap and metric.label_ == "market_cap" and (_whole_market(doc, sentence, metric) or _is_market(metric)):
        asset = None  # "the total cryptocurrency market cap"
    elif kind is ClaimKind.indicator and reading is not None and (labelled := _coin_labelling(doc, sentence, reading)) is not None:
        asset = labelled.label_  # "4H RSI: ETH 36, BTC 41.5"
    elif kind in {ClaimKind.open_interest, ClaimKind.funding_rate} and (_crypto_wide(doc, sentence, metric, reading)
                                                                       or market_paragraph(doc, sentence)):
        asset = None  # "total crypto open interest", "funding across altcoins": the whole market's
    elif kind is ClaimKind.liquidation_imbalance:
        named = within(doc, "assets", sentence)
        asset = named[0].label_ if named else _coin_of_liquidations_before(doc, sentence)
    else:
        asset, _ = asset_for(doc, sentence, metric, carried, dominant)
    if metric.label_ == "dominance" and asset is None:
        asset = "BTC"  # "dominance", "BTC.D": bitcoin's share unless another coin is named
    modality, source = modality_of(metric, sentence)
    if modality is Modality.forecast or modality is not Modality.conditional and sentence_expects(sentence, anchor):
        # "open interest could top $60 billion if inflows keep up": a forecast resting on a condition
        modality = Modality.conditional if forecast_condition(metric, anchor) else Modality.forecast
    if multiple is not None:
        anchor = doc[multiple.i : multiple.i + 1]  # "more than doubled on Monday": the move's own day
    told_by_sign = sign is not None and sign[0] in {Comparator.crossed_below, Comparator.crossed_above}  # "turned negative on Tuesday"
    window = _window(doc, sentence, metric, anchor, quantities, kind, change=comparator in {Comparator.up, Comparator.down}) \
        if reading is not None or multiple is not None or told_by_sign else None
    if window is not None and since_compares(window, comparator):
        window = None  # "registering 10, ... its lowest since May 6"
    time = resolve(article, "instant", window, sentence=sentence, reading=comparator not in {Comparator.up, Comparator.down})
    if further and window is None and kind in _DAILY_SERIES and doc[reading.start - 1].lower_ == "from":
        # "jumped to 67 from 53", "fell to $2.27 trillion from $2.31 trillion": the series' previous daily print;
        # "dropped from 82 to 14.5 within a month": the print that long before publication
        time = _start_of_span_told(article, sentence) or previous_utc_day(article) or time
    if window is not None and window.start >= doc.char_span(start_char, end_char, alignment_mode="expand").end:
        end_char = max(end_char, window.end_char) if window.start - anchor.end <= 2 else end_char
    listed = timeframe  # the timeframe a 'respectively' list gives this reading
    period, timeframe = indicator_settings(metric, name, sentence) if kind is ClaimKind.indicator else (None, None)
    timeframe = listed or _timeframe_before(doc, sentence, metric) or timeframe
    if kind is ClaimKind.indicator and timeframe is None:
        timeframe = _timeframe_carried(doc, sentence, metric) or timeframe_of_sibling(doc, sentence, metric)
    return Claim(
        kind=kind,
        asset=asset,
        metric=name,
        period=period,
        timeframe=timeframe,
        value=value,
        value_high=value_high,
        unit=unit,
        decimals=decimals,
        magnitude=magnitude,
        comparator=comparator,
        zone=zone,
        side=side,
        time=time,
        modality=modality,
        attributed_to=source,
        text=text_of(doc)[start_char:end_char],
        sentence=sentence.text.strip(),
        span=(start_char, end_char),
    )

