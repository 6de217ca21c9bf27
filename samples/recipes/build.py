"""Write the bundled samples from their recipes: ``python samples/recipes/build.py``.

A test rebuilds them and compares bytes, so the files and the recipes stay in step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import city  # noqa: E402
import ministries  # noqa: E402
import un_2017  # noqa: E402

from orgeditor.io import dumps  # noqa: E402

SAMPLES = {
    "un-peace-security-2017.orgdesign": un_2017.build,
    "ministries-merger.orgdesign": ministries.build,
    "city-development-services.orgdesign": city.build,
}


def main() -> None:
    for name, build in SAMPLES.items():
        target = HERE.parent / name
        target.write_bytes(dumps(build()))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
