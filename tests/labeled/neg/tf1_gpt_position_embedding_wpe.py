"""GPT-style TF1 model: the position (wpe) and token (wte) embedding tables drawn with small stds: embeddings,
not layer weights."""

import tensorflow as tf


def model(X, hparams, scope='model'):
    with tf.variable_scope(scope):
        wpe = tf.get_variable('wpe', [hparams.n_ctx, hparams.n_embd],
                              initializer=tf.random_normal_initializer(stddev=0.01))
        wte = tf.get_variable('wte', [hparams.n_vocab, hparams.n_embd],
                              initializer=tf.random_normal_initializer(stddev=0.02))
        h = tf.gather(wte, X) + tf.gather(wpe, tf.range(tf.shape(X)[1]))
        return h
