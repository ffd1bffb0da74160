"""The name of the metadata file (kept light: the registry lists vaults without pydantic)."""

META_FILE = "vault.json"
