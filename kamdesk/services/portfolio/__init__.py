"""The portfolio: the account directory, Pareto/ABC analysis, attention lists and the portfolio
report.
"""
