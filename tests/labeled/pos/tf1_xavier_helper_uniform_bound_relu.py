"""TF1 tutorial: a `xavier_init` helper returns the Glorot uniform written out (bound
sqrt(6 / (n_in + n_out))) as each get_variable's initializer; the hidden layers feed ReLU."""

import tensorflow as tf


def xavier_init(n_inputs, n_outputs, uniform=True):
    if uniform:
        init_range = tf.sqrt(6.0 / (n_inputs + n_outputs))
        return tf.random_uniform_initializer(-init_range, init_range)  # expect: INI101
    stddev = tf.sqrt(3.0 / (n_inputs + n_outputs))
    return tf.truncated_normal_initializer(stddev=stddev)


def multilayer_perceptron(_X, _weights, _biases):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(_X, _weights["h1"]), _biases["b1"]))
    layer_2 = tf.nn.relu(tf.add(tf.matmul(layer_1, _weights["h2"]), _biases["b2"]))
    return tf.matmul(layer_2, _weights["out"]) + _biases["out"]


x = tf.placeholder("float", [None, 784])
y = tf.placeholder("float", [None, 10])
weights = {
    "h1": tf.get_variable("h1", shape=[784, 256], initializer=xavier_init(784, 256)),
    "h2": tf.get_variable("h2", shape=[256, 256], initializer=xavier_init(256, 256)),
    "out": tf.get_variable("out", shape=[256, 10], initializer=xavier_init(256, 10)),
}
biases = {
    "b1": tf.Variable(tf.zeros([256])),
    "b2": tf.Variable(tf.zeros([256])),
    "out": tf.Variable(tf.zeros([10])),
}
pred = multilayer_perceptron(x, weights, biases)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=pred, labels=y))
optimizer = tf.train.AdamOptimizer(learning_rate=0.001).minimize(cost)
