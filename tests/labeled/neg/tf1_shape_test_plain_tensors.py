"""CS231n assignment 2 (TensorFlow.ipynb): a shape test feeds zero tensors through the model
once to print the output shape. Plain tf.zeros tensors are immutable: only a tf.Variable is
ever trained, so these are test inputs, not weights."""

import numpy as np
import tensorflow as tf


def three_layer_convnet(x, params):
    w1, b1, w2, b2 = params
    out_1 = tf.nn.relu(tf.nn.conv2d(x, w1, strides=[1, 1, 1, 1], padding="SAME") + b1)
    return tf.matmul(tf.reshape(out_1, (-1, 6 * 32 * 32)), w2) + b2


def three_layer_convnet_test():
    tf.reset_default_graph()
    x = tf.placeholder(tf.float32)
    w1 = tf.zeros((5, 5, 3, 6))
    b1 = tf.zeros((6,))
    w2 = tf.zeros((6 * 32 * 32, 10))
    b2 = tf.zeros((10,))
    params = (w1, b1, w2, b2)
    scores = three_layer_convnet(x, params)
    with tf.Session() as sess:
        scores_np = sess.run(scores, feed_dict={x: np.zeros((64, 32, 32, 3))})
        print("scores_np has shape: ", scores_np.shape)


three_layer_convnet_test()
