"""Spot-market constructions real outlets write and our own articles did not. Thousands grouped
by a space ('US$8 000'); a wire's hard-wrapped lines; an old record named by its level ('breaking
the $X record'); the distance 'since that peak'; a record not yet regained; a target revised to a
new figure; a modal with a verb that takes the level as its object ('might approach $5'); the price
now named inside a call ('from its current level of $X'); a record the coin holds named inside a
conditional; the measures of a ranking ('by market capitalization and daily volume'); the market as
the owner of a total; an extreme told as earlier than the price now, in a sentence that names its
clock's zone; coins in brackets or sharing one figure ('each down 12%'); a move told by what it
represents; a level the coin is seen reaching; the line a scenario must break; a dated peak measured
in a relative clause; outlets' furniture ('HOT Stories', 'See related article:'); a live price tag
inside the prose ('While Bitcoin $X hit ...'); a level expected to become a line; a crypto index's
move; a target revised 'from $X to $Y'; a stat line's 'current price:'; moves listed by the chart
they are read on ('up 2% in the daily charts, 9% in the weekly charts'); a coin 'ready to' pass a
level; and a high dated to a day gone, which no forecast word in its sentence makes a call. The
sentences are ours, not the outlets'."""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind, Comparator, Modality
from factcheck.nlp.extract import extract
from tests.extract_helpers import claims_of as _claims


def _found(text: str) -> set[tuple]:
    return {(c.kind, c.asset, c.value, c.comparator) for c in _claims(text)}


@pytest.mark.parametrize("text, kind, asset, value, comparator", [
    ("Ether climbed above the US$3 000 mark on Tuesday.", ClaimKind.price_level, "ETH", 3000, Comparator.crossed_above),
    ("In Cape Town trade, solana gained as much as 6.1%, topping out at $1 240.", ClaimKind.intraday_high, "SOL", 1240, Comparator.at),
])
def test_thousands_grouped_by_a_space_after_a_dollar_sign(text, kind, asset, value, comparator) -> None:
    assert (kind, asset, value, comparator) in _found(text)


def test_a_space_does_not_join_a_count_to_a_number() -> None:
    assert not any(c.value == 7000 for c in _claims("The fund now holds 7 000 coins bought at an average of $31 apiece."))


WRAPPED = """SYDNEY, May 3 (Wire) - Solana extended its climb on Monday as the
rally that began in March rolled on, and the token climbed to a
record $318.40 in Asian hours, lifting its weekly gain to about 14%. Cardano,
ranked ninth by market capitalisation and daily volume, meanwhile touched a
record $3.41 late in the session after a quiet weekend for most large tokens.
"""


def test_a_hard_wrapped_wire_reads_as_its_sentences() -> None:
    found = _found(WRAPPED)
    assert (ClaimKind.all_time_high, "SOL", 318.40, Comparator.at) in found
    assert (ClaimKind.price_change, "SOL", 14, Comparator.up) in found
    assert (ClaimKind.all_time_high, "ADA", 3.41, Comparator.at) in found
    assert not any(c.kind is ClaimKind.volume for c in _claims(WRAPPED))  # 'by ... daily volume' ranks, it measures nothing


def test_a_short_line_before_a_lower_case_word_is_still_a_heading() -> None:
    text = "Claude\nxAI's rival model came in lowest, calling for $2,400 by the end of March."
    assert any(c.kind is ClaimKind.forecast and c.value == 2400 for c in _claims(text))


@pytest.mark.parametrize("text, asset, gain", [
    ("Dogecoin added 3% overnight, which brings its seven-day advance to 22%.", "DOGE", 22),
    ("Cardano added 2%, taking its 30-day advance to 18%.", "ADA", 18),
])
def test_a_gain_brought_to_a_size_over_a_hyphenated_window(text, asset, gain) -> None:
    assert (ClaimKind.price_change, asset, gain, Comparator.up) in _found(text)


def test_an_old_record_named_by_its_level_makes_the_peak_beside_it_the_new_record() -> None:
    found = _found("Litecoin spiked to $131.22 in late New York trade, topping the $128.40 record from the morning.")
    assert (ClaimKind.all_time_high, "LTC", 131.22, Comparator.at) in found
    assert (ClaimKind.all_time_high, "LTC", 128.40, Comparator.at) in found
    assert not any(k is ClaimKind.intraday_high for k, *_ in found)


@pytest.mark.parametrize("text, asset, distance", [
    ("Cardano is lower by 60% since that peak.", "ADA", 60),
    ("Avalanche is down 61% since its December peak.", "AVAX", 61),
])
def test_a_fall_since_a_named_peak_is_the_distance_below_the_record(text, asset, distance) -> None:
    assert (ClaimKind.all_time_high, asset, distance, Comparator.below) in _found(text)


