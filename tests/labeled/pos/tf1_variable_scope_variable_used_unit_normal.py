"""TF1 book chapter on variable scopes, where one of the scoped variables is also multiplied with an input:
that one is computed with (std 1 at fan-in 20), not only printed."""

import tensorflow as tf

g = tf.Graph()
with g.as_default():
    with tf.variable_scope('net_A'):
        with tf.variable_scope('layer-1'):
            w1 = tf.Variable(tf.random_normal(shape=(10, 4)), name='weights')
        with tf.variable_scope('layer-2'):
            w2 = tf.Variable(tf.random_normal(shape=(20, 10)), name='weights')  # expect: INI004
            h = tf.nn.relu(tf.matmul(tf.ones((1, 20)), w2))
    print(w1)
    print(w2)

g = tf.Graph()
with g.as_default():
    tf_x = tf.placeholder(shape=(None, 100), dtype=tf.float32)
    tf_y = tf.placeholder(shape=(None, 1), dtype=tf.float32)
    w1 = tf.Variable(tf.random_normal(shape=(100, 50), stddev=0.1), name='w1')
    b1 = tf.Variable(tf.zeros(shape=(50,)), name='b1')
    hidden = tf.nn.relu(tf.add(tf.matmul(tf_x, w1), b1))
    w2 = tf.Variable(tf.random_normal(shape=(50, 1), stddev=0.1), name='w2')
    output = tf.matmul(hidden, w2)
    cost = tf.reduce_mean(tf.square(output - tf_y))
    train_op = tf.train.GradientDescentOptimizer(learning_rate=0.001).minimize(cost)
