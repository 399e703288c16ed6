"""Tests of kamdesk (mirrors the package)."""