def test_a_fall_since_a_bare_peak_stays_a_move() -> None:
    assert (ClaimKind.price_change, "ETH", -20, Comparator.down) in _found("Ether is down 20% since its peak.")


@pytest.mark.parametrize("text, asset", [
    ("Cardano has not regained the record $3.10 it reached in 2021.", "ADA"),
    ("Dogecoin has never reclaimed its previous peak.", "DOGE"),
])
def test_a_record_not_yet_regained_is_a_distance_below_it(text, asset) -> None:
    assert (ClaimKind.all_time_high, asset, None, Comparator.below) in _found(text)


@pytest.mark.parametrize("text, asset, value", [
    ("The bank's year-end target for ether was raised to $8,000 from $6,500.", "ETH", 8000),
    ("The bank's solana target was trimmed to $180.", "SOL", 180),
])
def test_a_target_revised_to_a_figure_is_a_forecast(text, asset, value) -> None:
    claims = [c for c in _claims(text) if c.asset == asset]
    assert [(c.kind, c.value, c.modality) for c in claims] == [(ClaimKind.forecast, value, Modality.forecast)]


@pytest.mark.parametrize("text, asset, value, modality", [
    ("Should equities hold up, XRP may approach $4 before April.", "XRP", 4, Modality.conditional),
    ("Cardano could challenge $1.20 next week, a trader said.", "ADA", 1.2, Modality.forecast),
])
def test_a_modal_and_a_verb_taking_the_level_is_a_forecast(text, asset, value, modality) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.asset, claim.value, claim.modality) == (ClaimKind.forecast, asset, value, modality)


def test_a_move_that_approached_a_level_is_no_forecast() -> None:
    assert not any(c.kind is ClaimKind.forecast for c in _claims("Bitcoin approached $70,000 on Monday."))


@pytest.mark.parametrize("text, asset, now", [
    ("That call sits 15% under solana's current price of $212.", "SOL", 212),
    ("Analysts see ether at $6,200 in a year, well above its current level of $3,900.", "ETH", 3900),
])
def test_the_price_now_inside_a_call_is_a_level_not_the_target(text, asset, now) -> None:
    levels = [c for c in _claims(text) if c.value == now]
    assert [(c.kind, c.asset) for c in levels] == [(ClaimKind.price_level, asset)]
    assert levels[0].modality in {Modality.asserted, Modality.attributed}


@pytest.mark.parametrize("text, asset, record", [
    ("Were ether to get that far, it would take out its all-time high of $4,956 from August.", "ETH", 4956),
    ("If solana reaches the target, it would top its previous peak of $295.", "SOL", 295),
])
def test_a_record_the_coin_holds_named_in_a_conditional_stays_a_record(text, asset, record) -> None:
    claims = [c for c in _claims(text) if c.value == record]
    assert [(c.kind, c.asset, c.comparator) for c in claims] == [(ClaimKind.all_time_high, asset, Comparator.at)]


def test_a_record_yet_to_be_set_is_still_a_forecast() -> None:
    (claim,) = _claims("Bitcoin could hit a record high of $150,000 next year.")
    assert (claim.kind, claim.value) == (ClaimKind.forecast, 150_000)


def test_the_market_named_as_subject_owns_the_total() -> None:
    text = "Solana lost 14% on Tuesday. The broader crypto market slid 6%, which left a total market cap of $2.4 trillion."
    caps = [c for c in _claims(text) if c.kind is ClaimKind.market_cap and c.value == 2.4e12]
    assert [c.asset for c in caps] == [None]


def test_a_coin_ranked_among_cryptocurrencies_keeps_its_market_cap() -> None:
    text = "XRP climbed 6% and is now the fourth-biggest cryptocurrency, with a market capitalization of $141.3 billion."
    caps = [c for c in _claims(text) if c.kind is ClaimKind.market_cap]
    assert [(c.asset, c.value) for c in caps] == [("XRP", 141.3e9)]


@pytest.mark.parametrize("text, kind", [
    ("Ether was up 4% at $3,481.20 at midday in London, after briefly touching $3,590 and adding $300 over the weekend.",
     ClaimKind.intraday_high),
    ("Ether was off 6% at $3,120, after briefly touching $3,020 and shedding $200 this week.", ClaimKind.intraday_low),
])
def test_an_extreme_told_as_earlier_lies_on_its_side_of_the_price_now(text, kind) -> None:
    extremes = [c.kind for c in _claims(text) if c.kind in {ClaimKind.intraday_high, ClaimKind.intraday_low}]
    assert extremes == [kind]


