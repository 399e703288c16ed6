"""Who the account is: profile, competitors, needs and SWOT, our team, the history of
interactions.
"""
