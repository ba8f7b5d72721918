"""A TF1 MNIST notebook: first a softmax regression with zero weights (a single linear layer: no hidden
units, no symmetry to break), then, re-using the names, a two-layer MLP with He-scaled weights. The first
`W` is only ever read by the softmax regression."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 784])
y_ = tf.placeholder(tf.float32, [None, 10])

W = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros([10]))
y = tf.nn.softmax(tf.matmul(x, W) + b)
loss = tf.reduce_mean(-tf.reduce_sum(y_ * tf.log(y), axis=1))
train_step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)

W = tf.Variable(tf.truncated_normal([784, 256], stddev=0.05))
b = tf.Variable(tf.zeros([256]))
h = tf.nn.relu(tf.matmul(x, W) + b)
W_out = tf.Variable(tf.truncated_normal([256, 10], stddev=0.09))
b_out = tf.Variable(tf.zeros([10]))
logits = tf.matmul(h, W_out) + b_out
loss2 = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=logits))
train_step2 = tf.train.AdamOptimizer(1e-3).minimize(loss2)
