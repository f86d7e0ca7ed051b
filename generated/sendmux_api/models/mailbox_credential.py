from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

T = TypeVar("T", bound="MailboxCredential")


def _masked(value: object) -> str:
    """repr() of a secret field: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'[redacted]'"


@_attrs_define
class MailboxCredential:
    """
    Attributes:
        imap_port (int): IMAP retrieval port Example: 993.
        key_prefix (str):
        key_suffix (str):
        public_id (str): Credential public ID Example: smx_clxxxxxxxxxxxxxxxxxxxxxxxxx.
        secret (str): Mailbox credential — shown exactly once. Use as a Bearer token on the HTTP API and as the password
            for IMAP retrieval and SMTP submission.
        server (str): Mailbox server name Example: mail.sendmux.ai.
        smtp_port (int): SMTP submission port Example: 587.
        username (str): Mailbox email address used as the login
    """

    imap_port: int
    key_prefix: str
    key_suffix: str
    public_id: str
    secret: str = _attrs_field(repr=_masked)
    server: str
    smtp_port: int
    username: str

    def to_dict(self) -> dict[str, Any]:
        imap_port = self.imap_port

        key_prefix = self.key_prefix

        key_suffix = self.key_suffix

        public_id = self.public_id

        secret = self.secret

        server = self.server

        smtp_port = self.smtp_port

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "imap_port": imap_port,
                "key_prefix": key_prefix,
                "key_suffix": key_suffix,
                "public_id": public_id,
                "secret": secret,
                "server": server,
                "smtp_port": smtp_port,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        imap_port = src_dict["imap_port"]
        if not (type(imap_port) is int):
            raise TypeError(
                f'field "imap_port": expected integer, got {type(imap_port).__name__}'
            )

        key_prefix = src_dict["key_prefix"]
        if not (type(key_prefix) is str):
            raise TypeError(
                f'field "key_prefix": expected string, got {type(key_prefix).__name__}'
            )

        key_suffix = src_dict["key_suffix"]
        if not (type(key_suffix) is str):
            raise TypeError(
                f'field "key_suffix": expected string, got {type(key_suffix).__name__}'
            )

        public_id = src_dict["public_id"]
        if not (type(public_id) is str):
            raise TypeError(
                f'field "public_id": expected string, got {type(public_id).__name__}'
            )

        secret = src_dict["secret"]
        if not (type(secret) is str):
            raise TypeError(
                f'field "secret": expected string, got {type(secret).__name__}'
            )

        server = src_dict["server"]
        if not (type(server) is str):
            raise TypeError(
                f'field "server": expected string, got {type(server).__name__}'
            )

        smtp_port = src_dict["smtp_port"]
        if not (type(smtp_port) is int):
            raise TypeError(
                f'field "smtp_port": expected integer, got {type(smtp_port).__name__}'
            )

        username = src_dict["username"]
        if not (type(username) is str):
            raise TypeError(
                f'field "username": expected string, got {type(username).__name__}'
            )

        if cls is MailboxCredential:
            _self = _new(cls)
            _self.imap_port = imap_port
            _self.key_prefix = key_prefix
            _self.key_suffix = key_suffix
            _self.public_id = public_id
            _self.secret = secret
            _self.server = server
            _self.smtp_port = smtp_port
            _self.username = username
        else:
            _self = cls(
                imap_port,
                key_prefix,
                key_suffix,
                public_id,
                secret,
                server,
                smtp_port,
                username,
            )

        return _self


_new = object.__new__
