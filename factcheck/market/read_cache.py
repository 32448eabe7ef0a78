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
    def __init__(self, store: Store) -> None:
        self.store = store
        self._blocks: OrderedDict[tuple[str, str, str], tuple[datetime, datetime, pd.DataFrame]] = OrderedDict()
        self._seen = store.writes

    def candles(self, source: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> pd.DataFrame:
        if self.store.writes != self._seen:
            self.clear()
        key = (source, symbol, timeframe)
        block = self._blocks.get(key)
        if block is None or start < block[0] or end > block[1]:
            pad = _PAD.get(timeframe[-1], timedelta(days=30))
            lo, hi = start - pad, end + pad
            if block is not None and block[0] <= start and end <= block[1] + pad:
                lo = block[0]
            block = (lo, hi, self.store.candles(source, symbol, timeframe, lo, hi))
            self._blocks[key] = block
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        self._blocks.move_to_end(key)
        frame = block[2]
        if frame.empty:
            return frame
        index = frame.index
        return frame.iloc[index.searchsorted(pd.Timestamp(start)) : index.searchsorted(pd.Timestamp(end))]

    def clear(self) -> None:
        self._blocks.clear()
        self._seen = self.store.writes
