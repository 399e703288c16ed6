"""Our own side: the company settings and the team members."""
