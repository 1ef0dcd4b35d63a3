"""ppp: Python ports of the four programs of "Python and Parallel Programming".

Importing this package does nothing heavy: no data is read, nothing is timed,
no process or thread is started.
"""

__version__ = "1.0.0"
