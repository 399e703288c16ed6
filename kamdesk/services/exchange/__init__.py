"""Bringing data in and taking it out: spreadsheet and vCard import, the Excel workbook,
and the portable dump of the whole database."""
