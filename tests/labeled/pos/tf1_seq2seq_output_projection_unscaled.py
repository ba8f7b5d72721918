"""A TF1 seq2seq model's output projection, W = Variable(random_normal([hidden_size, vocab_size])) handed
to the decoder with its bias as `output_projection = (W, b)`: a layer's weight (an embedding table has no
bias), std 1 at fan-in hidden_size."""

import tensorflow as tf


class Seq2Seq:
    def __init__(self, hidden_size, vocab_size, encoder_inputs, decoder_inputs):
        W = tf.Variable(tf.random_normal([hidden_size, vocab_size]))  # expect: INI004
        b = tf.Variable(tf.zeros([vocab_size]))
        output_projection = (W, b)
        cell = tf.nn.rnn_cell.GRUCell(num_units=hidden_size)
        self.outputs, self.states = tf.contrib.legacy_seq2seq.embedding_attention_seq2seq(
            encoder_inputs, decoder_inputs, cell, num_encoder_symbols=vocab_size,
            num_decoder_symbols=vocab_size, embedding_size=hidden_size, output_projection=output_projection,
            feed_previous=False)


model = Seq2Seq(300, 20000, [], [])
