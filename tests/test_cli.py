"""The `factcheck` command as an editor and a pipeline use it: exit codes, formats, errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MARKET, REPO, SEED


def run(*args: str, stdin: bytes | None = None, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if home is not None:
        env["FACTCHECK_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A factcheck home whose store holds the shared BTC/ETH data."""
    home = tmp_path_factory.mktemp("home")
    result = run("data", "import", *(str(MARKET / n) for n in ("BTC-USDT_1h_binance-spot.csv", "BTC-USDT-PERP_1h_binance-usdm.csv")), home=home)
    assert result.returncode == 0, result.stderr
    assert "imported  16032 binance BTC/USDT 1h" in result.stdout
    return home


def test_seed_in_the_terminal(home: Path) -> None:
    result = run(str(SEED), "--offline", home=home)
    assert result.returncode == 1, result.stderr  # the imbalance and the downtrend are inaccurate
    out = result.stdout
    assert "published 2026-02-09 01:17 UTC (2026-02-09 10:17 Asia/Seoul)" in out
    assert "imprecise" in out and "reclaimed the $71,000 level" in out
    assert "$70,502" in out


def test_json_is_the_model_and_validates_against_the_schema(home: Path, tmp_path: Path) -> None:
    import jsonschema

    out = tmp_path / "report.json"
    result = run(str(SEED), "--offline", "--format", "json", "--output", str(out), home=home)
    assert result.returncode == 1, result.stderr
    report = json.loads(out.read_text())
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(report, schema)
    assert report["article"]["published_at"].startswith("2026-02-09T01:17:00")
    verdicts = {(c["claim"]["kind"], c["claim"]["value"]): c["verdict"] for c in report["claims"]}
    assert verdicts[("price_level", 71000)] == "imprecise" and verdicts[("forecast", 75000)] == "unrealized"


def test_markdown_lists_worst_first(home: Path) -> None:
    result = run(str(SEED), "--offline", "--format", "markdown", home=home)
    assert result.returncode == 1
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and "**" in line]
    order = [r.split("**")[1] for r in rows]
    assert order.index("imprecise") < order.index("unrealized") < order.index("unverifiable")
    assert order == sorted(order, key=["inaccurate", "imprecise", "unrealized", "unverifiable", "pending", "realized", "supported", "not_checkable"].index)


