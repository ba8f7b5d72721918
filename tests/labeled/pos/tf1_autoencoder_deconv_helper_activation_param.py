"""A TF1 conv autoencoder: the deconvolution helper's layer takes its activation from a parameter (ReLU by default;
the last call passes tanh for the output image). The four hidden deconvolutions feed ReLU with a Xavier kernel."""

import tensorflow as tf


def deconvolution_layer(input_layer, filter_size, activation=tf.nn.relu):
    return tf.layers.conv2d_transpose(
        input_layer,
        filters=filter_size,
        kernel_initializer=tf.contrib.layers.xavier_initializer_conv2d(),  # expect: INI101
        kernel_size=3,
        activation=activation,
        strides=2)


code = tf.placeholder(tf.float32, [None, 4, 4, 32])
deconvolution_layer_1 = deconvolution_layer(code, 128)
deconvolution_layer_2 = deconvolution_layer(deconvolution_layer_1, 256)
deconvolution_layer_3 = deconvolution_layer(deconvolution_layer_2, 512)
deconvolution_layer_4 = deconvolution_layer(deconvolution_layer_3, 1024)
deconvolution_layer_5 = deconvolution_layer(deconvolution_layer_4, 3, activation=tf.nn.tanh)
