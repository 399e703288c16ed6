"""The account's people: stakeholders, the relationship map and buying centers."""
