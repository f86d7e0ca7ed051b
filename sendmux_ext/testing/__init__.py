"""Test your code against a fake Sendmux: ``from sendmux_ext.testing import FakeSendmux``.

An in-memory, stateful Management API behind an httpx transport, driven by the
client's operation table and the spec (shipped as ``spec.json``). ``import
sendmux_ext`` never imports this package; it needs the ``testing`` extra
(``pip install 'sendmux-ext[testing]'``, for jsonschema).
"""

from ._fake import Delivery, FakeSendmux, FakeSpecError, RecordedRequest

__all__ = ["Delivery", "FakeSendmux", "FakeSpecError", "RecordedRequest"]
