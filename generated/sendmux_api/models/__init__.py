"""Contains all the data models used in inputs/outputs"""

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
from .delivery_log_item_cursor_list_response import DeliveryLogItemCursorListResponse
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
from .incoming_log_item_cursor_list_response import IncomingLogItemCursorListResponse
from .incoming_log_item_event_type import IncomingLogItemEventType
from .incoming_log_item_response import IncomingLogItemResponse
from .mailbox import Mailbox
from .mailbox_address import MailboxAddress
from .mailbox_app_password_result import MailboxAppPasswordResult
from .mailbox_app_password_result_response import MailboxAppPasswordResultResponse
from .mailbox_attachment import MailboxAttachment
from .mailbox_attachment_upload_intent_body import MailboxAttachmentUploadIntentBody
from .mailbox_attachment_upload_intent_result import MailboxAttachmentUploadIntentResult
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
from .mailbox_batch_get_body_include_headers import MailboxBatchGetBodyIncludeHeaders
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
from .mailbox_content_headers_full_type_0_item import MailboxContentHeadersFullType0Item
from .mailbox_content_headers_mode import MailboxContentHeadersMode
from .mailbox_content_headers_selected_type_0 import MailboxContentHeadersSelectedType0
from .mailbox_create_result import MailboxCreateResult
from .mailbox_create_result_response import MailboxCreateResultResponse
from .mailbox_credential import MailboxCredential
from .mailbox_deleted_response import MailboxDeletedResponse
from .mailbox_deleted_response_data import MailboxDeletedResponseData
from .mailbox_domain import MailboxDomain
from .mailbox_domain_dns_records import MailboxDomainDnsRecords
from .mailbox_domain_dns_records_dmarc import MailboxDomainDnsRecordsDmarc
from .mailbox_domain_dns_records_spf import MailboxDomainDnsRecordsSpf
from .mailbox_domain_dns_records_verification import MailboxDomainDnsRecordsVerification
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
from .mailbox_folder_query_changes_added_item import MailboxFolderQueryChangesAddedItem
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
from .mailbox_list_submissions_sort_direction import MailboxListSubmissionsSortDirection
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
from .mailbox_message_query_changes_response import MailboxMessageQueryChangesResponse
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
from .mailbox_search_snippets_result_response import MailboxSearchSnippetsResultResponse
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
from .mailbox_session_capabilities_messages import MailboxSessionCapabilitiesMessages
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
from .mailbox_submission_cursor_list_response import MailboxSubmissionCursorListResponse
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
from .sending_account_limit_request_response import SendingAccountLimitRequestResponse
from .set_filter_state_body import SetFilterStateBody
from .set_filter_state_body_mode import SetFilterStateBodyMode
from .shared_amazon_ses_limit import SharedAmazonSesLimit
from .shared_amazon_ses_limit_request import SharedAmazonSesLimitRequest
from .shared_amazon_ses_limit_request_cancel import SharedAmazonSesLimitRequestCancel
from .shared_amazon_ses_limit_request_cancel_response import (
    SharedAmazonSesLimitRequestCancelResponse,
)
from .shared_amazon_ses_limit_request_create import SharedAmazonSesLimitRequestCreate
from .shared_amazon_ses_limit_request_create_response import (
    SharedAmazonSesLimitRequestCreateResponse,
)
from .shared_amazon_ses_limit_request_page import SharedAmazonSesLimitRequestPage
from .shared_amazon_ses_limit_request_page_response import (
    SharedAmazonSesLimitRequestPageResponse,
)
from .shared_amazon_ses_limit_request_status import SharedAmazonSesLimitRequestStatus
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
