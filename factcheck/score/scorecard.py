"""Per-outlet (or per-author) scorecards from the `claims` and `articles` tables.

Shares are over claims that could be checked (supported, imprecise or
inaccurate); unverifiable and opinion are counted apart, so an outlet is not
rewarded for vagueness. Forecast hit rate counts resolved forecasts only.

Hype is the share of an outlet's articles whose tone went against the market:
bullish while the asset fell, or bearish while it rose, over the days before
publication or (once they have passed) the days after (`sentiment.tone`).
Only articles whose market move was measured count; `against_prior` and
`against_forward` split it by side of publication.
"""

from __future__ import annotations

import pandas as pd

from factcheck.score.intervals import wilson

CHECKED = {"supported", "imprecise", "inaccurate"}


def scorecards(claims: pd.DataFrame, articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    articles = articles[articles.get("error").isna()] if "error" in articles else articles
    rows = []
    keys = sorted(set(articles[by].fillna("(unknown)")))
    claims = claims.assign(**{by: claims[by].fillna("(unknown)")}) if len(claims) else claims
    for key in keys:
        mine = articles[articles[by].fillna("(unknown)") == key]
        theirs = claims[claims[by] == key] if len(claims) else claims
        verdicts = theirs["verdict"].value_counts() if len(theirs) else pd.Series(dtype=int)
        checked = int(sum(verdicts.get(v, 0) for v in CHECKED))
        inaccurate = int(verdicts.get("inaccurate", 0))
        supported = int(verdicts.get("supported", 0))
        realized, unrealized = int(verdicts.get("realized", 0)), int(verdicts.get("unrealized", 0))
        words = int(mine["words"].sum()) if "words" in mine else 0
        lo, hi = wilson(inaccurate, checked)
        slo, shi = wilson(supported, checked)
        flo, fhi = wilson(realized, realized + unrealized)
        rows.append({
            by: key,
            "articles": len(mine),
            "words": words,
            "claims": len(theirs),
            "checked": checked,
            "supported": supported / checked if checked else None,
            "supported_low": slo, "supported_high": shi,
            "inaccurate": inaccurate / checked if checked else None,
            "inaccurate_low": lo, "inaccurate_high": hi,
            "imprecise": int(verdicts.get("imprecise", 0)) / checked if checked else None,
            "unverifiable": int(verdicts.get("unverifiable", 0)) / len(theirs) if len(theirs) else None,
            "inaccurate_per_1000_words": 1000 * inaccurate / words if words else None,
            "forecasts_resolved": realized + unrealized,
            "forecast_hit_rate": realized / (realized + unrealized) if realized + unrealized else None,
            "forecast_hit_low": flo, "forecast_hit_high": fhi,
            "forecasts_pending": int(verdicts.get("pending", 0)),
            **_hype(mine),
        })
    frame = pd.DataFrame(rows)
    return frame.sort_values(["inaccurate", "checked"], ascending=[True, False], na_position="last").reset_index(drop=True)


def _share(flags: pd.Series, prefix: str) -> dict[str, object]:
    known = flags.dropna().astype(bool)
    hits, n = int(known.sum()), len(known)
    low, high = wilson(hits, n)
    return {prefix: hits / n if n else None, f"{prefix}_low": low, f"{prefix}_high": high, f"{prefix}_n": n}


def _hype(articles: pd.DataFrame) -> dict[str, object]:
    """Mean stance and the shares of articles whose tone went against the market."""
    if "stance_score" not in articles:
        return {"stance_mean": None, "hype": None, "hype_low": None, "hype_high": None, "hype_n": 0}
    prior = articles.get("against_prior", pd.Series(dtype=object))
    forward = articles.get("against_forward", pd.Series(dtype=object))
    measured = prior.notna() & articles.get("prior_trend", pd.Series(dtype=object)).notna() | forward.notna()
    against = (prior.fillna(False).astype(bool) | forward.fillna(False).astype(bool)).where(measured)
    scores = articles["stance_score"].dropna()
    return {
        "stance_mean": float(scores.mean()) if len(scores) else None,
        **_share(against, "hype"),
        **_share(prior.where(articles.get("prior_trend", pd.Series(dtype=object)).notna()), "against_prior"),
        **_share(forward, "against_forward"),
    }
