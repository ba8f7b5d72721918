"""A TF2 book's from-scratch MLP on MNIST-shaped tensors: unscaled tf.random.normal weights (std 1 at fan-in 784
and 256 before ReLU), trained with a GradientTape and `W.assign_sub(lr * grads[i])` steps."""

import tensorflow as tf

x = tf.random.normal([600, 784])
y = tf.random.normal([600, 10])

W1 = tf.Variable(tf.random.normal([784, 256]))  # expect: INI004
b1 = tf.Variable(tf.zeros([256]))
W2 = tf.Variable(tf.random.normal([256, 10]))  # expect: INI004
b2 = tf.Variable(tf.zeros([10]))

lr = 0.001
for i in range(10):
    with tf.GradientTape() as tape:
        h1 = tf.nn.relu(x @ W1 + b1)
        out = h1 @ W2 + b2
        loss = tf.reduce_mean(tf.square(y - out))
    grads = tape.gradient(loss, [W1, b1, W2, b2])
    W1.assign_sub(lr * grads[0])
    b1.assign_sub(lr * grads[1])
    W2.assign_sub(lr * grads[2])
    b2.assign_sub(lr * grads[3])
