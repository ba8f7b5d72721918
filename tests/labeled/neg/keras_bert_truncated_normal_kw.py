"""TF-Keras BERT/ViT feed-forward: TruncatedNormal(stddev=0.02) by keyword, gelu activation."""

import tensorflow as tf


def get_initializer(initializer_range=0.02):
    return tf.keras.initializers.TruncatedNormal(stddev=initializer_range)


class TFBertIntermediate(tf.keras.layers.Layer):
    def __init__(self, hidden_size=768, intermediate_size=3072, **kwargs):
        super().__init__(**kwargs)
        self.dense = tf.keras.layers.Dense(intermediate_size, kernel_initializer=get_initializer(), activation="gelu")
        self.output_dense = tf.keras.layers.Dense(hidden_size, kernel_initializer=get_initializer())

    def call(self, hidden_states):
        return self.output_dense(self.dense(hidden_states))
