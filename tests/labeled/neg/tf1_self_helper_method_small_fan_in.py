"""A regression RNN's input and output layers: the helper method draws std 1, but the constructor's arguments
(`LSTMRNN(TIME_STEPS, 1, 1, 10)`) make the fan-ins 1 and 10 (RULES: std 1 with fan-in < 16 is silent)."""

import tensorflow as tf

TIME_STEPS = 20
INPUT_SIZE = 1
OUTPUT_SIZE = 1
CELL_SIZE = 10


class LSTMRNN:
    def __init__(self, n_steps, input_size, output_size, cell_size):
        self.n_steps = n_steps
        self.input_size = input_size
        self.output_size = output_size
        self.cell_size = cell_size
        self.xs = tf.placeholder(tf.float32, [None, n_steps, input_size])
        self.add_input_layer()
        self.add_output_layer()

    def add_input_layer(self):
        l_in_x = tf.reshape(self.xs, [-1, self.input_size])
        Ws_in = self._weight_variable([self.input_size, self.cell_size])
        bs_in = self._bias_variable([self.cell_size])
        self.l_in_y = tf.matmul(l_in_x, Ws_in) + bs_in

    def add_output_layer(self):
        Ws_out = self._weight_variable([self.cell_size, self.output_size])
        bs_out = self._bias_variable([self.output_size])
        self.pred = tf.matmul(self.l_in_y, Ws_out) + bs_out
        self.train_op = tf.train.AdamOptimizer(0.006).minimize(tf.reduce_mean(tf.square(self.pred)))

    def _weight_variable(self, shape, name="weights"):
        initializer = tf.random_normal_initializer(mean=0.0, stddev=1.0)
        return tf.get_variable(shape=shape, initializer=initializer, name=name)

    def _bias_variable(self, shape, name="biases"):
        initializer = tf.constant_initializer(0.1)
        return tf.get_variable(name=name, shape=shape, initializer=initializer)


model = LSTMRNN(TIME_STEPS, INPUT_SIZE, OUTPUT_SIZE, CELL_SIZE)
