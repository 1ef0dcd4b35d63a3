"""The 20 % trimmed mean with Yuen's standard error, on the log scale, as Statistics/TrimmedMeanInterval computes it:
the mean of the middle 60 % (g = floor(0.2 n) cut from each end), and s_w sqrt(n) / (n - 2g) from the winsorized
standard deviation s_w. Shared by the experiments that replay or measure the decide stage's balanced rounds."""

import math

TRIM = 0.2
FEWEST_TO_CUT = 7  # TrimmedMeanInterval.FewestToCut: below it nothing is cut


def trimmed(logs, fewest_to_cut=FEWEST_TO_CUT):
    """(trimmed mean, Yuen's standard error, rounds kept); below `fewest_to_cut` observations nothing is cut."""
    ordered = sorted(logs)
    n = len(ordered)
    g = int(TRIM * n) if n >= fewest_to_cut else 0
    kept = ordered[g:n - g]
    centre = sum(kept) / len(kept)
    winsorized = [min(max(x, ordered[g]), ordered[n - g - 1]) for x in ordered]
    mean = sum(winsorized) / n
    sw = math.sqrt(sum((x - mean) ** 2 for x in winsorized) / (n - 1))
    return centre, sw * math.sqrt(n) / len(kept), len(kept)
