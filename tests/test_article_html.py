"""HTML pages: body text without page furniture, metadata from meta tags, JSON-LD and <time>."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.article.html import looks_like_html, meta_charset, parse_html
from factcheck.article.load import load_article
from factcheck.errors import EmptySource
from factcheck.model import Precision

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bitcoin reclaims $71,000 | Example News</title>
  <meta property="og:title" content="Bitcoin reclaims $71,000 as shorts are squeezed">
  <meta property="og:site_name" content="Example News">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2026-02-09T10:17:00+09:00">
  <meta property="article:modified_time" content="2026-02-09T12:00:00+09:00">
  <link rel="canonical" href="https://example.com/markets/btc-71k">
  <style>.price { color: red } /* 99,999 */</style>
  <script>window.ticker = {"BTC": 99999, "ETH": 1234};</script>
</head>
<body class="single-post has-sidebar">
  <header class="site-header"><a href="/">Example News</a>
    <nav><ul><li><a href="/m">Markets</a></li><li><a>1/3</a></li></ul></nav>
    <h1>Bitcoin reclaims $71,000 as shorts are squeezed</h1>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
  <article>
    <p class="byline">By <a href="/jane">Jane Doe</a></p>
    <p>Bitcoin rose 5% to $71,000 on&nbsp;Monday, its highest level in a week.</p>
    <div class="share-buttons"><a>Share on X</a> <span>12 shares</span></div>
    <p>The 14-day RSI left oversold territory<br>and stood at 48.</p>
    <aside>Related: Ether hits $3,000</aside>
    <form><input name="email"> Subscribe for 50% off</form>
    <p>Open interest rose &amp; funding turned positive at 0.01%.</p>
  </article>
  <footer>© 2026 Example News. 24h volume $99B</footer>
  <noscript>Enable JavaScript to see 42 prices</noscript>
  <script type="text/javascript">track(7777);</script>
</body>
</html>
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_page_metadata(tmp_path: Path) -> None:
    article = load_article(str(_write(tmp_path, "page.html", PAGE)))
    assert article.title == "Bitcoin reclaims $71,000 as shorts are squeezed"
    assert article.author == "Jane Doe"
    assert article.outlet == "Example News"
    assert article.url == "https://example.com/markets/btc-71k"
    assert article.published_at == datetime(2026, 2, 9, 1, 17, tzinfo=UTC)
    assert article.published_zone == "+09:00"
    assert article.published_from == "<meta property=\"article:published_time\"> '2026-02-09T10:17:00+09:00'"


def test_page_text_keeps_the_body_and_drops_the_furniture(tmp_path: Path) -> None:
    text = load_article(str(_write(tmp_path, "page.html", PAGE))).text
    assert text == (
        "Bitcoin reclaims $71,000 as shorts are squeezed\n\n"
        "Bitcoin rose 5% to $71,000 on Monday, its highest level in a week.\n\n"
        "The 14-day RSI left oversold territory\nand stood at 48.\n\n"
        "Open interest rose & funding turned positive at 0.01%."
    )
    for furniture in ("99999", "99,999", "7777", "1/3", "Markets", "cookies", "12 shares", "3,000", "50%", "99B", "42"):
        assert furniture not in text, furniture


def test_json_ld_graph_and_list() -> None:
    graph = parse_html(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"},'
        '{"@type": ["NewsArticle"], "headline": "H", "datePublished": "2026-02-09T01:17:00Z",'
        ' "dateModified": "2026-02-10T00:00:00Z", "author": [{"@type": "Person", "name": "A B"},'
        ' {"@type": "Person", "name": "C D"}], "publisher": {"@type": "Organization", "name": "Outlet"}}]}'
        "</script><p>Bitcoin rose 5%.</p>"
    )
    assert graph.published[0] == ("2026-02-09T01:17:00Z", "JSON-LD datePublished")
    assert graph.modified == [("2026-02-10T00:00:00Z", "JSON-LD dateModified")]
    assert (graph.title, graph.author, graph.outlet) == ("H", "A B, C D", "Outlet")
    assert graph.text == "Bitcoin rose 5%."
    listed = parse_html(
        '<script type="application/ld+json">[{"@type": "BreadcrumbList"},'
        ' {"@type": "Article", "datePublished": "2026-02-09"}]</script>'
    )
    assert listed.published == [("2026-02-09", "JSON-LD datePublished")]


def test_broken_json_ld_is_ignored() -> None:
    page = parse_html('<script type="application/ld+json">{"datePublished": </script><p>Text 5%.</p>')
    assert page.published == [] and page.text == "Text 5%."


def test_time_element_in_a_dropped_header_still_dates_the_page(tmp_path: Path) -> None:
    page = (
        "<html><body><header><time datetime='2025-07-04T15:04:00-04:00'>July 4</time></header>"
        "<p>Bitcoin rose 5% to $110,000.</p></body></html>"
    )
    article = load_article(str(_write(tmp_path, "t.html", page)))
    assert article.published_at == datetime(2025, 7, 4, 19, 4, tzinfo=UTC)
    assert "July 4" not in article.text


def test_naive_meta_time_on_a_korean_page_is_korea_time(tmp_path: Path) -> None:
    page = (
        '<html lang="ko"><head><meta name="pubdate" content="2026-02-09 10:17:00"></head>'
        "<body><p>Bitcoin rose 5% to $71,000.</p></body></html>"
    )
    article = load_article(str(_write(tmp_path, "k.html", page)))
    assert article.published_at == datetime(2026, 2, 9, 1, 17, tzinfo=UTC)
    assert article.published_zone == "Asia/Seoul"
    assert "no zone written; read as Asia/Seoul" in (article.published_from or "")


def test_date_only_meta(tmp_path: Path) -> None:
    page = '<meta name="date" content="2026-02-09"><p>Bitcoin rose 5% to $71,000.</p><p>More.</p>'
    article = load_article(str(_write(tmp_path, "d.htm", page)))
    assert article.published_precision is Precision.day
    assert article.published_at == datetime(2026, 2, 9, tzinfo=UTC)


def test_printed_time_is_read_when_there_is_no_metadata(tmp_path: Path) -> None:
    page = "<html><body><p>Published Feb 9, 2026, 3:04 pm EST</p><p>Bitcoin rose 5%.</p></body></html>"
    article = load_article(str(_write(tmp_path, "p.html", page)))
    assert article.published_at == datetime(2026, 2, 9, 20, 4, tzinfo=UTC)
    assert article.text == "Bitcoin rose 5%."


def test_meta_charset_is_honoured(tmp_path: Path) -> None:
    body = "<p>Биткоин вырос на 5% до $71 000.</p>"
    page = f'<html><head><meta charset="windows-1251"></head><body>{body}</body></html>'
    article = load_article(str(_write(tmp_path, "ru.html", page.encode("cp1251"))))
    assert article.text == "Биткоин вырос на 5% до $71 000."


def test_http_equiv_charset_euc_kr(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        "<title>비트코인 급등</title></head><body><p>비트코인이 7만1천 달러를 회복했다.</p></body></html>"
    )
    assert meta_charset(page.encode("euc-kr")) == "euc-kr"
    article = load_article(str(_write(tmp_path, "ko.html", page.encode("euc-kr"))))
    assert article.title == "비트코인 급등"
    assert "비트코인이 7만1천 달러를 회복했다." in article.text


def test_page_with_only_navigation_is_empty(tmp_path: Path) -> None:
    page = "<html><body><nav>Home | Markets</nav><script>var a = 1;</script><footer>(c) 2026</footer></body></html>"
    path = _write(tmp_path, "nav.html", page)
    with pytest.raises(EmptySource, match="markup"):
        load_article(str(path))


def test_an_unclosed_aside_does_not_swallow_the_page() -> None:
    page = parse_html("<body><aside>Related<p>Bitcoin rose 5%.</p></body><p>After.</p>")
    assert "After." in page.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang='en'>", True),
        ("<p>One</p><p>Two</p><div>Three</div>", True),
        ("Bitcoin rose 5% (<$71K>) on Monday.", False),
        ("Plain text about a 5% move.", False),
    ],
)
def test_sniffing_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_wordpress_updated_time_element_is_an_update_not_the_publication() -> None:
    page = parse_html(
        '<time class="updated" datetime="2025-10-12T09:00:00+00:00">Oct 12</time>'
        '<time class="entry-date published" datetime="2025-10-11T03:20:00+00:00">Oct 11</time><p>Text 5%.</p>'
    )
    assert [value for value, _ in page.published] == ["2025-10-11T03:20:00+00:00"]
    assert [value for value, _ in page.modified] == ["2025-10-12T09:00:00+00:00"]
    unedited = parse_html('<time class="entry-date published updated" datetime="2025-10-11T03:20:00Z">x</time>')
    assert [value for value, _ in unedited.published] == ["2025-10-11T03:20:00Z"]


# -- the story container ---------------------------------------------------------------------

_STORY = (
    "<p>Bitcoin fell 6% over the weekend to $81,200, its lowest level since early November, as leveraged "
    "longs were forced out of their positions across the major exchanges.</p>"
    "<p>Ether dropped 9% to $2,610 and the Crypto Fear &amp; Greed Index slid to 18, in extreme fear.</p>"
    "<p>Traders now watch $80,000 as the level that held twice in the past month.</p>"
)


def test_a_price_strip_beside_the_article_is_not_the_story() -> None:
    # a live-price widget under a class name no furniture list could foresee
    page = parse_html(
        "<html><body><div class='coin-strip'><span>BTC $97,410 +2.4%</span><span>ETH $3,388 -0.7%</span></div>"
        f"<div class='promo-box'>Trade SOL with 0% fees</div><article><h1>Bitcoin slides</h1>{_STORY}</article>"
        "<div class='more'>Bitcoin could hit $150,000 in 2026, says analyst</div></body></html>"
    )
    assert "Bitcoin fell 6% over the weekend" in page.text and "Traders now watch $80,000" in page.text
    assert "Bitcoin slides" in page.text  # the headline inside the article stays
    for furniture in ("97,410", "+2.4%", "-0.7%", "0% fees", "150,000"):
        assert furniture not in page.text, furniture


@pytest.mark.parametrize("name", ["price-ticker", "crypto_ticker_bar", "ticker", "coin-marquee"])
def test_ticker_strips_are_furniture_whatever_their_prefix(name: str) -> None:
    page = parse_html(f"<body><div class='{name}'>BTC $64,000 +1.2%</div><p>Bitcoin rose 3% on Tuesday.</p></body>")
    assert page.text == "Bitcoin rose 3% on Tuesday."


def test_a_marked_article_body_wins_over_the_main_column() -> None:
    page = parse_html(
        "<body><main><div class='headline-list'><p>Ether ETF inflows hit $400 million</p>"
        "<p>XRP jumps 11% to $2.40 after court ruling</p></div>"
        f"<div itemprop='articleBody'><div class='lead'>{_STORY}</div><div><p>Analysts expect more swings.</p></div></div>"
        "<p>Most read: Solana climbs 14% to $210</p></main></body>"
    )
    assert "Analysts expect more swings." in page.text  # nested divs inside the body close right
    for elsewhere in ("$400 million", "$2.40", "$210"):
        assert elsewhere not in page.text, elsewhere


def test_teaser_cards_marked_as_articles_do_not_replace_the_page() -> None:
    # a story laid out in plain divs, with small <article> cards for other stories: all the text is kept
    page = parse_html(
        f"<body><div class='content'>{_STORY}</div>"
        "<article class='card'><p>Bitcoin miners sell 2,000 BTC</p></article>"
        "<article class='card'><p>Ether gas fees at a 3-year low</p></article></body>"
    )
    assert "Bitcoin fell 6% over the weekend" in page.text
    assert "Traders now watch $80,000" in page.text


def test_the_longest_of_several_articles_is_the_story() -> None:
    page = parse_html(
        "<body><article><p>Bitcoin miners sell 2,000 BTC in a week.</p></article>"
        f"<article>{_STORY}</article><article><p>Dogecoin up 4% to $0.41.</p></article></body>"
    )
    assert "Bitcoin fell 6% over the weekend" in page.text
    assert "2,000 BTC" not in page.text and "$0.41" not in page.text


def test_an_unclosed_story_container_keeps_the_text_after_it() -> None:
    # a page that never closes its <article>: nothing is lost, the rest reads as part of it
    page = parse_html(f"<body><article>{_STORY}<p>Funding turned negative on Binance.</p></body>")
    assert "Funding turned negative on Binance." in page.text
