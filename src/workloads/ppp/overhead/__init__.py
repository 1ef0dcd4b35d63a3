"""Overhead group (Figures 6, 7): a task of ~0.02 s (extremes of the distances,
then each point's nearest partner), so parallel machinery is pure overhead."""
