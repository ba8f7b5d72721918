"""TF1 VGG-style net whose helper wraps the drawn filters in a variable that is never trained
(`trainable=False`, a frozen feature extractor): no trained weight, silent."""

import tensorflow as tf


class Vgg:
    def __init__(self, npy_path=None):
        self.data_dict = None if npy_path is None else load(npy_path)
        self.var_dict = {}

    def conv_layer(self, bottom, in_channels, out_channels, name):
        filt, conv_biases = self.get_conv_var(3, in_channels, out_channels, name)
        conv = tf.nn.conv2d(bottom, filt, [1, 1, 1, 1], padding="SAME")
        return tf.nn.relu(tf.nn.bias_add(conv, conv_biases))

    def get_conv_var(self, filter_size, in_channels, out_channels, name):
        initial_value = tf.truncated_normal([filter_size, filter_size, in_channels, out_channels], 0.0, 0.001)
        filters = self.get_var(initial_value, name, 0, name + "_filters")
        initial_value = tf.truncated_normal([out_channels], 0.0, 0.001)
        biases = self.get_var(initial_value, name, 1, name + "_biases")
        return filters, biases

    def get_var(self, initial_value, name, idx, var_name):
        if self.data_dict is not None and name in self.data_dict:
            value = self.data_dict[name][idx]
        else:
            value = initial_value
        var = tf.Variable(value, name=var_name, trainable=False)
        self.var_dict[(name, idx)] = var
        return var


def load(path):
    return {}
