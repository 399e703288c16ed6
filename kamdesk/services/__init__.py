"""Use cases: each public call is one unit of work and returns plain domain data."""
