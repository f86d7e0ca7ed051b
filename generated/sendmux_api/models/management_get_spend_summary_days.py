from enum import StrEnum


class ManagementGetSpendSummaryDays(StrEnum):
    VALUE_0 = "7"
    VALUE_1 = "30"
    VALUE_2 = "90"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ManagementGetSpendSummaryDays | None":
        # Open enum (sendmux templates): a value the spec does not list yet is kept
        # as a member-like instance instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
