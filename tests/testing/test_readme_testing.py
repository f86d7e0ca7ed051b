"""The README's "Testing your code" example is a test file that passes as written.

It is copied out of the README into an empty folder and run by pytest in a new
process, as a user would: the fixtures come from the installed plugin (entry
point ``pytest11``), not from this repository's conftest files.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def readme_example(root: Path) -> str:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Testing your code\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert len(blocks) == 1, "the section has one complete test file"
    return str(blocks[0])


def test_the_example_shows_what_the_section_promises(root: Path) -> None:
    example = readme_example(root)
    for needle in ("seed_", "sendmux_fake.requests", "fail_next(", "status=503", "verify(",
                   "sendmux_client", "async_sendmux_client", "async for"):  # fmt: skip
        assert needle in example, needle


def test_the_readme_example_passes_sync_and_async(root: Path, tmp_path: Path) -> None:
    example = readme_example(root)
    (tmp_path / "test_from_readme.py").write_text(example, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-o", "asyncio_default_fixture_loop_scope=function", "test_from_readme.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    tests = len(re.findall(r"^(?:async )?def test_", example, flags=re.MULTILINE))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{tests} passed" in done.stdout, done.stdout
    assert "async def test_" in example and re.search(r"^def test_", example, re.MULTILINE)
