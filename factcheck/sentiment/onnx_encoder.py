"""The sentence encoder as an ONNX Runtime graph, float32 or int8.

The sentiment section waits on the encoder's matrix products. ONNX Runtime runs
the same network with fused kernels: in float32 it gives the numpy encoder's
embeddings (within 1e-5) in half the time on two threads, which is what a
single `factcheck article.txt` uses by default; with int8 weights (quantised
per output channel) it is several times faster again, the batch's option. The
graph is written here from the numpy encoder's own arrays (the package's base
layers with our fine-tuned ones on top), so it is the model we ship, not a
second download; it is built once and cached under
$FACTCHECK_HOME/sentiment/onnx/ by the digest of those arrays.

Quantisation changes the numbers a little: the labels it gives are measured
against the float encoder's (tests/test_sentiment_onnx.py, MODEL_CARD-style
figures in bench/RESULTS.md), and reports name the backend they used.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from factcheck.errors import ModelError

if TYPE_CHECKING:
    from factcheck.sentiment.minilm import NumpyEncoder

BATCH_SIZE = 16  # sorted by length, as the numpy encoder does
PRECISIONS = ("float", "int8")
OPSET = 17  # LayerNormalization is an operator from 17 on


def _cache_folder() -> Path:
    home = os.environ.get("FACTCHECK_HOME") or str(Path.home() / ".cache" / "factcheck")
    return Path(home) / "sentiment" / "onnx"


def digest(encoder: NumpyEncoder) -> str:
    """The arrays that define the network, hashed: a changed layer is a new graph."""
    h = hashlib.sha256()
    arrays = [encoder.words, encoder.positions, encoder.token_type, *encoder.embedding_norm]
    for layer in (*encoder.layers, *encoder.branch):
        arrays += [layer.qkv, layer.qkv_bias, layer.attention_out, layer.attention_out_bias, *layer.attention_norm,
                   layer.intermediate, layer.intermediate_bias, layer.output, layer.output_bias, *layer.output_norm]
    for a in arrays:
        h.update(np.ascontiguousarray(a, dtype=np.float32).tobytes())
    h.update(f"{encoder.heads}/{encoder.eps}/{OPSET}".encode())
    if encoder.branch:  # the same arrays as a second top are another network
        h.update(f"branch/{len(encoder.branch)}".encode())
    return h.hexdigest()[:16]


def build_graph(encoder: NumpyEncoder) -> Any:
    """The BERT encoder with mean pooling and L2 norm as an ONNX model (float32).

    Inputs: ids (batch, length) int64, mask (batch, length) float32, positions (length,) int64.
    Output: embeddings (batch, dimensions), unit length (each top's part, with a second top)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes: list[Any] = []
    weights: list[Any] = []

    def const(name: str, value: np.ndarray) -> str:
        weights.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    width = encoder.width
    size = width // encoder.heads

    def layer_norm(x: str, norm: tuple[np.ndarray, np.ndarray], name: str) -> str:
        return node("LayerNormalization", [x, const(f"{name}.w", norm[0]), const(f"{name}.b", norm[1])], name,
                    axis=-1, epsilon=encoder.eps)

    def dense(x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        return node("Add", [node("MatMul", [x, const(f"{name}.w", w)], f"{name}.mm"), const(f"{name}.b", b)], name)

    words = node("Gather", [const("words", encoder.words), "ids"], "word_vectors")
    places = node("Gather", [const("places", encoder.positions), "positions"], "place_vectors")
    x = node("Add", [node("Add", [words, places], "word_place"), const("token_type", encoder.token_type[0])], "embedded")
    x = layer_norm(x, encoder.embedding_norm, "embedding_norm")
    # Padding gets the most negative float, as in the numpy encoder and transformers.
    lowest = const("lowest", np.array(np.finfo(np.float32).min, dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    padding = node("Mul", [node("Sub", [one, "mask"], "unmasked"), lowest], "padding")
    bias = node("Unsqueeze", [padding, const("axes_1_2", np.array([1, 2], dtype=np.int64))], "attention_bias")
    split = const("qkv_split", np.array([width] * 3, dtype=np.int64))
    head_shape = const("head_shape", np.array([0, 0, encoder.heads, size], dtype=np.int64))
    flat_shape = const("flat_shape", np.array([0, 0, width], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(size), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    root2 = const("root2", np.array(np.sqrt(2.0), dtype=np.float32))
    def run(x: str, layers: Sequence[Any], first: int, tag: str) -> str:
        for n, layer in enumerate(layers, start=first):
            p = f"{tag}layer{n}"
            qkv = dense(x, layer.qkv, layer.qkv_bias, f"{p}.qkv")
            nodes.append(helper.make_node("Split", [qkv, split], [f"{p}.q", f"{p}.k", f"{p}.v"], name=f"{p}.split", axis=-1))
            q = node("Transpose", [node("Reshape", [f"{p}.q", head_shape], f"{p}.q4")], f"{p}.qh", perm=[0, 2, 1, 3])
            k = node("Transpose", [node("Reshape", [f"{p}.k", head_shape], f"{p}.k4")], f"{p}.kh", perm=[0, 2, 3, 1])
            v = node("Transpose", [node("Reshape", [f"{p}.v", head_shape], f"{p}.v4")], f"{p}.vh", perm=[0, 2, 1, 3])
            scores = node("Add", [node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.scaled"), bias], f"{p}.scores")
            attention = node("Softmax", [scores], f"{p}.attention", axis=-1)
            context = node("MatMul", [attention, v], f"{p}.context4")
            context = node("Reshape", [node("Transpose", [context], f"{p}.context_t", perm=[0, 2, 1, 3]), flat_shape], f"{p}.context")
            attended = node("Add", [dense(context, layer.attention_out, layer.attention_out_bias, f"{p}.attention_out"), x], f"{p}.residual1")
            x = layer_norm(attended, layer.attention_norm, f"{p}.attention_norm")
            inner = dense(x, layer.intermediate, layer.intermediate_bias, f"{p}.intermediate")
            erf = node("Erf", [node("Div", [inner, root2], f"{p}.scaled_inner")], f"{p}.erf")
            gelu = node("Mul", [node("Mul", [inner, half], f"{p}.half_inner"), node("Add", [erf, one], f"{p}.erf1")], f"{p}.gelu")
            out = node("Add", [dense(gelu, layer.output, layer.output_bias, f"{p}.output"), x], f"{p}.residual2")
            x = layer_norm(out, layer.output_norm, f"{p}.output_norm")
        return x

    # mean over the real tokens, then unit length
    axis1 = const("axis1", np.array([1], dtype=np.int64))
    weights_3d = node("Unsqueeze", [node("Identity", ["mask"], "mask_copy"), const("axis2", np.array([2], dtype=np.int64))], "token_weights")
    count = node("Max", [node("ReduceSum", [weights_3d, axis1], "count_raw", keepdims=0), const("tiny", np.array(1e-9, dtype=np.float32))], "count")
    tinier = const("tinier", np.array(1e-12, dtype=np.float32))

    def pool(x: str, tag: str, name: str) -> str:
        summed = node("ReduceSum", [node("Mul", [x, weights_3d], f"{tag}weighted"), axis1], f"{tag}summed", keepdims=0)
        pooled = node("Div", [summed, count], f"{tag}pooled")
        norm = node("Max", [node("ReduceL2", [pooled], f"{tag}norm_raw", axes=[-1], keepdims=1), tinier], f"{tag}norm")
        return node("Div", [pooled, norm], name)

    if not encoder.branch:
        pool(run(x, encoder.layers, 0, ""), "", "embeddings")
    else:  # the second top reads the same lower states; its vector goes after the first's
        split_at = len(encoder.layers) - len(encoder.branch)
        lower = run(x, encoder.layers[:split_at], 0, "")
        first = pool(run(lower, encoder.layers[split_at:], split_at, ""), "", "first_top")
        second = pool(run(lower, encoder.branch, split_at, "branch."), "branch.", "second_top")
        node("Concat", [first, second], "embeddings", axis=-1)
    graph = helper.make_graph(
        nodes, "minilm_sentence_encoder",
        inputs=[
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "length"]),
            helper.make_tensor_value_info("positions", TensorProto.INT64, ["length"]),
        ],
        outputs=[helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", encoder.dimensions])],
        initializer=weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="factcheck")
    onnx.checker.check_model(model)
    return model


def graph_file(encoder: NumpyEncoder, precision: str = "int8", folder: Path | None = None) -> Path:
    """The encoder's graph as a file, built on first use, then read from the cache.

    "float": the network as it is (float32, equal to the numpy encoder within 1e-5);
    "int8": that graph with its weights quantised per output channel."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision is one of {PRECISIONS}, not {precision!r}")
    folder = folder or _cache_folder()
    target = folder / f"minilm-{digest(encoder)}-{precision}.onnx"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{target.name}.{os.getpid()}.part"
    try:
        if precision == "float":
            import onnx

            onnx.save(build_graph(encoder), str(partial))
        else:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            exact = graph_file(encoder, "float", folder)
            # The quantiser writes a shape-inferred copy beside its input ('X-inferred.onnx') and deletes
            # it: two processes building at once (a batch's workers in a new home) removed each other's.
            # Each quantises its own link to the float graph, in a folder of its own.
            with tempfile.TemporaryDirectory(prefix=".quantising.", dir=folder) as own:
                source = Path(own) / exact.name
                try:
                    os.link(exact, source)
                except OSError:  # no hard links here
                    shutil.copyfile(exact, source)
                logging.disable(logging.WARNING)  # the quantiser logs advice about pre-processing we do not need
                try:
                    quantize_dynamic(str(source), str(partial), weight_type=QuantType.QInt8, per_channel=True)
                finally:
                    logging.disable(logging.NOTSET)
        partial.replace(target)  # whole or not at all: a killed build leaves no half file under the real name
    finally:
        partial.unlink(missing_ok=True)
    return target


def thread_budget() -> int:
    """The threads this process may compute on: its BLAS setting (a batch worker is
    limited to one, the workers being the parallelism), else its cores."""
    from threadpoolctl import threadpool_info

    blas = [int(pool["num_threads"]) for pool in threadpool_info() if pool.get("user_api") == "blas"]
    return max(1, min(blas) if blas else (os.cpu_count() or 1))


@dataclass(frozen=True, eq=False)
class OnnxEncoder:
    """The same `.embed` as the numpy encoder, run by ONNX Runtime."""

    tokenizer: object  # the numpy encoder's tokenizers.Tokenizer (truncation and padding set)
    session: Any  # onnxruntime.InferenceSession
    dimensions: int
    path: Path

    def embed(self, sentences: Sequence[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
        from factcheck.sentiment.minilm import token_batches

        out = np.zeros((len(sentences), self.dimensions), dtype=np.float32)
        for rows, ids, mask in token_batches(self.tokenizer, sentences, batch_size):
            feed = {"ids": ids, "mask": mask, "positions": np.arange(ids.shape[1], dtype=np.int64)}
            out[rows] = self.session.run(["embeddings"], feed)[0]
        return out


def load_onnx_encoder(encoder: NumpyEncoder, precision: str = "int8") -> OnnxEncoder:
    """`encoder` as an ONNX Runtime session of the given precision, on `thread_budget()` threads.

    The session is cached by its graph file, not by `encoder`: once it is built the numpy
    arrays can be let go (`backends.on_onnx_runtime`), so a process holds the weights once."""
    path = graph_file(encoder, precision)
    return OnnxEncoder(encoder.tokenizer, _session(str(path), precision, thread_budget()), encoder.dimensions, path)


@lru_cache(maxsize=4)
def _session(path: str, precision: str, threads: int) -> Any:
    try:
        import onnxruntime
    except ImportError as exc:
        raise ModelError("the ONNX encoder needs onnxruntime and onnx: pip install onnxruntime onnx") from exc
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    try:
        return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own error types for a damaged file
        raise ModelError(f"cannot load the {precision} encoder {path}: {exc}; delete it to rebuild") from exc
