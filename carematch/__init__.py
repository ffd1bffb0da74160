"""CareMatch: assistive technology ideas that fit your goals, and a private journal."""

__version__ = "0.1.0"
APP_NAME = "CareMatch"
APP_ID = "io.github.carematch.CareMatch"  # desktop file, AppStream and macOS bundle id
