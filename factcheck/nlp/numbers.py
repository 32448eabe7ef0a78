"""Reading numbers the way market news writes them.

"$71K", "71k", "$71,000", "US$1.45 billion", "1.45B", "15%", "15 percent",
"-4.2%", and local money ("140 million won", "₹71.7 lakh", "15.9 million yen",
"A$1.1 billion") all become a `Quantity`: a value, a unit, and the precision it was
written at ("$71K" is exact to the thousand, "$71,000" to the dollar), so a
checker can compare at the article's own rounding. General-purpose unit
parsers misread crypto shorthand ("60k" as kelvin), hence our own grammar.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

_MAGNITUDES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "lakh": 1e5,  # Indian numbering: ₹71.7 lakh = 7,170,000
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

# Currency signs and words -> ISO code. USDT is taken as USD.
_LOCAL_SIGNS = {"₩": "KRW", "₹": "INR", "rs.": "INR", "rs": "INR", "¥": "JPY", "a$": "AUD", "au$": "AUD", "€": "EUR", "£": "GBP"}
# Rough units per US dollar, generous on purpose: only to tell a price ("140 million won")
# from a market total ("$1.4 trillion"), never to convert a figure.
UNITS_PER_USD = {"USD": 1.0, "KRW": 1500.0, "JPY": 160.0, "INR": 90.0, "AUD": 1.7, "EUR": 1.0, "GBP": 0.85}
_LOCAL_WORDS = {"won": "KRW", "krw": "KRW", "yen": "JPY", "jpy": "JPY", "rupees": "INR", "rupee": "INR", "inr": "INR", "aud": "AUD",
                "euros": "EUR", "euro": "EUR", "eur": "EUR", "gbp": "GBP"}

_COINS = {"btc", "eth"}
# Other coins' tickers read as the unit of a bare figure ("743 million XRP", "1.2 billion DOGE": an open
# interest or a volume counted in coins), never after a currency sign ("$0.62 XRP" is a price).
# The tickers are models/assets.json's; words that tickers also spell are left out.
_TICKER_WORDS = {"TON", "LINK", "DOT", "UNI", "HYPE", "SUI", "APT", "NOT", "NEAR", "DASH", "ELON", "BONK", "JUP"}
ALT_COIN_UNITS = tuple(sorted(
    (t for t in json.loads((Path(__file__).resolve().parents[2] / "models" / "assets.json").read_text(encoding="utf-8"))
     if t.isalpha() and t not in {"BTC", "ETH"} | _TICKER_WORDS),
    key=len, reverse=True))
COIN_UNITS = frozenset({"BTC", "ETH", *ALT_COIN_UNITS})

_CURRENCY = r"(?:US\$\s?|USD\s?|\$\s?|USDT\s?)"  # "$ 2,000": some sites space the sign from the figure
_LOCAL_SIGN = r"(?:₩|₹|Rs\.?\s?|¥|AU?\$|€\s?|£\s?)"
# Words in any case ("$1.2 Billion" in a headline); a lone letter as written (see `parse_quantity`).
_MAGNITUDE = r"(?:(?i:thousand|million|billion|trillion|lakhs?|crores?|mln|mn|bn|tn)|[kKmMbBtT])(?![A-Za-z])"
# Indian grouping first ("₹78,50,000" is 7,850,000: lakhs and crores in pairs of digits); then
# thousands grouped by a space, as South African and European desks write dollars ("US$3 000",
# "$1 240"), read only right after a dollar sign, where no count or date can be meant
_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|(?<=\$)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

# One grammar for every quantity: optional sign, currency, number, magnitude,
# and a trailing unit ("%", "percent", "dollars", "USD"; "135 million US dollars", as translated
# Chinese and Korean flash news write it). Magnitude and unit stay on the figure's line: in a list of
# levels set one a line ('$3,000' then 'ETH closed higher'), the next line's first word is not the figure's unit.
QUANTITY = re.compile(
    rf"""
    (?:(?<![\w.])|(?=\$\d))  # "rose to$443M": a dollar sign may follow a word it was run into
    (?P<sign>[-+−‑–])?
    (?:(?P<currency>{_CURRENCY})|(?P<local>{_LOCAL_SIGN}))?
    (?P<number>{_NUMBER})
    (?:[^\S\n]?(?P<magnitude>{_MAGNITUDE}))?
    (?:[^\S\n]?(?P<unit>%|(?i:percent(?:age\s+points?)?)\b|(?i:per\s?cent)\b|pct\b|(?i:(?:u\.?s\.?\s)?dollars?)\b|USD\b|USDT\b|bps\b|bp\b
        |basis\s+points?\b|(?i:(?:south\s+)?korean\s+won)\b|(?i:won)\b|KRW\b|(?i:japanese\s+yen)\b|(?i:yen)\b|JPY\b
        |(?i:indian\s+rupees?)\b|(?i:rupees?)\b|INR\b|AUD\b|(?i:euros?)\b|EUR\b|GBP\b|BTC\b|ETH\b
        |(?(currency)(?!)|(?:ALTS)\b)))?
    """.replace("ALTS", "|".join(ALT_COIN_UNITS)),
    re.VERBOSE,
)


@dataclass(frozen=True)
class Quantity:
    """A number as written: its value, unit and the precision it was given at."""

    value: float
    unit: str | None  # "USD", "%", "bps", a local currency ("KRW", "INR", "JPY", "AUD", "EUR", "GBP"), coins ("BTC", "ETH") or None
    decimals: int  # decimal places as written ("68.7K" -> 1)
    magnitude: float  # 1000 for "68.7K"
    text: str
    start: int
    end: int

    @property
    def resolution(self) -> float:
        """The smallest step the writer could express: $71K -> 1000, 4.2% -> 0.1."""
        return self.magnitude * 10.0 ** (-self.decimals)

    @property
    def is_money(self) -> bool:
        """Dollars or a local currency."""
        return self.unit in UNITS_PER_USD

    @property
    def dollar_size(self) -> float | None:
        """The order of magnitude in dollars of a money figure (None for other units)."""
        rate = UNITS_PER_USD.get(self.unit or "")
        return abs(self.value) / rate if rate else None

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


_AFTER_MONEY = re.compile(r"\$\s?\d[\d,.]*[kKmMbB]?\s$")  # a dollar figure, then a space: what a range's dash follows


def parse_quantity(match: re.Match[str], offset: int = 0) -> Quantity | None:
    """A Quantity from one match of QUANTITY, or None when it is no quantity."""
    number = match["number"]
    digits = re.sub(r"[,\s]", "", number)
    try:
        value = float(digits)
    except ValueError:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    magnitude_word = (match["magnitude"] or "").lower()
    unit_word = " ".join((match["unit"] or "").lower().split())
    if unit_word.split()[-1:] and unit_word.split()[-1] in {"won", "yen", "rupee", "rupees"}:
        unit_word = unit_word.split()[-1]  # "South Korean won" -> "won"
    currency = match["currency"] or match["local"]
    # Without a currency, a lone letter counts as a magnitude only when it is
    # a capital touching the number ("1.45B"): "5m candles" means minutes.
    letter = match["magnitude"] or ""
    if len(letter) == 1 and letter in "mbtMBT" and not currency:
        touching = match.start("magnitude") == match.end("number")
        if not (letter.isupper() and touching):
            magnitude_word = ""
    magnitude = _MAGNITUDES.get(magnitude_word, 1.0)
    if unit_word.startswith(("%", "percent", "per", "pct")):
        unit: str | None = "%"
        if "point" in unit_word:
            unit = "pp"
    elif unit_word.startswith(("bps", "basis")) or unit_word == "bp":  # "+0.5bp per eight hours"
        unit = "bps"
    elif (unit_word in _COINS or unit_word.upper() in ALT_COIN_UNITS) and not currency:  # "106,000 BTC": an amount of coins (a volume); "$105K BTC" is a price
        unit = unit_word.upper()
    elif unit_word in _LOCAL_WORDS:
        unit = _LOCAL_WORDS[unit_word]
    elif match["local"]:
        unit = _LOCAL_SIGNS[match["local"].strip().lower()]
    elif currency or unit_word.startswith(("dollar", "usd")) or unit_word.endswith(("dollars", "dollar")):
        unit = "USD"
    else:
        unit = None
    # A dash touching a number is a minus ("-4.2%"); an en dash is a range
    # separator ("68,000–69,500") and is left out of the quantity.
    sign = match["sign"]
    start = match.start()
    if sign == "–" or sign == "-" and match["currency"] and _AFTER_MONEY.search(match.string[max(0, start - 24) : start]):
        start += 1  # '$0.360 -$0.370': a dash spaced from the first figure and touching the second closes a range
    elif sign and sign != "+":
        value = -value
    text = match.string[start : match.end()].rstrip()
    return Quantity(
        value=value * magnitude,
        unit=unit,
        decimals=decimals,
        magnitude=magnitude,
        text=text,
        start=start + offset,
        end=start + len(text) + offset,
    )


# "the mid-$90,000s", "upper $60Ks", "the high-90s": a band, not a figure. "mid", "upper" and
# "lower", or any band word joined by a hyphen, always make one; "high" or "low" and a space make
# one only with the plural after the figure: "a record high $111,900" is the record itself.
_PLURAL = re.compile(r"[kKmMbBtT]?['’]?s(?![A-Za-z])")  # "$90,000s", "$90Ks", "60's"
_VAGUE = re.compile(r"\b(?:(?:mid|upper|lower)[-\s]|(?:low|high)-)(?:\$|US\$)?$", re.IGNORECASE)


def _vague(text: str, match: re.Match[str]) -> bool:
    """Whether a figure is a vague band's ('the high $60,000s') rather than a quantity."""
    if _PLURAL.match(text, match.end()):
        return True
    return bool(_VAGUE.search(text[max(0, match.start() - 9) : match.start()]))


