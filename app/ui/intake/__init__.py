"""The Annahme area: intake form, item list, workshop dialogs, label printing."""
