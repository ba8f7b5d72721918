"""The same tape, but its gradient is applied (`W.assign_sub(lr * dW)`): W is trained, and U(0, 1) makes
every weight positive (non-centred)."""

import tensorflow as tf

W = tf.Variable(tf.random.uniform((784, 10)))  # expect: INI005
b = tf.Variable(tf.zeros((10,)))


def train_step(x, y_true, lr=0.1):
    with tf.GradientTape() as tape:
        logits = tf.matmul(x, W) + b
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(y_true, logits))
    dW, db = tape.gradient(loss, [W, b])
    W.assign_sub(lr * dW)
    b.assign_sub(lr * db)
    return loss
