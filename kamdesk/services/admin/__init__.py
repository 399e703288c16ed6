"""Looking after the data as a whole: the demo portfolio and database maintenance."""
