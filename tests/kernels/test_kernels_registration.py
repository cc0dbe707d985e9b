"""Dispatcher registration: schemas, fake (meta) kernels and tracing, checked by torch.library.opcheck."""

from __future__ import annotations

import pytest
import torch

from kernels import reference

OPCHECK_TESTS = ("test_schema", "test_autograd_registration", "test_faketensor", "test_aot_dispatch_dynamic")


def attention_args():
    return (torch.randn(2, 4, 9, 16), torch.randn(2, 2, 9, 16), torch.randn(2, 2, 9, 16), True, None)


def decode_args():
    return (torch.randn(2, 4, 1, 16), torch.randn(2, 2, 12, 16), torch.randn(2, 2, 12, 16), torch.tensor([12, 5]))


def sample_args():
    logits = torch.randn(3, 40)
    return reference.sampling_inputs(logits, 0.8, 5, 0.9, 0.0, 1.1, torch.tensor([[1], [2], [3]]), None)


def swiglu_args():
    return (torch.randn(3, 5, 2 * 24, requires_grad=True),)


def rope_args():
    from plugins.model.transformer import rope_tables

    return (torch.randn(2, 5, 3, 8, requires_grad=True).transpose(1, 2), *rope_tables(8, 5, 10000.0))


def rms_norm_args():
    return (torch.randn(3, 5, 24, requires_grad=True), torch.randn(24, requires_grad=True), 1e-5)


@pytest.mark.parametrize(
    ("name", "make_args"),
    [
        ("attention", attention_args),
        ("decode_attention", decode_args),
        ("sample", sample_args),
        ("swiglu", swiglu_args),
        ("rope", rope_args),
        ("rms_norm", rms_norm_args),
    ],
)
def test_opcheck(compiled, name, make_args):
    op = getattr(torch.ops.havoc_kernels, name).default
    torch.library.opcheck(op, make_args(), test_utils=OPCHECK_TESTS)


def test_torch_compile_traces_the_operators(compiled):
    @torch.compile(backend="aot_eager", fullgraph=True)
    def step(q, k, v, k_cache, v_cache, lengths):
        return torch.ops.havoc_kernels.attention(q, k, v) + 1, torch.ops.havoc_kernels.decode_attention(
            q[:, :, -1:], k_cache, v_cache, lengths
        )

    q, k, v, _, _ = attention_args()
    _, k_cache, v_cache, lengths = decode_args()
    prefill, decoded = step(q, k, v, k_cache, v_cache, lengths)
    torch.testing.assert_close(prefill, reference.attention(q, k, v) + 1, atol=1e-5, rtol=0)
    torch.testing.assert_close(
        decoded, reference.decode_attention(q[:, :, -1:], k_cache, v_cache, lengths), atol=1e-5, rtol=0
    )
