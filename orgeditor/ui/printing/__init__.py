"""Printing and export: the same layout and scene as the screen, drawn on paper or into files."""
