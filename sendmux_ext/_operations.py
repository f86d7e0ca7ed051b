"""The public name of every Management operation: the one table a human writes.

``NAMES`` maps an operationId to where users find it (``"domains.get"`` is
``client.domains.get()``; a name without a dot is a method of the client). It is
the only thing the spec cannot say. Everything else about an operation is derived:
``make regen`` reads method, path, generated module, pagination and the datetime
filters from the spec into ``resources/_facts.py`` and emits the typed resource
classes; the headers an operation takes (If-None-Match, If-Match, Idempotency-Key),
its query parameters and body model are read from the generated function's
signature here. A new operation in the spec is one line below, then ``make regen``.
"""

from __future__ import annotations

import importlib
import inspect
import types
from dataclasses import dataclass
from functools import cached_property
from typing import Any

GENERATED_API = "sendmux_api.api"

# fmt: off
NAMES = {
    "managementListProviders": "providers.list",
    "managementCreateProvider": "providers.create",
    "managementGetProvider": "providers.get",
    "managementUpdateProvider": "providers.update",
    "managementDeleteProvider": "providers.delete",
    "managementActivateProvider": "providers.activate",
    "managementDeactivateProvider": "providers.deactivate",
    "managementTestProvider": "providers.test",
    "managementGetProviderLimits": "providers.limits",
    "managementRequestSendingAccountLimitIncrease": "providers.request_limit_increase",
    "managementGetProviderStats": "providers.stats",
    "managementGetProviderUsage": "providers.usage",
    "managementGetSharedAmazonSesLimitRequest": "providers.ses_limit_requests.get",
    "managementCreateSharedAmazonSesLimitRequest": "providers.ses_limit_requests.create",
    "managementCancelSharedAmazonSesLimitRequest": "providers.ses_limit_requests.cancel",
    "managementListDomains": "domains.list",
    "managementCreateDomain": "domains.create",
    "managementGetDomain": "domains.get",
    "managementUpdateDomain": "domains.update",
    "managementDeleteDomain": "domains.delete",
    "managementVerifyDomain": "domains.verify",
    "managementGetDomainZoneFile": "domains.zone_file",
    "managementGetDomainFilters": "domains.filters.get",
    "managementSetDomainFilters": "domains.filters.set",
    "managementListMailboxes": "mailboxes.list",
    "managementCreateMailbox": "mailboxes.create",
    "managementGetMailbox": "mailboxes.get",
    "managementUpdateMailbox": "mailboxes.update",
    "managementDeleteMailbox": "mailboxes.delete",
    "managementSuspendMailbox": "mailboxes.suspend",
    "managementResumeMailbox": "mailboxes.resume",
    "managementCheckMailboxAvailability": "mailboxes.availability",
    "managementGetMailboxFilters": "mailboxes.filters.get",
    "managementSetMailboxFilters": "mailboxes.filters.set",
    "managementCreateMailboxKey": "mailboxes.keys.create",
    "managementDeleteMailboxKey": "mailboxes.keys.delete",
    "managementListWebhooks": "webhooks.list",
    "managementCreateWebhook": "webhooks.create",
    "managementGetWebhook": "webhooks.get",
    "managementUpdateWebhook": "webhooks.update",
    "managementDeleteWebhook": "webhooks.delete",
    "managementRotateWebhookSecret": "webhooks.rotate_secret",
    "managementTestWebhook": "webhooks.test",
    "managementListDelivery": "webhooks.deliveries.list",
    "managementGetDeliveryPayload": "webhooks.deliveries.payload",
    "managementListEmailLogs": "emails.logs.list",
    "managementGetEmailLog": "emails.logs.get",
    "managementGetEmailMetrics": "emails.metrics",
    "managementListInboxLogs": "inboxes.logs.list",
    "managementGetInboxLog": "inboxes.logs.get",
    "managementListBalance": "billing.balance",
    "managementGetSpendSummary": "billing.summary",
    "managementListTransactions": "billing.transactions",
    "managementGetConnection": "me",
}
# fmt: on


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    module_name: str
    paginated: bool = False
    text_response: bool = False
    datetime_params: tuple[str, ...] = ()  # query parameters that also take a datetime

    @cached_property
    def module(self) -> types.ModuleType:
        """The generated module, imported on first use (keeps ``import sendmux_ext`` cheap)."""
        return importlib.import_module(f"{GENERATED_API}.{self.module_name}")

    @cached_property
    def parameters(self) -> dict[str, inspect.Parameter]:
        """The generated ``sync_detailed`` parameters, less ``client``."""
        signature = inspect.signature(self.module.sync_detailed)
        return {n: p for n, p in signature.parameters.items() if n != "client"}

    @cached_property
    def path_params(self) -> tuple[str, ...]:
        kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.POSITIONAL_ONLY)
        return tuple(n for n, p in self.parameters.items() if p.kind in kinds)

    @cached_property
    def query_params(self) -> dict[str, inspect.Parameter]:
        special = {"body", "if_none_match", "if_match", "idempotency_key"}
        return {
            n: p
            for n, p in self.parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY and n not in special
        }

    @cached_property
    def body_model(self) -> type[Any] | None:
        parameter = self.parameters.get("body")
        if parameter is None:
            return None
        annotation = parameter.annotation
        return annotation if isinstance(annotation, type) else None

    @property
    def etag_cached(self) -> bool:
        return "if_none_match" in self.parameters

    @property
    def takes_if_match(self) -> bool:
        return "if_match" in self.parameters

    @property
    def idempotent_post(self) -> bool:
        return "idempotency_key" in self.parameters

    @property
    def method_path(self) -> str:
        """Where users find it: ``domains.filters.get``, or ``me`` on the client itself."""
        return f"{self.resource}.{self.name}" if self.resource else self.name


def _operations() -> dict[str, Operation]:
    from .resources._facts import FACTS  # emitted by make regen from the spec

    table = {}
    for operation_id, public in NAMES.items():
        facts = FACTS.get(operation_id)
        if facts is None:  # named, but not (yet) emitted: make regen reports it
            continue
        method, path, module, paginated, text_response, datetime_params = facts
        resource, _, name = public.rpartition(".")
        table[operation_id] = Operation(
            operation_id, method, path, resource, name, module, paginated, text_response,
            datetime_params,
        )  # fmt: skip
    return table


OPERATIONS: dict[str, Operation] = _operations()
"""operationId -> Operation, for every Management operation the wrapper exposes."""
