"""Wordings that look like forecasts and are none: a question, a presale's price schedule, a famed level.

'Can BTC Hit $150K?' asks what nobody has said, and 'the token price rises to $0.0131 in the
next stage' is set by the seller; corpus/README lists both among the negatives, so neither
becomes a forecast, however much it sounds like a target. 'the highly anticipated $70,000 mark'
says how long a level has been watched, not where anyone expects the price to go.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.nlp.components import group

_QUESTION_OPENERS = {"can", "could", "will", "would", "should", "may", "might", "is", "are", "does", "do", "did", "has", "have",
                     "was", "were", "how", "what", "when", "where", "why", "who", "which"}
_CLAUSE_MARKS = {":", "–", "—", ";", "|", "?", "!"}
_NOT_SUBJECTS = {"VERB", "AUX", "PART"}  # 'Can ETH ...', 'Will the price ...' ask; 'and could reach' does not


def asked(figure: Span) -> bool:
    """'Can BTC Hit $150K?', 'Will Ethereum reach $5,000 in 2026?': a price inside a question asks
    what nobody has said; a question is no forecast (corpus/README: titles and questions). The
    claim before a headline's question ('Bitcoin Breaks Above $90,000 – Is X the Next 100x?') stands."""
    doc = figure.doc
    sentence = figure.sent
    end = next((t.i for t in doc[figure.end : sentence.end] if t.text in {"?", ".", "!"}), None)
    if end is None:  # the parser may end the sentence right before its question mark
        end = sentence.end if sentence.end < len(doc) and doc[sentence.end].text == "?" else None
    if end is None or doc[end].text != "?":
        return False
    start = max((t.i + 1 for t in doc[sentence.start : figure.start] if t.text in _CLAUSE_MARKS), default=sentence.start)
    # the question opens its clause, or a clause joined after a title ('Monthly Targets and Can ETH Reach $5,000?')
    openings = [start] + [t.i + 1 for t in doc[start : figure.start] if t.lower_ in {"and", "or", "but", "so"}]
    if any(t.text in {",", ";"} for t in doc[figure.end : end]):
        return False  # 'could reach $130,000, but is the top in?': the question is the next clause
    coins = {a.start for a in group(doc, "assets")}  # 'Could ether rally ...': a coin the tagger takes for a verb
    return any(i < figure.start and doc[i].lower_ in _QUESTION_OPENERS and (doc[i + 1].pos_ not in _NOT_SUBJECTS or i + 1 in coins)
               for i in openings) \
        and not _answered_yes(sentence)


_ANSWER_OPENERS = {"it", "yes", "likely", "probably", "possibly", "quite", "very", "that", "this"}
_AFFIRMING = {"possible", "likely", "yes", "could", "can", "will", "expect", "expects", "forecast", "predict", "predicts", "plausible", "probable"}


def _answered_yes(question: Span) -> bool:
    """'Will BTC reach $150K? It is possible in 2026 according to our forecast.': a question the next
    sentence answers yes makes the asked level the forecast; 'It is unlikely' or no answer does not."""
    doc = question.doc
    end = question.end + (1 if question.end < len(doc) and doc[question.end].text == "?" else 0)
    if end >= len(doc):
        return False
    answer = doc[end].sent
    words = [t.lower_ for t in answer]
    return bool(words) and words[0] in _ANSWER_OPENERS and any(w in _AFFIRMING for w in words) \
        and not any(w in {"not", "n't", "unlikely", "no", "never", "impossible"} for w in words)


_STAGES = {"stage", "phase", "tier"}  # a 'round' only in a token sale: 'the next round of ETF inflows' is news
_STAGE_MARKS = {"next", "current", "this", "final", "following", "each", "every", "last", "upcoming"}


def presale_stage(figure: Span) -> bool:
    """'The token price will increase to $0.0131 in the next stage': a presale's price schedule is
    set by its seller, not predicted; presale prices are no claim (corpus/README negatives)."""
    doc = figure.doc
    for token in figure.sent:
        staged = token.lemma_.lower() in _STAGES or token.lower_ == "round" and any(t.lower_ in {"token", "tokens", "sale"} for t in figure.sent)
        if staged and token.i > figure.sent.start and doc[token.i - 1].lower_ in _STAGE_MARKS:
            return True
    return False


_FAME = {"highly", "much", "long", "eagerly", "hotly", "keenly", "widely", "closely"}
_WATCHED = {"anticipate", "await", "expect", "watch"}


def famed_level(cue: Span | None) -> bool:
    """'reclaiming the highly anticipated $70,000 mark', 'the much-awaited $100K': a participle of
    expectation used as an adjective with a word of degree says the level is famous; what the
    sentence tells of it (reclaimed, tested) is read by the level's own cues."""
    if cue is None:
        return False
    word = cue[0]
    if word.lemma_.lower() not in _WATCHED or word.tag_ not in {"VBN", "JJ"}:
        return False
    before = word.doc[word.i - 2 : word.i] if word.i >= 2 else word.doc[0 : word.i]
    return any(t.lower_ in _FAME for t in before) and word.dep_ in {"amod", "compound", "nmod"}
