"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_error_detail import ApiErrorDetail
    from .api_error_error import ApiErrorError
    from .api_error_error_code import ApiErrorErrorCode
    from .api_error_meta import ApiErrorMeta
    from .balance import Balance
    from .balance_auto_topup import BalanceAutoTopup
    from .balance_currency import BalanceCurrency
    from .balance_response import BalanceResponse
    from .batch_delete_mailbox_messages_body import BatchDeleteMailboxMessagesBody
    from .batch_update_mailbox_messages_body import BatchUpdateMailboxMessagesBody
    from .batch_update_mailbox_messages_body_keywords import (
        BatchUpdateMailboxMessagesBodyKeywords,
    )
    from .connection import Connection
    from .connection_credential import ConnectionCredential
    from .connection_credential_type import ConnectionCredentialType
    from .connection_mailboxes_item import ConnectionMailboxesItem
    from .connection_response import ConnectionResponse
    from .connection_team import ConnectionTeam
    from .create_mailbox_folder_body import CreateMailboxFolderBody
    from .cursor_pagination import CursorPagination
    from .delivery_log_detail import DeliveryLogDetail
    from .delivery_log_detail_status import DeliveryLogDetailStatus
    from .delivery_log_item import DeliveryLogItem
    from .delivery_log_item_cursor_list_response import (
        DeliveryLogItemCursorListResponse,
    )
    from .delivery_log_item_response import DeliveryLogItemResponse
    from .delivery_log_item_status import DeliveryLogItemStatus
    from .delivery_log_recipient import DeliveryLogRecipient
    from .delivery_log_recipient_status import DeliveryLogRecipientStatus
    from .delivery_log_recipient_type_type_0 import DeliveryLogRecipientTypeType0
    from .domain_deleted_response import DomainDeletedResponse
    from .domain_deleted_response_data import DomainDeletedResponseData
    from .domain_item_cursor_list_response import DomainItemCursorListResponse
    from .domain_item_response import DomainItemResponse
    from .domain_verify_response import DomainVerifyResponse
    from .email_metrics import EmailMetrics
    from .email_metrics_comparison import EmailMetricsComparison
    from .email_metrics_comparison_change_pct import EmailMetricsComparisonChangePct
    from .email_metrics_response import EmailMetricsResponse
    from .email_metrics_summary import EmailMetricsSummary
    from .email_metrics_timeseries_item import EmailMetricsTimeseriesItem
    from .filter_rule import FilterRule
    from .filter_rule_type import FilterRuleType
    from .filter_state import FilterState
    from .filter_state_mode import FilterStateMode
    from .filter_state_response import FilterStateResponse
    from .granted_mailbox import GrantedMailbox
    from .granted_mailbox_list_response import GrantedMailboxListResponse
    from .incoming_log_item import IncomingLogItem
    from .incoming_log_item_cursor_list_response import (
        IncomingLogItemCursorListResponse,
    )
    from .incoming_log_item_event_type import IncomingLogItemEventType
    from .incoming_log_item_response import IncomingLogItemResponse
    from .mailbox import Mailbox
    from .mailbox_address import MailboxAddress
    from .mailbox_app_password_result import MailboxAppPasswordResult
    from .mailbox_app_password_result_response import MailboxAppPasswordResultResponse
    from .mailbox_attachment import MailboxAttachment
    from .mailbox_attachment_upload_intent_body import MailboxAttachmentUploadIntentBody
    from .mailbox_attachment_upload_intent_result import (
        MailboxAttachmentUploadIntentResult,
    )
    from .mailbox_attachment_upload_intent_result_headers import (
        MailboxAttachmentUploadIntentResultHeaders,
    )
    from .mailbox_attachment_upload_intent_result_method import (
        MailboxAttachmentUploadIntentResultMethod,
    )
    from .mailbox_attachment_upload_intent_result_response import (
        MailboxAttachmentUploadIntentResultResponse,
    )
    from .mailbox_attachment_upload_result import MailboxAttachmentUploadResult
    from .mailbox_attachment_upload_result_response import (
        MailboxAttachmentUploadResultResponse,
    )
    from .mailbox_availability_reason import MailboxAvailabilityReason
    from .mailbox_availability_response import MailboxAvailabilityResponse
    from .mailbox_availability_result import MailboxAvailabilityResult
    from .mailbox_batch_delete_messages_result import MailboxBatchDeleteMessagesResult
    from .mailbox_batch_delete_messages_result_response import (
        MailboxBatchDeleteMessagesResultResponse,
    )
    from .mailbox_batch_get_body import MailboxBatchGetBody
    from .mailbox_batch_get_body_body_mode import MailboxBatchGetBodyBodyMode
    from .mailbox_batch_get_body_include_attachments import (
        MailboxBatchGetBodyIncludeAttachments,
    )
    from .mailbox_batch_get_body_include_headers import (
        MailboxBatchGetBodyIncludeHeaders,
    )
    from .mailbox_batch_get_body_part import MailboxBatchGetBodyPart
    from .mailbox_batch_get_item import MailboxBatchGetItem
    from .mailbox_batch_get_result import MailboxBatchGetResult
    from .mailbox_batch_get_result_response import MailboxBatchGetResultResponse
    from .mailbox_batch_get_result_states import MailboxBatchGetResultStates
    from .mailbox_batch_message_failure import MailboxBatchMessageFailure
    from .mailbox_batch_message_states import MailboxBatchMessageStates
    from .mailbox_batch_update_messages_result import MailboxBatchUpdateMessagesResult
    from .mailbox_batch_update_messages_result_response import (
        MailboxBatchUpdateMessagesResultResponse,
    )
    from .mailbox_changes import MailboxChanges
    from .mailbox_changes_response import MailboxChangesResponse
    from .mailbox_content_headers import MailboxContentHeaders
    from .mailbox_content_headers_full_type_0_item import (
        MailboxContentHeadersFullType0Item,
    )
    from .mailbox_content_headers_mode import MailboxContentHeadersMode
    from .mailbox_content_headers_selected_type_0 import (
        MailboxContentHeadersSelectedType0,
    )
    from .mailbox_create_result import MailboxCreateResult
    from .mailbox_create_result_response import MailboxCreateResultResponse
    from .mailbox_credential import MailboxCredential
    from .mailbox_deleted_response import MailboxDeletedResponse
    from .mailbox_deleted_response_data import MailboxDeletedResponseData
    from .mailbox_domain import MailboxDomain
    from .mailbox_domain_dns_records import MailboxDomainDnsRecords
    from .mailbox_domain_dns_records_dmarc import MailboxDomainDnsRecordsDmarc
    from .mailbox_domain_dns_records_spf import MailboxDomainDnsRecordsSpf
    from .mailbox_domain_dns_records_verification import (
        MailboxDomainDnsRecordsVerification,
    )
    from .mailbox_domain_mail_from_records import MailboxDomainMailFromRecords
    from .mailbox_domain_mode import MailboxDomainMode
    from .mailbox_domain_mx_record import MailboxDomainMxRecord
    from .mailbox_domain_name_value_record import MailboxDomainNameValueRecord
    from .mailbox_domain_named_mx_record import MailboxDomainNamedMxRecord
    from .mailbox_domain_verification_status import MailboxDomainVerificationStatus
    from .mailbox_domain_verify_checks import MailboxDomainVerifyChecks
    from .mailbox_domain_verify_result import MailboxDomainVerifyResult
    from .mailbox_domain_verify_result_status import MailboxDomainVerifyResultStatus
    from .mailbox_folder import MailboxFolder
    from .mailbox_folder_cursor_list_response import MailboxFolderCursorListResponse
    from .mailbox_folder_deleted_response import MailboxFolderDeletedResponse
    from .mailbox_folder_deleted_response_data import MailboxFolderDeletedResponseData
    from .mailbox_folder_query_changes import MailboxFolderQueryChanges
    from .mailbox_folder_query_changes_added_item import (
        MailboxFolderQueryChangesAddedItem,
    )
    from .mailbox_folder_query_changes_response import MailboxFolderQueryChangesResponse
    from .mailbox_folder_response import MailboxFolderResponse
    from .mailbox_get_thread_content_include_attachments import (
        MailboxGetThreadContentIncludeAttachments,
    )
    from .mailbox_get_thread_content_include_headers import (
        MailboxGetThreadContentIncludeHeaders,
    )
    from .mailbox_get_thread_content_part import MailboxGetThreadContentPart
    from .mailbox_get_thread_content_sort import MailboxGetThreadContentSort
    from .mailbox_identity import MailboxIdentity
    from .mailbox_identity_cursor_list_response import MailboxIdentityCursorListResponse
    from .mailbox_identity_list_meta import MailboxIdentityListMeta
    from .mailbox_identity_response import MailboxIdentityResponse
    from .mailbox_item_cursor_list_response import MailboxItemCursorListResponse
    from .mailbox_item_response import MailboxItemResponse
    from .mailbox_key_deleted_response import MailboxKeyDeletedResponse
    from .mailbox_key_deleted_response_data import MailboxKeyDeletedResponseData
    from .mailbox_list_body_part import MailboxListBodyPart
    from .mailbox_list_content_include_attachments import (
        MailboxListContentIncludeAttachments,
    )
    from .mailbox_list_content_include_headers import MailboxListContentIncludeHeaders
    from .mailbox_list_content_part import MailboxListContentPart
    from .mailbox_list_messages_sort_by import MailboxListMessagesSortBy
    from .mailbox_list_messages_sort_direction import MailboxListMessagesSortDirection
    from .mailbox_list_quotas_resource_type import MailboxListQuotasResourceType
    from .mailbox_list_quotas_scope import MailboxListQuotasScope
    from .mailbox_list_quotas_sort_by import MailboxListQuotasSortBy
    from .mailbox_list_quotas_sort_direction import MailboxListQuotasSortDirection
    from .mailbox_list_submissions_sort_by import MailboxListSubmissionsSortBy
    from .mailbox_list_submissions_sort_direction import (
        MailboxListSubmissionsSortDirection,
    )
    from .mailbox_list_submissions_undo_status import MailboxListSubmissionsUndoStatus
    from .mailbox_list_thread_messages_sort import MailboxListThreadMessagesSort
    from .mailbox_list_threads_sort_direction import MailboxListThreadsSortDirection
    from .mailbox_me import MailboxMe
    from .mailbox_me_item_response import MailboxMeItemResponse
    from .mailbox_message import MailboxMessage
    from .mailbox_message_content import MailboxMessageContent
    from .mailbox_message_content_body import MailboxMessageContentBody
    from .mailbox_message_content_body_format_type_0 import (
        MailboxMessageContentBodyFormatType0,
    )
    from .mailbox_message_content_dates import MailboxMessageContentDates
    from .mailbox_message_content_participants import MailboxMessageContentParticipants
    from .mailbox_message_content_response import MailboxMessageContentResponse
    from .mailbox_message_content_states import MailboxMessageContentStates
    from .mailbox_message_count import MailboxMessageCount
    from .mailbox_message_count_response import MailboxMessageCountResponse
    from .mailbox_message_deleted_response import MailboxMessageDeletedResponse
    from .mailbox_message_deleted_response_data import MailboxMessageDeletedResponseData
    from .mailbox_message_detail_response import MailboxMessageDetailResponse
    from .mailbox_message_flags import MailboxMessageFlags
    from .mailbox_message_query_changes import MailboxMessageQueryChanges
    from .mailbox_message_query_changes_added_item import (
        MailboxMessageQueryChangesAddedItem,
    )
    from .mailbox_message_query_changes_response import (
        MailboxMessageQueryChangesResponse,
    )
    from .mailbox_message_summary import MailboxMessageSummary
    from .mailbox_message_summary_cursor_list_response import (
        MailboxMessageSummaryCursorListResponse,
    )
    from .mailbox_query_message_changes_sort_by import MailboxQueryMessageChangesSortBy
    from .mailbox_query_message_changes_sort_direction import (
        MailboxQueryMessageChangesSortDirection,
    )
    from .mailbox_query_meta import MailboxQueryMeta
    from .mailbox_quota import MailboxQuota
    from .mailbox_quota_cursor_list_response import MailboxQuotaCursorListResponse
    from .mailbox_raw_body import MailboxRawBody
    from .mailbox_raw_body_body import MailboxRawBodyBody
    from .mailbox_raw_body_part import MailboxRawBodyPart
    from .mailbox_raw_body_response import MailboxRawBodyResponse
    from .mailbox_raw_body_states import MailboxRawBodyStates
    from .mailbox_realtime_event import MailboxRealtimeEvent
    from .mailbox_realtime_event_event_type import MailboxRealtimeEventEventType
    from .mailbox_realtime_event_message_id_kind_type_0 import (
        MailboxRealtimeEventMessageIdKindType0,
    )
    from .mailbox_realtime_message_type_0_body import MailboxRealtimeMessageType0Body
    from .mailbox_search_snippet import MailboxSearchSnippet
    from .mailbox_search_snippets_result import MailboxSearchSnippetsResult
    from .mailbox_search_snippets_result_response import (
        MailboxSearchSnippetsResultResponse,
    )
    from .mailbox_send_result_response import MailboxSendResultResponse
    from .mailbox_send_scope_type_0 import MailboxSendScopeType0
    from .mailbox_send_scope_type_0_type import MailboxSendScopeType0Type
    from .mailbox_session import MailboxSession
    from .mailbox_session_capabilities import MailboxSessionCapabilities
    from .mailbox_session_capabilities_attachments import (
        MailboxSessionCapabilitiesAttachments,
    )
    from .mailbox_session_capabilities_folders import MailboxSessionCapabilitiesFolders
    from .mailbox_session_capabilities_identities import (
        MailboxSessionCapabilitiesIdentities,
    )
    from .mailbox_session_capabilities_messages import (
        MailboxSessionCapabilitiesMessages,
    )
    from .mailbox_session_capabilities_messages_update_fields_item import (
        MailboxSessionCapabilitiesMessagesUpdateFieldsItem,
    )
    from .mailbox_session_capabilities_quotas import MailboxSessionCapabilitiesQuotas
    from .mailbox_session_capabilities_submissions import (
        MailboxSessionCapabilitiesSubmissions,
    )
    from .mailbox_session_capabilities_sync import MailboxSessionCapabilitiesSync
    from .mailbox_session_capabilities_sync_query_changes_item import (
        MailboxSessionCapabilitiesSyncQueryChangesItem,
    )
    from .mailbox_session_capabilities_sync_types_item import (
        MailboxSessionCapabilitiesSyncTypesItem,
    )
    from .mailbox_session_capabilities_threads import MailboxSessionCapabilitiesThreads
    from .mailbox_session_endpoints import MailboxSessionEndpoints
    from .mailbox_session_gated import MailboxSessionGated
    from .mailbox_session_limits import MailboxSessionLimits
    from .mailbox_session_mailbox import MailboxSessionMailbox
    from .mailbox_session_response import MailboxSessionResponse
    from .mailbox_session_states import MailboxSessionStates
    from .mailbox_submission import MailboxSubmission
    from .mailbox_submission_cursor_list_response import (
        MailboxSubmissionCursorListResponse,
    )
    from .mailbox_submission_delivery_status import MailboxSubmissionDeliveryStatus
    from .mailbox_submission_envelope_address import MailboxSubmissionEnvelopeAddress
    from .mailbox_submission_envelope_address_parameters_type_0 import (
        MailboxSubmissionEnvelopeAddressParametersType0,
    )
    from .mailbox_submission_envelope_type_0 import MailboxSubmissionEnvelopeType0
    from .mailbox_submission_response import MailboxSubmissionResponse
    from .mailbox_sync_meta import MailboxSyncMeta
    from .mailbox_thread import MailboxThread
    from .mailbox_thread_content_meta import MailboxThreadContentMeta
    from .mailbox_thread_content_meta_states import MailboxThreadContentMetaStates
    from .mailbox_thread_content_response import MailboxThreadContentResponse
    from .mailbox_thread_detail_response import MailboxThreadDetailResponse
    from .mailbox_thread_message_summary_cursor_list_response import (
        MailboxThreadMessageSummaryCursorListResponse,
    )
    from .mailbox_thread_messages_meta import MailboxThreadMessagesMeta
    from .mailbox_thread_states import MailboxThreadStates
    from .mailbox_thread_summary import MailboxThreadSummary
    from .mailbox_thread_summary_cursor_list_response import (
        MailboxThreadSummaryCursorListResponse,
    )
    from .mailbox_thread_summary_states import MailboxThreadSummaryStates
    from .mailbox_typed_changes import MailboxTypedChanges
    from .mailbox_typed_changes_response import MailboxTypedChangesResponse
    from .mailbox_typed_changes_types import MailboxTypedChangesTypes
    from .mailbox_usage import MailboxUsage
    from .mailbox_usage_resource import MailboxUsageResource
    from .mailbox_usage_resource_limit_status import MailboxUsageResourceLimitStatus
    from .mailbox_usage_response import MailboxUsageResponse
    from .mailbox_usage_states import MailboxUsageStates
    from .management_create_domain_body import ManagementCreateDomainBody
    from .management_create_domain_body_mode import ManagementCreateDomainBodyMode
    from .management_create_mailbox_body import ManagementCreateMailboxBody
    from .management_create_mailbox_body_send_scope import (
        ManagementCreateMailboxBodySendScope,
    )
    from .management_create_mailbox_body_send_scope_type import (
        ManagementCreateMailboxBodySendScopeType,
    )
    from .management_create_mailbox_key_body import ManagementCreateMailboxKeyBody
    from .management_get_email_metrics_granularity import (
        ManagementGetEmailMetricsGranularity,
    )
    from .management_get_email_metrics_window import ManagementGetEmailMetricsWindow
    from .management_get_spend_summary_days import ManagementGetSpendSummaryDays
    from .management_list_delivery_event_type import ManagementListDeliveryEventType
    from .management_list_delivery_result import ManagementListDeliveryResult
    from .management_list_email_logs_status import ManagementListEmailLogsStatus
    from .management_list_inbox_logs_event_type import ManagementListInboxLogsEventType
    from .management_list_mailboxes_include_deleted import (
        ManagementListMailboxesIncludeDeleted,
    )
    from .management_list_providers_status import ManagementListProvidersStatus
    from .management_list_providers_type import ManagementListProvidersType
    from .management_list_transactions_type import ManagementListTransactionsType
    from .management_test_webhook_response_200 import ManagementTestWebhookResponse200
    from .management_update_domain_body import ManagementUpdateDomainBody
    from .management_update_domain_body_mode import ManagementUpdateDomainBodyMode
    from .patch_mailbox_folder_body import PatchMailboxFolderBody
    from .patch_mailbox_message_body import PatchMailboxMessageBody
    from .patch_mailbox_message_body_keywords import PatchMailboxMessageBodyKeywords
    from .provider_allowed_actions import ProviderAllowedActions
    from .provider_create_body import ProviderCreateBody
    from .provider_create_body_quotas import ProviderCreateBodyQuotas
    from .provider_create_body_smtp_protocol import ProviderCreateBodySmtpProtocol
    from .provider_deleted import ProviderDeleted
    from .provider_deleted_response import ProviderDeletedResponse
    from .provider_item import ProviderItem
    from .provider_item_cursor_list_response import ProviderItemCursorListResponse
    from .provider_item_response import ProviderItemResponse
    from .provider_item_status import ProviderItemStatus
    from .provider_item_type import ProviderItemType
    from .provider_limits import ProviderLimits
    from .provider_limits_response import ProviderLimitsResponse
    from .provider_list_item import ProviderListItem
    from .provider_list_item_status import ProviderListItemStatus
    from .provider_list_item_type import ProviderListItemType
    from .provider_quota_range import ProviderQuotaRange
    from .provider_quotas import ProviderQuotas
    from .provider_stats import ProviderStats
    from .provider_stats_response import ProviderStatsResponse
    from .provider_status_counts import ProviderStatusCounts
    from .provider_test_result import ProviderTestResult
    from .provider_test_result_response import ProviderTestResultResponse
    from .provider_type_counts import ProviderTypeCounts
    from .provider_update_body import ProviderUpdateBody
    from .provider_update_body_quotas import ProviderUpdateBodyQuotas
    from .provider_update_body_smtp_protocol import ProviderUpdateBodySmtpProtocol
    from .provider_usage import ProviderUsage
    from .provider_usage_item import ProviderUsageItem
    from .provider_usage_response import ProviderUsageResponse
    from .provider_usage_window_days import ProviderUsageWindowDays
    from .provider_variables import ProviderVariables
    from .resource_limit_snapshot import ResourceLimitSnapshot
    from .response_meta import ResponseMeta
    from .send_mailbox_message_body import SendMailboxMessageBody
    from .send_mailbox_message_body_attachments_item_type_0 import (
        SendMailboxMessageBodyAttachmentsItemType0,
    )
    from .send_mailbox_message_body_attachments_item_type_1 import (
        SendMailboxMessageBodyAttachmentsItemType1,
    )
    from .send_mailbox_message_body_custom_headers import (
        SendMailboxMessageBodyCustomHeaders,
    )
    from .send_mailbox_message_body_from import SendMailboxMessageBodyFrom
    from .send_mailbox_message_result import SendMailboxMessageResult
    from .send_mailbox_message_result_status import SendMailboxMessageResultStatus
    from .sending_account_limit_request import SendingAccountLimitRequest
    from .sending_account_limit_request_response import (
        SendingAccountLimitRequestResponse,
    )
    from .set_filter_state_body import SetFilterStateBody
    from .set_filter_state_body_mode import SetFilterStateBodyMode
    from .shared_amazon_ses_limit import SharedAmazonSesLimit
    from .shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest
    from .shared_amazon_ses_limit_request_cancel import (
        SharedAmazonSesLimitRequestCancel,
    )
    from .shared_amazon_ses_limit_request_cancel_response import (
        SharedAmazonSesLimitRequestCancelResponse,
    )
    from .shared_amazon_ses_limit_request_create import (
        SharedAmazonSesLimitRequestCreate,
    )
    from .shared_amazon_ses_limit_request_create_response import (
        SharedAmazonSesLimitRequestCreateResponse,
    )
    from .shared_amazon_ses_limit_request_page import SharedAmazonSesLimitRequestPage
    from .shared_amazon_ses_limit_request_page_response import (
        SharedAmazonSesLimitRequestPageResponse,
    )
    from .shared_amazon_ses_limit_request_status import (
        SharedAmazonSesLimitRequestStatus,
    )
    from .spend_summary import SpendSummary
    from .spend_summary_currency import SpendSummaryCurrency
    from .spend_summary_response import SpendSummaryResponse
    from .success_envelope import SuccessEnvelope
    from .transaction import Transaction
    from .transaction_cursor_list_response import TransactionCursorListResponse
    from .transaction_type import TransactionType
    from .update_mailbox_body import UpdateMailboxBody
    from .update_mailbox_body_send_scope import UpdateMailboxBodySendScope
    from .update_mailbox_body_send_scope_type import UpdateMailboxBodySendScopeType
    from .update_mailbox_identity_body import UpdateMailboxIdentityBody
    from .webhook_create_body import WebhookCreateBody
    from .webhook_create_body_event_types_item import WebhookCreateBodyEventTypesItem
    from .webhook_create_body_filters import WebhookCreateBodyFilters
    from .webhook_deleted_response import WebhookDeletedResponse
    from .webhook_deleted_response_data import WebhookDeletedResponseData
    from .webhook_delivery_attempt import WebhookDeliveryAttempt
    from .webhook_delivery_attempt_cursor_list_response import (
        WebhookDeliveryAttemptCursorListResponse,
    )
    from .webhook_delivery_attempt_event_type import WebhookDeliveryAttemptEventType
    from .webhook_delivery_attempt_result import WebhookDeliveryAttemptResult
    from .webhook_delivery_payload import WebhookDeliveryPayload
    from .webhook_delivery_payload_event_type import WebhookDeliveryPayloadEventType
    from .webhook_delivery_payload_response import WebhookDeliveryPayloadResponse
    from .webhook_event_data import WebhookEventData
    from .webhook_event_data_bounce_type_type_0 import WebhookEventDataBounceTypeType0
    from .webhook_event_data_message_id_kind_type_0 import (
        WebhookEventDataMessageIdKindType0,
    )
    from .webhook_event_payload import WebhookEventPayload
    from .webhook_event_payload_type import WebhookEventPayloadType
    from .webhook_filters import WebhookFilters
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_cursor_list_response import (
        WebhookSubscriptionCursorListResponse,
    )
    from .webhook_subscription_event_types_item import WebhookSubscriptionEventTypesItem
    from .webhook_subscription_response import WebhookSubscriptionResponse
    from .webhook_subscription_with_secret import WebhookSubscriptionWithSecret
    from .webhook_subscription_with_secret_event_types_item import (
        WebhookSubscriptionWithSecretEventTypesItem,
    )
    from .webhook_subscription_with_secret_response import (
        WebhookSubscriptionWithSecretResponse,
    )
    from .webhook_test_response import WebhookTestResponse
    from .webhook_update_body import WebhookUpdateBody
    from .webhook_update_body_event_types_item import WebhookUpdateBodyEventTypesItem
    from .webhook_update_body_filters import WebhookUpdateBodyFilters

