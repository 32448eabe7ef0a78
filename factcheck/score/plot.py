"""One picture of a scorecard: outlets ranked by their share of inaccurate
claims, with 95% intervals, so small samples look as uncertain as they are."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def plot_scorecards(cards: pd.DataFrame, path: Path, by: str = "outlet") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = cards.dropna(subset=["inaccurate"]).sort_values("inaccurate")
    height = max(2.5, 0.4 * len(shown) + 1.2)
    fig, ax = plt.subplots(figsize=(8, height), dpi=120)
    y = range(len(shown))
    share = shown["inaccurate"] * 100
    low = (shown["inaccurate"] - shown["inaccurate_low"]) * 100
    high = (shown["inaccurate_high"] - shown["inaccurate"]) * 100
    ax.errorbar(share, list(y), xerr=[low, high], fmt="o", color="#b22222", ecolor="#999999", capsize=3)
    ax.set_yticks(list(y))
    ax.set_yticklabels([f"{name}  (n={n})" for name, n in zip(shown[by], shown["checked"])])
    ax.set_xlabel("inaccurate claims, % of checked (95% Wilson interval)")
    ax.set_xlim(0, 100)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"factcheck: {by}s ranked by inaccurate claims")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
