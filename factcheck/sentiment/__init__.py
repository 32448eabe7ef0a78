"""Sentiment: each sentence's stance, the article's stance, and its tone against the market.

    minilm.py     all-MiniLM-L6-v2's forward pass in numpy (the default runtime: no torch start-up)
    encoder.py    the same model through transformers (reference, training), loaded once per process
    head.py       our classification head (models/sentiment/), numpy inference
    backends.py   classify(sentences, backend) -> [Stance]: MiniLM + head (default), VADER (--fast),
                  or any Hugging Face text-classification model (--sentiment-model NAME_OR_PATH)
    stance.py     article_stance(article) -> ArticleStance: sentences weighted by position and claims
    tone.py       tone_check(stance, MarketFigures) -> ToneCheck: the tone against the market, in words
    figures.py    MarketFigures measured from market data around publication (returns, RSI, Fear & Greed)
    section.py    the report's sentiment section: stances for many articles, then each one's tone check
    model.py      the frozen values: Stance, SentenceStance, ArticleStance, ToneCheck
    datasets.py, metrics.py, baselines.py, train.py, card.py, article_eval.py
                  training the head (`factcheck train-sentiment`) and measuring it, sentence and article level

Nothing here imports torch or transformers until a model is loaded.
"""
