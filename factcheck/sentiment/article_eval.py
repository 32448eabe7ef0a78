"""Article stance against an analyst's reading: accuracy and macro-F1 over whole articles.

A sentence classifier can score well sentence by sentence and still get the
article wrong (the headline, the lead and the claims weigh more; a bullish
article quotes bearish figures). `corpus/stance/articles.json` gives each
article a gold stance, labelled by reading it before any model output was seen:

    corpus   our 50 corpus articles (corpus/*.txt)
    seed     the worked example (../shared/seeds/)
    real     the 37 real articles in ../shared/articles/

`evaluate(prepared, backend)` loads nothing new: the articles are read with
`load_article` and their claims extracted once (`prepare`), then each backend's
article stances come from `section.stances`, the path a report takes.

    python -m factcheck.sentiment.article_eval [--head FOLDER] [--vader]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.sentiment.metrics import Scores, score
from factcheck.sentiment.model import ArticleStance, Stance, StanceLabel
from factcheck.sentiment.stance import ArticleSentence, StanceWeights

if TYPE_CHECKING:
    from factcheck.model import Article, Claim
    from factcheck.sentiment.backends import Backend

REPO = Path(__file__).resolve().parents[2]
ARTICLE_GOLD = REPO / "corpus" / "stance" / "articles.json"
SHARED = REPO.parent / "shared"
SETS = ("corpus", "seed", "real")


def set_folder(name: str, shared: Path = SHARED) -> Path:
    """Where the articles of a set lie."""
    return {"corpus": REPO / "corpus", "seed": shared / "seeds", "real": shared / "articles"}[name]


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    set: str
    stance: StanceLabel
    why: str


def load_gold(path: Path = ARTICLE_GOLD, shared: Path = SHARED) -> list[GoldArticle]:
    """The gold stances, each with the path of its article."""
    rows = json.loads(path.read_text(encoding="utf-8"))["articles"]
    return [GoldArticle(set_folder(r["set"], shared) / r["article"], r["set"], StanceLabel(r["stance"]), r["why"]) for r in rows]


@dataclass(frozen=True, eq=False)
class Prepared:
    """An article read and its claims extracted: what `section.stances` needs."""

    gold: GoldArticle
    article: Article
    claims: Sequence[Claim]


def prepare(gold: Sequence[GoldArticle]) -> list[Prepared]:
    """Read every article as `factcheck` does and extract its claims (spaCy), once."""
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import extract

    out = []
    for g in gold:
        article = load_article(str(g.path))
        out.append(Prepared(g, article, extract(article)))
    return out


@dataclass(eq=False)
class Remembered:
    """A backend that classifies each distinct sentence once, so many weightings cost one pass."""

    backend: Backend
    seen: dict[str, Stance] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.backend.name

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        new = list(dict.fromkeys(s for s in sentences if s not in self.seen))
        if new:
            self.seen.update(zip(new, self.backend.classify(new)))
        return [self.seen[s] for s in sentences]


@dataclass(frozen=True)
class ArticleEvaluation:
    """One backend's article stances, scored per set and over all articles."""

    backend: str
    stances: tuple[ArticleStance, ...]
    gold: tuple[GoldArticle, ...]
    scores: dict[str, Scores]  # "corpus", "real", "all" (and "seed", one article)

    def predicted(self, path_name: str) -> ArticleStance:
        for g, s in zip(self.gold, self.stances):
            if g.path.name == path_name:
                return s
        raise KeyError(path_name)


def _scored(gold: Sequence[GoldArticle], stances: Sequence[ArticleStance], backend: str) -> ArticleEvaluation:
    scores = {}
    for name in (*SETS, "all"):
        rows = [(g.stance, s.label) for g, s in zip(gold, stances) if name == "all" or g.set == name]
        if rows:
            scores[name] = score([t for t, _ in rows], [p for _, p in rows])
    return ArticleEvaluation(backend, tuple(stances), tuple(gold), scores)


def evaluate(prepared: Sequence[Prepared], backend: Backend) -> ArticleEvaluation:
    """Each article's stance as a report gives it (`section.stances`), scored against the gold."""
    from factcheck.sentiment.section import stances

    found = stances([(p.article, p.claims) for p in prepared], backend)
    return _scored([p.gold for p in prepared], found, backend.name)


def split(prepared: Sequence[Prepared]) -> list[list[ArticleSentence]]:
    """Each article's sentences, as `section.stances` finds them (split once, weigh many times)."""
    from factcheck.sentiment.stance import article_sentences, split_sentences

    spans = split_sentences([p.article.text for p in prepared])
    return [article_sentences(p.article, spans=s) for p, s in zip(prepared, spans)]


def evaluate_weights(
    prepared: Sequence[Prepared],
    backend: Backend,
    weights: StanceWeights,
    sentences: Sequence[Sequence[ArticleSentence]] | None = None,
) -> ArticleEvaluation:
    """The same with other aggregation constants (for tuning `stance.StanceWeights`)."""
    from factcheck.sentiment.stance import article_stances, claim_density

    sentences = sentences if sentences is not None else split(prepared)
    claim_weights = [claim_density(p.claims, own, weights.per_claim) for p, own in zip(prepared, sentences)]
    found = article_stances(
        [p.article for p in prepared], backend, claim_weights=claim_weights, sentences=sentences, weights=weights
    )
    return _scored([p.gold for p in prepared], found, backend.name)


def table(evaluations: Sequence[ArticleEvaluation], names: dict[str, str] | None = None) -> list[str]:
    """Markdown rows: accuracy / macro-F1 per set, and the seed article's stance."""
    first = evaluations[0]
    sizes = {k: v.n for k, v in first.scores.items()}
    columns = [k for k in ("corpus", "real", "all") if k in sizes]
    lines = [
        "| classifier | " + " | ".join(f"{k} articles (n={sizes[k]})" for k in columns) + " | seed article (gold bullish) |",
        "|---|" + "---:|" * (len(columns) + 1),
    ]
    for e in evaluations:
        seed = [s for g, s in zip(e.gold, e.stances) if g.set == "seed"]
        cell = f"{seed[0].label.value} ({seed[0].score:+.2f})" if seed else "–"
        name = (names or {}).get(e.backend, e.backend)
        lines.append(
            f"| {name} | "
            + " | ".join(f"{e.scores[k].accuracy:.3f} / {e.scores[k].macro_f1:.3f}" for k in columns)
            + f" | {cell} |"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    """Print the article-level table for the shipped head (or --head FOLDER) and VADER."""
    import argparse

    from factcheck.sentiment.backends import load_backend

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", action="append", default=[], help="a head folder to score (repeatable)")
    parser.add_argument("--no-shipped", action="store_true", help="leave out the shipped head")
    parser.add_argument("--vader", action="store_true", help="score VADER too")
    args = parser.parse_args(argv)
    prepared = prepare(load_gold())
    backends = [] if args.no_shipped else [load_backend()]
    backends += [load_backend(h) for h in args.head] + ([load_backend("vader")] if args.vader else [])
    evaluations = [evaluate(prepared, Remembered(b)) for b in backends]
    print("\n".join(table(evaluations)))
    for e in evaluations:
        wrong = [(g, s) for g, s in zip(e.gold, e.stances) if g.stance is not s.label]
        print(f"\n{e.backend}: {len(wrong)} articles wrong")
        for g, s in wrong:
            print(f"  {g.set:6} {g.path.name[:60]:60} gold {g.stance.value:7} got {s.label.value:7} {s.score:+.2f}")


if __name__ == "__main__":
    main()
