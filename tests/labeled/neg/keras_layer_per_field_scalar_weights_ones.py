"""FwFM-style Keras layer: per-field-pair scalar weights of shape (n_pairs, 1) start at 1 (and 0.5)
and scale the interactions elementwise: a column of scalars, not a matrix a layer input is multiplied with."""
import tensorflow as tf
from tensorflow.keras.initializers import Constant, Ones
from tensorflow.keras.layers import Layer


class FwFMLayer(Layer):
    def build(self, input_shape):
        self.num_fields = len(input_shape)
        self.kernel_mf = self.add_weight(name="kernel_mf", shape=(self.num_fields * (self.num_fields - 1) // 2, 1),
                                         initializer=Ones(), trainable=True)
        self.kernel_fm = self.add_weight(name="kernel_fm", shape=(self.num_fields, 1),
                                         initializer=Constant(value=0.5), trainable=True)
        super(FwFMLayer, self).build(input_shape)

    def call(self, pair_products, field_terms):
        weighted = pair_products * self.kernel_mf
        return tf.reduce_sum(weighted, axis=1) + tf.reduce_sum(field_terms * self.kernel_fm, axis=1)
