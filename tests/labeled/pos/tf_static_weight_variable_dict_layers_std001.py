"""A TF1 MLP class whose static `weight_variable` helper draws every layer's weights with std 0.01, kept in dict
literals per layer (three hidden ReLU layers and the output): 0.01 on every layer of a deep stack."""

import tensorflow as tf


class MLP:
    def __init__(self, num_features, node_size, num_classes):
        x = tf.placeholder(tf.float32, [None, num_features])
        first = {"weights": self.weight_variable("h1_w", [num_features, node_size[0]]),
                 "biases": self.bias_variable("h1_b", [node_size[0]])}
        second = {"weights": self.weight_variable("h2_w", [node_size[0], node_size[1]]),
                  "biases": self.bias_variable("h2_b", [node_size[1]])}
        third = {"weights": self.weight_variable("h3_w", [node_size[1], node_size[2]]),
                 "biases": self.bias_variable("h3_b", [node_size[2]])}
        out = {"weights": self.weight_variable("out_w", [node_size[2], num_classes]),
               "biases": self.bias_variable("out_b", [num_classes])}
        h = tf.nn.relu(tf.matmul(x, first["weights"]) + first["biases"])
        h = tf.nn.relu(tf.matmul(h, second["weights"]) + second["biases"])
        h = tf.nn.relu(tf.matmul(h, third["weights"]) + third["biases"])
        self.logits = tf.matmul(h, out["weights"]) + out["biases"]

    @staticmethod
    def weight_variable(name, shape):
        initial_value = tf.random_normal(shape=shape, stddev=0.01)  # expect: INI003
        return tf.get_variable(name=name, initializer=initial_value)

    @staticmethod
    def bias_variable(name, shape):
        return tf.get_variable(name=name, initializer=tf.constant(0.1, shape=shape))
