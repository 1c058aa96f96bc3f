"""Data files shipped with Haven: prompts, demo content, icons, styles, translations."""
