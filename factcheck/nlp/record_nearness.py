"""Phrases of nearness before a record: 'closing in on its all-time high', 'within striking
distance of a record high', 'a long way off its 2017 peak', 'inching closer to the record'.

Outlets say the price is near its record, or far from it, without a figure; either way the price
is still under the record, so the claim is the record `below`, by an amount not said (as 'nears its
record high' already is). The phrase is read by its words, in the few tokens right before the
record's own words, past the articles and 'new'/'fresh' between them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

# each phrase as it ends right before the record's words (its last word may be the first word of
# the record span: 'off its 2017 peak' is matched from 'off')
_PHRASES = (
    ("closing", "in", "on"), ("closes", "in", "on"), ("closed", "in", "on"), ("close", "in", "on"),
    ("within", "striking", "distance", "of"), ("within", "touching", "distance", "of"), ("within", "reach", "of"),
    ("a", "long", "way", "off"), ("a", "long", "way", "from"), ("long", "way", "below"),
    ("closer", "to"), ("far", "from"), ("far", "off"),
)
_BETWEEN = {"a", "an", "its", "their", "the", "new", "fresh", "another", "'s", "’s"}


# 'still far from its previous ATH when priced against bitcoin': the record of a pair, not of the dollar price
PRICED_IN_COINS = re.compile(r"\b(?:priced|measured|valued)\s+(?:against|in)\s+(?:bitcoin|btc|ether|eth)\b|\bagainst\s+(?:bitcoin|btc)\b"
                             r"|\bin\s+(?:bitcoin|btc|ether|eth)\s+terms\b|\b[a-z]{2,5}/btc\b", re.IGNORECASE)


def near_record_phrase(doc: Doc, sentence: Span, span: Span) -> Token | None:
    """The first word of a phrase of nearness ending right before the record span, else None."""
    if PRICED_IN_COINS.search(sentence.text):
        return None
    if span[0].lower_ in _NEARING:  # 'Ethereum Nears Record': the verb opens the record's own words
        return span[0]
    i = span.start
    if span[0].lower_ in {"of", "off", "from", "below"}:  # the distance patterns start at the phrase's last word
        i = span.start + 1
    else:
        while i > sentence.start and doc[i - 1].lower_ in _BETWEEN:
            i -= 1
    for phrase in _PHRASES:
        start = i - len(phrase)
        if start >= sentence.start and tuple(t.lower_ for t in doc[start:i]) == phrase:
            return doc[start]
    return None


_NEARING = {"nears", "neared", "nearing", "approaches", "approaching"}
_CLOSING = {"as", "amid", "after", "before", "ahead", "again", "on", "in", "while", "despite", "with", "but", "and"}


def record_closes(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether a bare 'record' ends its phrase (a headline's end, punctuation, 'as', 'amid'), so that it
    is the price's record and not the first word of another ('record inflows', 'record volume')."""
    if span.end >= sentence.end:
        return True
    after = doc[span.end]
    return after.is_punct or after.is_space or after.lower_ in _CLOSING
