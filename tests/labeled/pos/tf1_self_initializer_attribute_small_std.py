"""A TF1 captioning-model style class keeps its initializers as attributes and passes them to
tf.get_variable; the hidden projection's initializer has std 0.001 (below 0.01)."""
import tensorflow as tf


class Captioner(object):
    def __init__(self, dim_feature, dim_hidden):
        self.D = dim_feature
        self.H = dim_hidden
        self.weight_initializer = tf.random_normal_initializer(stddev=0.001)  # expect: INI003
        self.const_initializer = tf.constant_initializer(0.0)

    def project(self, features):
        w = tf.get_variable("w", [self.D, self.H], initializer=self.weight_initializer)
        b = tf.get_variable("b", [self.H], initializer=self.const_initializer)
        h = tf.nn.relu(tf.matmul(features, w) + b)
        w_out = tf.get_variable("w_out", [self.H, 10], initializer=tf.glorot_uniform_initializer())
        return tf.matmul(h, w_out)
