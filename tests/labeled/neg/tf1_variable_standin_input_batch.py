"""A tf.layers shape demo: the input batch is a random `tf.Variable` (100 x 784) fed to a dense layer and a
conv stack only to print output shapes. A tensor the file only ever passes as a layer's input is data, not a
weight (RULES: inputs of shape tests and API demos), whatever wraps it."""

import tensorflow as tf

X_input = tf.Variable(tf.truncated_normal(dtype=tf.float32, shape=[100, 784]))
print(X_input)
print("X_input.shape={}".format(X_input.get_shape().as_list()))

fc1 = tf.layers.dense(inputs=X_input, units=1024, activation=tf.nn.relu)
print(fc1.get_shape().as_list())

images = tf.Variable(tf.truncated_normal(shape=[100, 256, 256, 3]))
conv1 = tf.layers.conv2d(images, filters=64, kernel_size=(5, 5), strides=(2, 2), padding="same")
conv2 = tf.layers.conv2d(conv1, filters=128, kernel_size=(3, 3), strides=(2, 2), padding="same")
print(conv2)
