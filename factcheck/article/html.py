"""An HTML page to article text plus the metadata publishers put in the markup.

Only the readable body should reach claim extraction: menus, share bars,
scripts and footers carry numbers too ("1/3", "24h volume" tickers), and every
number that is not the article's own would become a false claim. The page's
machine-written metadata (Open Graph, JSON-LD, `<time datetime>`) is the most
reliable source of the publication time, so it is read even from the parts of
the page whose text we drop. Where the page marks its story (`itemprop=articleBody`,
`<article>`, `<main>`) and that holds most of the text, only the story is kept: price
tickers and promo widgets sit beside it under names no list of furniture can foresee.
Built on the standard library's tolerant `html.parser`; no HTML library is needed for this.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

#: elements whose text is never article text
_SKIP = frozenset(
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "marquee",
        "template", "svg", "iframe", "button", "select", "textarea", "canvas", "dialog", "menu",
    }
)  # fmt: skip
#: ARIA roles of page furniture
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
#: class/id names of page furniture (matched against a name's first word)
_SKIP_CLASS_WORDS = frozenset(
    {"share", "sharing", "social", "advert", "advertisement", "cookie", "cookies",
     "newsletter", "breadcrumb", "breadcrumbs", "sidebar", "related", "comments"}
)  # fmt: skip
#: parts of class/id names that mark a live-price strip wherever they stand ("price-ticker", "coin_marquee")
_SKIP_CLASS_PARTS = frozenset({"ticker", "marquee"})
#: elements that hold the story, by how surely: the marked body, an <article>, the page's <main>
_STORY_RANK = {"articlebody": 0, "article": 1, "main": 2}
#: a story container is trusted when it holds at least this many characters and this share of the text
_STORY_MIN_CHARS = 250
_STORY_MIN_SHARE = 0.4
_CONTAINERS = frozenset({"html", "body", "main", "article"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
        "tr", "figure", "figcaption", "hr", "address", "details", "summary", "center", "title",
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
     "opinionnewsarticle", "report", "techarticle"}
)  # fmt: skip
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "datepublished", "original-publish-date",
    "citation_publication_date",
)  # fmt: skip
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_UPDATED_TIME = re.compile(r"updated|modified", re.IGNORECASE)
_TAGS = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|li|article)\b[^>]*>", re.IGNORECASE)


@dataclass
class HtmlPage:
    """What a page says: its readable text and its metadata, each None when absent."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None
    #: candidate publication times in order of trust, as (value, where it was read)
    published: list[tuple[str, str]] = field(default_factory=list)
    modified: list[tuple[str, str]] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """Sniff content of unknown type: a document start, or several common tags."""
    head = text[:4000]
    return bool(_HTML_START.search(head)) or len(_TAGS.findall(head)) >= 3


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `http-equiv` (first 4 kB)."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def parse_html(markup: str) -> HtmlPage:
    parser = _PageParser()
    parser.feed(markup)
    parser.close()
    return parser.page()


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._skip: list[list[Any]] = []  # [tag, nesting depth] of the element being skipped
        self._blocks: list[tuple[str, tuple[int, ...]]] = []  # text, and the story containers it lies in
        self._stories: list[list[Any]] = []  # open story containers: [tag, nesting depth, id]
        self._story_kinds: list[str] = []  # the kind of each story container, by id
        self._current: list[str] = []
        self._in_title = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] | None = None
        self._h1: str | None = None
        self._jsonld: list[str] | None = None
        self._meta: dict[str, str] = {}
        self._canonical: str | None = None
        self._times: list[tuple[str, str]] = []
        self._modified_times: list[tuple[str, str]] = []
        self._lang: str | None = None
        self._ld_nodes: list[dict[str, Any]] = []

    # -- events ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name.lower(): (value or "") for name, value in attrs}
        self._read_metadata(tag, attr)
        if tag == "script" and attr.get("type", "").lower() == "application/ld+json":
            self._jsonld = []
        if tag == "h1" and self._h1 is None:
            self._h1_parts = []  # a headline inside a dropped <header> still names the page
        if self._skip:
            if tag == self._skip[-1][0] and tag not in _VOID:
                self._skip[-1][1] += 1
            return
        if tag not in _VOID and _is_furniture(tag, attr):
            self._skip.append([tag, 1])
            return
        if tag not in _VOID:
            self._open_story(tag, attr)
        if tag == "title":
            self._in_title = True
            return
        if tag == "br":
            self._current.append("\n")
        elif tag in ("td", "th"):
            self._current.append(" ")
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._jsonld is not None:
            self._read_jsonld("".join(self._jsonld))
            self._jsonld = None
        if tag == "h1" and self._h1_parts is not None:
            self._h1 = _squeeze("".join(self._h1_parts)) or None
            self._h1_parts = None
        if tag in ("body", "html"):
            self._skip.clear()  # an unclosed skipped element must not eat the page
        if self._skip:
            if tag == self._skip[-1][0]:
                self._skip[-1][1] -= 1
                if self._skip[-1][1] == 0:
                    self._skip.pop()
            return
        if tag == "title":
            self._in_title = False
            self._flush()
            return
        if tag in _BLOCKS:
            self._flush()
        self._close_story(tag)

    def handle_data(self, data: str) -> None:
        if self._jsonld is not None:
            self._jsonld.append(data)
            return
        if self._h1_parts is not None:
            self._h1_parts.append(data)
        if self._skip:
            return
        if self._in_title:
            self._title_parts.append(data)
            return
        self._current.append(data)

    # -- metadata ---------------------------------------------------------------

    def _read_metadata(self, tag: str, attr: dict[str, str]) -> None:
        if tag == "html" and attr.get("lang"):
            self._lang = attr["lang"]
        elif tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if not key and attr.get("http-equiv"):
                key = attr["http-equiv"].lower()
            content = attr.get("content", "").strip()
            if key and content:
                self._meta.setdefault(key, content)
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self._canonical = self._canonical or attr.get("href") or None
        elif tag == "time" and attr.get("datetime"):
            names = f"{attr.get('itemprop', '')} {attr.get('class', '')}"
            if _UPDATED_TIME.search(names) and "publish" not in names.lower():
                # WordPress prints <time class="entry-date published"> and <time class="updated">
                # (and one <time class="entry-date published updated"> when never edited)
                self._modified_times.append((attr["datetime"], "<time datetime> of an update"))
                return
            hinted = attr.get("itemprop", "").lower() == "datepublished" or "pubdate" in attr
            hinted = hinted or "publish" in attr.get("class", "").lower()
            where = "<time itemprop=datePublished>" if hinted else "<time datetime>"
            self._times.insert(0 if hinted else len(self._times), (attr["datetime"], where))
        elif attr.get("itemprop", "").lower() == "datepublished" and attr.get("content"):
            self._meta.setdefault("datepublished", attr["content"])

    def _read_jsonld(self, raw: str) -> None:
        raw = raw.strip()
        raw = re.sub(r"^(?:<!--|//<!\[CDATA\[)|(?:-->|//\]\]>)$", "", raw).strip()
        try:
            data = json.loads(raw)
        except ValueError:
            return  # publishers ship broken JSON-LD; the rest of the page still counts
        self._ld_nodes.extend(_ld_walk(data))

    # -- text ---------------------------------------------------------------

    def _open_story(self, tag: str, attr: dict[str, str]) -> None:
        """Count nesting for open story containers; open one at a story element."""
        for entry in self._stories:
            if entry[0] == tag:
                entry[1] += 1
        kind = "articlebody" if attr.get("itemprop", "").lower() == "articlebody" else tag
        if kind in _STORY_RANK or attr.get("role", "").lower() == "main":
            self._flush()  # text before the container is not in it
            self._stories.append([tag, 1, len(self._story_kinds)])
            self._story_kinds.append(kind if kind in _STORY_RANK else "main")

    def _close_story(self, tag: str) -> None:
        for entry in self._stories:
            if entry[0] == tag:
                entry[1] -= 1
        if self._stories and self._stories[-1][1] <= 0:
            self._flush()
            self._stories = [e for e in self._stories if e[1] > 0]

    def _flush(self) -> None:
        if not self._current:
            return
        lines = (_squeeze(line) for line in "".join(self._current).split("\n"))
        block = "\n".join(line for line in lines if line)
        if block:
            self._blocks.append((block, tuple(e[2] for e in self._stories)))
        self._current = []

    def _story_text(self) -> str:
        """The text of the story container that holds most of the page, or all of it when none does."""
        total = sum(len(b) for b, _ in self._blocks)
        sizes: dict[int, int] = {}
        for block, inside in self._blocks:
            for story in inside:
                sizes[story] = sizes.get(story, 0) + len(block)
        trusted = [
            s for s, n in sizes.items() if n >= _STORY_MIN_CHARS and n >= _STORY_MIN_SHARE * total
        ]
        if not trusted:
            return "\n\n".join(b for b, _ in self._blocks)
        chosen = min(trusted, key=lambda s: (_STORY_RANK[self._story_kinds[s]], -sizes[s]))
        return "\n\n".join(b for b, inside in self._blocks if chosen in inside)

    def page(self) -> HtmlPage:
        self._flush()
        meta = self._meta
        articles = [n for n in self._ld_nodes if _ld_types(n) & _ARTICLE_TYPES] or self._ld_nodes
        ld_title = _first(_text(n.get("headline")) for n in articles)
        ld_author = _first(_ld_names(n.get("author")) for n in articles)
        ld_outlet = _first(_ld_names(n.get("publisher")) for n in articles)
        ld_url = _first(_text(n.get("url")) for n in articles)
        outlet = meta.get("og:site_name") or ld_outlet or meta.get("application-name")
        title = meta.get("og:title") or meta.get("twitter:title") or ld_title
        if not title:
            title = _strip_site(_squeeze("".join(self._title_parts)), outlet) or self._h1
        author = _first(
            [_person(meta.get("author")), ld_author, _person(meta.get("article:author")), _person(meta.get("byl"))]
        )
        published = [(meta[k], f'<meta {_meta_attr(k)}="{k}">') for k in _PUBLISHED_META[:3] if k in meta]
        published += [(v, "JSON-LD datePublished") for n in articles if (v := _text(n.get("datePublished")))]
        published += [(meta[k], f'<meta {_meta_attr(k)}="{k}">') for k in _PUBLISHED_META[3:] if k in meta]
        published += self._times
        modified = [(meta[k], f'<meta {_meta_attr(k)}="{k}">') for k in _MODIFIED_META if k in meta]
        modified += [(v, "JSON-LD dateModified") for n in articles if (v := _text(n.get("dateModified")))]
        modified += self._modified_times
        return HtmlPage(
            text=self._story_text(),
            title=_squeeze(title) if title else None,
            author=author,
            outlet=_squeeze(outlet) if outlet else None,
            url=self._canonical or meta.get("og:url") or ld_url,
            lang=self._lang,
            published=published,
            modified=modified,
        )


