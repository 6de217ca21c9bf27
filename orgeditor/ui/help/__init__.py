"""Help: the keyboard shortcuts (generated from the window's actions) and the user guide."""
