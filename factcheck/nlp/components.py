"""Our spaCy components, registered by name in one place.

Each declares what it adds to the Doc:
- `fc_lines` (before the parser): sentence starts at line breaks, none after a
  table's leader dots ("RSI (14) ......... 46" is one row, not two sentences);
- `fc_quantities`: doc.spans["quantities"], each span with `._.quantity`;
- `fc_assets`: doc.spans["assets"], label = ticker (BTC, ETH, ...);
- `fc_metrics`: doc.spans["metrics"], words naming a non-price metric (volume, RSI...);
- `fc_cues`: doc.spans["cues"], label = cue id from models/patterns/*.jsonl;
- `fc_windows`: doc.spans["windows"], label = window id from windows.jsonl;
- `fc_states`: doc.spans["states"], label = state id from states.jsonl (claims
  that need no number: "exited oversold", "extreme fear", "10-month downtrend");
- `fc_bounds`: doc.spans["bounds"], label `above` or `below` from bounds.jsonl: the
  words that make a figure a floor or a ceiling ("north of", "just shy of").
Patterns live as data in `models/`, so widening extraction is editing JSONL.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from factcheck.nlp.anchored_matcher import AnchoredMatcher
from factcheck.nlp.coin_words import coins_not_words
from factcheck.nlp.numbers import find_quantities
from factcheck.nlp.quick_matcher import quicken
from factcheck.nlp.word_forms import with_written_forms

if TYPE_CHECKING:
    from factcheck.model import Claim

MODELS = Path(__file__).resolve().parents[2] / "models"
PATTERNS = MODELS / "patterns"
CUE_FILES = ("price_level.jsonl", "intraday.jsonl", "price_change.jsonl", "levels.jsonl", "forecast.jsonl")

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once: spaCy rebuilds `Doc.text` from its tokens on every access."""
    text = doc.user_data.get("fc_text")
    if text is None:
        text = doc.user_data["fc_text"] = doc.text
    return text


def lead_of(doc: Doc, span: tuple[int, int]) -> str | None:
    """The words of the sentence before a claim's span: what a rule reads to see how the claim is
    introduced ('From its record of $3.10 in 2021, ...', '... came on Sept. 2, when it touched')."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return None if words is None else text_of(doc)[words.sent.start_char : span[0]]


def claim_sentence(doc: Doc, claim: Claim) -> Span | None:
    """The sentence a claim's words stand in (None when its span covers no token)."""
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    return words.sent if words is not None and len(words) else None


def group(doc: Doc, key: str) -> list[Span]:
    """A span group as a list, built once: iterating `doc.spans[key]` makes new Span
    objects every time, and claim assembly reads each group once per sentence."""
    cache = doc.user_data.setdefault("fc_groups", {})
    spans = cache.get(key)
    if spans is None:
        spans = cache[key] = list(doc.spans[key])
    return spans


def token_set(doc: Doc, key: str) -> frozenset[int]:
    """The indices of the tokens a group's spans cover ('assets': the words that name a coin), once per Doc."""
    cache = doc.user_data.setdefault("fc_groups", {})
    found = cache.get(("tokens", key))
    if found is None:
        found = cache[("tokens", key)] = frozenset(t.i for span in group(doc, key) for t in span)
    return found


