"""The TF1 book's regularisation example: a toy 2-10-5-3-1 network built in a loop from a list of layer
sizes, every weight drawn by an unscaled tf.random_normal. Every fan-in (2, 10, 5, 3) is under 16, where
std 1 is about what LeCun/He give (sqrt(1/10) = 0.32 to sqrt(2/2) = 1): nothing explodes."""
import tensorflow as tf


def get_weight(shape, lambda1):
    var = tf.Variable(tf.random_normal(shape), dtype=tf.float32)
    tf.add_to_collection("losses", tf.contrib.layers.l2_regularizer(lambda1)(var))
    return var


x = tf.placeholder(tf.float32, shape=(None, 2))
y_ = tf.placeholder(tf.float32, shape=(None, 1))
layer_dimension = [2, 10, 5, 3, 1]
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
