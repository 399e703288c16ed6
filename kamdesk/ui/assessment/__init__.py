"""The account's scorecard and recommended tier."""
