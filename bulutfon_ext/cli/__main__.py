"""``python -m bulutfon_ext.cli``."""

from bulutfon_ext.cli import main

main()
