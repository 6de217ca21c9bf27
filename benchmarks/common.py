"""What the benchmark scripts share: timing, the machine's description, writing results."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """The median wall time of ``action`` in milliseconds, after one warm-up run."""
    action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def machine() -> str:
    """CPU model, cores, Python and platform."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    pinned = " (pinned to one)" if len(os.sched_getaffinity(0)) == 1 else ""
    return (
        f"{model}, {os.cpu_count()} cores{pinned}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def publish(title: str, setting: str, rows: list[str], record: bool) -> None:
    """Print a dated section with the machine and the command; append it to RESULTS.md."""
    command = f"python benchmarks/{Path(sys.argv[0]).name} " + " ".join(sys.argv[1:])
    text = (
        f"## {title}, {date.today().isoformat()}\n\n{machine()}\n\n"
        f"Command: `{command.strip()}` ({setting})\n\n" + "\n".join(rows) + "\n"
    )
    print(text)
    if record:
        if not RESULTS.exists():
            RESULTS.write_text(
                "# Benchmark results\n\nNewest last. Each section names the "
                "machine, the date and the command that produced it.\n\n"
            )
        with RESULTS.open("a") as stream:
            stream.write(text + "\n")
