"""What worked for others: contributions randomised on the person's own computer (local
differential privacy), pooled by a community group with no raw data."""