def test_coins_with_their_tickers_in_brackets_pair_with_their_figures() -> None:
    text = "Among the laggards, Cardano (ADA) and Litecoin (LTC) fell 5% and 4.2% respectively."
    moves = {c.asset: c.value for c in _claims(text) if c.kind is ClaimKind.price_change}
    assert moves == {"ADA": -5, "LTC": -4.2}


def test_one_figure_each_coin_of_a_list_shares() -> None:
    text = "The selloff spread to Cardano, Litecoin, and Avalanche (each down 12%)."
    moves = {c.asset: c.value for c in _claims(text) if c.kind is ClaimKind.price_change}
    assert moves == {"ADA": -12, "LTC": -12, "AVAX": -12}


def test_an_extreme_before_a_clock_zone_stays_in_its_sentence() -> None:
    text = ("Ether was up 4% at $3,481.20 at 9:15 a.m. Singapore time, after briefly touching $3,590 and adding "
            "$300 over the weekend, Kraken prices showed.")
    extremes = [(c.kind, c.value) for c in _claims(text) if c.kind in {ClaimKind.intraday_high, ClaimKind.intraday_low}]
    assert extremes == [(ClaimKind.intraday_high, 3590)]


@pytest.mark.parametrize("text, asset, move", [
    ("At press time ADA was last at $0.4525, marking a 2.15% gain over the day.", "ADA", 2.15),
    ("Over four sessions cardano appreciated by about 35%.", "ADA", 35),
    ("Litecoin depreciated 12% against the dollar this week.", "LTC", -12),
])
def test_a_move_told_by_what_it_represents_or_as_appreciation(text, asset, move) -> None:
    moves = [(c.asset, c.value, c.modality) for c in _claims(text) if c.kind is ClaimKind.price_change]
    assert moves == [(asset, move, Modality.asserted)]


def test_a_move_a_call_implies_is_still_no_claim_of_its_own() -> None:
    claims = _claims("The model predicts ADA will reach $0.50, representing a 10% increase.")
    assert [(c.kind, c.value) for c in claims] == [(ClaimKind.forecast, 0.5)]


@pytest.mark.parametrize("text, asset, value, comparator", [
    ("The strategist sees the flagship cryptocurrency clearing $150,000 by spring.", "BTC", 150_000, Comparator.above),
    ("The fund sees solana hitting $400 next year.", "SOL", 400, Comparator.at),
])
def test_a_level_the_coin_is_seen_reaching_is_a_forecast(text, asset, value, comparator) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.asset, claim.value, claim.comparator, claim.modality) == \
        (ClaimKind.forecast, asset, value, comparator, Modality.forecast)


def test_a_level_seen_reached_in_the_past_is_no_forecast() -> None:
    assert not any(c.kind is ClaimKind.forecast for c in _claims("Traders saw bitcoin hitting $70,000 on Monday."))


def test_the_line_a_scenario_must_break_is_a_conditional_resistance() -> None:
    (claim,) = _claims("A quick run higher is likely if the coin can clear the $0.52 resistance line.")
    assert (claim.kind, claim.value, claim.modality) == (ClaimKind.resistance, 0.52, Modality.conditional)


def test_a_dated_peak_measured_in_a_relative_clause_is_the_record() -> None:
    found = _found("Ether trades well under its 2021 high that reached $4,800.")
    assert found == {(ClaimKind.all_time_high, "ETH", 4800, Comparator.at)}


def test_a_block_of_hot_stories_and_a_related_article_line_are_site_furniture(tmp_path) -> None:
    from factcheck.article.load import load_article

    page = tmp_path / "page.txt"
    page.write_text(
        "url: https://news.example/xrp-forecast\noutlet: Example News\npublished: 2025-06-03T12:00:00Z\n---\n"
        "Ripple's XRP rallied on Tuesday as traders piled back into large altcoins after the weekend.\n\n"
        "See related article: Why one fund thinks solana can reach $900\n\n"
        "HOT Stories\nSolana Whales Move $2 Billion to Exchanges\nEthereum Foundation Sells ETH Again\n\n"
        "At the latest count, it changed hands at $2.41, near its July record.\n",
        encoding="utf-8",
    )
    claims = [c for c in extract(load_article(str(page))) if c.kind is not ClaimKind.opinion]
    assert not any(c.kind is ClaimKind.forecast for c in claims)
    assert [(c.kind, c.asset, c.value) for c in claims if c.value == 2.41] == [(ClaimKind.price_level, "XRP", 2.41)]


