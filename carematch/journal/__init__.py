"""The private journal: goals, experiments, check-ins, adaptations, marks and tags."""
