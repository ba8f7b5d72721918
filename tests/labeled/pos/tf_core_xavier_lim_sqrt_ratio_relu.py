"""TensorFlow's "MLP with Core APIs" guide: `xavier_lim = tf.sqrt(6.) / tf.sqrt(tf.cast(in_dim + out_dim,
tf.float32))`, a Glorot bound written as a ratio of square roots with a cast inside, here drawn for the hidden
weight of a ReLU layer trained with a hand-written step."""

import tensorflow as tf


def xavier_init(shape):
    in_dim, out_dim = shape
    xavier_lim = tf.sqrt(6.) / tf.sqrt(tf.cast(in_dim + out_dim, tf.float32))
    return tf.random.uniform(shape=(in_dim, out_dim), minval=-xavier_lim, maxval=xavier_lim, seed=22)  # expect: INI101


w1 = tf.Variable(xavier_init((784, 700)))
b1 = tf.Variable(tf.zeros([700]))
w2 = tf.Variable(xavier_init((700, 10)))
b2 = tf.Variable(tf.zeros([10]))


def forward(x):
    return tf.matmul(tf.nn.relu(tf.matmul(x, w1) + b1), w2) + b2


def train_step(x, y, lr=0.01):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=forward(x)))
    for v, g in zip([w1, b1, w2, b2], tape.gradient(loss, [w1, b1, w2, b2])):
        v.assign_sub(lr * g)
