"""TF1 model class whose helper method draws every weight with std 1; the sizes come from the constructor's
arguments stored on self (`self.input_size = input_size`) and the one construction `Model(784, 256, 10)`:
fan-in 784 and 256, far too large for std 1."""

import tensorflow as tf

INPUT_SIZE = 784
HIDDEN_SIZE = 256
OUTPUT_SIZE = 10


class Model:
    def __init__(self, input_size, hidden_size, output_size):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.xs = tf.placeholder(tf.float32, [None, input_size])
        self.build()

    def build(self):
        W_in = self._weight_variable([self.input_size, self.hidden_size])
        b_in = self._bias_variable([self.hidden_size])
        h = tf.nn.relu(tf.matmul(self.xs, W_in) + b_in)
        W_out = self._weight_variable([self.hidden_size, self.output_size])
        self.pred = tf.matmul(h, W_out)
        self.train_op = tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(tf.square(self.pred)))

    def _weight_variable(self, shape, name="weights"):
        initializer = tf.random_normal_initializer(mean=0.0, stddev=1.0)  # expect: INI004
        return tf.get_variable(shape=shape, initializer=initializer, name=name)

    def _bias_variable(self, shape, name="biases"):
        initializer = tf.constant_initializer(0.1)
        return tf.get_variable(name=name, shape=shape, initializer=initializer)


model = Model(INPUT_SIZE, HIDDEN_SIZE, OUTPUT_SIZE)
