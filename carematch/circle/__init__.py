"""The circle of support: supporters add to a person's journal by passing files, with consent."""
