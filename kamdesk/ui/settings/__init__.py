"""Our own side: company settings, team members, offerings and pipeline stages."""
