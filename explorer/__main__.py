"""`python -m explorer` is the same as `timeline-explorer`."""

from explorer.cli import main

if __name__ == "__main__":
    main()
