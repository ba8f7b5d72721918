"""A TF1 MNIST convnet whose conv filter uses the default tf.random_uniform_initializer(): samples in [0, 1),
all positive, so every unit starts with the same sign of weights and a large positive mean activation."""
import tensorflow as tf

x = tf.placeholder(tf.float32, shape=(None, 28, 28, 1))
y = tf.placeholder(tf.int64, shape=(None,))
filter = tf.get_variable("filter", shape=(5, 5, 1, 32), dtype=tf.float32,
                         initializer=tf.random_uniform_initializer())  # expect: INI005
conv = tf.nn.relu(tf.nn.conv2d(x, filter, strides=[1, 1, 1, 1], padding="SAME"))
logits = tf.layers.dense(tf.layers.flatten(conv), 10)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.train.AdamOptimizer(1e-3).minimize(loss)
