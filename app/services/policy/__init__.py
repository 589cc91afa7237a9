"""Store-wide settings (store policy), synced to every till: definitions, reading, changing."""
