"""TensorFlow-Examples (TF1) multilayer perceptron layout: weights dict of
tf.Variable(tf.random_normal([...])) -- std 1 on 784 and 256 inputs."""

import tensorflow as tf

n_input, n_hidden_1, n_hidden_2, n_classes = 784, 256, 256, 10

weights = {
    "h1": tf.Variable(tf.random_normal([n_input, n_hidden_1])),  # expect: INI004
    "h2": tf.Variable(tf.random_normal([n_hidden_1, n_hidden_2])),  # expect: INI004
    "out": tf.Variable(tf.random_normal([n_hidden_2, n_classes])),  # expect: INI004
}
biases = {
    "b1": tf.Variable(tf.random_normal([n_hidden_1])),
    "b2": tf.Variable(tf.random_normal([n_hidden_2])),
    "out": tf.Variable(tf.random_normal([n_classes])),
}


def multilayer_perceptron(x):
    layer_1 = tf.nn.relu(tf.add(tf.matmul(x, weights["h1"]), biases["b1"]))
    layer_2 = tf.nn.relu(tf.add(tf.matmul(layer_1, weights["h2"]), biases["b2"]))
    return tf.matmul(layer_2, weights["out"]) + biases["out"]
