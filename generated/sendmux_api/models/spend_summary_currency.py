from enum import StrEnum
from typing import ClassVar


class SpendSummaryCurrency(StrEnum):
    USD = "USD"

    # The declared members by value (sendmux templates): from_dict looks values up
    # here, several times faster than calling the class (EnumType.__call__).
    _by_value: ClassVar[dict[str, "SpendSummaryCurrency"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SpendSummaryCurrency | None":
        # Open enum (sendmux templates): a value the spec does not list yet is kept
        # as a member-like instance instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member


SpendSummaryCurrency._by_value = {
    member.value: member for member in SpendSummaryCurrency
}
