"""The bundle's ``orgeditor-cli`` program: the headless commands."""

from orgeditor.cli import run

run()
