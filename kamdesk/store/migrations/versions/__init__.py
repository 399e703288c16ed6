"""One module per schema revision; never edit a revision that has been released."""
