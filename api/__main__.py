"""``python -m geokg_api``: the `kg` command (:mod:`geokg_api.cli`)."""

from .cli import main

main()
