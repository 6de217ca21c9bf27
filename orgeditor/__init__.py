"""orgeditor: a desktop editor for organisation designs.

The core packages (``model``, ``io``, ``reports`` and the ones that follow) are
pure Python and never import Qt; ``orgeditor.ui`` is the only package that does.
"""

__version__ = "0.1.0"
