"""The same layer class, but the hidden instances are built from a spec unpacked into the call
(`DenseLayer(*spec)`): which activation each passes cannot be told, so the kernel's init is not paired."""

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
            self.w = tf.Variable(tf.keras.initializers.GlorotUniform()(shape=(x.shape[1], self.out_dim)))
            self.b = tf.Variable(tf.zeros(shape=(self.out_dim,)))
            self.built = True
        z = tf.add(tf.matmul(x, self.w), self.b)
        return self.activation(z)


specs = [(700, tf.nn.relu), (500, tf.nn.tanh)]
hidden_1 = DenseLayer(*specs[0])
hidden_2 = DenseLayer(*specs[1])
output = DenseLayer(10)


def forward(x):
    return output(hidden_2(hidden_1(x)))
