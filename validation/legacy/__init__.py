"""The engine as it stood before the archive engine (issue 16), frozen for comparison.

``tests/test_golden.py`` runs this and ``validation.engine`` on the same archives and
asserts byte-identical reports and exit codes; ``FACTDESK_ENGINE=legacy factdesk validate``
runs it from the command line. It goes once the archive engine has replaced it everywhere.
"""
