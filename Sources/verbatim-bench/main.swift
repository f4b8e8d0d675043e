// PLACEHOLDER — replaced by the benchmark (issue 5).
print("verbatim-bench")
