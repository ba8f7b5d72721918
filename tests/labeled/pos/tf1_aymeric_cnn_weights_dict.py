"""TensorFlow-Examples convolutional_network (TF1): weights dict of tf.Variable(tf.random_normal(...))
with the default stddev 1 -- on 5x5x32 filters and a 3136-input dense layer."""

import tensorflow as tf

weights = {
    "wc1": tf.Variable(tf.random_normal([5, 5, 1, 32])),  # expect: INI004
    "wc2": tf.Variable(tf.random_normal([5, 5, 32, 64])),  # expect: INI004
    "wd1": tf.Variable(tf.random_normal([7 * 7 * 64, 1024])),  # expect: INI004
    "out": tf.Variable(tf.random_normal([1024, 10])),  # expect: INI004
}
biases = {
    "bc1": tf.Variable(tf.random_normal([32])),
    "bc2": tf.Variable(tf.random_normal([64])),
    "bd1": tf.Variable(tf.random_normal([1024])),
    "out": tf.Variable(tf.random_normal([10])),
}


def conv_net(x):
    x = tf.reshape(x, shape=[-1, 28, 28, 1])
    conv1 = tf.nn.relu(tf.nn.conv2d(x, weights["wc1"], strides=[1, 1, 1, 1], padding="SAME") + biases["bc1"])
    conv1 = tf.nn.max_pool(conv1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
    conv2 = tf.nn.relu(tf.nn.conv2d(conv1, weights["wc2"], strides=[1, 1, 1, 1], padding="SAME") + biases["bc2"])
    conv2 = tf.nn.max_pool(conv2, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="SAME")
    fc1 = tf.reshape(conv2, [-1, weights["wd1"].get_shape().as_list()[0]])
    fc1 = tf.nn.relu(tf.add(tf.matmul(fc1, weights["wd1"]), biases["bd1"]))
    return tf.add(tf.matmul(fc1, weights["out"]), biases["out"])
