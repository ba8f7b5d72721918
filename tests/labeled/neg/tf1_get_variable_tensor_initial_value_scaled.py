"""TF1's get_variable given a tensor as the initial value, drawn at He's scale for the ReLU it feeds, and a word
embedding table given a U(-1, 1) tensor (an embedding: RULES keeps it silent). Nothing to report."""

import numpy as np
import tensorflow as tf


def encoder(token_ids, vocab_size=20000, dim=128, hidden=256):
    emb = tf.get_variable("embedding", initializer=tf.random_uniform([vocab_size, dim], -1.0, 1.0))
    x = tf.reduce_mean(tf.nn.embedding_lookup(emb, token_ids), axis=1)
    W = tf.get_variable("W", initializer=tf.random_normal([dim, hidden]) * np.sqrt(2.0 / dim))
    return tf.nn.relu(tf.matmul(x, W))
