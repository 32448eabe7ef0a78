"""The extraction stage: Article -> claims. Never touches the network."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from factcheck.model import (
    FIRST_CROSSING,
    Article,
    Claim,
    ClaimKind,
    Comparator,
    Modality,
)
from factcheck.nlp.appositive_levels import with_appositive_levels
from factcheck.nlp.attribution_carry import with_carried_attribution
from factcheck.nlp.both_coins import with_both_coins
from factcheck.nlp.broken_lines import with_broken_lines
from factcheck.nlp.caps_at_price_scale import caps_at_price_scale
from factcheck.nlp.claims import asset_context, extract_claims
from factcheck.nlp.coin_sides import with_coin_sides
from factcheck.nlp.coin_tallies import with_coin_tallies
from factcheck.nlp.components import text_of
from factcheck.nlp.exchange_subjects import with_exchange_subjects
from factcheck.nlp.fallen_short import fallen_short
from factcheck.nlp.fib_swings import with_fib_swings
from factcheck.nlp.figure_bounds import with_bounds
from factcheck.nlp.forecast_bands import bands_joined
from factcheck.nlp.forecast_moves import forecast_moves
from factcheck.nlp.forecast_told import without_told_moves
from factcheck.nlp.gapped_moves import with_gapped_moves
from factcheck.nlp.gauge_comparisons import with_gauge_comparisons
from factcheck.nlp.gauge_definitions import without_gauge_definitions
from factcheck.nlp.gauge_providers import with_gauge_providers
from factcheck.nlp.gauge_zones import without_zone_legends, zones_of_the_gauge
from factcheck.nlp.illustrations import without_illustrations
from factcheck.nlp.index_weights import without_index_weights
from factcheck.nlp.indicator_calls import indicator_calls
from factcheck.nlp.joint_coins import with_joint_coins
from factcheck.nlp.last_seen import with_last_seen
from factcheck.nlp.level_lists import with_level_lists
from factcheck.nlp.line_roles import with_line_roles
from factcheck.nlp.line_scale import lines_to_coin_of_their_scale
from factcheck.nlp.line_targets import with_line_targets
from factcheck.nlp.liquidated_coin import with_liquidated_coin
from factcheck.nlp.liquidation_changes import without_liquidation_changes
from factcheck.nlp.liquidation_clauses import with_liquidation_clauses
from factcheck.nlp.liquidation_parts import with_liquidation_parts
from factcheck.nlp.liquidation_words import with_liquidation_words
from factcheck.nlp.listed_levels import with_listed_levels
from factcheck.nlp.market_shares import with_market_shares
from factcheck.nlp.markets import with_markets
from factcheck.nlp.metric_claims import extract_metric_claims
from factcheck.nlp.metric_tables import with_metric_tables
from factcheck.nlp.move_destinations import destinations_as_targets
from factcheck.nlp.move_starts import move_starts
from factcheck.nlp.moves_toward import moves_toward
from factcheck.nlp.nominal_restatements import without_nominal_restatements
from factcheck.nlp.opinions import draft_opinions
from factcheck.nlp.period_lists import by_period
from factcheck.nlp.pipeline import load_pipeline
from factcheck.nlp.price_multiples import price_multiples
from factcheck.nlp.price_restated import without_rounder_restatements
from factcheck.nlp.price_scale import (
    amounts_lost,
    moves_at_level_scale,
    to_coin_of_its_scale,
)
from factcheck.nlp.price_tables import with_price_tables
from factcheck.nlp.questioned_figures import without_questioned_figures
from factcheck.nlp.questioned_records import without_questioned_records
from factcheck.nlp.record_concessions import without_calls_on_told_records
from factcheck.nlp.record_crossed_now import with_crossings_now
from factcheck.nlp.record_dates import dated_records
from factcheck.nlp.record_forecasts import records_as_forecasts
from factcheck.nlp.record_fronted import falls_from_fronted_records
from factcheck.nlp.record_next_sentence import records_told_then_levelled
from factcheck.nlp.record_past import without_restated_old_records
from factcheck.nlp.record_peaks import levels_as_new_records
from factcheck.nlp.record_positions import without_nearness_restated
from factcheck.nlp.record_scale import records_to_coin_of_their_scale
from factcheck.nlp.record_series_sizes import without_records_of_series_sizes
from factcheck.nlp.record_when import levels_told_when_record
from factcheck.nlp.respective_lists import respective
from factcheck.nlp.revised_targets import revised_targets
from factcheck.nlp.rsi_midline import with_rsi_midline
from factcheck.nlp.rsi_territory import with_rsi_territory
from factcheck.nlp.rsi_zone_denied import with_rsi_zone_denied
from factcheck.nlp.section_charts import with_section_charts
from factcheck.nlp.shared_windows import with_shared_windows
from factcheck.nlp.side_shares import with_side_shares
from factcheck.nlp.single_coin_liquidations import with_single_coin_liquidations
from factcheck.nlp.single_orders import without_single_orders
from factcheck.nlp.stablecoin_caps import stablecoin_caps
from factcheck.nlp.state_claims import extract_state_claims
from factcheck.nlp.stranded_positions import with_stranded_positions
from factcheck.nlp.target_distances import percents_to_targets
from factcheck.nlp.timeref import horizon_written
from factcheck.nlp.total_changes_told import with_total_changes_told
from factcheck.nlp.valuation_arithmetic import without_valuation_arithmetic
from factcheck.nlp.venue_lists import by_venue, respective_venues
from factcheck.nlp.venue_tallies import with_venue_tallies
from factcheck.nlp.year_peaks import year_peaks
from factcheck.nlp.zone_restatements import without_zone_restatements
from factcheck.sentiment.opinion_head import OpinionDraft, with_opinions


def _key(claim: Claim) -> tuple[object, ...]:
    # a move keeps its window: "-7.0% in 24 hours" and "down 7% on the day" are two claims; a forecast
    # its written horizon: "$4,500 in December" and "to end 2026 near $4,500" are two calls
    window = (claim.time.start, claim.time.end) if claim.kind is ClaimKind.price_change \
        or claim.kind is ClaimKind.forecast and horizon_written(claim.time) \
        or claim.kind.value in _METRIC_KINDS and claim.time.text else None  # 'at 14, up from 14 last week': two readings
    # a reading keeps its chart: 'the MACD, while still bullish' on the 4-hour chart and 'the MACD, though bullish' on the daily are two
    return (claim.kind, claim.asset, claim.metric, claim.comparator, claim.value, claim.value_high, claim.unit, claim.zone, claim.period,
            claim.count, claim.duration_days, window,  # 'consolidates for 60 days' and later 'for the past 61 days': two runs told
            claim.timeframe if claim.kind is ClaimKind.indicator else None)


_PRICE_KINDS = {"price_change", "price_level", "intraday_high", "intraday_low"}  # a low read off "hit a record of $X" is the record
_METRIC_KINDS = {"market_cap", "volume", "open_interest", "funding_rate", "liquidations", "sentiment_index"}


def _same_new_record(crossing: Claim, record: Claim) -> bool:
    """A record set in the story's window, told with its level ('a new all-time high of $125,245'),
    and a crossing of the record without one ('hits new all-time high') for the same coin and window. A
    record in a local currency is a local market's ('a record high in Korea' over '88 million won'): both stay."""
    return (record.comparator.value == "at" and record.unit == "USD" and record.record_time is None
            and record.asset == crossing.asset and record.time.start == crossing.time.start
            and record.time.end == crossing.time.end)