# Public name -> the submodule (relative to this package) that defines it.
_MODULE_OF: dict[str, str] = {
    "ApiError": ".api_error",
    "ApiErrorDetail": ".api_error_detail",
    "ApiErrorError": ".api_error_error",
    "ApiErrorErrorCode": ".api_error_error_code",
    "ApiErrorMeta": ".api_error_meta",
    "Balance": ".balance",
    "BalanceAutoTopup": ".balance_auto_topup",
    "BalanceCurrency": ".balance_currency",
    "BalanceResponse": ".balance_response",
    "BatchDeleteMailboxMessagesBody": ".batch_delete_mailbox_messages_body",
    "BatchUpdateMailboxMessagesBody": ".batch_update_mailbox_messages_body",
    "BatchUpdateMailboxMessagesBodyKeywords": ".batch_update_mailbox_messages_body_keywords",
    "Connection": ".connection",
    "ConnectionCredential": ".connection_credential",
    "ConnectionCredentialType": ".connection_credential_type",
    "ConnectionMailboxesItem": ".connection_mailboxes_item",
    "ConnectionResponse": ".connection_response",
    "ConnectionTeam": ".connection_team",
    "CreateMailboxFolderBody": ".create_mailbox_folder_body",
    "CursorPagination": ".cursor_pagination",
    "DeliveryLogDetail": ".delivery_log_detail",
    "DeliveryLogDetailStatus": ".delivery_log_detail_status",
    "DeliveryLogItem": ".delivery_log_item",
    "DeliveryLogItemCursorListResponse": ".delivery_log_item_cursor_list_response",
    "DeliveryLogItemResponse": ".delivery_log_item_response",
    "DeliveryLogItemStatus": ".delivery_log_item_status",
    "DeliveryLogRecipient": ".delivery_log_recipient",
    "DeliveryLogRecipientStatus": ".delivery_log_recipient_status",
    "DeliveryLogRecipientTypeType0": ".delivery_log_recipient_type_type_0",
    "DomainDeletedResponse": ".domain_deleted_response",
    "DomainDeletedResponseData": ".domain_deleted_response_data",
    "DomainItemCursorListResponse": ".domain_item_cursor_list_response",
    "DomainItemResponse": ".domain_item_response",
    "DomainVerifyResponse": ".domain_verify_response",
    "EmailMetrics": ".email_metrics",
    "EmailMetricsComparison": ".email_metrics_comparison",
    "EmailMetricsComparisonChangePct": ".email_metrics_comparison_change_pct",
    "EmailMetricsResponse": ".email_metrics_response",
    "EmailMetricsSummary": ".email_metrics_summary",
    "EmailMetricsTimeseriesItem": ".email_metrics_timeseries_item",
    "FilterRule": ".filter_rule",
    "FilterRuleType": ".filter_rule_type",
    "FilterState": ".filter_state",
    "FilterStateMode": ".filter_state_mode",
    "FilterStateResponse": ".filter_state_response",
    "GrantedMailbox": ".granted_mailbox",
    "GrantedMailboxListResponse": ".granted_mailbox_list_response",
    "IncomingLogItem": ".incoming_log_item",
    "IncomingLogItemCursorListResponse": ".incoming_log_item_cursor_list_response",
    "IncomingLogItemEventType": ".incoming_log_item_event_type",
    "IncomingLogItemResponse": ".incoming_log_item_response",
    "Mailbox": ".mailbox",
    "MailboxAddress": ".mailbox_address",
    "MailboxAppPasswordResult": ".mailbox_app_password_result",
    "MailboxAppPasswordResultResponse": ".mailbox_app_password_result_response",
    "MailboxAttachment": ".mailbox_attachment",
    "MailboxAttachmentUploadIntentBody": ".mailbox_attachment_upload_intent_body",
    "MailboxAttachmentUploadIntentResult": ".mailbox_attachment_upload_intent_result",
    "MailboxAttachmentUploadIntentResultHeaders": ".mailbox_attachment_upload_intent_result_headers",
    "MailboxAttachmentUploadIntentResultMethod": ".mailbox_attachment_upload_intent_result_method",
    "MailboxAttachmentUploadIntentResultResponse": ".mailbox_attachment_upload_intent_result_response",
    "MailboxAttachmentUploadResult": ".mailbox_attachment_upload_result",
    "MailboxAttachmentUploadResultResponse": ".mailbox_attachment_upload_result_response",
    "MailboxAvailabilityReason": ".mailbox_availability_reason",
    "MailboxAvailabilityResponse": ".mailbox_availability_response",
    "MailboxAvailabilityResult": ".mailbox_availability_result",
    "MailboxBatchDeleteMessagesResult": ".mailbox_batch_delete_messages_result",
    "MailboxBatchDeleteMessagesResultResponse": ".mailbox_batch_delete_messages_result_response",
    "MailboxBatchGetBody": ".mailbox_batch_get_body",
    "MailboxBatchGetBodyBodyMode": ".mailbox_batch_get_body_body_mode",
    "MailboxBatchGetBodyIncludeAttachments": ".mailbox_batch_get_body_include_attachments",
    "MailboxBatchGetBodyIncludeHeaders": ".mailbox_batch_get_body_include_headers",
    "MailboxBatchGetBodyPart": ".mailbox_batch_get_body_part",
    "MailboxBatchGetItem": ".mailbox_batch_get_item",
    "MailboxBatchGetResult": ".mailbox_batch_get_result",
    "MailboxBatchGetResultResponse": ".mailbox_batch_get_result_response",
    "MailboxBatchGetResultStates": ".mailbox_batch_get_result_states",
    "MailboxBatchMessageFailure": ".mailbox_batch_message_failure",
    "MailboxBatchMessageStates": ".mailbox_batch_message_states",
    "MailboxBatchUpdateMessagesResult": ".mailbox_batch_update_messages_result",
    "MailboxBatchUpdateMessagesResultResponse": ".mailbox_batch_update_messages_result_response",
    "MailboxChanges": ".mailbox_changes",
    "MailboxChangesResponse": ".mailbox_changes_response",
    "MailboxContentHeaders": ".mailbox_content_headers",
    "MailboxContentHeadersFullType0Item": ".mailbox_content_headers_full_type_0_item",
    "MailboxContentHeadersMode": ".mailbox_content_headers_mode",
    "MailboxContentHeadersSelectedType0": ".mailbox_content_headers_selected_type_0",
    "MailboxCreateResult": ".mailbox_create_result",
    "MailboxCreateResultResponse": ".mailbox_create_result_response",
    "MailboxCredential": ".mailbox_credential",
    "MailboxDeletedResponse": ".mailbox_deleted_response",
    "MailboxDeletedResponseData": ".mailbox_deleted_response_data",
    "MailboxDomain": ".mailbox_domain",
    "MailboxDomainDnsRecords": ".mailbox_domain_dns_records",
    "MailboxDomainDnsRecordsDmarc": ".mailbox_domain_dns_records_dmarc",
    "MailboxDomainDnsRecordsSpf": ".mailbox_domain_dns_records_spf",
    "MailboxDomainDnsRecordsVerification": ".mailbox_domain_dns_records_verification",
    "MailboxDomainMailFromRecords": ".mailbox_domain_mail_from_records",
    "MailboxDomainMode": ".mailbox_domain_mode",
    "MailboxDomainMxRecord": ".mailbox_domain_mx_record",
    "MailboxDomainNameValueRecord": ".mailbox_domain_name_value_record",
    "MailboxDomainNamedMxRecord": ".mailbox_domain_named_mx_record",
    "MailboxDomainVerificationStatus": ".mailbox_domain_verification_status",
    "MailboxDomainVerifyChecks": ".mailbox_domain_verify_checks",
    "MailboxDomainVerifyResult": ".mailbox_domain_verify_result",
    "MailboxDomainVerifyResultStatus": ".mailbox_domain_verify_result_status",
    "MailboxFolder": ".mailbox_folder",
    "MailboxFolderCursorListResponse": ".mailbox_folder_cursor_list_response",
    "MailboxFolderDeletedResponse": ".mailbox_folder_deleted_response",
    "MailboxFolderDeletedResponseData": ".mailbox_folder_deleted_response_data",
    "MailboxFolderQueryChanges": ".mailbox_folder_query_changes",
    "MailboxFolderQueryChangesAddedItem": ".mailbox_folder_query_changes_added_item",
    "MailboxFolderQueryChangesResponse": ".mailbox_folder_query_changes_response",
    "MailboxFolderResponse": ".mailbox_folder_response",
    "MailboxGetThreadContentIncludeAttachments": ".mailbox_get_thread_content_include_attachments",
    "MailboxGetThreadContentIncludeHeaders": ".mailbox_get_thread_content_include_headers",
    "MailboxGetThreadContentPart": ".mailbox_get_thread_content_part",
    "MailboxGetThreadContentSort": ".mailbox_get_thread_content_sort",
    "MailboxIdentity": ".mailbox_identity",
    "MailboxIdentityCursorListResponse": ".mailbox_identity_cursor_list_response",
    "MailboxIdentityListMeta": ".mailbox_identity_list_meta",
    "MailboxIdentityResponse": ".mailbox_identity_response",
    "MailboxItemCursorListResponse": ".mailbox_item_cursor_list_response",
    "MailboxItemResponse": ".mailbox_item_response",
    "MailboxKeyDeletedResponse": ".mailbox_key_deleted_response",
    "MailboxKeyDeletedResponseData": ".mailbox_key_deleted_response_data",
    "MailboxListBodyPart": ".mailbox_list_body_part",
    "MailboxListContentIncludeAttachments": ".mailbox_list_content_include_attachments",
    "MailboxListContentIncludeHeaders": ".mailbox_list_content_include_headers",
    "MailboxListContentPart": ".mailbox_list_content_part",
    "MailboxListMessagesSortBy": ".mailbox_list_messages_sort_by",
    "MailboxListMessagesSortDirection": ".mailbox_list_messages_sort_direction",
    "MailboxListQuotasResourceType": ".mailbox_list_quotas_resource_type",
    "MailboxListQuotasScope": ".mailbox_list_quotas_scope",
    "MailboxListQuotasSortBy": ".mailbox_list_quotas_sort_by",
    "MailboxListQuotasSortDirection": ".mailbox_list_quotas_sort_direction",
    "MailboxListSubmissionsSortBy": ".mailbox_list_submissions_sort_by",
    "MailboxListSubmissionsSortDirection": ".mailbox_list_submissions_sort_direction",
    "MailboxListSubmissionsUndoStatus": ".mailbox_list_submissions_undo_status",
    "MailboxListThreadMessagesSort": ".mailbox_list_thread_messages_sort",
    "MailboxListThreadsSortDirection": ".mailbox_list_threads_sort_direction",
    "MailboxMe": ".mailbox_me",
    "MailboxMeItemResponse": ".mailbox_me_item_response",
    "MailboxMessage": ".mailbox_message",
    "MailboxMessageContent": ".mailbox_message_content",
    "MailboxMessageContentBody": ".mailbox_message_content_body",
    "MailboxMessageContentBodyFormatType0": ".mailbox_message_content_body_format_type_0",
    "MailboxMessageContentDates": ".mailbox_message_content_dates",
    "MailboxMessageContentParticipants": ".mailbox_message_content_participants",
    "MailboxMessageContentResponse": ".mailbox_message_content_response",
    "MailboxMessageContentStates": ".mailbox_message_content_states",
    "MailboxMessageCount": ".mailbox_message_count",
    "MailboxMessageCountResponse": ".mailbox_message_count_response",
    "MailboxMessageDeletedResponse": ".mailbox_message_deleted_response",
    "MailboxMessageDeletedResponseData": ".mailbox_message_deleted_response_data",
    "MailboxMessageDetailResponse": ".mailbox_message_detail_response",
    "MailboxMessageFlags": ".mailbox_message_flags",
    "MailboxMessageQueryChanges": ".mailbox_message_query_changes",
    "MailboxMessageQueryChangesAddedItem": ".mailbox_message_query_changes_added_item",
    "MailboxMessageQueryChangesResponse": ".mailbox_message_query_changes_response",
    "MailboxMessageSummary": ".mailbox_message_summary",
    "MailboxMessageSummaryCursorListResponse": ".mailbox_message_summary_cursor_list_response",
    "MailboxQueryMessageChangesSortBy": ".mailbox_query_message_changes_sort_by",
    "MailboxQueryMessageChangesSortDirection": ".mailbox_query_message_changes_sort_direction",
    "MailboxQueryMeta": ".mailbox_query_meta",
    "MailboxQuota": ".mailbox_quota",
    "MailboxQuotaCursorListResponse": ".mailbox_quota_cursor_list_response",
    "MailboxRawBody": ".mailbox_raw_body",
    "MailboxRawBodyBody": ".mailbox_raw_body_body",
    "MailboxRawBodyPart": ".mailbox_raw_body_part",
    "MailboxRawBodyResponse": ".mailbox_raw_body_response",
    "MailboxRawBodyStates": ".mailbox_raw_body_states",
    "MailboxRealtimeEvent": ".mailbox_realtime_event",
    "MailboxRealtimeEventEventType": ".mailbox_realtime_event_event_type",
    "MailboxRealtimeEventMessageIdKindType0": ".mailbox_realtime_event_message_id_kind_type_0",
    "MailboxRealtimeMessageType0Body": ".mailbox_realtime_message_type_0_body",
    "MailboxSearchSnippet": ".mailbox_search_snippet",
    "MailboxSearchSnippetsResult": ".mailbox_search_snippets_result",
    "MailboxSearchSnippetsResultResponse": ".mailbox_search_snippets_result_response",
    "MailboxSendResultResponse": ".mailbox_send_result_response",
    "MailboxSendScopeType0": ".mailbox_send_scope_type_0",
    "MailboxSendScopeType0Type": ".mailbox_send_scope_type_0_type",
    "MailboxSession": ".mailbox_session",
    "MailboxSessionCapabilities": ".mailbox_session_capabilities",
    "MailboxSessionCapabilitiesAttachments": ".mailbox_session_capabilities_attachments",
    "MailboxSessionCapabilitiesFolders": ".mailbox_session_capabilities_folders",
    "MailboxSessionCapabilitiesIdentities": ".mailbox_session_capabilities_identities",
    "MailboxSessionCapabilitiesMessages": ".mailbox_session_capabilities_messages",
    "MailboxSessionCapabilitiesMessagesUpdateFieldsItem": ".mailbox_session_capabilities_messages_update_fields_item",
    "MailboxSessionCapabilitiesQuotas": ".mailbox_session_capabilities_quotas",
    "MailboxSessionCapabilitiesSubmissions": ".mailbox_session_capabilities_submissions",
    "MailboxSessionCapabilitiesSync": ".mailbox_session_capabilities_sync",
    "MailboxSessionCapabilitiesSyncQueryChangesItem": ".mailbox_session_capabilities_sync_query_changes_item",
    "MailboxSessionCapabilitiesSyncTypesItem": ".mailbox_session_capabilities_sync_types_item",
    "MailboxSessionCapabilitiesThreads": ".mailbox_session_capabilities_threads",
    "MailboxSessionEndpoints": ".mailbox_session_endpoints",
    "MailboxSessionGated": ".mailbox_session_gated",
    "MailboxSessionLimits": ".mailbox_session_limits",
    "MailboxSessionMailbox": ".mailbox_session_mailbox",
    "MailboxSessionResponse": ".mailbox_session_response",
    "MailboxSessionStates": ".mailbox_session_states",
    "MailboxSubmission": ".mailbox_submission",
    "MailboxSubmissionCursorListResponse": ".mailbox_submission_cursor_list_response",
    "MailboxSubmissionDeliveryStatus": ".mailbox_submission_delivery_status",
    "MailboxSubmissionEnvelopeAddress": ".mailbox_submission_envelope_address",
    "MailboxSubmissionEnvelopeAddressParametersType0": ".mailbox_submission_envelope_address_parameters_type_0",
    "MailboxSubmissionEnvelopeType0": ".mailbox_submission_envelope_type_0",
    "MailboxSubmissionResponse": ".mailbox_submission_response",
    "MailboxSyncMeta": ".mailbox_sync_meta",
    "MailboxThread": ".mailbox_thread",
    "MailboxThreadContentMeta": ".mailbox_thread_content_meta",
    "MailboxThreadContentMetaStates": ".mailbox_thread_content_meta_states",
    "MailboxThreadContentResponse": ".mailbox_thread_content_response",
    "MailboxThreadDetailResponse": ".mailbox_thread_detail_response",
    "MailboxThreadMessageSummaryCursorListResponse": ".mailbox_thread_message_summary_cursor_list_response",
    "MailboxThreadMessagesMeta": ".mailbox_thread_messages_meta",
    "MailboxThreadStates": ".mailbox_thread_states",
    "MailboxThreadSummary": ".mailbox_thread_summary",
    "MailboxThreadSummaryCursorListResponse": ".mailbox_thread_summary_cursor_list_response",
    "MailboxThreadSummaryStates": ".mailbox_thread_summary_states",
    "MailboxTypedChanges": ".mailbox_typed_changes",
    "MailboxTypedChangesResponse": ".mailbox_typed_changes_response",
    "MailboxTypedChangesTypes": ".mailbox_typed_changes_types",
    "MailboxUsage": ".mailbox_usage",
    "MailboxUsageResource": ".mailbox_usage_resource",
    "MailboxUsageResourceLimitStatus": ".mailbox_usage_resource_limit_status",
    "MailboxUsageResponse": ".mailbox_usage_response",
    "MailboxUsageStates": ".mailbox_usage_states",
    "ManagementCreateDomainBody": ".management_create_domain_body",
    "ManagementCreateDomainBodyMode": ".management_create_domain_body_mode",
    "ManagementCreateMailboxBody": ".management_create_mailbox_body",
    "ManagementCreateMailboxBodySendScope": ".management_create_mailbox_body_send_scope",
    "ManagementCreateMailboxBodySendScopeType": ".management_create_mailbox_body_send_scope_type",
    "ManagementCreateMailboxKeyBody": ".management_create_mailbox_key_body",
    "ManagementGetEmailMetricsGranularity": ".management_get_email_metrics_granularity",
    "ManagementGetEmailMetricsWindow": ".management_get_email_metrics_window",
    "ManagementGetSpendSummaryDays": ".management_get_spend_summary_days",
    "ManagementListDeliveryEventType": ".management_list_delivery_event_type",
    "ManagementListDeliveryResult": ".management_list_delivery_result",
    "ManagementListEmailLogsStatus": ".management_list_email_logs_status",
    "ManagementListInboxLogsEventType": ".management_list_inbox_logs_event_type",
    "ManagementListMailboxesIncludeDeleted": ".management_list_mailboxes_include_deleted",
    "ManagementListProvidersStatus": ".management_list_providers_status",
    "ManagementListProvidersType": ".management_list_providers_type",
    "ManagementListTransactionsType": ".management_list_transactions_type",
    "ManagementTestWebhookResponse200": ".management_test_webhook_response_200",
    "ManagementUpdateDomainBody": ".management_update_domain_body",
    "ManagementUpdateDomainBodyMode": ".management_update_domain_body_mode",
    "PatchMailboxFolderBody": ".patch_mailbox_folder_body",
    "PatchMailboxMessageBody": ".patch_mailbox_message_body",
    "PatchMailboxMessageBodyKeywords": ".patch_mailbox_message_body_keywords",
    "ProviderAllowedActions": ".provider_allowed_actions",
    "ProviderCreateBody": ".provider_create_body",
    "ProviderCreateBodyQuotas": ".provider_create_body_quotas",
    "ProviderCreateBodySmtpProtocol": ".provider_create_body_smtp_protocol",
    "ProviderDeleted": ".provider_deleted",
    "ProviderDeletedResponse": ".provider_deleted_response",
    "ProviderItem": ".provider_item",
    "ProviderItemCursorListResponse": ".provider_item_cursor_list_response",
    "ProviderItemResponse": ".provider_item_response",
    "ProviderItemStatus": ".provider_item_status",
    "ProviderItemType": ".provider_item_type",
    "ProviderLimits": ".provider_limits",
    "ProviderLimitsResponse": ".provider_limits_response",
    "ProviderListItem": ".provider_list_item",
    "ProviderListItemStatus": ".provider_list_item_status",
    "ProviderListItemType": ".provider_list_item_type",
    "ProviderQuotaRange": ".provider_quota_range",
    "ProviderQuotas": ".provider_quotas",
    "ProviderStats": ".provider_stats",
    "ProviderStatsResponse": ".provider_stats_response",
    "ProviderStatusCounts": ".provider_status_counts",
    "ProviderTestResult": ".provider_test_result",
    "ProviderTestResultResponse": ".provider_test_result_response",
    "ProviderTypeCounts": ".provider_type_counts",
    "ProviderUpdateBody": ".provider_update_body",
    "ProviderUpdateBodyQuotas": ".provider_update_body_quotas",
    "ProviderUpdateBodySmtpProtocol": ".provider_update_body_smtp_protocol",
    "ProviderUsage": ".provider_usage",
    "ProviderUsageItem": ".provider_usage_item",
    "ProviderUsageResponse": ".provider_usage_response",
    "ProviderUsageWindowDays": ".provider_usage_window_days",
    "ProviderVariables": ".provider_variables",
    "ResourceLimitSnapshot": ".resource_limit_snapshot",
    "ResponseMeta": ".response_meta",
    "SendMailboxMessageBody": ".send_mailbox_message_body",
    "SendMailboxMessageBodyAttachmentsItemType0": ".send_mailbox_message_body_attachments_item_type_0",
    "SendMailboxMessageBodyAttachmentsItemType1": ".send_mailbox_message_body_attachments_item_type_1",
    "SendMailboxMessageBodyCustomHeaders": ".send_mailbox_message_body_custom_headers",
    "SendMailboxMessageBodyFrom": ".send_mailbox_message_body_from",
    "SendMailboxMessageResult": ".send_mailbox_message_result",
    "SendMailboxMessageResultStatus": ".send_mailbox_message_result_status",
    "SendingAccountLimitRequest": ".sending_account_limit_request",
    "SendingAccountLimitRequestResponse": ".sending_account_limit_request_response",
    "SetFilterStateBody": ".set_filter_state_body",
    "SetFilterStateBodyMode": ".set_filter_state_body_mode",
    "SharedAmazonSesLimit": ".shared_amazon_ses_limit",
    "SharedAmazonSesLimitRequest": ".shared_amazon_ses_limit_request",
    "SharedAmazonSesLimitRequestCancel": ".shared_amazon_ses_limit_request_cancel",
    "SharedAmazonSesLimitRequestCancelResponse": ".shared_amazon_ses_limit_request_cancel_response",
    "SharedAmazonSesLimitRequestCreate": ".shared_amazon_ses_limit_request_create",
    "SharedAmazonSesLimitRequestCreateResponse": ".shared_amazon_ses_limit_request_create_response",
    "SharedAmazonSesLimitRequestPage": ".shared_amazon_ses_limit_request_page",
    "SharedAmazonSesLimitRequestPageResponse": ".shared_amazon_ses_limit_request_page_response",
    "SharedAmazonSesLimitRequestStatus": ".shared_amazon_ses_limit_request_status",
    "SpendSummary": ".spend_summary",
    "SpendSummaryCurrency": ".spend_summary_currency",
    "SpendSummaryResponse": ".spend_summary_response",
    "SuccessEnvelope": ".success_envelope",
    "Transaction": ".transaction",
    "TransactionCursorListResponse": ".transaction_cursor_list_response",
    "TransactionType": ".transaction_type",
    "UpdateMailboxBody": ".update_mailbox_body",
    "UpdateMailboxBodySendScope": ".update_mailbox_body_send_scope",
    "UpdateMailboxBodySendScopeType": ".update_mailbox_body_send_scope_type",
    "UpdateMailboxIdentityBody": ".update_mailbox_identity_body",
    "WebhookCreateBody": ".webhook_create_body",
    "WebhookCreateBodyEventTypesItem": ".webhook_create_body_event_types_item",
    "WebhookCreateBodyFilters": ".webhook_create_body_filters",
    "WebhookDeletedResponse": ".webhook_deleted_response",
    "WebhookDeletedResponseData": ".webhook_deleted_response_data",
    "WebhookDeliveryAttempt": ".webhook_delivery_attempt",
    "WebhookDeliveryAttemptCursorListResponse": ".webhook_delivery_attempt_cursor_list_response",
    "WebhookDeliveryAttemptEventType": ".webhook_delivery_attempt_event_type",
    "WebhookDeliveryAttemptResult": ".webhook_delivery_attempt_result",
    "WebhookDeliveryPayload": ".webhook_delivery_payload",
    "WebhookDeliveryPayloadEventType": ".webhook_delivery_payload_event_type",
    "WebhookDeliveryPayloadResponse": ".webhook_delivery_payload_response",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventDataBounceTypeType0": ".webhook_event_data_bounce_type_type_0",
    "WebhookEventDataMessageIdKindType0": ".webhook_event_data_message_id_kind_type_0",
    "WebhookEventPayload": ".webhook_event_payload",
    "WebhookEventPayloadType": ".webhook_event_payload_type",
    "WebhookFilters": ".webhook_filters",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionCursorListResponse": ".webhook_subscription_cursor_list_response",
    "WebhookSubscriptionEventTypesItem": ".webhook_subscription_event_types_item",
    "WebhookSubscriptionResponse": ".webhook_subscription_response",
    "WebhookSubscriptionWithSecret": ".webhook_subscription_with_secret",
    "WebhookSubscriptionWithSecretEventTypesItem": ".webhook_subscription_with_secret_event_types_item",
    "WebhookSubscriptionWithSecretResponse": ".webhook_subscription_with_secret_response",
    "WebhookTestResponse": ".webhook_test_response",
    "WebhookUpdateBody": ".webhook_update_body",
    "WebhookUpdateBodyEventTypesItem": ".webhook_update_body_event_types_item",
    "WebhookUpdateBodyFilters": ".webhook_update_body_filters",
}

