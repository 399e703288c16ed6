"""Bringing data in and taking it out in the app: the import wizard and the workbook export."""
