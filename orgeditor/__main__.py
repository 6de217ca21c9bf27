"""``python -m orgeditor [FILE]`` opens the desktop application."""

from orgeditor.ui.app import run

if __name__ == "__main__":
    run()
