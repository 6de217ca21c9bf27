"""Design > Settings…: the design's reference data and rule parameters, edited undoably."""

from orgeditor.ui.design_settings.dialog import DesignSettingsDialog

__all__ = ["DesignSettingsDialog"]
