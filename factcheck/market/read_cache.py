"""Store reads in blocks: one read serves every window of a claim and its neighbours.

Checking an article asks for a dozen overlapping windows around one date, and
a batch asks for thousands; reading a padded block once per series and
slicing it in memory replaces most SQLite round trips. Only reads are
cached, and any write through the same store handle clears the cache.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

import pandas as pd

from factcheck.market.store import Store

_PAD = {"m": timedelta(days=3), "h": timedelta(days=45), "d": timedelta(days=800), "w": timedelta(days=3000)}
MAX_BLOCKS = 64


class ReadCache:
    """Padded blocks, several per series: a batch's articles come back to the same weeks
    (one worker checks articles from all over the calendar in turn), so a block read for one
    article serves the next one of the same days instead of being replaced by every other."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._blocks: OrderedDict[tuple[str, str, str, datetime, datetime], pd.DataFrame] = OrderedDict()
        self._seen = store.writes

    def candles(self, source: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> pd.DataFrame:
        if self.store.writes != self._seen:
            self.clear()
        series = (source, symbol, timeframe)
        key = next((k for k in reversed(self._blocks) if k[:3] == series and k[3] <= start and end <= k[4]), None)
        if key is None:
            pad = _PAD.get(timeframe[-1], timedelta(days=30))
            key = (*series, start - pad, end + pad)
            self._blocks[key] = self.store.candles(source, symbol, timeframe, key[3], key[4])
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        self._blocks.move_to_end(key)
        frame = self._blocks[key]
        if frame.empty:
            return frame
        index = frame.index
        return frame.iloc[index.searchsorted(pd.Timestamp(start)) : index.searchsorted(pd.Timestamp(end))]

    def clear(self) -> None:
        self._blocks.clear()
        self._seen = self.store.writes
