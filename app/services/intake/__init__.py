"""Taking in donated goods: intake, the item lifecycle, item codes and the item list."""
