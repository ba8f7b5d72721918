"""NTU EE4042 assignment: conv kernels drawn with stddev 1/sqrt(channels * 9 * 9), LeCun's scale for that
fan-in, then tanh: the right scale."""
import numpy as np
import tensorflow as tf

NUM_CHANNELS = [3, 50, 60]
IMG_SIZE = 32


def cnn(images):
    images = tf.reshape(images, [-1, IMG_SIZE, IMG_SIZE, NUM_CHANNELS[0]])
    w1 = tf.Variable(tf.truncated_normal([9, 9, NUM_CHANNELS[0], NUM_CHANNELS[1]],
                                         stddev=1.0 / np.sqrt(NUM_CHANNELS[0] * 9 * 9)), name="w1")
    b1 = tf.Variable(tf.zeros(NUM_CHANNELS[1]), name="b1")
    conv1 = tf.nn.tanh(tf.nn.conv2d(images, w1, [1, 1, 1, 1], padding="VALID") + b1)
    return tf.reduce_mean(conv1, axis=[1, 2])


x = tf.placeholder(tf.float32, [None, IMG_SIZE * IMG_SIZE * 3])
loss = tf.reduce_mean(cnn(x))
train_op = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
