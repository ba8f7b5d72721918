"""The same per-layer dicts with He-scaled hidden weights and a Glorot logits layer: the Glorot entry is the
output layer's (`layers['out']['weights']`), which no ReLU follows, though the hidden entries share its key name."""

import tensorflow as tf

n_input, n_hidden, n_classes = 784, 256, 10
x = tf.placeholder("float32", [None, n_input])
he = tf.contrib.layers.variance_scaling_initializer(factor=2.0)
glorot = tf.contrib.layers.xavier_initializer()


def multilayer_perceptron(x, layer):
    h = tf.nn.relu(tf.matmul(x, layer["h1"]["weights"]) + layer["h1"]["bias"])
    return tf.matmul(h, layer["out"]["weights"]) + layer["out"]["bias"]


layers = {
    "h1": {"weights": tf.Variable(he([n_input, n_hidden])), "bias": tf.Variable(tf.zeros([n_hidden]))},
    "out": {"weights": tf.Variable(glorot([n_hidden, n_classes])), "bias": tf.Variable(tf.zeros([n_classes]))},
}
logits = multilayer_perceptron(x, layers)
