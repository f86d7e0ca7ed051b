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
        capabilities = _MailboxSessionCapabilities_from_dict(src_dict["capabilities"])

        endpoints = _MailboxSessionEndpoints_from_dict(src_dict["endpoints"])

        gated = _MailboxSessionGated_from_dict(src_dict["gated"])

        limits = _MailboxSessionLimits_from_dict(src_dict["limits"])

        mailbox = _MailboxSessionMailbox_from_dict(src_dict["mailbox"])

        states = _MailboxSessionStates_from_dict(src_dict["states"])

        if cls is MailboxSession:
            _self = _new(cls)
            _self.capabilities = capabilities
            _self.endpoints = endpoints
            _self.gated = gated
            _self.limits = limits
            _self.mailbox = mailbox
            _self.states = states
        else:
            _self = cls(
                capabilities,
                endpoints,
                gated,
                limits,
                mailbox,
                states,
            )

        return _self


_new = object.__new__
if TYPE_CHECKING:  # bound by _import_lazy
    _MailboxSessionCapabilities_from_dict = MailboxSessionCapabilities.from_dict
    _MailboxSessionEndpoints_from_dict = MailboxSessionEndpoints.from_dict
    _MailboxSessionGated_from_dict = MailboxSessionGated.from_dict
    _MailboxSessionLimits_from_dict = MailboxSessionLimits.from_dict
    _MailboxSessionMailbox_from_dict = MailboxSessionMailbox.from_dict
    _MailboxSessionStates_from_dict = MailboxSessionStates.from_dict


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
    global _MailboxSessionCapabilities_from_dict
    global _MailboxSessionEndpoints_from_dict
    global _MailboxSessionGated_from_dict
    global _MailboxSessionLimits_from_dict
    global _MailboxSessionMailbox_from_dict
    global _MailboxSessionStates_from_dict
    from ..models.mailbox_session_capabilities import MailboxSessionCapabilities
    from ..models.mailbox_session_endpoints import MailboxSessionEndpoints
    from ..models.mailbox_session_gated import MailboxSessionGated
    from ..models.mailbox_session_limits import MailboxSessionLimits
    from ..models.mailbox_session_mailbox import MailboxSessionMailbox
    from ..models.mailbox_session_states import MailboxSessionStates

    _MailboxSessionCapabilities_from_dict = MailboxSessionCapabilities.from_dict
    _MailboxSessionEndpoints_from_dict = MailboxSessionEndpoints.from_dict
    _MailboxSessionGated_from_dict = MailboxSessionGated.from_dict
    _MailboxSessionLimits_from_dict = MailboxSessionLimits.from_dict
    _MailboxSessionMailbox_from_dict = MailboxSessionMailbox.from_dict
    _MailboxSessionStates_from_dict = MailboxSessionStates.from_dict

    _lazy_imports_pending = False
