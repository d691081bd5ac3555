"""The phase optimization: the integer program, solver adapters and baseline strategies."""
