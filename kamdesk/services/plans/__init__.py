"""The assembled account plan: its sections, and the review snapshot that starts a review."""
