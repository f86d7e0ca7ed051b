"""The one table of Management operations the wrapper exposes.

Each row names an operation of the spec, the generated module that calls it and
the wrapper method that exposes it (``resource`` is the attribute path from the
client, ``name`` the method). Everything else about an operation is derived
from the generated function's signature (which follows the spec): whether it
takes ``If-None-Match`` (ETag cache), ``If-Match``, ``Idempotency-Key``, a
body and which query parameters. The contract tests compare this table and the
resource methods with ``openapi.json``.
"""

from __future__ import annotations

import importlib
import inspect
import types
from dataclasses import dataclass
from functools import cached_property
from typing import Any

GENERATED_API = "sendmux_api.api"


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


def _op(
    operation_id: str,
    method: str,
    path: str,
    method_path: str,
    module: str,
    *,
    paginated: bool = False,
    text_response: bool = False,
) -> Operation:
    resource, _, name = method_path.rpartition(".")
    return Operation(operation_id, method, path, resource, name, module, paginated, text_response)


_ROWS = [
    # Sending accounts (providers)
    _op("managementListProviders", "get", "/providers", "providers.list",
        "sending_accounts.management_list_providers", paginated=True),
    _op("managementCreateProvider", "post", "/providers", "providers.create",
        "sending_accounts.management_create_provider"),
    _op("managementGetProvider", "get", "/providers/{public_id}", "providers.get",
        "sending_accounts.management_get_provider"),
    _op("managementUpdateProvider", "patch", "/providers/{public_id}", "providers.update",
        "sending_accounts.management_update_provider"),
    _op("managementDeleteProvider", "delete", "/providers/{public_id}", "providers.delete",
        "sending_accounts.management_delete_provider"),
    _op("managementActivateProvider", "post", "/providers/{public_id}/activate",
        "providers.activate", "sending_accounts.management_activate_provider"),
    _op("managementDeactivateProvider", "post", "/providers/{public_id}/deactivate",
        "providers.deactivate", "sending_accounts.management_deactivate_provider"),
    _op("managementTestProvider", "post", "/providers/{public_id}/test", "providers.test",
        "sending_accounts.management_test_provider"),
    _op("managementGetProviderLimits", "get", "/providers/limits", "providers.limits",
        "sending_accounts.management_get_provider_limits"),
    _op("managementRequestSendingAccountLimitIncrease", "post",
        "/providers/limits/sending-accounts/request-increase", "providers.request_limit_increase",
        "sending_accounts.management_request_sending_account_limit_increase"),
    _op("managementGetProviderStats", "get", "/providers/stats", "providers.stats",
        "sending_accounts.management_get_provider_stats"),
    _op("managementGetProviderUsage", "get", "/providers/usage", "providers.usage",
        "sending_accounts.management_get_provider_usage"),
    _op("managementGetSharedAmazonSesLimitRequest", "get",
        "/providers/shared-amazon-ses-limit-request", "providers.ses_limit_requests.get",
        "sending_accounts.management_get_shared_amazon_ses_limit_request"),
    _op("managementCreateSharedAmazonSesLimitRequest", "post",
        "/providers/shared-amazon-ses-limit-request", "providers.ses_limit_requests.create",
        "sending_accounts.management_create_shared_amazon_ses_limit_request"),
    _op("managementCancelSharedAmazonSesLimitRequest", "delete",
        "/providers/shared-amazon-ses-limit-request/{request_id}",
        "providers.ses_limit_requests.cancel",
        "sending_accounts.management_cancel_shared_amazon_ses_limit_request"),
    # Domains
    _op("managementListDomains", "get", "/domains", "domains.list",
        "domains.management_list_domains", paginated=True),
    _op("managementCreateDomain", "post", "/domains", "domains.create",
        "domains.management_create_domain"),
    _op("managementGetDomain", "get", "/domains/{public_id}", "domains.get",
        "domains.management_get_domain"),
    _op("managementUpdateDomain", "patch", "/domains/{public_id}", "domains.update",
        "domains.management_update_domain"),
    _op("managementDeleteDomain", "delete", "/domains/{public_id}", "domains.delete",
        "domains.management_delete_domain"),
    _op("managementVerifyDomain", "post", "/domains/{public_id}/verify", "domains.verify",
        "domains.management_verify_domain"),
    _op("managementGetDomainZoneFile", "get", "/domains/{public_id}/zone-file",
        "domains.zone_file", "domains.management_get_domain_zone_file", text_response=True),
    _op("managementGetDomainFilters", "get", "/domains/{public_id}/filters",
        "domains.filters.get", "domain_filters.management_get_domain_filters"),
    _op("managementSetDomainFilters", "put", "/domains/{public_id}/filters",
        "domains.filters.set", "domain_filters.management_set_domain_filters"),
    # Mailboxes
    _op("managementListMailboxes", "get", "/mailboxes", "mailboxes.list",
        "mailboxes.management_list_mailboxes", paginated=True),
    _op("managementCreateMailbox", "post", "/mailboxes", "mailboxes.create",
        "mailboxes.management_create_mailbox"),
    _op("managementGetMailbox", "get", "/mailboxes/{public_id}", "mailboxes.get",
        "mailboxes.management_get_mailbox"),
    _op("managementUpdateMailbox", "patch", "/mailboxes/{public_id}", "mailboxes.update",
        "mailboxes.management_update_mailbox"),
    _op("managementDeleteMailbox", "delete", "/mailboxes/{public_id}", "mailboxes.delete",
        "mailboxes.management_delete_mailbox"),
    _op("managementSuspendMailbox", "post", "/mailboxes/{public_id}/suspend",
        "mailboxes.suspend", "mailboxes.management_suspend_mailbox"),
    _op("managementResumeMailbox", "post", "/mailboxes/{public_id}/resume",
        "mailboxes.resume", "mailboxes.management_resume_mailbox"),
    _op("managementCheckMailboxAvailability", "get", "/mailboxes/availability",
        "mailboxes.availability", "mailboxes.management_check_mailbox_availability"),
    _op("managementGetMailboxFilters", "get", "/mailboxes/{public_id}/filters",
        "mailboxes.filters.get", "mailbox_filters.management_get_mailbox_filters"),
    _op("managementSetMailboxFilters", "put", "/mailboxes/{public_id}/filters",
        "mailboxes.filters.set", "mailbox_filters.management_set_mailbox_filters"),
    _op("managementCreateMailboxKey", "post", "/mailboxes/{public_id}/keys",
        "mailboxes.keys.create", "mailboxes.management_create_mailbox_key"),
    _op("managementDeleteMailboxKey", "delete", "/mailboxes/{public_id}/keys/{key_id}",
        "mailboxes.keys.delete", "mailboxes.management_delete_mailbox_key"),
    # Webhooks
    _op("managementListWebhooks", "get", "/webhooks", "webhooks.list",
        "webhooks.management_list_webhooks", paginated=True),
    _op("managementCreateWebhook", "post", "/webhooks", "webhooks.create",
        "webhooks.management_create_webhook"),
    _op("managementGetWebhook", "get", "/webhooks/{public_id}", "webhooks.get",
        "webhooks.management_get_webhook"),
    _op("managementUpdateWebhook", "patch", "/webhooks/{public_id}", "webhooks.update",
        "webhooks.management_update_webhook"),
    _op("managementDeleteWebhook", "delete", "/webhooks/{public_id}", "webhooks.delete",
        "webhooks.management_delete_webhook"),
    _op("managementRotateWebhookSecret", "post", "/webhooks/{public_id}/rotate-secret",
        "webhooks.rotate_secret", "webhooks.management_rotate_webhook_secret"),
    _op("managementTestWebhook", "post", "/webhooks/{public_id}/test", "webhooks.test",
        "webhooks.management_test_webhook"),
    _op("managementListDelivery", "get", "/webhooks/{public_id}/deliveries",
        "webhooks.deliveries.list", "webhooks.management_list_delivery", paginated=True),
    _op("managementGetDeliveryPayload", "get",
        "/webhooks/{public_id}/deliveries/{delivery_id}/payload", "webhooks.deliveries.payload",
        "webhooks.management_get_delivery_payload"),
    # Email and inbox logs, metrics
    _op("managementListEmailLogs", "get", "/emails/logs", "emails.logs.list",
        "emails.management_list_email_logs", paginated=True),
    _op("managementGetEmailLog", "get", "/emails/logs/{public_id}", "emails.logs.get",
        "emails.management_get_email_log"),
    _op("managementGetEmailMetrics", "get", "/emails/metrics", "emails.metrics",
        "emails.management_get_email_metrics"),
    _op("managementListInboxLogs", "get", "/inboxes/logs", "inboxes.logs.list",
        "inboxes.management_list_inbox_logs", paginated=True),
    _op("managementGetInboxLog", "get", "/inboxes/logs/{public_id}", "inboxes.logs.get",
        "inboxes.management_get_inbox_log"),
    # Billing and connection
    _op("managementListBalance", "get", "/billing/balance", "billing.balance",
        "billing.management_list_balance"),
    _op("managementGetSpendSummary", "get", "/billing/summary", "billing.summary",
        "billing.management_get_spend_summary"),
    _op("managementListTransactions", "get", "/billing/transactions", "billing.transactions",
        "billing.management_list_transactions", paginated=True),
    _op("managementGetConnection", "get", "/me", "me", "connection.management_get_connection"),
]  # fmt: skip

OPERATIONS: dict[str, Operation] = {row.operation_id: row for row in _ROWS}
"""operationId -> Operation, for every Management operation the wrapper exposes."""
