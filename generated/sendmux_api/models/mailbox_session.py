from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mailbox_session_capabilities import MailboxSessionCapabilities
    from ..models.mailbox_session_endpoints import MailboxSessionEndpoints
    from ..models.mailbox_session_gated import MailboxSessionGated
    from ..models.mailbox_session_limits import MailboxSessionLimits
    from ..models.mailbox_session_mailbox import MailboxSessionMailbox
    from ..models.mailbox_session_states import MailboxSessionStates


T = TypeVar("T", bound="MailboxSession")


@_attrs_define
class MailboxSession:
    """
    Attributes:
        capabilities (MailboxSessionCapabilities):
        endpoints (MailboxSessionEndpoints):
        gated (MailboxSessionGated): Flags are true when a feature is intentionally unavailable through the mailbox API.
        limits (MailboxSessionLimits):
        mailbox (MailboxSessionMailbox):
        states (MailboxSessionStates):
    """

    capabilities: MailboxSessionCapabilities
    endpoints: MailboxSessionEndpoints
    gated: MailboxSessionGated
    limits: MailboxSessionLimits
    mailbox: MailboxSessionMailbox
    states: MailboxSessionStates

    def to_dict(self) -> dict[str, Any]:
        if _lazy_imports_pending:
            _import_lazy()
        capabilities = self.capabilities.to_dict()

        endpoints = self.endpoints.to_dict()

        gated = self.gated.to_dict()

        limits = self.limits.to_dict()

        mailbox = self.mailbox.to_dict()

        states = self.states.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "capabilities": capabilities,
                "endpoints": endpoints,
                "gated": gated,
                "limits": limits,
                "mailbox": mailbox,
                "states": states,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_imports_pending:
            _import_lazy()
        capabilities = MailboxSessionCapabilities.from_dict(src_dict["capabilities"])

        endpoints = MailboxSessionEndpoints.from_dict(src_dict["endpoints"])

        gated = MailboxSessionGated.from_dict(src_dict["gated"])

        limits = MailboxSessionLimits.from_dict(src_dict["limits"])

        mailbox = MailboxSessionMailbox.from_dict(src_dict["mailbox"])

        states = MailboxSessionStates.from_dict(src_dict["states"])

        mailbox_session = cls(
            capabilities,
            endpoints,
            gated,
            limits,
            mailbox,
            states,
        )

        return mailbox_session


_lazy_imports_pending = True


def _import_lazy() -> None:
    """Bind the models this module refers to; they may import this module back."""
    global _lazy_imports_pending
    global MailboxSessionCapabilities
    global MailboxSessionEndpoints
    global MailboxSessionGated
    global MailboxSessionLimits
    global MailboxSessionMailbox
    global MailboxSessionStates
    from ..models.mailbox_session_capabilities import MailboxSessionCapabilities
    from ..models.mailbox_session_endpoints import MailboxSessionEndpoints
    from ..models.mailbox_session_gated import MailboxSessionGated
    from ..models.mailbox_session_limits import MailboxSessionLimits
    from ..models.mailbox_session_mailbox import MailboxSessionMailbox
    from ..models.mailbox_session_states import MailboxSessionStates

    _lazy_imports_pending = False
