"""Exporting documents: the export dialog, its options and the PDF preview."""
