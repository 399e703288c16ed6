"""The account's people: stakeholders, informal links, buying centers and the relationship map."""