def _overlap(a: Claim, b: Claim) -> bool:
    """'22% below its January record' is a record claim, not a move as well."""
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


# 'for the first time in 14 weeks' / 'since May' / 'this year' is a return to a level, not a record
_FIRST_TIME = re.compile(r"\bfor the first time\b(?!\s+(?:since|in|this|after)\b)|\bfirst time ever\b|\bnever before\b"
                         r"|\bfirst time in (?:its|their) history\b", re.IGNORECASE)


def _first_time(claim: Claim) -> Claim:
    """'crossed the US$100,000 mark for the first time': a new record, not only a level. Records
    are in dollars: a first in won on local exchanges stays a level, as in claims.py."""
    if claim.kind.value == "price_level" and claim.comparator.value == "crossed_above" and claim.unit == "USD" \
            and _FIRST_TIME.search(claim.sentence):
        return claim.model_copy(update={"kind": ClaimKind.all_time_high, "metric": FIRST_CROSSING})
    return claim


_BOTH_LINES = ("support and resistance", "support/resistance", "floor and ceiling")
_LINES_REACH = 60  # characters after the range in which its role is named


def _range_as_levels(claim: Claim, text: str) -> list[Claim]:
    """'between $60,000 and $72,000, acting as support and resistance': the range's
    lower end is a support and its upper end a resistance, not a price band."""
    if claim.kind is not ClaimKind.price_level or claim.comparator.value != "between" or claim.value_high is None:
        return [claim]
    after = text[claim.span[1] : claim.span[1] + _LINES_REACH].lower().split(". ")[0]
    if not any(words in after for words in _BOTH_LINES):
        return [claim]
    at = {"comparator": Comparator.at, "value_high": None}
    return [
        claim.model_copy(update={**at, "kind": ClaimKind.support}),
        claim.model_copy(update={**at, "kind": ClaimKind.resistance, "value": claim.value_high}),
    ]


