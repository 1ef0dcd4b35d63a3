"""CPU-bound group (Figure 1): remove repeated (origin, destination) rows and
give each reversed pair its partner's distance, with an O(N^2) double loop."""
