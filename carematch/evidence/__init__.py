"""Evidence that matters: outcome scales, before and after, and sentences anyone can read."""
