"""PDF rendering with reportlab: plain plan data in, PDF bytes out."""
