"""The catalogue's community: my own entries, packs passed between people, trusted publishers."""
