"""Pure Python core: enumerations, plain data and the calculations of the KAM method.

Nothing here imports Qt, SQLAlchemy, reportlab or any other kamdesk layer.
"""
