"""Reading cached Docs fast: ``DocBin.from_bytes`` without srsly's per-call plugin scan."""

from __future__ import annotations

import functools
import gc
import zlib
from functools import lru_cache

import numpy as np
import srsly
from spacy.tokens import DocBin
from thinc.api import NumpyOps


def docbin_from_bytes(data: bytes) -> DocBin:
    """``DocBin().from_bytes(data)``, with srsly's chain of msgpack decoders built once: srsly
    builds it on every call by scanning every installed package's entry points, most of the
    time of reading a small Doc."""
    gc.disable()  # as srsly.msgpack_loads does for large messages
    try:
        msg = srsly.msgpack._unpackb(zlib.decompress(data), raw=False, use_list=True, object_hook=_msgpack_object_hook())
    finally:
        gc.enable()
    docs = DocBin()
    docs.attrs, docs.strings = msg["attrs"], set(msg["strings"])
    lengths = np.frombuffer(msg["lengths"], dtype="int32")
    tokens = np.frombuffer(msg["tokens"], dtype="uint64")
    tokens = tokens.reshape((tokens.size // len(docs.attrs), len(docs.attrs)))
    spaces = np.frombuffer(msg["spaces"], dtype=bool)
    docs.tokens = NumpyOps().unflatten(tokens, lengths)
    docs.spaces = NumpyOps().unflatten(spaces.reshape((spaces.size, 1)), lengths)
    docs.cats = msg["cats"]
    docs.span_groups = msg.get("span_groups", [b"" for _ in lengths])
    docs.flags = msg.get("flags", [{} for _ in lengths])
    docs.user_data = list(msg["user_data"]) if "user_data" in msg else [None] * len(docs)
    return docs


@lru_cache(maxsize=1)
def _msgpack_object_hook():
    """``srsly.msgpack.unpackb``'s object hook: every registered decoder, chained."""
    hook = None
    for decoder in srsly.msgpack.msgpack_decoders.get_all().values():
        hook = functools.partial(decoder, chain=hook)
    return hook
