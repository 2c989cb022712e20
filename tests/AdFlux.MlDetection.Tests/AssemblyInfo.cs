// Inference is CPU-bound and the CI machine has two cores shared with other suites: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
