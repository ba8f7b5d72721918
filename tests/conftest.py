"""The fast test loop: `python3 -m pytest -m "not slow"` (under a minute on 2 cores); .ci/run runs everything.

`slow` (registered in pyproject.toml) marks fuzzing, corpus and differential runs, and tests that start a
process per case (the CLI or flake8 as subprocesses, the helper process, pre-commit's virtualenv). A test can
say `@pytest.mark.slow` itself; the tables below mark the existing ones from one place, by module or by test
function name, so the marking does not have to touch every test file.
"""

from __future__ import annotations

import pytest

SLOW_MODULES = {
    "test_fuzz.py",  # hypothesis and hypothesmith fuzzing
    "test_determinism.py",  # the CLI as subprocesses, per order, job count and hash seed
    "test_precommit.py",  # pre-commit builds a virtualenv
    "test_helper.py",  # the flake8 helper process
}
SLOW_TESTS = {
    # a CLI or flake8 subprocess per bad input
    "test_bad_input.py": {
        "test_cli_reports_the_bad_input_and_goes_on",
        "test_cli_exit_code_for_the_bad_input_alone",
        "test_cli_fix_goes_past_the_bad_input",
        "test_cli_directory_walk_goes_past_the_bad_input",
        "test_cli_stdin_with_bad_input",
        "test_flake8_does_not_crash_on_the_bad_input",
        "test_flake8_directory_walk_goes_past_the_bad_input",
        "test_flake8_stdin_with_bad_input",
    },
    # the differential runs over real code and its mutations
    "test_speed.py": {
        "test_fast_path_equals_full_analysis",
        "test_fast_path_equals_full_analysis_on_mutated_files",
        "test_fast_path_equals_full_analysis_on_corpus_sample",
    },
    # flake8 as a subprocess over every fixture
    "test_fixtures.py": {"test_flake8_plugin_matches_engine"},
    # activation simulations (NumPy) behind the pictures
    "test_viz.py": {
        "test_captions_format_from_the_simulation",
        "test_picture_has_no_ansi_unless_asked",
        "test_picture_is_deterministic",
        "test_picture_fits_the_width",
        "test_picture_one_activation",
    },
}


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    for item in items:
        module = item.path.name
        function = getattr(item, "originalname", None) or item.name.split("[")[0]
        if module in SLOW_MODULES or function in SLOW_TESTS.get(module, ()):
            item.add_marker(pytest.mark.slow)
