"""A TF1 MNIST MLP whose parameters are one dict per layer inside a dict (`layers['h1']['weights']`), every
weight `tf.random_normal` with its default std 1: fan-in 784 and 256 under ReLU, and the logits layer too."""

import tensorflow as tf

n_input, n_hidden_1, n_hidden_2, n_classes = 784, 256, 256, 10
x = tf.placeholder("float32", [None, n_input])


def multilayer_perceptron(x, layer):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(x, layer["h1"]["weights"]), layer["h1"]["bias"]))
    layer_2 = tf.nn.relu(tf.add(tf.matmul(layer_1, layer["h2"]["weights"]), layer["h2"]["bias"]))
    return tf.matmul(layer_2, layer["out"]["weights"]) + layer["out"]["bias"]


layers = dict(
    h1={"weights": tf.Variable(tf.random_normal([n_input, n_hidden_1])),  # expect: INI004
        "bias": tf.Variable(tf.zeros([n_hidden_1]))},
    h2={"weights": tf.Variable(tf.random_normal([n_hidden_1, n_hidden_2])),  # expect: INI004
        "bias": tf.Variable(tf.zeros([n_hidden_2]))},
    out={"weights": tf.Variable(tf.random_normal([n_hidden_2, n_classes])),  # expect: INI004
         "bias": tf.Variable(tf.zeros([n_classes]))},
)
logits = multilayer_perceptron(x, layers)
