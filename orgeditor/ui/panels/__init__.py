"""Dock panels: findings, costs, scenarios, inspector."""
