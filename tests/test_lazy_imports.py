"""The generated package imports lazily (PEP 562) but keeps its public names."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_models_package_exports_every_name_lazily() -> None:
    import sendmux_api.models as models

    assert len(models.__all__) > 300
    assert set(models.__all__) <= set(dir(models))
    from sendmux_api.models import DomainItemResponse
    from sendmux_api.models.domain_item_response import DomainItemResponse as direct

    assert DomainItemResponse is direct
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        from sendmux_api.models import NoSuchModel  # noqa: F401


def test_top_level_package_exports_the_clients() -> None:
    import sendmux_api
    from sendmux_api import AuthenticatedClient, Client
    from sendmux_api.client import AuthenticatedClient as direct

    assert AuthenticatedClient is direct
    assert Client.__name__ == "Client"
    assert {"AuthenticatedClient", "Client"} <= set(dir(sendmux_api))
    with pytest.raises(AttributeError):
        sendmux_api.Nope  # noqa: B018


def test_an_endpoint_module_imports_only_the_models_it_uses() -> None:
    loaded = _fresh(
        "import sys, sendmux_api.api.domains.management_get_domain; "
        "print(sum(m.startswith('sendmux_api.models.') for m in sys.modules))"
    )
    assert 0 < int(loaded) < 20


def test_models_import_without_httpx() -> None:
    loaded = _fresh(
        "import sys, sendmux_api.models.domain_item_response; print('httpx' in sys.modules)"
    )
    assert loaded == "False"


def test_sendmux_ext_does_not_import_the_fake_nor_its_dependencies() -> None:
    loaded = _fresh(
        "import sys, sendmux_ext; "
        "print(sorted(m for m in sys.modules if m.startswith('sendmux_ext.testing') "
        "or m.split('.')[0] in ('jsonschema', 'referencing', 'pytest')))"
    )
    assert loaded == "[]"


def test_the_pytest_plugin_imports_the_fake_only_when_a_fixture_is_used() -> None:
    loaded = _fresh(
        "import sys, sendmux_ext.testing.plugin; "
        "print(sorted(m for m in sys.modules if m in ('sendmux_ext.testing._fake', 'jsonschema')))"
    )
    assert loaded == "[]"
