"""Files made from the data: plan and brief PDFs, the portfolio report, maps, calendars."""
