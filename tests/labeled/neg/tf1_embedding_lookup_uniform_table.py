"""TF1 text-CNN discriminator (SeqGAN style): the embedding table is drawn U(-1, 1) and used only through
tf.nn.embedding_lookup: an embedding, not a weight matrix (RULES: tables are not judged as layers)."""

import tensorflow as tf


class Discriminator:
    def __init__(self, sequence_length, num_classes, vocab_size, emb_size, filter_size=3, num_filters=100):
        self.input_x = tf.placeholder(tf.int32, [None, sequence_length], name="input_x")
        with tf.name_scope("embedding"):
            self.W = tf.Variable(tf.random_uniform([vocab_size, emb_size], -1.0, 1.0), name="W")
            self.embedded_chars = tf.nn.embedding_lookup(self.W, self.input_x)
            self.embedded_chars_expanded = tf.expand_dims(self.embedded_chars, -1)
        filter_shape = [filter_size, emb_size, 1, num_filters]
        W = tf.Variable(tf.truncated_normal(filter_shape, stddev=0.1), name="W")
        conv = tf.nn.conv2d(self.embedded_chars_expanded, W, strides=[1, 1, 1, 1], padding="VALID")
        h = tf.nn.relu(conv)
        self.scores = tf.layers.dense(tf.reshape(h, [-1, num_filters]), num_classes)
