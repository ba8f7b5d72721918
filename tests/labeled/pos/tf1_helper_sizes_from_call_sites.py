"""TF1 tutorial: one helper draws every weight with stddev 0.01; its calls pass the shapes, and the first
conv has fan-in 3 * 3 * 1 = 9 (He std 0.47): 0.01 is far below a tenth of it in a ReLU net."""

import tensorflow as tf


def init_weights(shape):
    return tf.Variable(tf.random_normal(shape, stddev=0.01))  # expect: INI003


def model(X, w, w2, w_o):
    l1 = tf.nn.relu(tf.nn.conv2d(X, w, strides=[1, 1, 1, 1], padding="SAME"))
    l1 = tf.reshape(l1, [-1, 28 * 28 * 32])
    l2 = tf.nn.relu(tf.matmul(l1, w2))
    return tf.matmul(l2, w_o)


X = tf.placeholder("float", [None, 28, 28, 1])
Y = tf.placeholder("float", [None, 10])
w = init_weights([3, 3, 1, 32])
w2 = init_weights([28 * 28 * 32, 625])
w_o = init_weights([625, 10])
logits = model(X, w, w2, w_o)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=Y))
train_op = tf.train.RMSPropOptimizer(0.001, 0.9).minimize(cost)
