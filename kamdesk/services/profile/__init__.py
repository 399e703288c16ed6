"""Who the account is: profile, details (competitors, needs, SWOT, team) and interaction
history.
"""
