"""Where the account can grow: whitespace cells, business units, opportunities, and the
offerings catalogue and pipeline stages they draw on.
"""
