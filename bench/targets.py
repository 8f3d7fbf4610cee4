"""The targets the benchmark reports against (README, "Performance"); never asserted in tests."""

TARGETS = {
    "validate_10000_seconds": 20.0,
    "validate_10000_peak_mb": 2048.0,
    "frictionless_ratio": 10.0,
    "extract_mb_per_s": 2.0,
    "dashboard_ratio": 1 / 1.3,  # ours may take at most 1.3× the bare app's time
    "page_switch_seconds": 0.150,
}
