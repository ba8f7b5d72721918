"""A TF1 MNIST GAN: the discriminator's variables are made with tf.get_variable under names like 'd_w1'
(discriminator, not a gradient). Its first conv has fan-in 5*5*1 = 25 and feeds ReLU, where std 0.02 is
below a tenth of He; the wide fc and the one-unit logit layer are fine."""

import tensorflow as tf


def discriminator(images, reuse_variables=None):
    with tf.variable_scope(tf.get_variable_scope(), reuse=reuse_variables):
        d_w1 = tf.get_variable("d_w1", [5, 5, 1, 32], initializer=tf.truncated_normal_initializer(stddev=0.02))  # expect: INI003
        d_b1 = tf.get_variable("d_b1", [32], initializer=tf.constant_initializer(0))
        d1 = tf.nn.relu(tf.nn.conv2d(input=images, filter=d_w1, strides=[1, 1, 1, 1], padding="SAME") + d_b1)
        d1 = tf.reshape(d1, [-1, 28 * 28 * 32])
        d_w2 = tf.get_variable("d_w2", [28 * 28 * 32, 32], initializer=tf.truncated_normal_initializer(stddev=0.02))
        d2 = tf.nn.relu(tf.matmul(d1, d_w2))
        d_w3 = tf.get_variable("d_w3", [32, 1], initializer=tf.truncated_normal_initializer(stddev=0.02))
        return tf.matmul(d2, d_w3)


x = tf.placeholder(tf.float32, [None, 28, 28, 1])
d_real = discriminator(x)
d_fake = discriminator(x, reuse_variables=True)
loss = tf.reduce_mean(d_fake) - tf.reduce_mean(d_real)
train = tf.train.AdamOptimizer(0.0003).minimize(loss)
