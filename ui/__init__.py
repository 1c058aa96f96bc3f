"""Haven's desktop interface (PySide6). Uses `journal`, never the other way round."""
