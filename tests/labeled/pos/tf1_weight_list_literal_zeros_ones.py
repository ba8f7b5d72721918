"""Course notebook comparing initialisations: per-layer weight lists built as literals and trained by a
helper; all zeros never break symmetry in the hidden layers, all ones make every unit identical. U(-0.01, 0.01)
has std 0.0058: under a tenth of He at fan-in 256 (0.0088), not at 784 (0.0050): the shapes named at module level
give the fan-ins (RULES: known fan-in decides)."""

import tensorflow as tf
import helper

layer_1_weight_shape = (784, 256)
layer_2_weight_shape = (256, 128)
layer_3_weight_shape = (128, 10)

all_zero_weights = [
    tf.Variable(tf.zeros(layer_1_weight_shape)),  # expect: INI001
    tf.Variable(tf.zeros(layer_2_weight_shape)),  # expect: INI001
    tf.Variable(tf.zeros(layer_3_weight_shape)),
]

all_one_weights = [
    tf.Variable(tf.ones(layer_1_weight_shape)),  # expect: INI002
    tf.Variable(tf.ones(layer_2_weight_shape)),  # expect: INI002
    tf.Variable(tf.ones(layer_3_weight_shape)),  # expect: INI002
]

small_uniform_weights = [
    tf.Variable(tf.random_uniform(layer_1_weight_shape, -0.01, 0.01)),  # (fan-in 784: std 0.0058, not under He/10)
    tf.Variable(tf.random_uniform(layer_2_weight_shape, -0.01, 0.01)),  # expect: INI003
    tf.Variable(tf.random_uniform(layer_3_weight_shape, -0.01, 0.01)),
]

helper.compare_init_weights("All Zeros vs All Ones", [(all_zero_weights, "zeros"), (all_one_weights, "ones")])
helper.compare_init_weights("Small uniform", [(small_uniform_weights, "[-0.01, 0.01)")])
