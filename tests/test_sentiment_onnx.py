"""The ONNX Runtime encoders: the float graph the default model runs on is the numpy
encoder's network exactly, and the int8 one a batch can use leaves the stance labels
nearly all unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import SHARED

onnxruntime = pytest.importorskip("onnxruntime")

from factcheck.errors import ModelError
from factcheck.sentiment import (
    backends,
    onnx_encoder,
)
from factcheck.sentiment.backends import (
    DEFAULT_BACKEND,
    INT8_BACKEND,
    load_backend,
    load_encoder_head,
)


def load_numpy_encoder():
    """The shipped encoder: the package's base layers with our fine-tuned top ones."""
    return load_encoder_head(None).encoder


def load_head():
    return load_encoder_head(None).head


def _tweets(n: int) -> tuple[list[str], np.ndarray]:
    """Held-out tweets (the Twitter Financial News validation split, never trained on)."""
    frame = pd.read_csv(SHARED / "sentiment" / "twitter_financial_news_sentiment.csv")
    frame = frame[frame["split"] == "validation"].iloc[:n]
    return frame["text"].tolist(), frame["label"].to_numpy()


@pytest.fixture(scope="module")
def int8(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCHECK_HOME", str(home))
        onnx_encoder._session.cache_clear()
        backend = load_backend(INT8_BACKEND)
        assert backend.name == INT8_BACKEND and backend.head.labels == load_head().labels
        yield backend.encoder.encoder  # under the memory of sentences read (remembering.py)
        onnx_encoder._session.cache_clear()


def test_the_float_graph_is_the_numpy_encoder() -> None:
    import onnx

    encoder = load_numpy_encoder()
    model = onnx_encoder.build_graph(encoder)
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    graph = onnx_encoder.OnnxEncoder(encoder.tokenizer, session, encoder.dimensions, Path("memory"))
    sentences, _ = _tweets(40)
    sentences.append("Bitcoin slid 4% to $61,200 as $300 million of longs were liquidated overnight.")
    assert np.abs(graph.embed(sentences) - encoder.embed(sentences)).max() < 1e-5
    assert isinstance(model, onnx.ModelProto)


def test_int8_labels_match_the_float_encoders(int8) -> None:
    encoder, head = load_numpy_encoder(), load_head()
    sentences, gold = _tweets(400)
    exact = head.probabilities(encoder.embed(sentences)).argmax(axis=1)
    quick = head.probabilities(int8.embed(sentences)).argmax(axis=1)
    labels = np.array([str(getattr(label, "value", label)) for label in head.labels])
    agreement = float((exact == quick).mean())
    assert agreement >= 0.95, agreement
    accuracy = {name: float((labels[found] == gold).mean()) for name, found in (("float", exact), ("int8", quick))}
    assert abs(accuracy["float"] - accuracy["int8"]) <= 0.02, accuracy
    near = int8.embed(sentences[:5]) * encoder.embed(sentences[:5])
    width = encoder.width  # each top's part is a unit vector of its own
    assert min(near[:, k : k + width].sum(axis=1).min() for k in range(0, near.shape[1], width)) > 0.97


def test_the_quantised_graph_is_built_once_and_a_damaged_one_is_named(int8, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = int8.path
    assert built.is_file() and built.name.startswith("minilm-") and built.name.endswith("-int8.onnx")
    stamp = built.stat().st_mtime_ns
    assert onnx_encoder.graph_file(load_numpy_encoder(), "int8", built.parent) == built
    assert built.stat().st_mtime_ns == stamp
    assert not [p for p in built.parent.iterdir() if p.name.startswith(".")]  # no temporary files left
    assert (built.parent / built.name.replace("-int8.", "-float.")).is_file()  # the float graph it came from

    damaged = tmp_path / "sentiment" / "onnx" / built.name
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"not a graph")
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path))
    onnx_encoder._session.cache_clear()
    with pytest.raises(ModelError, match="delete it to rebuild"):
        onnx_encoder.load_onnx_encoder(load_numpy_encoder())
    onnx_encoder._session.cache_clear()


@pytest.fixture()
def fresh_backends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """load_backend as a new process has it, with FACTCHECK_HOME in tmp_path."""
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path / "home"))
    backends._loaded.cache_clear()
    onnx_encoder._session.cache_clear()
    yield tmp_path
    backends._loaded.cache_clear()
    onnx_encoder._session.cache_clear()


_BUILD_AT = """
import sys, time
from pathlib import Path
from factcheck.sentiment.backends import load_encoder_head
from factcheck.sentiment.onnx_encoder import graph_file
encoder = load_encoder_head(None).encoder
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
print(graph_file(encoder, "int8", Path(sys.argv[1])).name)
"""


def test_two_processes_building_the_int8_graph_at_once_both_get_it(tmp_path: Path) -> None:
    """A batch's workers in a new home build the quantised graph at the same moment: the
    quantiser's scratch copy beside its input was removed by the other process (one worker
    died, BrokenProcessPool). Both must end with the graph, and leave nothing else behind."""
    import subprocess
    import sys
    import time

    folder = tmp_path / "onnx"
    start = str(time.time() + 8)  # both past their imports before either builds
    runs = [subprocess.Popen([sys.executable, "-c", _BUILD_AT, str(folder), start], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err[-2000:]
        assert out.strip().endswith("-int8.onnx")
    assert sorted(p.name.rsplit("-", 1)[1] for p in folder.iterdir()) == ["float.onnx", "int8.onnx"]


def test_the_default_model_runs_on_the_float_graph_with_the_same_labels(fresh_backends: Path) -> None:
    exact = load_encoder_head(None)
    default = load_backend(DEFAULT_BACKEND)
    graph = default.encoder.encoder  # inside the memory of sentences read (remembering.py)
    assert isinstance(graph, onnx_encoder.OnnxEncoder) and graph.path.name.endswith("-float.onnx")
    assert default.name == DEFAULT_BACKEND and default.head.labels == exact.head.labels
    sentences, _ = _tweets(120)
    sentences.append("Shorts worth $120 million were liquidated as bitcoin reclaimed $71,000.")
    assert np.abs(default.encoder.embed(sentences) - exact.encoder.embed(sentences)).max() < 1e-5
    assert [s.label for s in default.classify(sentences)] == [s.label for s in exact.classify(sentences)]


def test_once_on_onnx_runtime_a_process_holds_the_weights_once(fresh_backends: Path) -> None:
    """The numpy arrays (about 90 MB) are let go when the session has its own copy, so a
    batch worker does not carry the model twice; the encoder still embeds."""
    from factcheck.sentiment.minilm import load_numpy_encoder

    for name in (DEFAULT_BACKEND, INT8_BACKEND):
        backend = load_backend(name)
        assert isinstance(getattr(backend.encoder, "encoder", backend.encoder), onnx_encoder.OnnxEncoder)
        assert load_numpy_encoder.cache_info().currsize == 0, name
        assert backend.classify(["Bitcoin fell 9% as ETF outflows deepened."])[0].label.value == "bearish"


def test_without_a_writable_cache_the_default_model_runs_in_numpy(fresh_backends: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = fresh_backends / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_HOME", str(blocker))
    default = load_backend(DEFAULT_BACKEND)
    assert default.encoder.encoder is load_encoder_head(None).encoder
    assert default.classify(["Bitcoin fell 9% as ETF outflows deepened."])[0].label.value == "bearish"


def test_a_batch_worker_gives_the_session_one_thread() -> None:
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        assert onnx_encoder.thread_budget() == 1
    assert onnx_encoder.thread_budget() >= 1
