"""Reading and writing design files: schema, checks, migrations, atomic saves."""

from orgeditor.io.errors import DesignFileError, Problem
from orgeditor.io.files import dumps, load_design, loads, save_design

__all__ = ["DesignFileError", "Problem", "dumps", "load_design", "loads", "save_design"]
