"""Price labels: what each shows, layouts as data, EAN-13 geometry and the PDF."""
