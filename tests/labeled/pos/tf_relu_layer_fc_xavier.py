"""TF1 VGG's fully connected helper: `tf.nn.relu_layer(x, kernel, biases)` is relu(x @ kernel + biases), so the
Xavier kernel it is given feeds a ReLU."""

import tensorflow as tf


def fc_op(input_op, name, n_out):
    n_in = input_op.get_shape()[-1].value
    with tf.name_scope(name) as scope:
        kernel = tf.get_variable(scope + "w", shape=[n_in, n_out], dtype=tf.float32,
                                 initializer=tf.contrib.layers.xavier_initializer())  # expect: INI101
        biases = tf.Variable(tf.constant(0.1, shape=[n_out], dtype=tf.float32), name="b")
        return tf.nn.relu_layer(input_op, kernel, biases, name=scope)


def inference(images):
    flat = tf.reshape(images, [-1, 7 * 7 * 512])
    fc6 = fc_op(flat, name="fc6", n_out=4096)
    fc7 = fc_op(fc6, name="fc7", n_out=4096)
    return fc_op(fc7, name="fc8", n_out=1000)
