"""One module per section of the account plan; each exposes ``build(ctx) -> flowables``."""
