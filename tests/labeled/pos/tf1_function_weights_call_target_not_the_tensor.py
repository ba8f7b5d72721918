"""An XOR network built and trained inside a function called as `b = ann(100, 50)`: the call's target names
what the function returns (an accuracy), not its weights. W1 has fan-in 2 (silent at std 1); W2 and W3 get
fan-ins 100 and 50 from the call, too large for std 1."""

import tensorflow as tf


def ann(a1, a2):
    X = tf.placeholder(tf.float32, shape=[None, 2])
    Y = tf.placeholder(tf.float32, shape=[None, 1])
    W1 = tf.Variable(tf.random_normal([2, a1]), name="weight")
    b1 = tf.Variable(tf.zeros([a1]), name="bias")
    layer1 = tf.sigmoid(tf.matmul(X, W1) + b1)
    W2 = tf.Variable(tf.random_normal([a1, a2]), name="weight")  # expect: INI004
    layer2 = tf.sigmoid(tf.matmul(layer1, W2))
    W3 = tf.Variable(tf.random_normal([a2, 1]), name="weight")  # expect: INI004
    hypothesis = tf.sigmoid(tf.matmul(layer2, W3))
    cost = -tf.reduce_mean(Y * tf.log(hypothesis) + (1 - Y) * tf.log(1 - hypothesis))
    train = tf.train.GradientDescentOptimizer(learning_rate=0.01).minimize(cost)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(10001):
            sess.run(train, feed_dict={X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]]})
        return sess.run(cost, feed_dict={X: [[0, 0], [0, 1], [1, 0], [1, 1]], Y: [[0], [1], [1], [0]]})


b = ann(100, 50)
print(b)
