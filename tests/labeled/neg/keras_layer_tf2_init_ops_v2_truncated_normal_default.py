"""The same layer importing TF2's initializer classes (init_ops_v2): TruncatedNormal() defaults to
stddev 0.05, a small but ordinary scale for the attention projections.
"""
import tensorflow as tf
from tensorflow.python.ops.init_ops_v2 import TruncatedNormal, Zeros
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
                                       initializer=TruncatedNormal(seed=self.seed))
        self.b = self.add_weight(name="b", shape=[self.att_embedding_size * self.head_num], initializer=Zeros())
        super(InteractingLayer, self).build(input_shape)

    def call(self, inputs, **kwargs):
        querys = tf.tensordot(inputs, self.W_Query, axes=(-1, 0)) + self.b
        return tf.nn.relu(querys)
