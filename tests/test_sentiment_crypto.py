"""Derivatives and crypto-market meanings: whose positions are liquidated, where the liquidation heat sits,
funding, ETF flows; and the per-source weight that lets our crypto sentences count in training."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from factcheck.commands.train_sentiment import train_sentiment_command
from factcheck.sentiment import datasets
from factcheck.sentiment.backends import classify
from factcheck.sentiment.datasets import Example
from factcheck.sentiment.model import StanceLabel
from factcheck.sentiment.train import source_weights, weighted_loss

U, N, B = StanceLabel.bullish, StanceLabel.neutral, StanceLabel.bearish

# Written for this test before any retrained model's output was seen; none is in our crypto set (checked
# below), the seed or the articles. Labelled by corpus/stance rules: shorts liquidated -> bullish, longs -> bearish.
DERIVATIVES_CASES = [
    ("Bears were squeezed out as ether vaulted 10%, with roughly $150 million of short bets liquidated.", U),
    ("Around $280 million of short positions were force-closed as bitcoin broke through $95,000.", U),
    ("Heavy short liquidation clusters sit just above the market, so a modest push higher could snowball into a squeeze.", U),
    ("Funding turned negative while the price held firm, leaving crowded shorts vulnerable to a squeeze.", U),
    ("Long positions worth $330 million were liquidated as bitcoin tumbled below $62,000.", B),
    ("A dense band of long liquidations sits just under the price, and a dip there could trigger a cascade of forced selling.", B),
    ("Spot ether ETFs drew $310 million of net inflows on Monday, their strongest day in a month.", U),
    ("Liquidations totalled $120 million over the day, split roughly evenly between longs and shorts.", N),
    ("Liquidation maps estimate where leveraged positions would be forcibly closed; they are not actual orders.", N),
    ("Open interest in bitcoin perpetuals stood at about $27 billion at 08:00 UTC.", N),
]

# Written with the cases above; the shipped model still gets these wrong (measured 2026-11-26, scores below).
KNOWN_MISSES = [
    # read right until 2026-11-27; the model trained with our news headlines reads the pile-in, not the flush (+0.92)
    ("Funding has soared to extreme levels as leveraged buyers pile in, a setup that usually precedes a long flush.", B),
    ("Spot bitcoin ETFs recorded $520 million of net outflows on Tuesday, a fourth straight day of redemptions.", B),  # +0.99
    ("Short sellers lost $140 million as solana ripped past $200 and exchanges closed their positions.", U),  # -0.99
    # coins moved onto exchanges are supply ready to sell, coins moved off are held (measured 2026-11-28)
    ("More than 20,000 BTC flowed onto exchanges on Sunday, the biggest one-day deposit since the spring.", B),  # 0.00
    ("More than 20,000 BTC flowed off exchanges on Sunday, the biggest one-day withdrawal since the spring.", U),  # -0.46
]

# The same frame with the side swapped: the side whose positions are liquidated decides the direction.
SIDE_PAIRS = [
    (
        "Most of the estimated liquidation heat sits above the price, in short positions that would have to buy back.",
        "Most of the estimated liquidation heat sits below the price, in long positions that would have to sell.",
    ),
]


def _ours() -> set[str]:
    return {json.loads(line)["text"] for line in datasets.CRYPTO_SENTENCES.read_text(encoding="utf-8").splitlines()}


def test_the_cases_are_held_out() -> None:
    cases = {t for t, _ in DERIVATIVES_CASES + KNOWN_MISSES} | {t for pair in SIDE_PAIRS for t in pair}
    assert not cases & _ours()


def test_the_shipped_model_reads_liquidations_funding_and_flows_by_their_meaning() -> None:
    stances = classify([t for t, _ in DERIVATIVES_CASES])
    assert [(t, s.label) for (t, _), s in zip(DERIVATIVES_CASES, stances)] == DERIVATIVES_CASES


@pytest.mark.xfail(
    strict=True,
    reason="known weakness: outflows told as a record ('fourth straight day') read bullish, 'short sellers lost' "
    "reads bearish whatever the price did, and exchange inflows / outflows are not read as supply to sell / coins held "
    "(see KNOWN_MISSES); the model before 2026-11-26 missed the first two too",
)
def test_the_known_misses() -> None:
    assert [s.label for s in classify([t for t, _ in KNOWN_MISSES])] == [label for _, label in KNOWN_MISSES]


def test_whose_positions_are_liquidated_decides_the_direction() -> None:
    for shorts, longs in SIDE_PAIRS:
        up, down = classify([shorts, longs])
        assert up.label is U and down.label is B, (shorts, up, longs, down)
        assert up.score - down.score > 1.0


# --- the per-source weight ------------------------------------------------------------------------


def _examples() -> list[Example]:
    return [
        Example("Stocks rally on jobs data.", U, datasets.TWITTER.key),
        Example("Shorts got squeezed as BTC jumped.", U, datasets.CRYPTO.key),
        Example("Longs flushed as ETH slid.", B, datasets.CRYPTO.key),
    ]


def test_our_crypto_sentences_get_their_weight_and_the_rest_one() -> None:
    assert source_weights(_examples(), 1.0) is None  # unweighted: the loss is torch's own, bit for bit
    assert list(source_weights(_examples(), 2.5)) == [1.0, 2.5, 2.5]
    with pytest.raises(ValueError, match="crypto_weight"):
        source_weights(_examples(), 0.0)


def test_a_weight_of_k_counts_a_sentence_as_k_copies() -> None:
    from factcheck.sentiment.encoder import import_torch_stack

    torch, _ = import_torch_stack()
    logits = torch.tensor([[2.0, 0.1, -1.0], [0.3, 0.2, 0.9], [-0.5, 1.5, 0.0]])
    targets = torch.tensor([0, 2, 1])
    classes = torch.tensor([1.3, 0.7, 1.1])
    plain = torch.nn.functional.cross_entropy(logits, targets, weight=classes)
    assert float(weighted_loss(torch, logits, targets, classes, None)) == float(plain)
    weighted = weighted_loss(torch, logits, targets, classes, torch.tensor([1.0, 3.0, 1.0]))
    copies = torch.nn.functional.cross_entropy(logits[[0, 1, 1, 1, 2]], targets[[0, 1, 1, 1, 2]], weight=classes)
    assert float(weighted) == pytest.approx(float(copies), rel=1e-6)
    assert not np.isclose(float(weighted), float(plain))


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("train-sentiment")(train_sentiment_command)
    app.command("other")(lambda: None)
    return app


def test_the_command_takes_a_crypto_weight_and_refuses_a_useless_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    assert "--crypto-weight" in runner.invoke(_app(), ["train-sentiment", "--help"]).output
    for flag, value in (("--crypto-weight", "0"), ("--crypto-repeat", "0")):
        result = runner.invoke(_app(), ["train-sentiment", flag, value, "--out", str(tmp_path)])
        assert result.exit_code == 2 and flag in result.output