_RECORD_AFTER = ("new high", "new record", "record high", "all-time high", "new all-time", "new peak")
_RECORD_REACH = 45  # characters after a peak in which it is called a record
_RECORD_BEFORE = 12  # characters before a high's words in which 'record' stands: 'a record high above $5,100'
_RECORD_WORDS = ("record", "all-time", "lifetime")
# 'as high as $4,792, creeping towards its record high', '..., just shy of its all-time high': a peak
# short of the record named after it is no record
_SHORT_OF = re.compile(r"\b(?:toward|towards|nearing|near|approach\w*|short of|shy of|below|under|within|close to|yet to)\b")


def _peak_as_record(claim: Claim, text: str) -> Claim:
    """'the price topped out near 88 million won, its new high': the peak is the record."""
    if claim.kind is not ClaimKind.intraday_high:
        return claim
    after = text[claim.span[1] : claim.span[1] + _RECORD_REACH].lower().split(". ")[0].split("\n")[0]  # not the next paragraph's
    named = [after.find(words) for words in _RECORD_AFTER if words in after]
    if named and not _SHORT_OF.search(after[: min(named)]):
        return claim.model_copy(update={"kind": ClaimKind.all_time_high})
    return claim


def _record_high_told(claim: Claim, found: list[Claim], text: str) -> bool:
    """'a record high above $5,100': the high's words after 'record' are the record's, which the
    record claim over the same words already reads (held: at; new: crossed_above)."""
    before = text[max(0, claim.span[0] - _RECORD_BEFORE) : claim.span[0]].lower().rstrip()
    return claim.kind is ClaimKind.intraday_high and before.endswith(_RECORD_WORDS) and any(
        r.kind is ClaimKind.all_time_high and r.value == claim.value and _overlap(r, claim) for r in found)


_RISING, _FALLING = {Comparator.up, Comparator.crossed_above}, {Comparator.down, Comparator.crossed_below}


def _zone_left(zone: Claim) -> bool:
    """A zone claim that says the gauge left it ('recovered from oversold', 'out of extreme
    fear', 'cooled from overbought'), not that the reading is in it ('entering overbought')."""
    low = any(w in (zone.zone or "") for w in ("oversold", "fear"))
    return zone.comparator in (_RISING if low else _FALLING)


def _merge_zones(claims: list[Claim]) -> list[Claim]:
    """'reads 80, "extreme greed"', 'slid to 23, deep in oversold territory': one claim,
    the reading with its zone, not a reading and a zone apart."""
    out: list[Claim] = []
    for claim in claims:
        partner = next(
            (o for o in out if o.sentence == claim.sentence and o.kind is claim.kind and o.metric == claim.metric
             and (o.value is None) != (claim.value is None) and (o.zone or claim.zone)),
            None,
        ) if claim.metric in {"fear_greed", "rsi"} else None
        if partner is None:
            out.append(claim)
            continue
        reading, zone = (claim, partner) if claim.value is not None else (partner, claim)
        if _zone_left(zone):  # 'bounced back to 45 from oversold': the zone left is a crossing of its own
            out.append(claim)
            continue
        merged = reading.model_copy(update={"zone": zone.zone})
        out[out.index(partner)] = merged
    return out


_DIRECTIONS = {Comparator.up, Comparator.down}


def _figured_directions_dropped(claims: list[Claim]) -> list[Claim]:
    """'open interest fell 6.8% to $7.62 billion': one change with its figure, not also a bare
    'fell' of the same series in the same sentence."""
    figured = {(c.kind, c.asset, c.comparator, c.sentence) for c in claims
               if c.comparator in _DIRECTIONS and c.value is not None and c.kind in _SERIES_KINDS}
    return [c for c in claims if not (c.value is None and c.kind in _SERIES_KINDS
                                      and (c.kind, c.asset, c.comparator, c.sentence) in figured)]


_SERIES_KINDS = {ClaimKind.open_interest, ClaimKind.volume, ClaimKind.market_cap, ClaimKind.funding_rate}


def extract(article: Article) -> list[Claim]:
    """Every checkable claim of the article, in reading order; a claim restated
    (headline, then body) is kept once, where it first appears."""
    return claims_from_doc(load_pipeline()(article.text), article)


@dataclass
class Draft:
    """An article's claims as the parse gives them, with the opinions the classifier must still
    judge (`settle`). Picklable: a forked extraction hands it to the process holding the encoder."""

    claims: list[Claim]
    opinions: OpinionDraft