__all__ = (
    "ApiError",
    "ApiErrorDetail",
    "ApiErrorError",
    "ApiErrorErrorCode",
    "ApiErrorMeta",
    "Balance",
    "BalanceAutoTopup",
    "BalanceCurrency",
    "BalanceResponse",
    "BatchDeleteMailboxMessagesBody",
    "BatchUpdateMailboxMessagesBody",
    "BatchUpdateMailboxMessagesBodyKeywords",
    "Connection",
    "ConnectionCredential",
    "ConnectionCredentialType",
    "ConnectionMailboxesItem",
    "ConnectionResponse",
    "ConnectionTeam",
    "CreateMailboxFolderBody",
    "CursorPagination",
    "DeliveryLogDetail",
    "DeliveryLogDetailStatus",
    "DeliveryLogItem",
    "DeliveryLogItemCursorListResponse",
    "DeliveryLogItemResponse",
    "DeliveryLogItemStatus",
    "DeliveryLogRecipient",
    "DeliveryLogRecipientStatus",
    "DeliveryLogRecipientTypeType0",
    "DomainDeletedResponse",
    "DomainDeletedResponseData",
    "DomainItemCursorListResponse",
    "DomainItemResponse",
    "DomainVerifyResponse",
    "EmailMetrics",
    "EmailMetricsComparison",
    "EmailMetricsComparisonChangePct",
    "EmailMetricsResponse",
    "EmailMetricsSummary",
    "EmailMetricsTimeseriesItem",
    "FilterRule",
    "FilterRuleType",
    "FilterState",
    "FilterStateMode",
    "FilterStateResponse",
    "GrantedMailbox",
    "GrantedMailboxListResponse",
    "IncomingLogItem",
    "IncomingLogItemCursorListResponse",
    "IncomingLogItemEventType",
    "IncomingLogItemResponse",
    "Mailbox",
    "MailboxAddress",
    "MailboxAppPasswordResult",
    "MailboxAppPasswordResultResponse",
    "MailboxAttachment",
    "MailboxAttachmentUploadIntentBody",
    "MailboxAttachmentUploadIntentResult",
    "MailboxAttachmentUploadIntentResultHeaders",
    "MailboxAttachmentUploadIntentResultMethod",
    "MailboxAttachmentUploadIntentResultResponse",
    "MailboxAttachmentUploadResult",
    "MailboxAttachmentUploadResultResponse",
    "MailboxAvailabilityReason",
    "MailboxAvailabilityResponse",
    "MailboxAvailabilityResult",
    "MailboxBatchDeleteMessagesResult",
    "MailboxBatchDeleteMessagesResultResponse",
    "MailboxBatchGetBody",
    "MailboxBatchGetBodyBodyMode",
    "MailboxBatchGetBodyIncludeAttachments",
    "MailboxBatchGetBodyIncludeHeaders",
    "MailboxBatchGetBodyPart",
    "MailboxBatchGetItem",
    "MailboxBatchGetResult",
    "MailboxBatchGetResultResponse",
    "MailboxBatchGetResultStates",
    "MailboxBatchMessageFailure",
    "MailboxBatchMessageStates",
    "MailboxBatchUpdateMessagesResult",
    "MailboxBatchUpdateMessagesResultResponse",
    "MailboxChanges",
    "MailboxChangesResponse",
    "MailboxContentHeaders",
    "MailboxContentHeadersFullType0Item",
    "MailboxContentHeadersMode",
    "MailboxContentHeadersSelectedType0",
    "MailboxCreateResult",
    "MailboxCreateResultResponse",
    "MailboxCredential",
    "MailboxDeletedResponse",
    "MailboxDeletedResponseData",
    "MailboxDomain",
    "MailboxDomainDnsRecords",
    "MailboxDomainDnsRecordsDmarc",
    "MailboxDomainDnsRecordsSpf",
    "MailboxDomainDnsRecordsVerification",
    "MailboxDomainMailFromRecords",
    "MailboxDomainMode",
    "MailboxDomainMxRecord",
    "MailboxDomainNameValueRecord",
    "MailboxDomainNamedMxRecord",
    "MailboxDomainVerificationStatus",
    "MailboxDomainVerifyChecks",
    "MailboxDomainVerifyResult",
    "MailboxDomainVerifyResultStatus",
    "MailboxFolder",
    "MailboxFolderCursorListResponse",
    "MailboxFolderDeletedResponse",
    "MailboxFolderDeletedResponseData",
    "MailboxFolderQueryChanges",
    "MailboxFolderQueryChangesAddedItem",
    "MailboxFolderQueryChangesResponse",
    "MailboxFolderResponse",
    "MailboxGetThreadContentIncludeAttachments",
    "MailboxGetThreadContentIncludeHeaders",
    "MailboxGetThreadContentPart",
    "MailboxGetThreadContentSort",
    "MailboxIdentity",
    "MailboxIdentityCursorListResponse",
    "MailboxIdentityListMeta",
    "MailboxIdentityResponse",
    "MailboxItemCursorListResponse",
    "MailboxItemResponse",
    "MailboxKeyDeletedResponse",
    "MailboxKeyDeletedResponseData",
    "MailboxListBodyPart",
    "MailboxListContentIncludeAttachments",
    "MailboxListContentIncludeHeaders",
    "MailboxListContentPart",
    "MailboxListMessagesSortBy",
    "MailboxListMessagesSortDirection",
    "MailboxListQuotasResourceType",
    "MailboxListQuotasScope",
    "MailboxListQuotasSortBy",
    "MailboxListQuotasSortDirection",
    "MailboxListSubmissionsSortBy",
    "MailboxListSubmissionsSortDirection",
    "MailboxListSubmissionsUndoStatus",
    "MailboxListThreadMessagesSort",
    "MailboxListThreadsSortDirection",
    "MailboxMe",
    "MailboxMeItemResponse",
    "MailboxMessage",
    "MailboxMessageContent",
    "MailboxMessageContentBody",
    "MailboxMessageContentBodyFormatType0",
    "MailboxMessageContentDates",
    "MailboxMessageContentParticipants",
    "MailboxMessageContentResponse",
    "MailboxMessageContentStates",
    "MailboxMessageCount",
    "MailboxMessageCountResponse",
    "MailboxMessageDeletedResponse",
    "MailboxMessageDeletedResponseData",
    "MailboxMessageDetailResponse",
    "MailboxMessageFlags",
    "MailboxMessageQueryChanges",
    "MailboxMessageQueryChangesAddedItem",
    "MailboxMessageQueryChangesResponse",
    "MailboxMessageSummary",
    "MailboxMessageSummaryCursorListResponse",
    "MailboxQueryMessageChangesSortBy",
    "MailboxQueryMessageChangesSortDirection",
    "MailboxQueryMeta",
    "MailboxQuota",
    "MailboxQuotaCursorListResponse",
    "MailboxRawBody",
    "MailboxRawBodyBody",
    "MailboxRawBodyPart",
    "MailboxRawBodyResponse",
    "MailboxRawBodyStates",
    "MailboxRealtimeEvent",
    "MailboxRealtimeEventEventType",
    "MailboxRealtimeEventMessageIdKindType0",
    "MailboxRealtimeMessageType0Body",
    "MailboxSearchSnippet",
    "MailboxSearchSnippetsResult",
    "MailboxSearchSnippetsResultResponse",
    "MailboxSendResultResponse",
    "MailboxSendScopeType0",
    "MailboxSendScopeType0Type",
    "MailboxSession",
    "MailboxSessionCapabilities",
    "MailboxSessionCapabilitiesAttachments",
    "MailboxSessionCapabilitiesFolders",
    "MailboxSessionCapabilitiesIdentities",
    "MailboxSessionCapabilitiesMessages",
    "MailboxSessionCapabilitiesMessagesUpdateFieldsItem",
    "MailboxSessionCapabilitiesQuotas",
    "MailboxSessionCapabilitiesSubmissions",
    "MailboxSessionCapabilitiesSync",
    "MailboxSessionCapabilitiesSyncQueryChangesItem",
    "MailboxSessionCapabilitiesSyncTypesItem",
    "MailboxSessionCapabilitiesThreads",
    "MailboxSessionEndpoints",
    "MailboxSessionGated",
    "MailboxSessionLimits",
    "MailboxSessionMailbox",
    "MailboxSessionResponse",
    "MailboxSessionStates",
    "MailboxSubmission",
    "MailboxSubmissionCursorListResponse",
    "MailboxSubmissionDeliveryStatus",
    "MailboxSubmissionEnvelopeAddress",
    "MailboxSubmissionEnvelopeAddressParametersType0",
    "MailboxSubmissionEnvelopeType0",
    "MailboxSubmissionResponse",
    "MailboxSyncMeta",
    "MailboxThread",
    "MailboxThreadContentMeta",
    "MailboxThreadContentMetaStates",
    "MailboxThreadContentResponse",
    "MailboxThreadDetailResponse",
    "MailboxThreadMessageSummaryCursorListResponse",
    "MailboxThreadMessagesMeta",
    "MailboxThreadStates",
    "MailboxThreadSummary",
    "MailboxThreadSummaryCursorListResponse",
    "MailboxThreadSummaryStates",
    "MailboxTypedChanges",
    "MailboxTypedChangesResponse",
    "MailboxTypedChangesTypes",
    "MailboxUsage",
    "MailboxUsageResource",
    "MailboxUsageResourceLimitStatus",
    "MailboxUsageResponse",
    "MailboxUsageStates",
    "ManagementCreateDomainBody",
    "ManagementCreateDomainBodyMode",
    "ManagementCreateMailboxBody",
    "ManagementCreateMailboxBodySendScope",
    "ManagementCreateMailboxBodySendScopeType",
    "ManagementCreateMailboxKeyBody",
    "ManagementGetEmailMetricsGranularity",
    "ManagementGetEmailMetricsWindow",
    "ManagementGetSpendSummaryDays",
    "ManagementListDeliveryEventType",
    "ManagementListDeliveryResult",
    "ManagementListEmailLogsStatus",
    "ManagementListInboxLogsEventType",
    "ManagementListMailboxesIncludeDeleted",
    "ManagementListProvidersStatus",
    "ManagementListProvidersType",
    "ManagementListTransactionsType",
    "ManagementTestWebhookResponse200",
    "ManagementUpdateDomainBody",
    "ManagementUpdateDomainBodyMode",
    "PatchMailboxFolderBody",
    "PatchMailboxMessageBody",
    "PatchMailboxMessageBodyKeywords",
    "ProviderAllowedActions",
    "ProviderCreateBody",
    "ProviderCreateBodyQuotas",
    "ProviderCreateBodySmtpProtocol",
    "ProviderDeleted",
    "ProviderDeletedResponse",
    "ProviderItem",
    "ProviderItemCursorListResponse",
    "ProviderItemResponse",
    "ProviderItemStatus",
    "ProviderItemType",
    "ProviderLimits",
    "ProviderLimitsResponse",
    "ProviderListItem",
    "ProviderListItemStatus",
    "ProviderListItemType",
    "ProviderQuotaRange",
    "ProviderQuotas",
    "ProviderStats",
    "ProviderStatsResponse",
    "ProviderStatusCounts",
    "ProviderTestResult",
    "ProviderTestResultResponse",
    "ProviderTypeCounts",
    "ProviderUpdateBody",
    "ProviderUpdateBodyQuotas",
    "ProviderUpdateBodySmtpProtocol",
    "ProviderUsage",
    "ProviderUsageItem",
    "ProviderUsageResponse",
    "ProviderUsageWindowDays",
    "ProviderVariables",
    "ResourceLimitSnapshot",
    "ResponseMeta",
    "SendMailboxMessageBody",
    "SendMailboxMessageBodyAttachmentsItemType0",
    "SendMailboxMessageBodyAttachmentsItemType1",
    "SendMailboxMessageBodyCustomHeaders",
    "SendMailboxMessageBodyFrom",
    "SendMailboxMessageResult",
    "SendMailboxMessageResultStatus",
    "SendingAccountLimitRequest",
    "SendingAccountLimitRequestResponse",
    "SetFilterStateBody",
    "SetFilterStateBodyMode",
    "SharedAmazonSesLimit",
    "SharedAmazonSesLimitRequest",
    "SharedAmazonSesLimitRequestCancel",
    "SharedAmazonSesLimitRequestCancelResponse",
    "SharedAmazonSesLimitRequestCreate",
    "SharedAmazonSesLimitRequestCreateResponse",
    "SharedAmazonSesLimitRequestPage",
    "SharedAmazonSesLimitRequestPageResponse",
    "SharedAmazonSesLimitRequestStatus",
    "SpendSummary",
    "SpendSummaryCurrency",
    "SpendSummaryResponse",
    "SuccessEnvelope",
    "Transaction",
    "TransactionCursorListResponse",
    "TransactionType",
    "UpdateMailboxBody",
    "UpdateMailboxBodySendScope",
    "UpdateMailboxBodySendScopeType",
    "UpdateMailboxIdentityBody",
    "WebhookCreateBody",
    "WebhookCreateBodyEventTypesItem",
    "WebhookCreateBodyFilters",
    "WebhookDeletedResponse",
    "WebhookDeletedResponseData",
    "WebhookDeliveryAttempt",
    "WebhookDeliveryAttemptCursorListResponse",
    "WebhookDeliveryAttemptEventType",
    "WebhookDeliveryAttemptResult",
    "WebhookDeliveryPayload",
    "WebhookDeliveryPayloadEventType",
    "WebhookDeliveryPayloadResponse",
    "WebhookEventData",
    "WebhookEventDataBounceTypeType0",
    "WebhookEventDataMessageIdKindType0",
    "WebhookEventPayload",
    "WebhookEventPayloadType",
    "WebhookFilters",
    "WebhookSubscription",
    "WebhookSubscriptionCursorListResponse",
    "WebhookSubscriptionEventTypesItem",
    "WebhookSubscriptionResponse",
    "WebhookSubscriptionWithSecret",
    "WebhookSubscriptionWithSecretEventTypesItem",
    "WebhookSubscriptionWithSecretResponse",
    "WebhookTestResponse",
    "WebhookUpdateBody",
    "WebhookUpdateBodyEventTypesItem",
    "WebhookUpdateBodyFilters",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # cached: the next access does not come back here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