def test_a_live_price_tag_inside_the_prose_is_no_claim() -> None:
    claims = _claims("While Solana $185.20 rose 2%, cardano set a record high of $3.10.")
    assert [(c.kind, c.value) for c in claims if c.unit == "USD"] == [(ClaimKind.all_time_high, 3.10)]


def test_a_ticker_line_keeps_its_prices() -> None:
    found = _found("BTC $97.4K, ETH $3.8K, SOL $210.")
    assert {(a, v) for k, a, v, _ in found if k is ClaimKind.price_level} == {("BTC", 97_400), ("ETH", 3_800), ("SOL", 210)}


def test_what_a_volume_figure_represents_is_no_price_move() -> None:
    text = "Turnover came to $61 billion on Monday, which marks a 9% drop from the Friday session."
    assert not any(c.kind is ClaimKind.price_change for c in _claims(text))


def test_a_level_expected_to_become_a_line_is_that_line_foreseen() -> None:
    claims = _claims("Analysts expect $3,200 to act as resistance for ether.")
    assert [(c.kind, c.asset, c.value, c.modality) for c in claims] == [(ClaimKind.resistance, "ETH", 3200, Modality.forecast)]


def test_a_crypto_index_move_is_no_coin_move() -> None:
    claims = _claims("Bitcoin fell 2%, while the CoinDesk 20 (CD20) slid 3.1%.")
    assert [(c.kind, c.asset, c.value) for c in claims] == [(ClaimKind.price_change, "BTC", -2)]


@pytest.mark.parametrize("text, asset, value", [
    ("The bank lifted its solana target from $250 to $320 on Friday.", "SOL", 320),
    ("The broker trimmed its ether target from $6,000 to $5,200 on Tuesday.", "ETH", 5200),
])
def test_a_target_revised_from_one_figure_to_another_stands_at_the_second(text, asset, value) -> None:
    claims = _claims(text)
    assert [(c.kind, c.asset, c.value, c.modality) for c in claims] == [(ClaimKind.forecast, asset, value, Modality.forecast)]


def test_a_price_going_from_one_level_to_another_is_no_target() -> None:
    assert not any(c.kind is ClaimKind.forecast for c in _claims("Ether rose from $3,000 to $3,400 this week."))


def test_a_record_called_with_its_level_is_one_forecast() -> None:
    claims = _claims("The model predicts cardano will reach a new all-time high of $3.42 by June.")
    assert [(c.kind, c.value) for c in claims] == [(ClaimKind.forecast, 3.42)]


def test_a_stat_line_labelled_current_price_is_the_price_now() -> None:
    text = "At a glance:\n- Solana's current price: $204.10\n- Day change: up 1.2% over 24 hours"
    found = _found(text)
    assert (ClaimKind.price_level, "SOL", 204.10, Comparator.at) in found
    assert (ClaimKind.price_change, "SOL", 1.2, Comparator.up) in found


def test_moves_listed_by_the_chart_they_are_read_on() -> None:
    text = "Litecoin shows gains of 1.9% on the daily chart, 12.4% on the weekly chart, 40.2% on the 14-day chart, and 31% over the past month."
    moves = {c.value: (c.time.end - c.time.start).days for c in _claims(text) if c.kind is ClaimKind.price_change}
    assert moves == {1.9: 1, 12.4: 7, 40.2: 14, 31: 31}  # a month back is a calendar month


def test_a_coin_ready_to_pass_a_level_is_a_forecast() -> None:
    (claim,) = _claims("Cardano looks ready to clear $1.50, a trader wrote.")
    assert (claim.kind, claim.value, claim.comparator, claim.modality) == (ClaimKind.forecast, 1.5, Comparator.above, Modality.forecast)


@pytest.mark.parametrize("text", [
    "Bulls keep making calls, yet cardano has slipped steadily from the high of $1.32 it touched in March 2024.",
    "Her upbeat forecast for cardano followed a week that saw a high of $1.32 on Monday.",
])
def test_a_high_dated_to_a_day_gone_is_no_forecast_whatever_the_sentence_expects(text) -> None:
    highs = [(c.kind, c.modality) for c in _claims(text) if c.value == 1.32]
    assert highs == [(ClaimKind.intraday_high, Modality.asserted)]


def test_a_past_high_named_as_a_target_is_still_a_forecast() -> None:
    (claim,) = _claims("Analysts expect cardano to retest its March high of $1.32.")
    assert (claim.kind, claim.value) == (ClaimKind.forecast, 1.32)


def test_a_month_named_as_a_horizon_keeps_the_call() -> None:
    claims = _claims("One model predicts cardano trading at $0.91 by early March.")
    assert [(c.kind, c.value) for c in claims] == [(ClaimKind.forecast, 0.91)]
