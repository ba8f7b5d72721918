"""The TF1 text CNN: each convolution's `W` is made in a loop over filter sizes and feeds ReLU; after the loop
the name `W` is bound again, to the output layer's Xavier-initialised variable, whose product
(`tf.nn.xw_plus_b`) is the network's scores. Xavier on the output layer pairs with no hidden activation."""

import tensorflow as tf


class TextCNN:
    def __init__(self, sequence_length, num_classes, vocab_size, embedding_size, filter_sizes, num_filters):
        self.input_x = tf.placeholder(tf.int32, [None, sequence_length])
        self.dropout_keep_prob = tf.placeholder(tf.float32)
        emb = tf.Variable(tf.random_uniform([vocab_size, embedding_size], -1.0, 1.0))
        expanded = tf.expand_dims(tf.nn.embedding_lookup(emb, self.input_x), -1)
        pooled_outputs = []
        for filter_size in filter_sizes:
            filter_shape = [filter_size, embedding_size, 1, num_filters]
            W = tf.Variable(tf.truncated_normal(filter_shape, stddev=0.1))
            b = tf.Variable(tf.constant(0.1, shape=[num_filters]))
            conv = tf.nn.conv2d(expanded, W, strides=[1, 1, 1, 1], padding="VALID")
            h = tf.nn.relu(tf.nn.bias_add(conv, b))
            pooled_outputs.append(tf.nn.max_pool(h, ksize=[1, sequence_length - filter_size + 1, 1, 1],
                                                 strides=[1, 1, 1, 1], padding="VALID"))
        num_filters_total = num_filters * len(filter_sizes)
        h_drop = tf.nn.dropout(tf.reshape(tf.concat(pooled_outputs, 3), [-1, num_filters_total]),
                               self.dropout_keep_prob)
        W = tf.get_variable("W", shape=[num_filters_total, num_classes],
                            initializer=tf.contrib.layers.xavier_initializer())
        b = tf.Variable(tf.constant(0.1, shape=[num_classes]))
        self.scores = tf.nn.xw_plus_b(h_drop, W, b)
        self.predictions = tf.argmax(self.scores, 1)
