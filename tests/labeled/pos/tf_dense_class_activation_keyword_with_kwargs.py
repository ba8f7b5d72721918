"""A layer class applying the activation each instance is given (the TF MLP guide's DenseLayer), its kernel
drawn with Glorot. The hidden instances pass activation="relu" by keyword next to **common: the keyword
is what they pass, whatever **common holds, so Glorot feeds ReLU."""

import tensorflow as tf


class DenseLayer(tf.Module):
    def __init__(self, out_dim, activation=tf.identity, weight_init=tf.keras.initializers.GlorotUniform()):
        super().__init__()
        self.out_dim = out_dim
        self.activation = activation
        self.weight_init = weight_init
        self.built = False

    def __call__(self, x):
        if not self.built:
            self.w = tf.Variable(tf.keras.initializers.GlorotUniform()(shape=(x.shape[1], self.out_dim)))  # expect: INI101
            self.b = tf.Variable(tf.zeros(shape=(self.out_dim,)))
            self.built = True
        z = tf.add(tf.matmul(x, self.w), self.b)
        return self.activation(z)


common = {"weight_init": tf.keras.initializers.GlorotUniform()}
hidden_1 = DenseLayer(700, activation=tf.nn.relu, **common)
hidden_2 = DenseLayer(500, activation=tf.nn.relu, **common)
output = DenseLayer(10)


def forward(x):
    return output(hidden_2(hidden_1(x)))
