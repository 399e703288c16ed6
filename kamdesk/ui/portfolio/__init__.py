"""The portfolio: the account sidebar and the dashboard."""
