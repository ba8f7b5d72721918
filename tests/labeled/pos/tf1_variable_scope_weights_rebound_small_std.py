"""The TF1 CIFAR-10 tutorial's inference(): each layer is a variable_scope binding `weights` again. The hidden
fully connected layers get truncated_normal(stddev=0.004) before ReLU. With the fan-in known, the comparison with
He decides (RULES "Known fan-in decides scale"): local4 (fan-in 384, He/10 = 0.0072) is far too small; local3
(fan-in 2304, He/10 = 0.0029) is not; the softmax layer's small std is fine (an output layer)."""
import tensorflow as tf


def inference(images, batch_size):
    reshape = tf.reshape(images, [batch_size, -1])
    with tf.variable_scope("local3"):
        weights = tf.get_variable("weights", shape=[2304, 384], dtype=tf.float32,
                                  initializer=tf.truncated_normal_initializer(stddev=0.004))
        biases = tf.get_variable("biases", shape=[384], initializer=tf.constant_initializer(0.1))
        local3 = tf.nn.relu(tf.matmul(reshape, weights) + biases)
    with tf.variable_scope("local4"):
        weights = tf.get_variable("weights", shape=[384, 192], dtype=tf.float32,
                                  initializer=tf.truncated_normal_initializer(stddev=0.004))  # expect: INI003
        biases = tf.get_variable("biases", shape=[192], initializer=tf.constant_initializer(0.1))
        local4 = tf.nn.relu(tf.matmul(local3, weights) + biases)
    with tf.variable_scope("softmax_linear"):
        weights = tf.get_variable("softmax_linear", shape=[192, 10], dtype=tf.float32,
                                  initializer=tf.truncated_normal_initializer(stddev=0.004))
        biases = tf.get_variable("biases", shape=[10], initializer=tf.constant_initializer(0.1))
        softmax_linear = tf.add(tf.matmul(local4, weights), biases)
    return softmax_linear


def train(images, labels, batch_size):
    logits = inference(images, batch_size)
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    return tf.train.GradientDescentOptimizer(0.1).minimize(loss)


def evaluate(images, labels, batch_size):
    logits = inference(images, batch_size)
    return tf.nn.in_top_k(logits, labels, 1)
