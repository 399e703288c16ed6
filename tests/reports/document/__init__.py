"""Tests of the Word document renderer (kamdesk.reports.document)."""
