"""Untrusted URL parameters to valid view states and back (above the transforms, below the pages)."""
