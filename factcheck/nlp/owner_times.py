"""A figure's time read off the noun it belongs to: a day's possessive on the extreme whose
level it is ("Friday's low of $3,435", "Sunday's swing low at $80,100"), or the period noun a
relative clause tells the move of ("a volatile week that took it down nearly 10%", "a rough
week in which it lost 8.5%"). Outlets write the time on the noun, not beside the figure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})


def covers(owner: Token, span: Span) -> bool:
    """Whether the owner's phrase holds the span: 'Sunday's swing low at $80,100' holds '$80,100'."""
    return owner.left_edge.i <= span.start and span.end - 1 <= owner.right_edge.i or span.start <= owner.i < span.end


# Period nouns a relative clause may tell a move of: 'a volatile week that took it down 10%'.
_PERIOD_NOUNS = frozenset({"week", "month", "session", "quarter"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def period_of_clause(doc: Doc, anchor: Span) -> Span | None:
    """'Bitcoin closed out a volatile week that took it down nearly 10%', 'a rough week in which
    it lost 8.5%': the move is told of the period noun its clause describes, a span of that length
    back from publication (like 'over the week')."""
    token = anchor.root
    for _ in range(4):
        if token.dep_ == "relcl":
            noun = token.head
            if noun.lemma_.lower() in _PERIOD_NOUNS and noun.pos_ == "NOUN" and noun.tag_ == "NN":
                return Span(doc, noun.i, noun.i + 1, label="duration")
            return None
        if token.head is token or token.pos_ in {"VERB", "AUX"} and token.dep_ not in _CLAUSE_LINKS:
            return None  # the verb of a clause that describes no period
        token = token.head
    return None


def day_of_level(doc: Doc, sentence: Span, anchor: Span, quantity: Span) -> Span | None:
    """'Friday's low of $3,435', "off Sunday's swing low at $80,100", 'Monday's high': a day's
    possessive on the extreme or level whose figure this is dates the figure to that day."""
    for token in doc[sentence.start : quantity.start]:
        if token.lower_ not in DAY_WORDS or token.dep_ != "poss":
            continue
        owner = token.head
        if owner.pos_ in {"NOUN", "PROPN", "ADJ"} and owner.i > token.i and covers(owner, quantity):
            first = token.i - 1 if token.i > sentence.start and doc[token.i - 1].lower_ == "last" else token.i
            return Span(doc, first, token.i + 1, label="yesterday" if token.lower_ == "yesterday" else "weekday")
    return None
