"""The name and size cap of the metadata file (kept light: the registry lists vaults without
pydantic)."""

META_FILE = "vault.json"
MAX_META_BYTES = 64 * 1024  # vault.json holds a name and two wrapped keys: far less than this
