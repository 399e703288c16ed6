"""The account's scorecard."""
