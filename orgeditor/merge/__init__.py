"""Merging designs made from one base, and git plumbing for design files (issue 18)."""
