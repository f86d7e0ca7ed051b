"""User-style code, type-checked by tests/typing/test_typing.py with ``mypy --strict``.

Never run: each line marked with an E marker (hash, "E:", text) must get a mypy
error containing the text, each R marker a revealed type containing it (module
paths left out: ``APIResponse[MailboxDomain]``); every other line must check cleanly.
"""

from __future__ import annotations

import datetime as dt
from typing import reveal_type

import httpx
from sendmux_api.models import ManagementCreateDomainBody, ManagementCreateDomainBodyMode

from sendmux_ext import AsyncSendmux, Sendmux

UTC = dt.UTC


def sync_calls(c: Sendmux) -> None:
    # body fields are typed keywords; required ones are required
    c.domains.create(domain="example.com")
    c.domains.create(domain="example.com", mode="send_only")
    c.domains.create(domain="example.com", mode=ManagementCreateDomainBodyMode.SEND_ONLY)
    c.domains.create(domian="example.com")  # E: "domian"
    c.domains.create(domain=123)  # E: matches argument type "int"
    c.domains.create(mode="send_only")  # E: No overload variant of "create"
    c.domains.create(domain="example.com", mode="sendonly")  # E: No overload variant
    c.mailboxes.update("mbx_1", display_nam="Ops")  # E: "display_nam"
    c.mailboxes.update("mbx_1", display_name="Ops", if_match='"v1"')
    # the attrs body model still works, and excludes field keywords
    c.domains.create(ManagementCreateDomainBody(domain="example.com"))
    c.domains.create(ManagementCreateDomainBody(domain="a.com"), domain="b.com")  # E: No overload
    # enum filters take the spec's values
    c.emails.logs.list(status="failed")
    c.emails.logs.list(status="faild")  # E: incompatible type "Literal['faild']"
    c.emails.logs.list(statuz="failed")  # E: "statuz"
    c.domains.get("mdom_1", bogus=True)  # E: "bogus"
    # date filters: a datetime or a string
    c.emails.logs.list(from_date=dt.datetime(2026, 1, 1, tzinfo=UTC), to_date="2026-01-31")
    c.emails.logs.list(from_date=20260101)  # E: Argument "from_date"
    # per-call options on any method
    c.domains.get("mdom_1", timeout=5, extra_headers={"X-Trace": "1"})
    c.billing.balance(timeout=httpx.Timeout(3.0), extra_query={"debug": "1"})
    c.domains.get("mdom_1", timeout="5")  # E: Argument "timeout"
    c.with_options(default_headers={"X-Team": "ops"}).me()
    # what comes back
    domain = c.domains.get("mdom_1")
    reveal_type(domain)  # R: MailboxDomain
    reveal_type(domain.created_at)  # R: datetime
    reveal_type(c.domains.with_response.get("mdom_1"))  # R: APIResponse[MailboxDomain]
    reveal_type(c.with_response.me())  # R: APIResponse[Connection]
    reveal_type(c.with_response.me().data.team.name)  # R: "str"
    reveal_type(c.domains.filters.with_response.get("mdom_1"))  # R: APIResponse[FilterState]
    reveal_type(c.domains.list())  # R: Paginator[MailboxDomain]
    reveal_type(c.domains.with_response.list())  # R: APIResponse[Page[MailboxDomain]]
    for item in c.emails.logs.list():
        reveal_type(item.created_at)  # R: datetime
    reveal_type(c.domains.zone_file("mdom_1"))  # R: "str"


async def async_calls(c: AsyncSendmux) -> None:
    await c.domains.create(domain="example.com", mode="send_receive")
    await c.domains.create(domian="example.com")  # E: "domian"
    await c.domains.create(domain="example.com", mode="sendonly")  # E: No overload variant
    await c.mailboxes.update("mbx_1", display_nam="Ops")  # E: "display_nam"
    await c.domains.get("mdom_1", timeout=5, extra_headers={"X-Trace": "1"})
    await c.domains.get("mdom_1", bogus=True)  # E: "bogus"
    c.emails.logs.list(status="faild")  # E: incompatible type "Literal['faild']"
    reveal_type(await c.domains.get("mdom_1"))  # R: MailboxDomain
    reveal_type(await c.domains.with_response.get("mdom_1"))  # R: APIResponse[MailboxDomain]
    reveal_type(await c.with_response.me())  # R: APIResponse[Connection]
    reveal_type(c.domains.list())  # R: AsyncPaginator[MailboxDomain]
    page = await c.webhooks.deliveries.with_response.list("wh_1")
    reveal_type(page)  # R: APIResponse[Page[WebhookDeliveryAttempt]]
    async for item in c.inboxes.logs.list():
        reveal_type(item)  # R: IncomingLogItem
    c.domains.get("mdom_1")  # E: Value of type "Coroutine
