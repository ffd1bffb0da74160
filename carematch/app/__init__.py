"""The application layer: every workflow a person can start, written once, with no Qt.

The desktop app (carematch.gui) and the command line (carematch.cli) only adapt these to their
way of asking and telling; neither runs a workflow of its own.
"""
