"""Where the account can grow: the whitespace matrix and opportunities."""
