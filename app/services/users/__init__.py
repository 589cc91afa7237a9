"""Users, PINs, login and creating a till with its first admin."""
