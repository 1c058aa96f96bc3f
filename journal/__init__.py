"""Haven's core: the encrypted vault and the record stores. Never imports Qt."""
