"""Errors shared by every layer."""


class InputError(Exception):
    """Bad usage or bad input. The message is one line naming the file or value and the
    problem; the command line prints it on stderr and exits with code 2."""