def within(doc: Doc, key: str, sentence: Span) -> list[Span]:
    """The spans of a group that start inside `sentence`, in the group's order. Indexed by start
    once per Doc: rules ask once per sentence, and scanning the whole group each time made long
    articles cost their length times their sentences."""
    cache = doc.user_data.setdefault("fc_groups", {})
    index = cache.get(("starts", key))
    if index is None:
        spans = group(doc, key)
        order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        index = cache[("starts", key)] = (order, [spans[i].start for i in order])
    order, starts = index
    spans = group(doc, key)
    picked = order[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
    return [spans[i] for i in sorted(picked)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=16)
def file_matcher(vocab: Any, name: str) -> Matcher:
    """A Matcher of the patterns in models/patterns/`name` (rows with an id and a pattern),
    built once per vocabulary: the post-passes that read one pattern file each share it."""
    matcher = Matcher(vocab)
    for row in read_jsonl(PATTERNS / name):
        matcher.add(row["id"], [row["pattern"]])
    return quicken(matcher)


@lru_cache(maxsize=1)
def load_cues() -> dict[str, dict[str, Any]]:
    """Every cue by id; a duplicate id across files is an error, not a silent overwrite."""
    cues: dict[str, dict[str, Any]] = {}
    for name in CUE_FILES:
        for row in read_jsonl(PATTERNS / name):
            if row["id"] in cues:
                raise ValueError(f"cue id {row['id']!r} defined twice ({name})")
            cues[row["id"]] = row
    return cues


_CLOSING = {".", "!", "?", ":", ";", "|", "»", '"', "”", ")"}


def _wrapped(before: Token | None, brk: Token, nxt: Token) -> bool:
    """A wire's hard wrap, not a line of its own: one line break inside prose, the line before
    ending on no stop, and the next going on in lower case ('climbed to a\nrecord on Monday') or the
    line before ending on a small word no headline ends on ('led by\nSolana')."""
    if before is None or brk.text.count("\n") != 1 or before.text in _CLOSING or before.like_num \
            or before.is_punct and before.text != ",":  # 'Cardano,\nranked ninth by ...': a comma goes on
        return False
    first = nxt.text[:1]
    if brk.idx - _line_start(brk.doc, before) < _WRAPPED_LINE:
        return False  # 'Grok\nxAI's model ...': a short line is a label or a heading, whatever follows
    if not first.isalpha():  # 'touched a record\n$3.41': a figure goes on a long line of prose ending in a word
        return (nxt.is_currency or nxt.like_num) and before.is_lower and before.is_alpha \
            and brk.idx - _line_start(brk.doc, before) >= _PROSE_LINE
    return first.islower() or before.is_lower and before.is_stop and len(before.text) > 1


_CLOCK_MARKS = {"a.m.", "p.m."}
_JOINERS = {"and", "or"}
_ZONE_WORDS = {"time", "et", "est", "edt", "gmt", "utc", "bst", "cet", "cest", "hkt", "sgt", "jst", "kst", "ist", "aest", "aedt"}


def _zone_follows(doc: Doc, nxt: Token) -> bool:
    """Whether the words after 'a.m.' / 'p.m.' name the clock's zone ('Tokyo time', 'New York time', 'ET')."""
    return any(t.lower_ in _ZONE_WORDS for t in doc[nxt.i : nxt.i + 3])


_PROSE_LINE = 40  # characters: a wrapped line of prose, longer than a label or a ticker
_WRAPPED_LINE = 30  # characters: shorter lines are labels and headings, not wrapped prose


def _line_start(doc: Doc, token: Token) -> int:
    text = text_of(doc)
    return text.rfind("\n", 0, token.idx) + 1


@Language.component("fc_lines")
def lines_component(doc: Doc) -> Doc:
    """Layout the parser cannot see: a headline, a dateline, a bullet or a table row
    ends at its line break; leader dots join a label to its value; a hard-wrapped line
    goes on with the sentence it is part of."""
    before: Token | None = None
    for token, nxt in itertools.pairwise(doc):  # `doc[i]` would make a second Token for each
        text = token.text
        if "\n" in text and token.is_space:
            if _wrapped(before, token, nxt):
                nxt.is_sent_start = False
            else:
                nxt.is_sent_start = True
        elif len(text) >= 3 and set(text) <= {".", "…"} or text == "…":
            nxt.is_sent_start = False
        elif token.lower_ in _CLOCK_MARKS and _zone_follows(doc, nxt):
            nxt.is_sent_start = False  # 'at 9:15 a.m. Singapore time, after ...': one sentence
        elif nxt.text in _JOINERS and token.is_alpha:
            nxt.is_sent_start = False  # 'Coins\nBitcoin and Ethereum led ...': a lower-case 'and' after a word goes on its sentence
        if not token.is_space:
            before = token
    return doc


@Language.component("fc_quantities")
def quantities_component(doc: Doc) -> Doc:
    spans = []
    for q in find_quantities(text_of(doc)):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        span._.quantity = q
        spans.append(span)
    doc.spans["quantities"] = spans
    return doc


@Language.factory("fc_assets")
def make_assets(nlp: Language, name: str) -> AssetTagger:
    return AssetTagger(nlp)


class _TermTagger:
    """Marks mentions of listed terms, case-insensitively, into one span group."""

    key = ""

    def __init__(self, nlp: Language, terms: dict[str, list[str]]) -> None:
        # A term listed in capitals ("TON") is a ticker that is also a common word
        # ("a ton of"): it only counts when written in capitals.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, names in terms.items():
            self.matcher.add(label, [nlp.make_doc(n) for n in names if not n.isupper()])
            self.exact.add(label, [nlp.make_doc(n) for n in names if n.isupper()])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in [*self.matcher(doc), *self.exact(doc)]
        ]
        doc.spans[self.key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


class AssetTagger(_TermTagger):
    """Crypto assets by their aliases (models/assets.json); label = ticker. A coin the
    lexicon does not list counts too once the article introduces it with its ticker,
    'Fetch.ai (FET)' (models/patterns/tickers.jsonl): the name and the ticker, wherever
    they occur, so its figures are not taken for the article's main coin."""

    key = "assets"

    def __init__(self, nlp: Language) -> None:
        lexicon = json.loads((MODELS / "assets.json").read_text(encoding="utf-8"))
        super().__init__(nlp, lexicon)
        self.known = set(lexicon)
        self.introduced = Matcher(nlp.vocab)
        for row in read_jsonl(PATTERNS / "tickers.jsonl"):
            self.introduced.add(row["id"], [row["pattern"]])
        quicken(self.introduced)

    def __call__(self, doc: Doc) -> Doc:
        super().__call__(doc)
        spans = list(doc.spans[self.key])
        for _, start, end in self.introduced(doc):
            ticker = doc[start + 1].text
            name = _name_before(doc, start)
            if ticker in self.known or name is None or _initials(name) == ticker or _names_no_coin(doc, name):
                continue  # 'Federal Open Market Committee (FOMC)': an acronym, not a coin
            words = {ticker, name.text.lower()}
            for token in doc:
                if token.text == ticker:
                    spans.append(Span(doc, token.i, token.i + 1, label=ticker))
                elif len(name) == 1 and name[0].is_alpha and token.text != name[0].text:
                    continue  # 'Flow (FLOW)' names the coin; 'money will flow in' is the word
                elif token.lower_ == name[0].lower_ and doc[token.i : token.i + len(name)].text.lower() in words:
                    spans.append(Span(doc, token.i, token.i + len(name), label=ticker))
        spans = [s for s in spans if not _ranked_lower(doc, s) and not _describes_a_business(doc, s)]
        spans = coins_not_words(doc, filter_spans(spans))
        doc.spans[self.key] = sorted(spans, key=lambda s: s.start)
        return doc


_ORDINALS = {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}


def _ranked_lower(doc: Doc, span: Span) -> bool:
    """'XRP, the fourth-largest cryptocurrency, rose': 'largest cryptocurrency' names bitcoin
    only when no lower rank is written before it."""
    if span.start >= 1 and doc[span.start - 1].lower_ in _ORDINALS:
        return True  # 'the 7th largest cryptocurrency', 'the third largest cryptocurrency'
    return span.start >= 2 and doc[span.start - 1].text in {"-", "–"} and doc[span.start - 2].lower_ in _ORDINALS


_BUSINESSES = {"exchange", "exchanges", "platform", "platforms", "firm", "firms", "company", "companies", "lender",
               "broker", "custodian"}


def _describes_a_business(doc: Doc, span: Span) -> bool:
    """'Upbit, the leading cryptocurrency exchange in South Korea': a coin's descriptive alias
    ('leading cryptocurrency') that qualifies a business's noun names the business, not the coin."""
    return len(span) > 1 and span.end < len(doc) and doc[span.end].lower_ in _BUSINESSES


def _name_before(doc: Doc, bracket: int) -> Span | None:
    """The capitalised words right before '(': 'Fetch.ai', 'Bitcoin Hyper'; at most three."""
    start = bracket
    while start > 0 and bracket - start < 3 and doc[start - 1].text[:1].isupper() and (doc[start - 1].is_alpha or "." in doc[start - 1].text):
        start -= 1
    return doc[start:bracket] if start < bracket else None


# The last word of a bracketed ticker's name that makes it an index, a gauge or a listed business
# ('the CoinDesk 20 Index (CD20)', 'MARA Holdings (MARA)'), and words before a name that make it a
# company ('chipmaker Nvidia (NVDA)'): their figures are stock or index moves, not a coin's.
_NOT_COIN_HEADS = {"index", "indices", "indicator", "oscillator", "bands", "exchange", "holdings", "platforms", "inc",
                   "corp", "corporation", "group", "bank", "technologies", "fund", "trust", "etf", "ltd", "plc"}
_COMPANY_WORDS = {"chipmaker", "automaker", "carmaker", "retailer", "lender", "bank", "miner", "miners", "company", "firm",
                  "giant", "giants", "insurer", "broker", "brokerage", "shares", "stock", "listed", "nasdaq-listed",
                  "nyse-listed", "operator"}


def _names_no_coin(doc: Doc, name: Span) -> bool:
    if name[-1].lower_.rstrip(".") in _NOT_COIN_HEADS:
        return True
    return name[0].lower_ in _COMPANY_WORDS or (name.start >= 1 and doc[name.start - 1].lower_ in _COMPANY_WORDS)


def _initials(name: Span) -> str:
    return "".join(t.text[0] for t in name).upper() if len(name) > 1 else ""


_RANKINGS = {"market_cap", "volume"}
_RANKING_GLUE = {"market", "cap", "capitalization", "capitalisation", "value", "valuation", "and", "or", ",", "daily", "trading",
                 "24-hour", "24h", "spot", "total"}


_SUPERLATIVE = re.compile(r"^(?:\w+-)?(?:largest|biggest|highest|greatest)$")
_HAVING = {"with", "has", "having", "boasting", "holds", "holding"}


def _ranking_measure(doc: Doc, span: Span) -> bool:
    """'the fourth-biggest token by market value and trading volume', 'the one with the largest
    market capitalization': the measures a ranking is by, every one of them, are no subject of
    the figure that follows."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 6 and (doc[i].lower_ in _RANKING_GLUE or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].lower_ == "by":
        return True
    if i < 0 or not _SUPERLATIVE.match(doc[i].lower_):
        return False
    j = i - 2 if i >= 2 and doc[i - 1].text == "-" else i  # 'second - largest' split by the tokenizer
    return j >= 2 and doc[j - 1].lower_ == "the" and doc[j - 2].lower_ in _HAVING


class MetricTagger(_TermTagger):
    """Words that make a number about something other than price (models/metrics.json);
    label = the metric ('open_interest', 'rsi', ...) or 'other'."""

    key = "metrics"

    def __init__(self, nlp: Language) -> None:
        lexicon = json.loads((MODELS / "metrics.json").read_text(encoding="utf-8"))
        super().__init__(nlp, {**lexicon["kinds"], "other": lexicon["other"]})
        self.sides = set(lexicon["side_losses"]["sides"])
        self.losing = set(lexicon["side_losses"]["verbs"])

    def __call__(self, doc: Doc) -> Doc:
        # "the largest cryptocurrency (by market cap)": the measure of a ranking, not a figure's subject
        super().__call__(doc)
        spans = [
            s for s in doc.spans[self.key]
            if not (s.label_ in _RANKINGS and _ranking_measure(doc, s))
            and not (s.label_ == "other" and len(s) == 1 and s[0].lower_ in _OPTION_VERBS and s[0].pos_ in {"VERB", "AUX"})
        ]
        losses = [loss for loss in map(self._side_loss, doc) if loss is not None]
        if losses:
            kept = [s for s in spans if not any(s.start < loss.end and loss.start < s.end for loss in losses)]
            spans = sorted([*kept, *losses], key=lambda s: s.start)
        doc.spans[self.key] = spans
        return doc

    def _side_loss(self, verb: Token) -> Span | None:
        """'Bitcoin shorts alone lost $475 million': the side, subject of a verb of losing,
        up to that verb; 'longs took the brunt, losing $300 million': the verb alone, its
        side being the subject of the clause it hangs on."""
        if verb.lemma_.lower() not in self.losing or verb.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in _MONEY_NOUNS for c in verb.children):
            return None  # "should bulls lose steam": what they lose is no sum of money
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ in {"advcl", "conj", "xcomp"}:
            subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and self._names_side(subject):
                return Span(verb.doc, verb.i, verb.i + 1, label="liquidations")
            return None
        if subject is None or not self._names_side(subject) or subject.i > verb.i or verb.i - subject.i > 3:
            return None
        return Span(verb.doc, subject.i, verb.i + 1, label="liquidations")

    def _names_side(self, subject: Token) -> bool:
        """'shorts', or a side said of its holders: 'short sellers', 'long traders', 'leveraged longs'."""
        return subject.lower_ in self.sides or subject.lower_ in _SIDE_HOLDERS and any(
            c.lower_ in self.sides and c.dep_ in {"amod", "compound"} for c in subject.children)


_SIDE_HOLDERS = {"sellers", "buyers", "traders", "positions", "bets", "bettors"}
_MONEY_NOUNS = {"money", "million", "millions", "billion", "billions", "dollars", "usd", "m", "bn"}
_OPTION_VERBS = {"puts", "calls"}  # "the breakout puts $4,000 within reach": a verb, not the options


@Language.factory("fc_metrics")
def make_metrics(nlp: Language, name: str) -> MetricTagger:
    return MetricTagger(nlp)


class _PatternTagger:
    """Puts the matches of JSONL patterns into one span group, longest first."""

    key = ""

    def __init__(self, nlp: Language, rows: list[dict[str, Any]]) -> None:
        self.matcher = AnchoredMatcher(nlp.vocab, self.patterns(rows))

    @staticmethod
    def patterns(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
        """(id, pattern) in the order they are matched."""
        return [(row["id"], row["pattern"]) for row in rows]

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
        ]
        doc.spans[self.key] = sorted(filter_spans(spans), key=lambda s: s.start)
        return doc


class CueTagger(_PatternTagger):
    """Keeps every cue match, overlaps included: which cue a number belongs to is
    decided later, knowing the number's unit ("lost 12%" vs "lost the $60K level").
    Verbs also match by their written forms, so a title-case headline the tagger
    misreads ("Bitcoin Falls Below $50,000") still has its cue."""

    key = "cues"

    @staticmethod
    def patterns(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
        twins = [(row["id"], twin) for row in rows if (twin := with_written_forms(row["pattern"])) is not None]
        return [*_PatternTagger.patterns(rows), *twins]

    def __call__(self, doc: Doc) -> Doc:
        spans = {(s, e, m) for m, s, e in self.matcher(doc)}
        doc.spans[self.key] = [Span(doc, s, e, label=m) for s, e, m in sorted(spans)]
        return doc


class WindowTagger(_PatternTagger):
    key = "windows"


@Language.factory("fc_cues")
def make_cues(nlp: Language, name: str) -> CueTagger:
    return CueTagger(nlp, list(load_cues().values()))


@Language.factory("fc_windows")
def make_windows(nlp: Language, name: str) -> WindowTagger:
    return WindowTagger(nlp, read_jsonl(PATTERNS / "windows.jsonl"))


class StateTagger(_PatternTagger):
    key = "states"


@lru_cache(maxsize=1)
def load_states() -> dict[str, dict[str, Any]]:
    states: dict[str, dict[str, Any]] = {}
    for row in read_jsonl(PATTERNS / "states.jsonl"):
        if row["id"] in states:
            raise ValueError(f"state id {row['id']!r} defined twice")
        states[row["id"]] = row
    return states


@Language.factory("fc_states")
def make_states(nlp: Language, name: str) -> StateTagger:
    return StateTagger(nlp, list(load_states().values()))


class BoundTagger(_PatternTagger):
    """'more than', 'north of', 'a fraction under', 'just shy of': written right before a
    figure, they make it a bound rather than the value itself (models/patterns/bounds.jsonl)."""

    key = "bounds"


@Language.factory("fc_bounds")
def make_bounds(nlp: Language, name: str) -> BoundTagger:
    return BoundTagger(nlp, read_jsonl(PATTERNS / "bounds.jsonl"))