def test_inaccurate_claim_exits_1_and_stdin_works(home: Path) -> None:
    text = b"Published February 9, 2026 10:00 UTC\n\nBitcoin is trading at $80,000 after a calm night.\n"
    result = run("-", "--offline", stdin=text, home=home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "inaccurate" in result.stdout


def test_published_option_overrides_the_article(home: Path) -> None:
    result = run(str(SEED), "--offline", "--format", "json", "--published", "2026-02-08 14:00 UTC", home=home)
    report = json.loads(result.stdout)
    assert report["article"]["published_from"] == "option"
    reclaim = next(c for c in report["claims"] if c["claim"]["kind"] == "price_level")
    assert reclaim["verdict"] == "supported"  # on the afternoon of 8 Feb it was above $71,000


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt"),
        (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "empty"),
        (lambda d: (d / "blob.bin").write_bytes(bytes(range(256)) * 40) and d / "blob.bin", "binary"),
        (lambda d: (d / "huge.txt").write_text("Bitcoin rose 1%. " * 330_000) and d / "huge.txt", "MB"),
    ],
    ids=["missing", "empty", "binary", "5MB"],
)
def test_bad_inputs_give_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    result = run(str(path), "--offline", home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error:"), result.stderr
    assert message.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_refused_url_and_unreadable_date(tmp_path: Path) -> None:
    refused = run(f"http://127.0.0.1:{_closed_port()}/story", home=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    bad_date = run(str(SEED), "--published", "the day after tomorrow-ish", home=tmp_path)
    assert bad_date.returncode == 2 and "Traceback" not in bad_date.stderr
    assert "the day after tomorrow-ish" in bad_date.stderr


def test_several_articles_one_bad_still_reports_the_good_one(home: Path, tmp_path: Path) -> None:
    result = run(str(SEED), str(tmp_path / "nope.txt"), "--offline", home=home)
    assert result.returncode == 2
    assert "reclaimed the $71,000 level" in result.stdout
    assert "nope.txt" in result.stderr


def test_every_command_has_help() -> None:
    for command in ([], ["check"], ["data"], ["data", "import"], ["data", "ls"], ["data", "fetch"], ["data", "export"], ["schema"], ["eval"], ["batch"], ["score"], ["train-sentiment"]):
        result = run(*command, "--help")
        assert result.returncode == 0, command
        assert "Usage" in result.stdout


def test_data_ls_lists_holdings(home: Path) -> None:
    result = run("data", "ls", home=home)
    assert "BTC/USDT" in result.stdout and "16,032" in result.stdout


def test_library_returns_the_report_the_cli_prints(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import Report, check

    monkeypatch.setenv("FACTCHECK_HOME", str(home))
    report = check(str(SEED), offline=True)
    assert isinstance(report, Report)
    cli = json.loads(run(str(SEED), "--offline", "--format", "json", home=home).stdout)
    assert [c.claim.text for c in report.claims] == [c["claim"]["text"] for c in cli["claims"]]
    assert [c.verdict.value for c in report.claims] == [c["verdict"] for c in cli["claims"]]


def test_checking_an_article_does_not_load_torch_or_ccxt() -> None:
    """Start-up cost: spaCy's thinc would import torch (1.6 s), the market stage ccxt (0.7 s);
    the default stance model runs in numpy, so it needs neither torch nor transformers."""
    code = (
        "import sys; from factcheck.pipeline import check; import factcheck.nlp.extract, factcheck.verify; "
        "from factcheck.sentiment.backends import load_backend; load_backend().classify(['Bitcoin rallies.']); "
        "print(sorted(m for m in ('torch', 'ccxt', 'transformers', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_checking_liquidations_offline_does_not_load_ccxt(market_store, tmp_path: Path) -> None:
    """A liquidation claim is checked from the store offline: reading stored liquidations must not
    import ccxt (0.8 s of an editor's wait), which only fetching needs."""
    article = tmp_path / "liquidations.txt"
    article.write_text("url: https://example.test/l\noutlet: Example\npublished: 2025-02-03T08:00:00Z\n---\n"
                       "Bitcoin slid 4% to $95,000 as more than $310 million in bitcoin long positions were liquidated "
                       "over the past 24 hours, according to CoinGlass.\n", encoding="utf-8")
    code = (
        "import sys; from factcheck.pipeline import check; from factcheck.market.store import Store\n"
        f"report = check({str(article)!r}, offline=True, sentiment=None, store=Store({str(market_store.path)!r}))\n"
        "print([c.claim.kind.value for c in report.claims], 'ccxt' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "'liquidations'" in done.stdout and done.stdout.strip().endswith("False")


def test_articles_are_extracted_in_a_forked_process_and_reported_in_order(home: Path, tmp_path: Path) -> None:
    """Start-up overlaps: a forked child reads and extracts while the command loads the
    market side, so the command's own process never loads spaCy; reports keep the order
    of the arguments and a bad file in the middle costs only its own report."""
    other = REPO / "corpus" / sorted(p.name for p in (REPO / "corpus").glob("*.txt"))[0]
    code = (
        "import sys; from factcheck.cli import main\n"
        f"sys.argv = ['factcheck', {str(SEED)!r}, {str(tmp_path / 'nope.txt')!r}, {str(other)!r}, '--offline', '--format', 'json', '--fast']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    print('spacy' in sys.modules, exit.code, file=sys.stderr)\n"
    )
    env = {**os.environ, "FACTCHECK_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    reports = json.loads(done.stdout)
    assert [Path(r["article"]["source"]).name for r in reports] == [SEED.name, other.name]
    assert "nope.txt" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False 2"


def test_a_model_name_not_on_this_machine_is_one_line_and_exit_2(home: Path) -> None:
    """No download at run time: a Hugging Face name that is neither a folder nor cached
    is refused at once, not retried against the network."""
    result = run(str(SEED), "--offline", "--sentiment-model", "nobody/no-such-classifier", home=home)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nobody/no-such-classifier" in lines[0], result.stderr
    assert result.stdout == ""
