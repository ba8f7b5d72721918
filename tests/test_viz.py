"""The --explain pictures: layout, determinism, and that the numbers are right."""

from __future__ import annotations

import importlib
import re
import sys

import pytest

np = pytest.importorskip("numpy")

from init_lint import viz  # noqa: E402

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LAYER_ROW = re.compile(r"^L(\d+)\s")


def _std_ratios(acts):
    """std(layer l+1) / std(layer l) for every consecutive pair."""
    stds = [a.std() for a in acts]
    return [b / a for a, b in zip(stds, stds[1:])]


# --------------------------------------------------------------------------
# The scenario table


def test_every_rule_code_has_a_scenario_with_known_activations():
    expected = {"INI001", "INI002", "INI003", "INI004", "INI005", "INI006", "INI101", "INI102", "INI103"}
    assert set(viz.SCENARIOS) == expected
    shown = set()
    for scn in viz.SCENARIOS.values():
        assert scn.panels, scn.code
        for panel in scn.panels:
            assert panel.activation in viz.ACTIVATIONS
            shown.add(panel.activation)
    # RULES.md: the docs show tanh, sigmoid and ReLU histograms.
    assert shown == {"tanh", "sigmoid", "relu"}


@pytest.mark.parametrize("code", sorted(viz.SCENARIOS))
def test_captions_format_from_the_simulation(code):
    for act in viz.SCENARIOS[code].activations:
        caption = viz.compare(code, act, batch=100).caption
        assert "{" not in caption and "nan" not in caption, caption
        assert re.search(r"\d", caption), caption


def test_inits_return_weight_matrices_of_the_requested_shape():
    rng = np.random.default_rng(0)
    for scn in viz.SCENARIOS.values():
        for init in [scn.bad] + [p.fixed for p in scn.panels]:
            w = init.sample(30, 20, rng)
            assert w.shape == (30, 20), init.label


def test_simulate_is_deterministic_and_shaped():
    a = viz.simulate("INI003", "tanh", layers=4, width=50, batch=30, seed=3)
    b = viz.simulate("INI003", "tanh", layers=4, width=50, batch=30, seed=3)
    assert len(a) == 4 and all(x.shape == (30, 50) for x in a)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))


def test_bad_and_fixed_share_the_input_batch():
    # Layer 1 of zeros vs He differs only through W: same seed, same x.
    bad = viz.simulate("INI101", "relu", layers=1, width=64, batch=32, variant="bad")
    fixed = viz.simulate("INI101", "relu", layers=1, width=64, batch=32, variant="fixed")
    # Xavier and He on square layers differ by exactly sqrt(2) in scale, and ReLU
    # is positively homogeneous, so the outputs must be exactly proportional.
    np.testing.assert_allclose(fixed[0], bad[0] * np.sqrt(2), rtol=1e-5, atol=1e-6)


# --------------------------------------------------------------------------
# The numbers behind RULES.md "Why"


def test_xavier_under_relu_shrinks_by_0_71_per_layer():
    acts = viz.simulate("INI101", "relu", variant="bad")
    for ratio in _std_ratios(acts):
        assert 0.65 <= ratio <= 0.77
    # He keeps the scale: within 10% per layer.
    for ratio in _std_ratios(viz.simulate("INI101", "relu", variant="fixed")):
        assert 0.9 <= ratio <= 1.1


def test_std_001_at_fan_in_500_shrinks_by_0_22_per_layer_under_tanh():
    acts = viz.simulate("INI003", "tanh", variant="bad")
    # sqrt(500) * 0.01 = 0.2236; tanh is linear at these scales.
    for ratio in _std_ratios(acts)[1:]:
        assert 0.21 <= ratio <= 0.235
    assert 1e-7 < acts[-1].std() < 1e-6  # RULES.md: "10 layers: ~3e-7"


def test_std_1_weights_saturate_tanh_by_layer_3():
    acts = viz.simulate("INI004", "tanh", variant="bad")
    assert (np.abs(acts[2]) > 0.95).mean() > 0.5


