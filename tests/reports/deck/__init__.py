"""Tests of the slide deck renderer (kamdesk.reports.deck)."""