def claims_from_doc(doc: Doc, article: Article) -> list[Claim]:
    """The claims of an article whose Doc is already parsed (batches parse with `nlp.pipe`)."""
    return settle(draft_from_doc(doc, article))


def settle(draft: Draft) -> list[Claim]:
    """The draft's claims with its opinions decided, in the order of the text."""
    return with_opinions(draft.claims, draft.opinions)


def draft_from_doc(doc: Doc, article: Article) -> Draft:
    """Everything extraction decides from the parse alone."""
    by_sentence, dominant = asset_context(doc)
    found = (
        extract_claims(doc, article)
        + extract_metric_claims(doc, article, by_sentence, dominant)
        + extract_state_claims(doc, article, by_sentence, dominant)
    )
    found = with_rsi_territory(doc, article, found, by_sentence, dominant)
    found = with_rsi_midline(doc, article, found, by_sentence, dominant)  # 'the RSI sits beneath the midline'
    found = with_rsi_zone_denied(doc, article, found, by_sentence, dominant)  # 'the RSI is not yet oversold'
    found = with_both_coins(doc, respective(doc, [_first_time(c) for c in found], article))
    found = by_venue(doc, respective_venues(doc, by_period(doc, article, found)))
    text = text_of(doc)
    found = [level for c in found for level in _range_as_levels(_peak_as_record(c, text), text)]
    found = [c for c in found if not _record_high_told(c, found, text)]
    found = forecast_moves(doc, article, found)
    found = destinations_as_targets(text, found)  # 'sees a 30% rally to $4.10': the call is $4.10
    found = bands_joined(text, found)  # 'sees ether hitting $7,000 to $8,000': one call on the band
    found = percents_to_targets(text, found)  # 'could rise 8% to reach the channel top at $2,580': the call is $2,580
    found = caps_at_price_scale(found)  # 'its valuation hovers around $68,000': a price, not a cap
    found = without_rounder_restatements(moves_at_level_scale(to_coin_of_its_scale(amounts_lost(found))))
    found = lines_to_coin_of_their_scale(found)
    found = records_to_coin_of_their_scale(found)
    found = levels_as_new_records(found, text)
    found = records_told_then_levelled(found, text)  # 'hit a record. It traded as high as $5,020'
    found = levels_told_when_record(doc, article, found)
    found = falls_from_fronted_records(doc, article, found)
    found = dated_records(doc, article, found)
    found = year_peaks(article, found, text)  # 'plunged from a 2026 peak near $97,000' in a 2026 story: the year's high
    found = without_restated_old_records(found)  # 'near the all-time high reached in early October': the October record told with its level
    found = records_as_forecasts(doc, article, found)
    found = indicator_calls(article, found)
    found = with_line_targets(doc, article, found, by_sentence, dominant)  # 'could descend to the 20-day EMA': the line is the target
    found = revised_targets(text, found)
    # 'sees cardano setting a fresh record near $3.40': the call with its level, once
    found = [c for c in found if not (c.kind is ClaimKind.forecast and c.value is None and any(
        o.kind is ClaimKind.forecast and o.value is not None and _overlap(c, o) for o in found))]
    found = without_told_moves(doc, article, found)  # 'the price shot up to $88,500 on Monday': a move told, no call
    found = with_exchange_subjects(doc, with_markets(found, text))
    found = without_single_orders(doc, with_liquidation_words(found, [s.text for s in doc.sents], dominant))  # one order's size
    found = with_bounds(doc, with_shared_windows(doc, article, with_gapped_moves(doc, found)))  # 'ether 6.1% and solana 9% over the past week'
    found = move_starts(doc, article, price_multiples(doc, article, found, by_sentence, dominant))
    # 'after briefly approaching $24,000 on Sunday': Sunday's high fell short of it; 'tumbled toward $65K but buyers stepped in': that fall's low
    found = moves_toward(doc, fallen_short(doc, found))
    found = with_market_shares(doc, found)
    found = stablecoin_caps(doc, found)  # 'Tether (USDT) has reached a market capitalization of $100 billion'
    found = with_last_seen(doc, article, found)
    found = with_crossings_now(doc, article, found)  # 'eclipses its previous peak in mid-August': passed now, the peak is August's
    found = with_appositive_levels(doc, article, found)
    found = with_line_roles(doc, found)
    found = with_fib_swings(doc, found)
    found = with_broken_lines(doc, found)
    found = with_stranded_positions(doc, found)
    found = with_listed_levels(text, found)
    found = with_level_lists(doc, article, found, by_sentence, dominant)
    found = with_metric_tables(doc, article, with_price_tables(doc, article, with_coin_tallies(doc, article, found)))
    found = with_coin_sides(doc, with_venue_tallies(doc, article, found))  # 'Ether ... $86 million. Long traders saw $45 million': the coin's sides
    found = with_liquidation_clauses(doc, article, found)  # '$312 million consisted of long positions', 'XRP was third at $4 million'
    found = with_side_shares(doc, article, found)  # 'with 76.4% of them being long traders'
    found = with_liquidated_coin(doc, found)  # 'Cardano longs got squeezed. Liquidations hit $9 million'
    found = with_single_coin_liquidations(doc, found)  # an XRP story: '$2.1M liquidated in the last hour' is XRP's
    found = with_liquidation_parts(doc, found)  # '... $457 million of shorts. OKX took the lion's share of these liquidations'
    found = with_joint_coins(doc, found)  # 'funding for BTC and ETH touched 0.05%': each coin's
    found = with_total_changes_told(doc, found)  # 'Volume hit $2.9 billion. That mark is an increase of 133%': the volume's
    records = [c for c in found if c.kind.value == "all_time_high" and c.value is not None]
    # 'set new all-time highs (ATH) above $108,000': the record with its level, once; a headline's
    # 'hits new all-time high' over the body's 'a new all-time high of $125,245' is that record told twice
    found = [c for c in found if not (c.kind.value == "all_time_high" and c.value is None and c.comparator.value == "crossed_above"
                                      and any(r.sentence == c.sentence and r.unit != "%" or _same_new_record(c, r) for r in records))]
    found = [c for c in found if not (c.kind.value in _PRICE_KINDS and any(_overlap(c, r) for r in records))]
    # 'dominance rose to 52%, up from 49%': the 49% is the metric's earlier reading, not a move
    readings = [c for c in found if c.kind.value in _METRIC_KINDS and c.value is not None]
    found = [c for c in found if not (c.kind.value == "price_change" and any(_overlap(c, r) for r in readings))]
    # 'dominance climbs', 'market capitalization decreased': a market cap reading is a figure (at, above or
    # below one, corpus/README); its direction alone is the price move told again, nothing to check
    found = [c for c in found if not (c.kind.value == "market_cap" and c.value is None)]
    found = _figured_directions_dropped(without_questioned_figures(text, without_index_weights(doc, found)))
    found = without_illustrations(found)  # "Let's assume the previous day's high was $3,518": made up to explain
    found = without_liquidation_changes(found, text)  # '$478 million in liquidations, a 377% surge': the liquidations grew
    found = without_nominal_restatements(found)  # 'XRP open interest rose 15% ... This surge in open interest': told once
    found = without_questioned_records(text, found)  # 'Ether To Hit A New All-Time High?': asked, not told
    found = without_records_of_series_sizes(found, text)  # 'a 15% decline from its September 13 peak of $10.73 billion': open interest's peak
    found = without_calls_on_told_records(found)  # 'may be trading below its record high of $69,044, but ...': no call on $69,044
    found = without_nearness_restated(found)  # 'Inching Closer To All-Time High' over 'only 6.8% below its all-time high': one claim
    found = without_zone_restatements(without_zone_legends(zones_of_the_gauge(found), text))  # 'at 17' told again as 'back into extreme fear'
    found = without_gauge_definitions(doc, found)  # 'on a scale from 0 to 100', 'below 47 indicates'
    found = with_gauge_comparisons(doc, article, found)  # "the index's 7-day average stands at 31", 'down 3 points from yesterday'
    found = without_valuation_arithmetic(doc, found)  # 'at a $1 trillion valuation, each XRP would be worth $16.73'
    claims: list[Claim] = []
    seen: dict[tuple[object, ...], int] = {}
    for claim in _merge_zones(sorted(found, key=lambda c: c.span)):
        key = _key(claim)
        if key not in seen:
            seen[key] = len(claims)
            claims.append(claim)
        elif claims[seen[key]].modality is Modality.conditional and claim.modality is not Modality.conditional:
            # '- A daily close below $2,900 would ...' in a summary, then 'support lies at $2,900': the line as told
            claims[seen[key]] = claim
    claims = with_section_charts(doc, claims)  # "Ether's 12-hour chart shows ..." then, a paragraph on, 'the 200-SMA at $2,734'
    claims = with_carried_attribution(doc, claims)
    claims = with_gauge_providers(claims, text)  # 'CMC Fear and Greed Index: 32': CoinMarketCap's index, not alternative.me's
    return Draft(claims, draft_opinions(doc, article, [c.span for c in found], by_sentence))
