"""Files that ship with the app: Qt style sheet, translations."""
