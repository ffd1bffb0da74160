"""Reports to share: accessible HTML, PDF and CSV, holding only what was picked."""
