"""`make bench`: client overhead of each competitor against a local server, as ratios.

Starts bench/server.py in its own process (pinned to one core and this process
to the other, where the machine has two), runs every scenario for every
competitor in bench/competitors.py that imports, prints one table per scenario
and the performance targets, and writes all of it as JSON under bench/results/.
CPU is this (client) process's time.process_time, so the server's is not in
it. Times are medians of several repetitions.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import payloads
from competitors import COMPETITORS, Competitor

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CLIENT_CPU, SERVER_CPU = 0, 1
BASELINE = "raw-httpx"
Results = dict[str, dict[str, Any]]  # competitor name -> what a scenario measured


@dataclass(frozen=True)
class Settings:
    reps: int = 5  # repetitions of each timed loop (the median is reported)
    calls: int = 2000  # sequential calls per repetition (single GET, 304)
    flat_items: int = 100_000  # items iterated for the flat-memory check
    total: int = 200  # concurrency: GETs per repetition ...
    in_flight: int = 50  # ... with this many in flight
    import_runs: int = 7  # fresh interpreters per import measurement


QUICK = Settings(reps=2, calls=200, flat_items=10_000, total=100, in_flight=20, import_runs=2)

_ids = itertools.count()


def fresh_ids(count: int) -> list[str]:
    """Domain ids never requested before (so that no client cache can answer)."""
    return [f"mdom_clbench{next(_ids):019d}" for _ in range(count)]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# --- the server process -------------------------------------------------------------


class Server:
    def __init__(self, pin: bool) -> None:
        command = [sys.executable, str(HERE / "server.py")]
        if pin:
            command += ["--cpu", str(SERVER_CPU)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        port = self.process.stdout.readline().strip()
        if not port.isdigit():
            self.stop()
            raise RuntimeError("bench server did not start")
        self.url = f"http://127.0.0.1:{port}"
        self.control_client = httpx.Client(base_url=self.url)

    def control(self, path: str) -> Any:
        return self.control_client.get(path).json()

    def stats(self) -> dict[str, int]:
        """Responses by status since the last call."""
        counts: dict[str, int] = self.control("/_bench/stats")
        return counts

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@contextmanager
def running_server(pin: bool) -> Iterator[Server]:
    server = Server(pin)
    try:
        yield server
    finally:
        server.control_client.close()
        server.stop()


# --- scenarios: one function each ----------------------------------------------------
#
# A scenario measures all competitors in turns (A, B, C, A, B, C, ...), so that a
# burst of load on the machine falls on all of them rather than on one.


class Clients:
    """The clients of one scenario: made once, measured in turns, closed at the end.

    A competitor that raises is dropped from the scenario and its error reported.
    """

    def __init__(self, competitors: list[Competitor], make: Callable[[Competitor], Any]) -> None:
        self.clients: dict[str, Any] = {}
        self.errors: dict[str, str] = {}
        for competitor in competitors:
            made = self._try(competitor.name, lambda c=competitor: make(c))
            if competitor.name not in self.errors:
                self.clients[competitor.name] = made

    def _try(self, name: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except Exception as exc:  # report it and go on with the others
            print(f"note: {name} failed: {exc!r}", file=sys.stderr)
            self.errors[name] = repr(exc)
            self.clients.pop(name, None)
            return None

    def each(self, fn: Callable[[Any], Any]) -> None:
        for name, client in list(self.clients.items()):
            self._try(name, lambda client=client: fn(client))

    def turns(self, reps: int, fn: Callable[[Any], Any]) -> dict[str, list[Any]]:
        samples: dict[str, list[Any]] = {name: [] for name in self.clients}
        for _ in range(reps):
            for name, client in list(self.clients.items()):
                found = self._try(name, lambda client=client: fn(client))
                if name in self.clients:
                    samples[name].append(found)
        return {name: found for name, found in samples.items() if name in self.clients}

    def results(self, summaries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {**summaries, **{name: {"error": error} for name, error in self.errors.items()}}

    def close(self) -> None:
        for name, client in list(self.clients.items()):
            self._try(name, client.close)


@contextmanager
def sync_clients(competitors: list[Competitor], server: Server) -> Iterator[Clients]:
    with_sync = [c for c in competitors if c.sync is not None]
    clients = Clients(with_sync, lambda c: c.sync(server.url))
    try:
        yield clients
    finally:
        clients.close()


def cpu_time(fn: Callable[[], object]) -> tuple[float, float]:
    """(client CPU seconds, wall seconds) of one call of fn."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def single_get(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """Sequential GETs of domains never fetched before: client CPU per call."""
    with sync_clients(competitors, server) as clients:
        clients.each(lambda c: [c.get(i) for i in fresh_ids(50)])

        def run(client: Any) -> tuple[float, dict[str, int]]:
            ids = fresh_ids(s.calls)
            server.stats()
            cpu, _wall = cpu_time(lambda: [client.get(i) for i in ids])
            return cpu / s.calls * 1e6, server.stats()

        samples = clients.turns(s.reps, run)
        return clients.results(
            {
                name: {
                    "cpu_us_per_call": median([us for us, _ in runs]),
                    "samples": [us for us, _ in runs],
                    "responses": _sum_counts(runs),
                }
                for name, runs in samples.items()
            }
        )


def revalidation(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """Conditional GETs of one domain fetched before (the server answers 304)."""
    with sync_clients(competitors, server) as clients:
        (public_id,) = fresh_ids(1)
        clients.each(lambda c: c.prime(public_id))
        clients.each(lambda c: [c.revalidate(public_id) for _ in range(50)])

        def run(client: Any) -> tuple[float, dict[str, int]]:
            server.stats()
            cpu, _wall = cpu_time(lambda: [client.revalidate(public_id) for _ in range(s.calls)])
            return cpu / s.calls * 1e6, server.stats()

        samples = clients.turns(s.reps, run)
        summaries = {}
        for name, runs in samples.items():
            responses = _sum_counts(runs)
            summaries[name] = {
                "cpu_us_per_call": median([us for us, _ in runs]),
                "samples": [us for us, _ in runs],
                "responses": responses,
                "share_304": responses.get("304", 0) / max(1, sum(responses.values())),
            }
        return clients.results(summaries)


def _sum_counts(runs: list[tuple[float, dict[str, int]]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for _, counts in runs:
        for status, count in counts.items():
            total[status] = total.get(status, 0) + count
    return total


def count_items(client: Any) -> int:
    return sum(1 for _ in client.items())


def pagination(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """Iterate every item of the 50 x 100 cursor list: client CPU and wall time."""
    expected = payloads.PAGES * payloads.PAGE_SIZE

    def check(client: Any) -> None:
        if (seen := count_items(client)) != expected:
            raise RuntimeError(f"iterated {seen} items, expected {expected}")

    with sync_clients(competitors, server) as clients:
        clients.each(check)
        samples = clients.turns(s.reps, lambda c: cpu_time(lambda: count_items(c)))
        return clients.results(
            {
                name: {
                    "items": expected,
                    "cpu_ms": median([cpu * 1e3 for cpu, _ in runs]),
                    "wall_ms": median([wall * 1e3 for _, wall in runs]),
                    "samples": [cpu * 1e3 for cpu, _ in runs],
                }
                for name, runs in samples.items()
            }
        )


def traced_peak(client: Any) -> tuple[int, int]:
    """(items iterated, peak bytes traced by tracemalloc while iterating)."""
    gc.collect()
    tracemalloc.start()
    try:
        items = count_items(client)
        return items, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def memory(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """Peak traced memory iterating the standard list, then flat_items / 10 and flat_items items.

    httpx responses sit in reference cycles until the garbage collector runs, so
    a few pages of garbage come and go: "flat" compares the two long runs, whose
    item counts differ tenfold, rather than the short one.
    """
    sizes = {"peak": payloads.PAGES, "mid": s.flat_items // 10, "long": s.flat_items}
    peaks: dict[str, dict[str, list[tuple[int, int]]]] = {}
    with sync_clients(competitors, server) as clients:
        clients.each(count_items)  # warm: lazy imports, connections
        for label, size in sizes.items():
            pages = size if label == "peak" else max(1, size // payloads.PAGE_SIZE)
            server.control(f"/_bench/pages/{pages}")
            try:
                peaks[label] = clients.turns(1, traced_peak)
            finally:
                server.control(f"/_bench/pages/{payloads.PAGES}")
        summaries = {}
        for name in peaks["long"]:
            found = {label: peaks[label][name][0] for label in sizes}
            summaries[name] = {
                **{f"{label}_items": items for label, (items, _) in found.items()},
                **{f"{label}_kib": peak / 1024 for label, (_, peak) in found.items()},
                "growth": found["long"][1] / found["mid"][1],
            }
        return clients.results(summaries)


def concurrency(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """`total` GETs with `in_flight` at a time: each sync client on a thread pool, and async."""
    results: Results = {}
    with sync_clients(competitors, server) as clients, ThreadPoolExecutor(s.in_flight) as pool:
        clients.each(lambda c: list(pool.map(c.get, fresh_ids(s.in_flight * 2))))

        def run(client: Any) -> tuple[float, float]:
            ids = fresh_ids(s.total)
            return cpu_time(lambda: list(pool.map(client.get, ids)))

        samples = clients.turns(s.reps, run)
        for name, runs in samples.items():
            results[name] = {"threads": _throughput(runs, s.total)}
        for name, error in clients.errors.items():
            results[name] = {"threads": {"error": error}}
    with_async = [c for c in competitors if c.async_ is not None]
    for name, found in asyncio.run(_async_concurrency(with_async, server, s)).items():
        results.setdefault(name, {})["async"] = found
    return results


async def _async_concurrency(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    clients: dict[str, Any] = {}
    errors: dict[str, str] = {}
    runs: dict[str, list[tuple[float, float]]] = {}

    async def batch(client: Any, ids: list[str]) -> None:
        gate = asyncio.Semaphore(s.in_flight)

        async def one(public_id: str) -> None:
            async with gate:
                await client.get(public_id)

        await asyncio.gather(*(one(i) for i in ids))

    async def attempt(name: str, work: Any) -> None:
        try:
            await work
        except Exception as exc:
            print(f"note: {name} (async) failed: {exc!r}", file=sys.stderr)
            errors[name] = repr(exc)
            clients.pop(name, None)

    for competitor in competitors:
        assert competitor.async_ is not None
        client = competitor.async_(server.url)
        clients[competitor.name] = client
        await attempt(competitor.name, client.start())
        if competitor.name in clients:
            await attempt(competitor.name, batch(client, fresh_ids(s.in_flight * 2)))
    for _ in range(s.reps):
        for name, client in list(clients.items()):
            ids = fresh_ids(s.total)
            gc.collect()
            cpu, wall = time.process_time(), time.perf_counter()
            await attempt(name, batch(client, ids))
            runs.setdefault(name, []).append(
                (time.process_time() - cpu, time.perf_counter() - wall)
            )
    for name, client in list(clients.items()):
        await attempt(name, client.aclose())
    return {
        **{name: _throughput(found, s.total) for name, found in runs.items() if name in clients},
        **{name: {"error": error} for name, error in errors.items()},
    }


def _throughput(runs: list[tuple[float, float]], total: int) -> dict[str, float]:
    wall = median([w for _, w in runs])
    return {
        "wall_ms": wall * 1e3,
        "cpu_ms": median([c for c, _ in runs]) * 1e3,
        "req_per_s": total / wall,
        "cpu_us_per_request": median([c for c, _ in runs]) * 1e6 / total,
    }


IMPORT_PROBE = """\
import time
_start = time.perf_counter()
{imports}
_elapsed = time.perf_counter() - _start
import json
print(json.dumps([_elapsed * 1e3, _rss_mib()]))
"""
RSS_PROBE = """\
def _rss_mib():
    try:
        with open("/proc/self/statm") as statm:
            import os
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return None
"""


def fresh_imports(programs: dict[str, str], runs: int) -> Results:
    """Median import time (ms) and RSS after import (MiB), in fresh interpreters, in turns."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples: dict[str, list[list[float]]] = {label: [] for label in programs}
    errors: dict[str, str] = {}
    for turn in range(runs + 1):  # turn 0 only writes the byte-code caches
        for label, imports in programs.items():
            if label in errors:
                continue
            code = RSS_PROBE + IMPORT_PROBE.format(imports=imports)
            done = subprocess.run(  # -P: the working folder must not shadow what is installed
                [sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env
            )
            if done.returncode != 0:
                errors[label] = done.stderr.strip().splitlines()[-1]
            elif turn:
                samples[label].append(json.loads(done.stdout))
    return {
        **{
            label: {
                "ms": median([ms for ms, _ in found]),
                "rss_mib": median([rss for _, rss in found if rss is not None] or [0.0]),
                "samples_ms": [ms for ms, _ in found],
            }
            for label, found in samples.items()
            if label not in errors
        },
        **{label: {"error": error} for label, error in errors.items()},
    }


def imports(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """What a program using each client imports; plus a few references."""
    found = fresh_imports(
        {**{c.name: c.imports for c in competitors}, **REFERENCE_IMPORTS}, s.import_runs
    )
    return found


def parse(competitors: list[Competitor], server: Server, s: Settings) -> Results:
    """Decode the 50 list pages from bytes (no HTTP): CPU ms per 100-item page."""
    parsers = Clients([c for c in competitors if c.parse_page], lambda c: c.parse_page)
    parsers.each(lambda parse_page: parse_page(PAGE_BODIES[0]))
    samples = parsers.turns(
        s.reps, lambda parse_page: cpu_time(lambda: [parse_page(b) for b in PAGE_BODIES])[0]
    )
    return parsers.results(
        {
            name: {
                "cpu_ms_per_page": median([cpu * 1e3 / len(PAGE_BODIES) for cpu in runs]),
                "samples": [cpu * 1e3 / len(PAGE_BODIES) for cpu in runs],
            }
            for name, runs in samples.items()
        }
    )


PAGE_BODIES: list[bytes] = []
SCENARIOS: dict[str, Callable[[list[Competitor], Server, Settings], Results]] = {
    "single_get": single_get,
    "revalidation": revalidation,
    "pagination": pagination,
    "memory": memory,
    "concurrency": concurrency,
    "imports": imports,
    "parse": parse,
}
REFERENCE_IMPORTS = {
    "(python, bare)": "pass",
    "(httpx alone)": "import httpx",
    "(httpx + one endpoint)": "import httpx\nimport sendmux_api.api.domains.management_get_domain",
}


# --- report -------------------------------------------------------------------------


def table(title: str, header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return ""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )

    rule = "-" * len(line(header))
    return "\n".join([title, rule, line(header), rule, *map(line, rows), ""])


class Report:
    """Reads one run's results: values by path, formatted, and ratios between them."""

    def __init__(self, results: dict[str, Any]) -> None:
        self.results = results
        self.names = [c["name"] for c in results["competitors"] if not c.get("skipped")]

    def names_in(self, *scenarios: str) -> list[str]:
        found = [self.results["scenarios"].get(scenario, {}) for scenario in scenarios]
        return [name for name in self.names if any(name in each for each in found)]

    def get(self, scenario: str, name: str, *keys: str) -> Any:
        node = self.results["scenarios"].get(scenario, {}).get(name)
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    def show(self, scenario: str, name: str, *keys: str, fmt: str = "{:.1f}") -> str:
        found = self.get(scenario, name, *keys)
        if isinstance(found, int | float):
            return fmt.format(found)
        failed = self.get(scenario, name, "error") or self.get(scenario, name, keys[0], "error")
        return "error" if failed else "-"

    @staticmethod
    def ratio(value: Any, base: Any) -> str:
        ok = isinstance(value, int | float) and isinstance(base, int | float) and base
        return f"{value / base:.2f}x" if ok else "-"

    def vs(self, scenario: str, name: str, other: str, *keys: str) -> str:
        return self.ratio(self.get(scenario, name, *keys), self.get(scenario, other, *keys))


def report(results: dict[str, Any], s: Settings) -> str:
    r = Report(results)
    tables = []

    rows = []
    for n in r.names_in("single_get"):
        statuses = json.dumps(r.get("single_get", n, "responses") or {})
        rows.append(
            [
                n,
                r.show("single_get", n, "cpu_us_per_call"),
                r.vs("single_get", n, BASELINE, "cpu_us_per_call"),
                r.vs("single_get", n, "sendmux_api", "cpu_us_per_call"),
                statuses,
            ]
        )
    tables.append(
        table(
            f"single GET /domains/{{id}}: client CPU per call, {s.calls} sequential calls",
            ["competitor", "us/call", "x raw", "x sendmux_api", "statuses"],
            rows,
        )
    )

    rows = []
    for n in r.names_in("revalidation"):
        own_get = r.ratio(
            r.get("revalidation", n, "cpu_us_per_call"), r.get("single_get", n, "cpu_us_per_call")
        )
        rows.append(
            [
                n,
                r.show("revalidation", n, "cpu_us_per_call"),
                r.vs("revalidation", n, BASELINE, "cpu_us_per_call"),
                own_get,
                r.show("revalidation", n, "share_304", fmt="{:.0%}"),
            ]
        )
    tables.append(
        table(
            f"304 revalidation (If-None-Match): client CPU per call, {s.calls} calls",
            ["competitor", "us/call", "x raw", "x own GET", "304 share"],
            rows,
        )
    )

    rows = []
    for n in r.names_in("pagination", "memory"):
        rows.append(
            [
                n,
                r.show("pagination", n, "cpu_ms"),
                r.vs("pagination", n, BASELINE, "cpu_ms"),
                r.show("pagination", n, "wall_ms"),
                r.show("memory", n, "peak_kib", fmt="{:.0f}"),
                r.show("memory", n, "mid_kib", fmt="{:.0f}"),
                r.show("memory", n, "long_kib", fmt="{:.0f}"),
                r.show("memory", n, "growth", fmt="{:.2f}x"),
            ]
        )
    tables.append(
        table(
            f"pagination: iterate {payloads.PAGES} pages x {payloads.PAGE_SIZE} items; "
            f"peak traced memory (KiB) for them and for longer lists; growth: last / previous",
            [
                "competitor",
                "CPU ms",
                "x raw",
                "wall ms",
                "peak KiB",
                f"@{s.flat_items // 10} items",
                f"@{s.flat_items} items",
                "growth",
            ],
            rows,
        )
    )

    rows = [
        [
            n,
            r.show("parse", n, "cpu_ms_per_page", fmt="{:.3f}"),
            r.vs("parse", n, BASELINE, "cpu_ms_per_page"),
        ]
        for n in r.names
        if r.get("parse", n) is not None
    ]
    tables.append(
        table(
            f"parse: decode one {payloads.PAGE_SIZE}-item list page from bytes, no HTTP",
            ["competitor", "CPU ms/page", "x raw"],
            rows,
        )
    )

    rows = []
    official = r.get("concurrency", "official-sdk", "threads", "req_per_s")
    for n in r.names_in("concurrency"):
        for mode in ("threads", "async"):
            if r.get("concurrency", n, mode) is None:
                continue
            rows.append(
                [
                    n,
                    mode,
                    r.show("concurrency", n, mode, "wall_ms"),
                    r.show("concurrency", n, mode, "req_per_s", fmt="{:.0f}"),
                    r.show("concurrency", n, mode, "cpu_ms"),
                    r.show("concurrency", n, mode, "cpu_us_per_request", fmt="{:.0f}"),
                    r.ratio(r.get("concurrency", n, mode, "req_per_s"), official),
                ]
            )
    tables.append(
        table(
            f"concurrency: {s.total} GETs, {s.in_flight} in flight (threads: a sync client on "
            f"{s.in_flight} threads)",
            ["competitor", "mode", "wall ms", "req/s", "CPU ms", "CPU us/req", "x official"],
            rows,
        )
    )

    rows = [
        [
            n,
            r.show("imports", n, "ms"),
            r.vs("imports", n, BASELINE, "ms"),
            r.show("imports", n, "rss_mib"),
        ]
        for n in [*r.names, *REFERENCE_IMPORTS]
        if r.get("imports", n) is not None
    ]
    tables.append(
        table(
            f"import in a fresh interpreter (median of {s.import_runs}), RSS after import",
            ["what", "ms", "x raw", "RSS MiB"],
            rows,
        )
    )

    tables.append(targets(r))
    header = f"medians of {s.reps} repetitions, competitors measured in turns; x = ratio"
    return header + "\n\n" + "\n".join(t for t in tables if t)


# (label, competitor, scenario, keys, limit, higher is better); a limit is a number
# or (scenario, competitor, keys, factor): that competitor's value in this run x factor.
TARGETS: list[tuple[str, str, str, tuple[str, ...], Any, bool]] = [
    (
        "single GET CPU <= 0.75x raw httpx",
        "sendmux_ext",
        "single_get",
        ("cpu_us_per_call",),
        ("single_get", BASELINE, ("cpu_us_per_call",), 0.75),
        False,
    ),
    (
        "single GET CPU <= official SDK",
        "sendmux_ext",
        "single_get",
        ("cpu_us_per_call",),
        ("single_get", "official-sdk", ("cpu_us_per_call",), 1.0),
        False,
    ),
    (
        "304 CPU <= 0.70x raw httpx",
        "sendmux_ext",
        "revalidation",
        ("cpu_us_per_call",),
        ("revalidation", BASELINE, ("cpu_us_per_call",), 0.70),
        False,
    ),
    (
        "list 50x100 CPU <= 1.6x raw httpx",
        "sendmux_ext",
        "pagination",
        ("cpu_ms",),
        ("pagination", BASELINE, ("cpu_ms",), 1.6),
        False,
    ),
    (
        "import <= 1.25x raw httpx's import",
        "sendmux_ext",
        "imports",
        ("ms",),
        ("imports", BASELINE, ("ms",), 1.25),
        False,
    ),
    (
        "async (aiohttp engine) req/s >= 1.3x official on threads",
        "sendmux_ext-aiohttp",
        "concurrency",
        ("async", "req_per_s"),
        ("concurrency", "official-sdk", ("threads", "req_per_s"), 1.3),
        True,
    ),
    (
        "async (aiohttp engine) req/s >= 1.5x official on threads (stretch)",
        "sendmux_ext-aiohttp",
        "concurrency",
        ("async", "req_per_s"),
        ("concurrency", "official-sdk", ("threads", "req_per_s"), 1.5),
        True,
    ),
    (
        "memory flat (10x the items: peak <= 1.25x)",
        "sendmux_ext",
        "memory",
        ("growth",),
        1.25,
        False,
    ),
]


def targets(r: Report) -> str:
    """The performance targets, each judged on this run's figures."""
    rows = []
    for label, name, scenario, keys, limit_spec, higher_is_better in TARGETS:
        if name not in r.names:
            rows.append([name, label, "(not run)", "", ""])
            continue
        got = r.get(scenario, name, *keys)
        if isinstance(limit_spec, tuple):
            limit_scenario, other, limit_keys, factor = limit_spec
            base = r.get(limit_scenario, other, *limit_keys)
            limit = base * factor if isinstance(base, int | float) else None
        else:
            limit = limit_spec
        verdict = "-"
        if scenario == "memory" and (r.get(scenario, name, "mid_items") or 0) < 10_000:
            verdict = "(lists too short to judge)"
        elif isinstance(got, int | float) and limit is not None:
            met = got >= limit if higher_is_better else got <= limit
            verdict = "ok" if met else "MISSED"
        rows.append([name, label, _fmt(got), _fmt(limit), verdict])
    return table("targets", ["client", "target", "measured", "limit", ""], rows)


def _fmt(value: Any) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "-"


# --- main ---------------------------------------------------------------------------


def pin_client() -> bool:
    if not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2:
        return False
    os.sched_setaffinity(0, {CLIENT_CPU})
    return True


def settings(args: argparse.Namespace) -> Settings:
    chosen = asdict(QUICK if args.quick else Settings())
    for key in ("reps", "calls", "flat_items"):
        if getattr(args, key) is not None:
            chosen[key] = getattr(args, key)
    return Settings(**chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--reps", type=int, help="repetitions per measurement")
    parser.add_argument("--calls", type=int, help="sequential calls per repetition")
    parser.add_argument("--flat-items", type=int, help="items iterated for the memory check")
    parser.add_argument("--only", help="comma-separated competitor names")
    parser.add_argument("--scenarios", help=f"comma-separated, from: {', '.join(SCENARIOS)}")
    parser.add_argument("--output", type=Path, help="JSON file (default: bench/results/...)")
    args = parser.parse_args(argv)
    s = settings(args)
    wanted = set(args.only.split(",")) if args.only else None
    scenarios = args.scenarios.split(",") if args.scenarios else list(SCENARIOS)

    pinned = pin_client()
    PAGE_BODIES[:] = payloads.domain_list_bodies(payloads.load_spec())
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "pinned": {"client": CLIENT_CPU, "server": SERVER_CPU} if pinned else None,
            "settings": asdict(s),
        },
        "competitors": [],
        "scenarios": {},
    }
    competitors = []
    for competitor in COMPETITORS:
        if wanted is not None and competitor.name not in wanted:
            continue
        entry = {"name": competitor.name, "about": competitor.about}
        missing = competitor.missing()
        if missing:
            print(f"note: skipping {competitor.name}: {missing}")
            entry["skipped"] = missing
        else:
            competitors.append(competitor)
        results["competitors"].append(entry)

    with running_server(pinned) as server:
        for scenario in scenarios:
            print(f"... {scenario}", file=sys.stderr, flush=True)
            results["scenarios"][scenario] = SCENARIOS[scenario](competitors, server, s)

    results["table"] = report(results, s)
    print(results["table"])
    output = args.output or RESULTS / f"bench-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {os.path.relpath(output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
