"""What is made of a person's name: the initials shown on the map and in the plan."""

from __future__ import annotations


def initials(name: str) -> str:
    """Two-letter initials of a person's name: first and last word ("Dr." is skipped)."""
    words = [w for w in name.replace("-", " ").split() if not w.endswith(".")]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()
