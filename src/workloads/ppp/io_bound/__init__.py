"""I/O-bound group (Figure 3): look up every candidate title drawn from one
English paragraph in a MediaWiki API, in chunks of titles per request."""
