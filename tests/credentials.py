"""What a credential looks like in text: the one pattern every leak check searches for."""

from __future__ import annotations

import re

# A key or agent token, a bearer value, a webhook signing secret.
CREDENTIAL = re.compile(r"smx_(?:root|mbx|agent)_[A-Za-z0-9]|Bearer [^\s\[]|whsec_[A-Za-z0-9]")


def credential_free(text: str) -> bool:
    """For hypothesis' ``filter``: hypothesis also draws this project's own string
    literals (an API key, ``"Bearer "``), and a body echoing one is not our leak."""
    return CREDENTIAL.search(text) is None
