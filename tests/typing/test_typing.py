"""What a user's type checker sees: ``mypy --strict`` on user-style code.

Two files are checked in one mypy run: ``user_code.py`` (written by hand, with
``# E:`` / ``# R:`` markers) and a file generated here from the operation table,
which calls every method of every resource, sync and async, and marks:

- a call with the required arguments and ``timeout=`` / ``extra_headers=`` /
  ``extra_query=``: clean;
- an unknown keyword: an error;
- each body field given an ``object()``: an error;
- ``with_response``: reveals ``APIResponse[T]`` where the plain method gives ``T``
  (``APIResponse[Page[T]]`` for a list whose plain method gives ``Paginator[T]``).

Every marked line must get its error or revealed type, every other line none.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from emit_resources import pascal

from sendmux_ext import AsyncSendmux, Sendmux
from sendmux_ext._operations import OPERATIONS, Operation

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
MARK = re.compile(r"#\s*([ERPW]):\s*(.+?)\s*$")
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):\d+: (?P<kind>error|note): (?P<text>.*)$")


def _target(client: Any, operation: Operation) -> Any:
    for part in operation.resource.split(".") if operation.resource else ():
        client = getattr(client, part)
    return client


def _call_arguments(method: Any, operation: Operation) -> list[str]:
    """The required arguments of a method, as source text (``cast(Any, ...)`` where any
    value of the right type will do)."""
    arguments = ['"id_1"' for _ in operation.path_params]
    for name, parameter in inspect.signature(method).parameters.items():
        required = parameter.default is inspect.Parameter.empty
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and required:
            arguments.append(f"{name}=cast(Any, None)")
    return arguments


def _fields(probe: Sendmux, operation: Operation) -> list[str]:
    if operation.body_model is None:
        return []
    module = sys.modules[type(_target(probe, operation)).__module__]
    fields = getattr(module, pascal(operation.method_path) + "Fields")
    return list(fields.__annotations__)


def generated_code() -> str:
    """Calls of every method of every resource, sync and async, with markers."""
    lines = [
        "from __future__ import annotations",
        "from typing import Any, cast, reveal_type",
        "from sendmux_ext import AsyncSendmux, Sendmux",
        "",
    ]
    probes = {
        "sync": Sendmux(api_key="smx_root_typing"),
        "async": AsyncSendmux(api_key="smx_root_typing"),
    }
    for flavour, probe in probes.items():
        cls = "Sendmux" if flavour == "sync" else "AsyncSendmux"
        prefix = "async " if flavour == "async" else ""
        lines.append(f"{prefix}def calls_{flavour}(client: {cls}) -> None:")
        for operation in OPERATIONS.values():
            where = f"client.{operation.method_path}"
            raw = (
                f"client.{operation.resource}.with_response.{operation.name}"
                if operation.resource
                else f"client.with_response.{operation.name}"
            )
            method = getattr(_target(probe, operation), operation.name)
            required = _call_arguments(method, operation)
            body = ["body=cast(Any, None)"] if operation.body_model is not None else []
            awaits = "await " if flavour == "async" and not operation.paginated else ""
            call = ", ".join([*required, *body])
            options = 'timeout=5, extra_headers={"X-Trace": "1"}, extra_query={"q": "1"}'
            lines.append(f"    {awaits}{where}({call}{', ' if call else ''}{options})")
            unknown = "no_such_keyword=1)  # E: no_such_keyword"
            lines.append(f"    {awaits}{where}({call}{', ' if call else ''}{unknown}")
            for name in _fields(probes["sync"], operation):
                given = ", ".join([*required, f"{name}=object()"])
                lines.append(f'    {awaits}{where}({given})  # E: "object"')
            raw_awaits = "await " if flavour == "async" else ""
            lines.append(f"    reveal_type({awaits}{where}({call}))  # P: {operation.operation_id}")
            lines.append(
                f"    reveal_type({raw_awaits}{raw}({call}))  # W: {operation.operation_id}"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def readme_modules() -> dict[str, str]:
    """The README's python blocks as modules: the quickstart's blocks share one module (they
    run in sequence, as tests/client/test_client_readme.py runs them), every other block
    stands alone."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, _, rest = readme.partition("\n## Quickstart\n")
    quickstart, _, tail = rest.partition("\n## ")
    blocks = re.compile(r"```python\n(.*?)```", flags=re.DOTALL)
    modules = {"readme_quickstart.py": "\n".join(blocks.findall(quickstart))}
    for number, block in enumerate(blocks.findall(head + "\n" + tail), 1):
        modules[f"readme_block_{number}.py"] = block
    return modules


