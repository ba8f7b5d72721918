"""TF1 MNIST tutorial with a `weight_variable(shape, init)` helper that picks the draw by a string; the
first conv layer asks for "zeros", so its 32 filters stay identical (same output, same gradient)."""
import tensorflow as tf


def weight_variable(shape, init="truncated"):
    if init == "truncated":
        return tf.Variable(tf.truncated_normal(shape, stddev=0.1))
    elif init == "zeros":
        return tf.Variable(tf.zeros(shape))  # expect: INI001
    raise ValueError(init)


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))


x = tf.placeholder(tf.float32, [None, 28, 28, 1])
W_conv1 = weight_variable([5, 5, 1, 32], "zeros")
b_conv1 = bias_variable([32])
h_conv1 = tf.nn.relu(tf.nn.conv2d(x, W_conv1, strides=[1, 1, 1, 1], padding="SAME") + b_conv1)
W_fc = weight_variable([28 * 28 * 32, 10])
b_fc = bias_variable([10])
logits = tf.matmul(tf.reshape(h_conv1, [-1, 28 * 28 * 32]), W_fc) + b_fc
train_step = tf.train.AdamOptimizer(1e-4).minimize(tf.reduce_mean(logits))
