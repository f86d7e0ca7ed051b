from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProviderTypeCounts")


@_attrs_define
class ProviderTypeCounts:
    """
    Attributes:
        amazon_ses (float): Number of shared Amazon SES accounts Example: 1.
        gmail_api (float): Number of Gmail API accounts Example: 4.
        outlook_api (float): Number of Outlook API accounts Example: 2.
        smtp (float): Number of SMTP accounts Example: 6.
    """

    amazon_ses: float
    gmail_api: float
    outlook_api: float
    smtp: float

    def to_dict(self) -> dict[str, Any]:
        amazon_ses = self.amazon_ses

        gmail_api = self.gmail_api

        outlook_api = self.outlook_api

        smtp = self.smtp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amazon_ses": amazon_ses,
                "gmail_api": gmail_api,
                "outlook_api": outlook_api,
                "smtp": smtp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        amazon_ses = src_dict["amazon_ses"]
        if not (
            (type(amazon_ses) is float or type(amazon_ses) is int)
            and -1.8e308 < amazon_ses < 1.8e308
        ):
            raise TypeError(
                f'field "amazon_ses": expected number, got {type(amazon_ses).__name__}'
            )

        gmail_api = src_dict["gmail_api"]
        if not (
            (type(gmail_api) is float or type(gmail_api) is int)
            and -1.8e308 < gmail_api < 1.8e308
        ):
            raise TypeError(
                f'field "gmail_api": expected number, got {type(gmail_api).__name__}'
            )

        outlook_api = src_dict["outlook_api"]
        if not (
            (type(outlook_api) is float or type(outlook_api) is int)
            and -1.8e308 < outlook_api < 1.8e308
        ):
            raise TypeError(
                f'field "outlook_api": expected number, got {type(outlook_api).__name__}'
            )

        smtp = src_dict["smtp"]
        if not (
            (type(smtp) is float or type(smtp) is int) and -1.8e308 < smtp < 1.8e308
        ):
            raise TypeError(f'field "smtp": expected number, got {type(smtp).__name__}')

        if cls is ProviderTypeCounts:
            _self = _new(cls)
            _self.amazon_ses = amazon_ses
            _self.gmail_api = gmail_api
            _self.outlook_api = outlook_api
            _self.smtp = smtp
        else:
            _self = cls(
                amazon_ses,
                gmail_api,
                outlook_api,
                smtp,
            )

        return _self


_new = object.__new__