def _is_furniture(tag: str, attr: dict[str, str]) -> bool:
    if tag in _SKIP or attr.get("aria-hidden") == "true" or "hidden" in attr:
        return True
    if tag in _CONTAINERS:
        return False  # a class such as "sidebar-enabled" on <body> must not drop the page
    if attr.get("role", "").lower() in _SKIP_ROLES:
        return True
    names = f"{attr.get('class', '')} {attr.get('id', '')}".lower().split()
    # "share-buttons", "related_posts", "sidebar" — but not "has-sidebar"
    if any(re.split(r"[_-]", name, maxsplit=1)[0] in _SKIP_CLASS_WORDS for name in names):
        return True
    return any(part in _SKIP_CLASS_PARTS for name in names for part in re.split(r"[_-]", name))


def _ld_walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object, in document order, through lists and @graph."""
    if isinstance(node, list):
        for item in node:
            yield from _ld_walk(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _ld_walk(node[key])


def _ld_types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def _ld_names(value: Any) -> str | None:
    """'Travis' from an author/publisher that is a string, an object or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = [_person(item.get("name") if isinstance(item, dict) else item) for item in items]
    joined = ", ".join(n for n in names if n)
    return joined or None


def _person(value: Any) -> str | None:
    """A person's name, not a profile URL; 'By Travis' -> 'Travis'."""
    text = _text(value)
    if not text or text.lower().startswith(("http://", "https://", "/")):
        return None
    return re.sub(r"^by\s+", "", text, flags=re.IGNORECASE) or None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return _squeeze(value) or None if isinstance(value, str) else None


def _first(values: Any) -> str | None:
    return next((v for v in values if v), None)


def _strip_site(title: str, outlet: str | None) -> str:
    """'Bitcoin soars | CoinDesk' -> 'Bitcoin soars' when the outlet is known."""
    if outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(sep + outlet):
                return title[: -len(sep + outlet)].strip()
    return title


def _meta_attr(key: str) -> str:
    return "property" if ":" in key and not key.startswith("dc") else "name"


def _squeeze(text: str) -> str:
    return " ".join(text.split())
