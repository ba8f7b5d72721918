"""A Keras attention layer (AFM style) names its matrices `attention_W` / `projection_h`; the
attention projection is Glorot-initialised and its output goes through ReLU (He is the ReLU scale)."""
import tensorflow as tf
from tensorflow.keras.initializers import glorot_normal, Zeros
from tensorflow.keras.layers import Layer


class AFMLayer(Layer):
    def __init__(self, attention_factor=4, seed=1024, **kwargs):
        self.attention_factor = attention_factor
        self.seed = seed
        super(AFMLayer, self).__init__(**kwargs)

    def build(self, input_shape):
        embedding_size = int(input_shape[-1])
        self.attention_W = self.add_weight(shape=(embedding_size, self.attention_factor),
                                           initializer=glorot_normal(seed=self.seed), name="attention_W")  # expect: INI101
        self.attention_b = self.add_weight(shape=(self.attention_factor,), initializer=Zeros(), name="attention_b")
        self.projection_h = self.add_weight(shape=(self.attention_factor, 1),
                                            initializer=glorot_normal(seed=self.seed), name="projection_h")
        super(AFMLayer, self).build(input_shape)

    def call(self, bi_interaction):
        attention_temp = tf.nn.relu(tf.nn.bias_add(tf.tensordot(bi_interaction, self.attention_W, axes=(-1, 0)),
                                                   self.attention_b))
        scores = tf.nn.softmax(tf.tensordot(attention_temp, self.projection_h, axes=(-1, 0)), axis=1)
        return tf.reduce_sum(scores * bi_interaction, axis=1)
