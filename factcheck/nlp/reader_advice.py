"""Advice: what the writer tells traders or the reader to do, which corpus/README.md lists as no
opinion ("advice and investment verdicts", "the writer's own trades or plans").

The phrase list in models/patterns/opinions.jsonl ('should monitor', 'keep an eye on') catches the
stock phrases; real pages give advice in constructions with any verb:
- a group of traders (or 'you') told what it should or needs to do: 'Cautious buyers should wait
  for a daily close', 'Bulls need to stay patient', 'you do not have to chase this';
- a verdict on a course of action: 'it may be wise to take some profit', 'it is worth comparing this
  move with XRP's', 'now might be the time
  for holders to hedge', 'a prudent approach would be to scale in';
- an order: 'Watch the weekly close', 'For swing traders, stay nimble'.
Only the main clause counts: 'Although traders should stay alert, the pace of the rise points to
a bottom' reads the market in its main clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_GROUPS = {"trader", "investor", "buyer", "seller", "bull", "bear", "holder", "hodler", "long", "short", "participant",
           "speculator", "you", "newcomer", "beginner", "those", "anyone", "everyone", "reader"}
_PLANNERS = {"i", "we"}  # 'we should fade rallies': the writer's own plan
_OBLIGING = {"should", "must", "ought", "shall"}
_NEEDING = {"need", "have"}
_HEDGES = {"may", "might", "could", "would", "will"}
_WISE = {"sensible", "prudent", "wise", "advisable", "best", "better", "smart", "safer", "wiser", "crucial", "important",
         "essential", "key", "vital", "worth", "worthwhile"}
_COURSE = {"strategy", "approach", "move", "play", "course", "idea", "bet"}
_AWAITING = {"expect", "anticipate", "brace", "prepare", "look"}
_SAYING = {"note", "remember", "mention", "point", "stress", "add", "say", "highlight", "understand", "recognize", "recognise"}


def advises(sentence: Span) -> bool:
    """The sentence's main clause tells someone what to do."""
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "mark" for c in root.children):
        return False  # 'Although buyers should stay alert, ... points to a bottom': the parse took the subordinate clause for the main one
    if _ordered(sentence, root):
        return True
    # 'Yan opined that now might be the time to ...': the advice a source gives is advice too
    clauses = [root, *[c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]]
    return any(_told_to(v) or _wise_course(v) for v in clauses)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _told_to(verb: Token) -> bool:
    """'Traders should wait', 'bulls need to remain patient', 'you don't have to bother'."""
    subject = _subject(verb)
    if subject is None:
        return False
    who = subject.lemma_.lower()
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & _OBLIGING:
        return who in _GROUPS | _PLANNERS
    needs = verb.lemma_.lower() in _NEEDING and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                                                      for c in verb.children) \
        and not any(c.lower_ == "yet" for c in verb.children)  # 'traders have yet to pile in': not yet, no order
    # 'holders might need to brace for losses' is an outlook on them, not an order
    return needs and who in _GROUPS and not auxes & _HEDGES


def _wise_course(verb: Token) -> bool:
    """'it might be sensible to be cautious', 'now might be the time for investors to be cautious',
    'a prudent strategy would be to wait'; not 'it is important to note that ...', a frame."""
    if verb.lemma_.lower() != "be":
        return False
    subject = _subject(verb)
    complements = [c for c in verb.children if c.dep_ in {"acomp", "attr", "xcomp", "ccomp"}]
    if subject is not None and subject.lower_ == "it":
        for c in complements:
            if c.lower_ in _WISE:
                infinitive = next((g for g in c.children if g.dep_ == "xcomp"), None)
                infinitive = infinitive or next((g for g in verb.children if g.dep_ in {"xcomp", "ccomp"}), None)
                if infinitive is not None and infinitive.lemma_.lower() not in _SAYING:
                    return True
    if subject is not None and subject.lemma_.lower() in _COURSE and any(a.lower_ in _WISE for a in subject.children):
        return True  # 'a prudent strategy would be to ...'
    # 'now might be the time for holders to hedge'; not 'readings this low have been a better time to buy', a reading
    return any(t.lower_ == "now" for t in verb.children) and any(
        c.lemma_.lower() == "time" and any(g.dep_ in {"relcl", "acl"} and any(t.lower_ == "to" for t in g.children)
                                           for g in c.children) for c in complements)


def _ordered(sentence: Span, verb: Token) -> bool:
    """'Watch the weekly close', 'For swing traders, stay nimble': a bare verb with no subject."""
    if verb.tag_ != "VB" or _subject(verb) is not None or any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children):
        return False
    if verb.lemma_.lower() in _AWAITING:
        return False  # 'so expect chop', 'brace for more downside': an outlook put to the reader
    if any(c.dep_ == "conj" and _subject(c) is not None for c in verb.children):
        return False  # 'talk to analysts and many will say ...', 'lose it, and $2,850 comes fast': a premise, then the point
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is not None and first.lower_ in {"let", "let's", "to"}:
        return False  # "Let's study the charts": the writer's plan, handled by the rest of the rules
    return verb.lemma_.lower() not in {"be", "have"}
