"""CareMatch: assistive technology ideas that fit your goals, and a private journal."""

__version__ = "0.1.0"
APP_NAME = "CareMatch"
