"""A TF1 CNN whose kernels use stddev = 1 / sqrt(window area): for the second conv (16 input channels) that is not
LeCun of its fan-in (144), so no pairing rule calls it LeCun; std 0.33 is also no explosion (under 1)."""

import math

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 36, 36, 16])
num_filters1 = 16
num_filters2 = 4
winx2 = 3
winy2 = 3
W2 = tf.Variable(tf.truncated_normal([winx2, winy2, num_filters1, num_filters2],
                                     stddev=1. / math.sqrt(winx2 * winy2)))
b2 = tf.Variable(tf.constant(0.1, shape=[num_filters2]))
h2 = tf.nn.relu(tf.nn.conv2d(x, W2, strides=[1, 1, 1, 1], padding='SAME') + b2)
W3 = tf.Variable(tf.truncated_normal([36 * 36 * num_filters2, 5], stddev=0.01))
logits = tf.matmul(tf.reshape(h2, [-1, 36 * 36 * num_filters2]), W3)
train_step = tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(logits))
