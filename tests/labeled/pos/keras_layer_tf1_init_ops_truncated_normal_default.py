"""A Keras layer in a CTR-model library imports TF1's initializer classes from their module: TF1's
TruncatedNormal() defaults to stddev 1.0 (TF2's to 0.05), so the attention projections start at
std ~1 for any embedding size."""
import tensorflow as tf
from tensorflow.python.ops.init_ops import TruncatedNormal, Zeros
from tensorflow.keras.layers import Layer


class InteractingLayer(Layer):
    def __init__(self, att_embedding_size=8, head_num=2, seed=1024, **kwargs):
        self.att_embedding_size = att_embedding_size
        self.head_num = head_num
        self.seed = seed
        super(InteractingLayer, self).__init__(**kwargs)

    def build(self, input_shape):
        embedding_size = int(input_shape[-1])
        self.W_Query = self.add_weight(name="query", shape=[embedding_size, self.att_embedding_size * self.head_num],
                                       initializer=TruncatedNormal(seed=self.seed))  # expect: INI004
        self.b = self.add_weight(name="b", shape=[self.att_embedding_size * self.head_num], initializer=Zeros())
        super(InteractingLayer, self).build(input_shape)

    def call(self, inputs, **kwargs):
        querys = tf.tensordot(inputs, self.W_Query, axes=(-1, 0)) + self.b
        return tf.nn.relu(querys)
