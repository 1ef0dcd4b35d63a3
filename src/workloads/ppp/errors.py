"""Errors a variant raises for reasons outside its own code."""


class RunFailed(Exception):
    """The run could not finish because something it depends on gave up (a
    wiki API past its retry budget). The message is the whole story: the CLI
    prints it as one line and exits 1, without a traceback."""