def test_std_1_weights_grow_relu_by_about_16_per_layer():
    # sqrt(500 / 2): the x22 of RULES.md is the linear factor, ReLU halves the variance.
    acts = viz.simulate("INI004", "relu", variant="bad")
    for ratio in _std_ratios(acts)[1:]:
        assert 14 <= ratio <= 18


def test_zeros_make_every_unit_identical():
    cmp = viz.compare("INI001", "sigmoid", batch=50)
    assert cmp.bad_summary.identical_units
    assert not cmp.fixed_summary.identical_units
    assert all(np.all(a == 0.5) for a in cmp.bad)


def test_constant_weights_make_every_unit_identical():
    assert viz.compare("INI002", "tanh", batch=50).bad_summary.identical_units


def test_zeros_under_relu_block_every_gradient():
    summary = viz.compare("INI001", "relu", batch=50).bad_summary
    assert summary.extreme_pct == (1.0,) * 10
    assert all(g == 0 for g in summary.grad[:-1])


# --------------------------------------------------------------------------
# The picture


@pytest.fixture(scope="module")
def ini003_picture():
    return viz.picture("INI003")


def test_picture_is_deterministic(ini003_picture):
    assert viz.picture("INI003") == ini003_picture


@pytest.mark.parametrize("width", [60, 78, 100])
def test_picture_fits_the_width(width):
    text = viz.picture("INI101", width=width)
    assert max(len(line) for line in text.splitlines()) <= width


def test_picture_has_ten_layer_rows_per_activation(ini003_picture):
    rows = [m.group(1) for m in map(LAYER_ROW.match, ini003_picture.splitlines()) if m]
    assert rows == [str(i) for i in range(1, 11)] * 2  # tanh block, then ReLU block


def test_picture_names_the_inits_and_the_activation(ini003_picture):
    first_block = ini003_picture.split("\n\n")[0]
    assert "INI003" in first_block
    assert "N(0, 0.01²)" in first_block and "Xavier" in first_block
    assert "tanh" in first_block


def test_picture_shows_the_collapse_numerically(ini003_picture):
    row10 = next(line for line in ini003_picture.splitlines() if line.startswith("L10"))
    bad, fixed = row10.split("│")
    assert re.search(r"\de-07", bad)
    assert re.search(r"0\.2\d", fixed)


def test_picture_has_no_ansi_unless_asked():
    assert "\x1b[" not in viz.picture("INI102")
    colored = viz.picture("INI102", color=True)
    assert "\x1b[31m" in colored
    assert max(len(ANSI.sub("", line)) for line in colored.splitlines()) <= 78


def test_picture_one_activation():
    text = viz.picture("INI004", activations=["relu"])
    assert len([line for line in text.splitlines() if LAYER_ROW.match(line)]) == 10
    assert "relu" in text and "tanh" not in text


def test_unknown_code_is_a_value_error_not_a_key_error():
    with pytest.raises(ValueError, match="INI999"):
        viz.picture("INI999")
    with pytest.raises(ValueError, match="pictures exist for"):
        viz.get_scenario("nonsense")


def test_unknown_activation_is_a_value_error():
    with pytest.raises(ValueError, match="shown under"):
        viz.simulate("INI101", "tanh")


def test_too_narrow_is_a_value_error():
    with pytest.raises(ValueError, match="columns"):
        viz.picture("INI001", width=30)


def test_viz_unavailable_without_numpy(monkeypatch):
    monkeypatch.setitem(sys.modules, "numpy", None)  # makes `import numpy` raise ImportError
    fresh = importlib.reload(viz)  # the module itself must import without numpy
    try:
        assert "INI003" in fresh.SCENARIOS
        with pytest.raises(fresh.VizUnavailable) as info:
            fresh.picture("INI003")
        assert 'pip install "init-lint[viz]"' in str(info.value)
        assert isinstance(info.value, RuntimeError)
    finally:
        monkeypatch.undo()
        importlib.reload(viz)


def test_viz_unavailable_default_message():
    assert str(viz.VizUnavailable()).endswith('pip install "init-lint[viz]"')
