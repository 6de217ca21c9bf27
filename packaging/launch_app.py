"""The bundle's ``orgeditor`` program: the desktop application."""

from orgeditor.ui.app import run

run()
