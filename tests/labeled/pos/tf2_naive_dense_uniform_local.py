"""Deep Learning with Python (2nd ed.), chapter 2: NaiveDense builds its kernel in a local and
wraps it in a tf.Variable; U(0, 0.1) is positive-only for a 784->512 ReLU layer (INI005)."""

import tensorflow as tf


class NaiveDense:
    def __init__(self, input_size, output_size, activation):
        self.activation = activation
        w_shape = (input_size, output_size)
        w_initial_value = tf.random.uniform(w_shape, minval=0, maxval=1e-1)  # expect: INI005
        self.W = tf.Variable(w_initial_value)
        b_shape = (output_size,)
        b_initial_value = tf.zeros(b_shape)
        self.b = tf.Variable(b_initial_value)

    def __call__(self, inputs):
        return self.activation(tf.matmul(inputs, self.W) + self.b)

    @property
    def weights(self):
        return [self.W, self.b]


model = [NaiveDense(28 * 28, 512, activation=tf.nn.relu), NaiveDense(512, 10, activation=tf.nn.softmax)]
