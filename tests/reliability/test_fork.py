"""A client survives ``os.fork()`` (gunicorn ``--preload``, Celery prefork): after a call in
the parent, parent and child each make calls at the same time; every answer must be the
one to its own request. The pool the client owns is replaced in the child."""

from __future__ import annotations

import json
import os
import sys
import time

import pytest

from sendmux_ext import Sendmux

from .api import API_KEY, JSON, sample_data
from .conftest import FIGURES
from .faultserver import Action, FaultServer, Reply, Seen

CALLS = 60  # per process

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def echo_id(seen: Seen) -> Action:
    """A domain whose id is the one in the request's path, a little late (so that the two
    processes' requests overlap)."""
    time.sleep(0.005)
    data = {**sample_data("managementGetDomain"), "id": seen.target.rsplit("/", 1)[1]}
    body = json.dumps({"ok": True, "data": data, "meta": {"request_id": f"req_{seen.index}"}})
    return Reply(200, body.encode(), [JSON])


def _wrong(client: object, prefix: str) -> int:
    wrong = 0
    for n in range(CALLS):
        wanted = f"{prefix}_{n}"
        try:
            got = client.domains.get(wanted).id  # type: ignore[attr-defined]
        except Exception:  # a mixed-up answer may not even parse: also wrong
            wrong += 1
            continue
        wrong += got != wanted
    return wrong


def test_parent_and_child_each_get_their_own_answers(server: FaultServer) -> None:
    server.handler = echo_id
    # The client's own pool (the suite's sync_client passes an http_client of its own).
    with Sendmux(api_key=API_KEY, base_url=server.base_url, max_retries=0) as client:
        client.domains.get("warm")  # a keep-alive connection in the pool
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: report and leave without running anything of pytest
            code = 0
            try:
                os.close(read_end)
                os.write(write_end, str(_wrong(client, "child")).encode())
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        parent_wrong = _wrong(client, "parent")
        with os.fdopen(read_end) as reader:
            child_report = reader.read()
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and child_report, "the child failed"
    child_wrong = int(child_report)
    FIGURES.append(
        f"after fork, {CALLS} calls each at once: wrong answers parent {parent_wrong}, "
        f"child {child_wrong}"
    )
    assert (parent_wrong, child_wrong) == (0, 0)
