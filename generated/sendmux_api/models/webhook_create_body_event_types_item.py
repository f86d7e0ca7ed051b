from enum import StrEnum
from typing import ClassVar


class WebhookCreateBodyEventTypesItem(StrEnum):
    MESSAGE_BOUNCED = "message.bounced"
    MESSAGE_COMPLAINED = "message.complained"
    MESSAGE_DELIVERED = "message.delivered"
    MESSAGE_DELIVERY_DELAYED = "message.delivery_delayed"
    MESSAGE_RECEIVED = "message.received"
    MESSAGE_RECEIVED_SPAM = "message.received.spam"
    MESSAGE_REJECTED = "message.rejected"
    SENDMUX_TEST = "sendmux.test"

    # The declared members by value (sendmux templates): from_dict looks values up
    # here, several times faster than calling the class (EnumType.__call__).
    _by_value: ClassVar[dict[str, "WebhookCreateBodyEventTypesItem"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookCreateBodyEventTypesItem | None":
        # Open enum (sendmux templates): a value the spec does not list yet is kept
        # as a member-like instance instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


WebhookCreateBodyEventTypesItem._by_value = {
    member.value: member for member in WebhookCreateBodyEventTypesItem
}
