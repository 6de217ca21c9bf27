"""The chart canvas: scene (a projection of the model), view, items and presenter."""
