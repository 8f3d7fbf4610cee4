"""The targets the benchmark reports against (issue 16, README "Performance"); never asserted
in tests."""

TARGETS = {
    "validate_10000_seconds": 15.0,  # cold, wall, on 2 cores (stretch: 10)
    "validate_10000_peak_mb": 1536.0,
    "validate_2000_seconds": 3.0,
    "warm_10000_seconds": 2.0,  # an unchanged archive, re-validated from the cache
    "warm_2000_seconds": 1.0,
    "export_1000_seconds": 20.0,
    "frictionless_ratio": 50.0,
    "extract_mb_per_s": 4.0,  # the whole `factdesk extract` command, wall (issue 14)
    "dashboard_ratio": 1 / 1.3,  # ours may take at most 1.3× the bare app's time
    "page_switch_seconds": 0.150,
    "figures_warm_seconds": 2.5,  # /figures opened directly on a warm server, to its first chart
}
