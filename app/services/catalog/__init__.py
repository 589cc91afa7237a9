"""Categories with their defaults, VAT treatments and age markdowns."""
