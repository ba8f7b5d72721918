"""The TF1 book's layer loop applied to MNIST (784-500-100-10): an unscaled tf.random_normal gives std 1
with fan-in 784, so the pre-activations have std ~28 and the ELUs saturate on the negative side
(He: sqrt(2/784) = 0.05)."""
import tensorflow as tf


def get_weight(shape, lambda1):
    var = tf.Variable(tf.random_normal(shape), dtype=tf.float32)  # expect: INI004
    tf.add_to_collection("losses", tf.contrib.layers.l2_regularizer(lambda1)(var))
    return var


x = tf.placeholder(tf.float32, shape=(None, 784))
y_ = tf.placeholder(tf.float32, shape=(None, 10))
layer_dimension = [784, 500, 100, 10]
n_layers = len(layer_dimension)
cur_layer = x
in_dimension = layer_dimension[0]
for i in range(1, n_layers):
    out_dimension = layer_dimension[i]
    weight = get_weight([in_dimension, out_dimension], 0.003)
    bias = tf.Variable(tf.constant(0.1, shape=[out_dimension]))
    cur_layer = tf.nn.elu(tf.matmul(cur_layer, weight) + bias)
    in_dimension = layer_dimension[i]

mse_loss = tf.reduce_mean(tf.square(y_ - cur_layer))
train_op = tf.train.AdamOptimizer(0.001).minimize(mse_loss)
