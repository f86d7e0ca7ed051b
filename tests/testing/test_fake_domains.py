"""The fake keeps state: what a create makes, a get returns, a list pages through,
an update changes and a delete removes (domains, through both clients)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sendmux_ext import NotFoundError

RFC3339_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def test_create_get_list_update_delete(api) -> None:
    created = api.call("domains.create", domain="mail.example.com", mode="send_only")
    assert re.fullmatch(r"mdom_[a-z0-9]{20,}", created.id)
    assert RFC3339_UTC.match(api.fake.get("domains", created.id)["created_at"])  # on the wire
    assert created.created_at.utcoffset() == dt.timedelta(0)  # and a UTC datetime to users
    assert created.verification_status == "pending"
    got = api.call("domains.get", created.id)
    assert (got.id, got.domain, got.mode) == (created.id, "mail.example.com", "send_only")
    assert [d.id for d in api.items(api.call("domains.list"))] == [created.id]
    updated = api.call("domains.update", created.id, mode="send_receive")
    assert updated.mode == "send_receive"
    assert api.fake.get("domains", created.id)["mode"] == "send_receive"
    api.call("domains.delete", created.id)
    assert api.items(api.call("domains.list")) == []
    with pytest.raises(NotFoundError) as caught:
        api.call("domains.get", created.id)
    assert caught.value.code == "not_found"
    assert caught.value.status_code == 404


def test_two_fakes_do_not_share_state(make_api) -> None:
    first, second = make_api(), make_api()
    first.call("domains.create", domain="one.example.com")
    assert api_ids(second) == []
    assert len(api_ids(first)) == 1


def api_ids(api) -> list[str]:
    return [d.id for d in api.items(api.call("domains.list"))]
