"""Developer tools run with `python -m app.tools.NAME` (not imported by the app's layers at run time,
except the translation builder that the GUI's first start uses)."""
