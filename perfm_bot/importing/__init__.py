"""The site importer: a workshop's own site (a local Jekyll/Hugo tree, a built folder, or its
published URL) copied into ``knowledge/pages/``, so a new workshop gets its bot from its site.

``site_folder`` reads a local tree, ``crawl`` (with ``fetch`` and ``discover``) reads a published
site, both into a ``Harvest`` (``records``); ``write`` lands a harvest in the pages folder. Nothing
here imports ``discord``: a future Discord-triggered import calls the same functions, with the
private-address check of ``safety`` switched on.
"""
