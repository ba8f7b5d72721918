"""A TF1 GAN: every weight comes from one helper with the He scale; the generator's last layer goes through a
sigmoid and is returned as the generated image, which the script then hands to the discriminator. That sigmoid
is the generator's output link, not a hidden activation of its last layer."""

import tensorflow as tf


def he_init(size):
    in_dim = size[0]
    stddev = 1. / tf.sqrt(in_dim / 2.)
    return tf.random_normal(shape=size, stddev=stddev)


X = tf.placeholder(tf.float32, shape=[None, 784])
Z = tf.placeholder(tf.float32, shape=[None, 100])

D_W1 = tf.Variable(he_init([784, 128]))
D_W2 = tf.Variable(he_init([128, 1]))
G_W1 = tf.Variable(he_init([100, 128]))
G_W2 = tf.Variable(he_init([128, 784]))


def generator(z):
    G_h1 = tf.nn.relu(tf.matmul(z, G_W1))
    G_log_prob = tf.matmul(G_h1, G_W2)
    return tf.nn.sigmoid(G_log_prob)


def discriminator(x):
    D_h1 = tf.nn.relu(tf.matmul(x, D_W1))
    return tf.matmul(D_h1, D_W2)


G_sample = generator(Z)
D_real = discriminator(X)
D_fake = discriminator(G_sample)
D_loss = -tf.reduce_mean(tf.log(tf.nn.sigmoid(D_real)) + tf.log(1. - tf.nn.sigmoid(D_fake)))
G_loss = -tf.reduce_mean(tf.log(tf.nn.sigmoid(D_fake)))
D_solver = tf.train.AdamOptimizer().minimize(D_loss, var_list=[D_W1, D_W2])
G_solver = tf.train.AdamOptimizer().minimize(G_loss, var_list=[G_W1, G_W2])