def _markers(path: Path) -> dict[int, tuple[str, str]]:
    found = {}
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = MARK.search(text)
        if match:
            found[number] = (match.group(1), match.group(2))
    return found


@pytest.fixture(scope="module")
def checked(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[Path, dict[int, list[tuple[str, str]]]]:
    folder = tmp_path_factory.mktemp("typing").resolve()
    user = folder / "user_code.py"
    user.write_text((HERE / "user_code.py").read_text(encoding="utf-8"), encoding="utf-8")
    every = folder / "every_method.py"
    every.write_text(generated_code(), encoding="utf-8")
    readme = []
    for name, text in readme_modules().items():
        readme.append(folder / name)
        readme[-1].write_text(text, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)])}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--python-version",
            "3.11",
            "--no-error-summary",
            "--hide-error-context",
            "--show-column-numbers",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "typing-test"),
            str(user),
            str(every),
            *map(str, readme),
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    results: dict[Path, dict[int, list[tuple[str, str]]]] = {user: {}, every: {}}
    results.update({path: {} for path in readme})
    elsewhere = []  # errors in the library itself (a user's mypy would see them too)
    for raw in done.stdout.splitlines():
        match = LINE.match(raw)
        assert match, f"unexpected mypy output: {raw}"
        path = (folder / match["file"]).resolve()
        if path not in results:
            elsewhere.append(raw)
            continue
        results[path].setdefault(int(match["line"]), []).append((match["kind"], match["text"]))
    assert [line for line in elsewhere if ": error:" in line] == []
    return results


def _short(revealed: str) -> str:
    """A revealed type without module paths: ``APIResponse[MailboxDomain]``."""
    return re.sub(r"\b[a-z_][a-z0-9_]*\.(?=[A-Za-z_])", "", revealed)


def _check(path: Path, messages: dict[int, list[tuple[str, str]]]) -> list[str]:
    """Problems: a marked line without its message, an unmarked line with an error."""
    problems = []
    markers = _markers(path)
    for number, (kind, text) in markers.items():
        got = messages.get(number, [])
        if kind == "E" and not any(k == "error" and text in t for k, t in got):
            problems.append(
                f"{path.name}:{number}: expected an error containing {text!r}, got {got}"
            )
        if kind == "R" and not any(
            t.startswith("Revealed type is") and text in _short(t) for _, t in got
        ):
            problems.append(f"{path.name}:{number}: expected revealed {text!r}, got {got}")
    for number, got in messages.items():
        errors = [t for k, t in got if k == "error"]
        if errors and markers.get(number, ("",))[0] != "E":
            problems.append(f"{path.name}:{number}: unexpected error(s) {errors}")
    return problems


def test_user_code_gets_exactly_the_marked_errors_and_types(checked: Any) -> None:
    path = next(p for p in checked if p.name == "user_code.py")
    assert _check(path, checked[path]) == []


def _revealed(got: list[tuple[str, str]]) -> str:
    (text,) = [t for _, t in got if t.startswith("Revealed type is")]
    return text.removeprefix("Revealed type is ").strip('"')


def test_every_method_sync_and_async_is_typed(checked: Any) -> None:
    path = next(p for p in checked if p.name == "every_method.py")
    messages = checked[path]
    problems = _check(path, messages)
    markers = _markers(path)
    plain = {}
    pairs = 0
    for number, (kind, operation_id) in sorted(markers.items()):
        if kind == "P":
            plain[operation_id] = _revealed(messages.get(number, []))
            if "Any" in plain[operation_id]:
                problems.append(f"{operation_id}: returns {plain[operation_id]}")
        elif kind == "W":
            given = plain.pop(operation_id)
            page = re.fullmatch(r"sendmux_ext\._pagination\.(?:Async)?Paginator\[(.+)\]", given)
            inner = f"sendmux_ext._pagination.Page[{page[1]}]" if page else given
            expected = f"sendmux_ext._response.APIResponse[{inner}]"
            got = _revealed(messages.get(number, []))
            pairs += 1
            if got != expected:
                problems.append(f"{operation_id}: with_response gives {got}, expected {expected}")
    assert problems == []
    assert pairs == 2 * len(OPERATIONS)


def test_every_readme_code_block_type_checks_under_strict(checked: Any) -> None:
    readme = {p: m for p, m in checked.items() if p.name.startswith("readme_")}
    assert len(readme) >= 3
    problems = [
        f"{path.name}:{line}: {text}"
        for path, messages in readme.items()
        for line, got in messages.items()
        for kind, text in got
        if kind == "error"
    ]
    assert problems == []
