"""Shared fixtures. Qt runs offscreen: the platform is set before any QApplication exists."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the locale's language (orgeditor.i18n): tests read English unless they ask
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
UN_SAMPLE = SAMPLES / "un-peace-security-2017.orgdesign"
MINISTRIES_SAMPLE = SAMPLES / "ministries-merger.orgdesign"
CITY_SAMPLE = SAMPLES / "city-development-services.orgdesign"


@pytest.fixture
def un_sample() -> Path:
    return UN_SAMPLE


@pytest.fixture
def ministries_sample() -> Path:
    return MINISTRIES_SAMPLE


# Property tests that do not set their own count run this many examples in the normal run;
# the long run: pytest tests/core/test_load_fuzz.py --hypothesis-profile=fuzz
settings.register_profile("quick", max_examples=80)
settings.register_profile("fuzz", max_examples=20_000)
settings.load_profile("quick")
