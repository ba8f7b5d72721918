"""A TF1 script whose one network chains three layers drawn with stddev exactly 0.01 (input width from the
data): the deep-stack clause -- next to a separate two-layer net at the same scale, which does not add to it."""

import tensorflow as tf

n_in = data.shape[1]
w1 = tf.Variable(tf.truncated_normal([n_in, 64], stddev=0.01))  # expect: INI003
w2 = tf.Variable(tf.truncated_normal([64, 64], stddev=0.01))  # expect: INI003
w3 = tf.Variable(tf.truncated_normal([64, 10], stddev=0.01))
x = tf.placeholder("float", [None, n_in])
logits = tf.matmul(tf.nn.relu(tf.matmul(tf.nn.relu(tf.matmul(x, w1)), w2)), w3)

v1 = tf.Variable(tf.truncated_normal([n_in, 16], stddev=0.01))
v2 = tf.Variable(tf.truncated_normal([16, 1], stddev=0.01))
value = tf.matmul(tf.nn.tanh(tf.matmul(x, v1)), v2)

train = tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(tf.square(value)) + tf.reduce_mean(logits))
