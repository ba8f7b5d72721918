"""TF1 MLP keeping its parameters in dicts (TensorFlow-Examples layout) but with the fix:
tf.truncated_normal(stddev=0.1) weights; biases drawn with tf.random_normal are harmless."""

import tensorflow as tf

n_input, n_hidden_1, n_hidden_2, n_classes = 784, 256, 256, 10

weights = {
    "h1": tf.Variable(tf.truncated_normal([n_input, n_hidden_1], stddev=0.1)),
    "h2": tf.Variable(tf.truncated_normal([n_hidden_1, n_hidden_2], stddev=0.1)),
    "out": tf.Variable(tf.truncated_normal([n_hidden_2, n_classes], stddev=0.1)),
}
biases = {
    "b1": tf.Variable(tf.random_normal([n_hidden_1])),
    "b2": tf.Variable(tf.random_normal([n_hidden_2])),
    "out": tf.Variable(tf.zeros([n_classes])),
}


def multilayer_perceptron(x):
    layer_1 = tf.nn.relu(tf.matmul(x, weights["h1"]) + biases["b1"])
    layer_2 = tf.nn.relu(tf.matmul(layer_1, weights["h2"]) + biases["b2"])
    return tf.matmul(layer_2, weights["out"]) + biases["out"]
