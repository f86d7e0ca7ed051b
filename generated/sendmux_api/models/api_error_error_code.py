from enum import StrEnum
from typing import ClassVar


class ApiErrorErrorCode(StrEnum):
    AUTHENTICATION_REQUIRED = "authentication_required"
    CONFLICT = "conflict"
    IDEMPOTENCY_CONFLICT = "idempotency_conflict"
    INSUFFICIENT_PERMISSIONS = "insufficient_permissions"
    INTERNAL_ERROR = "internal_error"
    INVALID_PARAMETER = "invalid_parameter"
    LIMIT_EXCEEDED = "limit_exceeded"
    MISSING_PARAMETER = "missing_parameter"
    NOT_FOUND = "not_found"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVICE_UNAVAILABLE = "service_unavailable"
    VALIDATION_ERROR = "validation_error"

    # The declared members by value (sendmux templates): from_dict looks values up
    # here, several times faster than calling the class (EnumType.__call__).
    _by_value: ClassVar[dict[str, "ApiErrorErrorCode"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApiErrorErrorCode | None":
        # Open enum (sendmux templates): a value the spec does not list yet is kept
        # as a member-like instance instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


ApiErrorErrorCode._by_value = {member.value: member for member in ApiErrorErrorCode}
