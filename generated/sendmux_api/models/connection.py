from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.connection_credential import ConnectionCredential
    from ..models.connection_mailboxes_item import ConnectionMailboxesItem
    from ..models.connection_team import ConnectionTeam


T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        credential (ConnectionCredential):
        label (str): Display label for this connection.
        mailboxes (list[ConnectionMailboxesItem]):
        permissions (list[str]):
        team (ConnectionTeam):
    """

    credential: ConnectionCredential
    label: str
    mailboxes: list[ConnectionMailboxesItem]
    permissions: list[str]
    team: ConnectionTeam

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        credential = self.credential.to_dict()

        label = self.label

        mailboxes = []
        for mailboxes_item_data in self.mailboxes:
            mailboxes_item = mailboxes_item_data.to_dict()
            mailboxes.append(mailboxes_item)

        permissions = self.permissions

        team = self.team.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
                "label": label,
                "mailboxes": mailboxes,
                "permissions": permissions,
                "team": team,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        credential = _ConnectionCredential_from_dict(src_dict["credential"])

        label = src_dict["label"]
        if not (type(label) is str):
            raise TypeError(
                f'field "label": expected string, got {type(label).__name__}'
            )

        mailboxes = []
        _mailboxes = src_dict["mailboxes"]
        for mailboxes_item_data in _mailboxes:
            mailboxes_item = _ConnectionMailboxesItem_from_dict(mailboxes_item_data)

            mailboxes.append(mailboxes_item)

        permissions = cast(list[str], src_dict["permissions"])

        team = _ConnectionTeam_from_dict(src_dict["team"])

        if cls is Connection:
            _self = _new(cls)
            _self.credential = credential
            _self.label = label
            _self.mailboxes = mailboxes
            _self.permissions = permissions
            _self.team = team
        else:
            _self = cls(
                credential,
                label,
                mailboxes,
                permissions,
                team,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _ConnectionCredential_from_dict = ConnectionCredential.from_dict
    _ConnectionMailboxesItem_from_dict = ConnectionMailboxesItem.from_dict
    _ConnectionTeam_from_dict = ConnectionTeam.from_dict


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global ConnectionCredential
    global ConnectionMailboxesItem
    global ConnectionTeam
    global _ConnectionCredential_from_dict
    global _ConnectionMailboxesItem_from_dict
    global _ConnectionTeam_from_dict
    from ..models.connection_credential import ConnectionCredential
    from ..models.connection_mailboxes_item import ConnectionMailboxesItem
    from ..models.connection_team import ConnectionTeam

    _ConnectionCredential_from_dict = ConnectionCredential.from_dict
    _ConnectionMailboxesItem_from_dict = ConnectionMailboxesItem.from_dict
    _ConnectionTeam_from_dict = ConnectionTeam.from_dict

    _lazy_imports_pending = False
