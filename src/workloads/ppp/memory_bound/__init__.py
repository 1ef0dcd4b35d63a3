"""Memory-bound group (Figures 4, 5): the textbook triple-loop product of two
square int64 matrices, element by element."""