_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS_WORDS)} | {w: i + 10 for i, w in enumerate(_TEENS)} \
    | {w: (i + 2) * 10 for i, w in enumerate(_TENS)}
# "seven per cent", "twenty-five percent": a percentage spelt out, as some wires and UK desks write it
_WORD_PERCENT = re.compile(
    rf"(?<![\w-])(?P<words>(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS_WORDS)}))?|{'|'.join(_TEENS + _UNITS_WORDS)})"
    r"\s+(?:per\s?cent|percent)\b",
    re.IGNORECASE,
)


def number_of(word: str) -> float | None:
    """A count written in figures or as a word: '31', '1,200', 'three', 'twenty-five'; None otherwise."""
    text = word.strip().lower().replace(",", "")
    try:
        return float(text)
    except ValueError:
        parts = re.split(r"[-\s]+", text)
        return float(sum(_NUMBER_WORDS[w] for w in parts)) if parts and all(w in _NUMBER_WORDS for w in parts) else None


def _word_percents(text: str) -> list[Quantity]:
    found = []
    for match in _WORD_PERCENT.finditer(text):
        value = sum(_NUMBER_WORDS[w] for w in re.split(r"[-\s]+", match["words"].lower()))
        found.append(Quantity(value=float(value), unit="%", decimals=0, magnitude=1.0, text=match.group(),
                              start=match.start(), end=match.end()))
    return found


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order; vague bands ("the mid-$90,000s") are left out."""
    found = []
    for match in QUANTITY.finditer(text):
        if _vague(text, match):
            continue
        quantity = parse_quantity(match)
        if quantity is not None and not _scale_of_score(text, quantity):
            found.append(quantity)
    if _WORD_PERCENT.search(text):
        found = sorted(found + _word_percents(text), key=lambda q: q.start)
    return _ranges_shared(text, found)


def _scale_of_score(text: str, quantity: Quantity) -> bool:
    """'31/100', 'a score of 7/10': the scale a reading is given on, not a figure of its own."""
    before = text[max(0, quantity.start - 2) : quantity.start]
    return quantity.unit is None and quantity.value in {10.0, 100.0} and len(before) == 2 and before[1] == "/" and before[0].isdigit()


RANGE_LINKS = {"-", "–", "—", "‑", "to"}


def range_linked(text: str, low: Quantity, high: Quantity, links: frozenset[str] = frozenset(RANGE_LINKS)) -> bool:
    """Whether `high` closes a range opened by `low`: '$72,000–$88,000', '$72,000 - $88,000',
    '$8 billion to $10 billion', 'between $8 billion and $10 billion' (with 'and' in `links`);
    the same unit at both ends, the upper end above the lower."""
    link = text[low.end : high.start].strip().lower()
    return link in links and low.unit == high.unit and low.value < high.value


def _ranges_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """A range says its magnitude and unit once, for both ends: '$1.2-1.5 billion' is
    $1.2 billion to $1.5 billion, '$72k–88k' is dollars at both ends, '3-6%' and
    '72,000 to 74,000 dollars' give the lower end the upper end's unit."""
    shared = list(found)
    for i in range(len(shared) - 1):
        low, high = shared[i], shared[i + 1]
        link = text[low.end : high.start].strip().lower()
        if link not in RANGE_LINKS or low.value < 0 or high.value < 0:
            continue
        if low.magnitude == 1 and high.magnitude > 1 and low.value <= high.value / high.magnitude \
                and (low.unit is None or low.unit == high.unit or high.unit is None and low.is_money):
            low = replace(low, value=low.value * high.magnitude, magnitude=high.magnitude)  # "$1.2-1.5 billion"
        low = _thousands_said_once(low, high)
        if low.magnitude != high.magnitude or low.value > high.value:
            continue
        if low.unit is not None and high.unit is None and low.is_money:
            high = replace(high, unit=low.unit)  # "$72k–88k": the currency said once, before
        elif low.unit is None and (high.is_money or high.is_percent and link != "to"):
            # "3-6%", "72,000 to 74,000 dollars": the unit said once, after; a bare count before
            # "to" and a percentage ("drawdowns of 20 to 30 per cent") is left as written
            low = replace(low, unit=high.unit)
        shared[i], shared[i + 1] = low, high
    return shared


def _thousands_said_once(low: Quantity, high: Quantity) -> Quantity:
    """'$94-95,000', '2-3,000 BTC': the upper end written in full, the lower one in thousands
    (or millions) of the same scale; the lower end is scaled up to the upper's thousands. Only
    with a whole lower figure and an upper one grouped in thousands that it stays below."""
    if low.magnitude != 1 or high.magnitude != 1 or low.decimals or "," not in high.text \
            or low.value < 1 or not (low.unit is None or low.unit == high.unit or high.unit is None and low.is_money):
        return low
    for power in (3, 6):
        scale = 10.0**power
        if low.value * scale <= high.value < low.value * scale * 10 and high.value % scale == 0:
            return replace(low, value=low.value * scale)
    return low
