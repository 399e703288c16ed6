"""What the feature services share: versioned row editing, compare-and-set, account look-up,
settings reads.
"""
