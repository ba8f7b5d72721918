"""A Keras attention layer library: the constructor's defaults are activation="tanh" and
kernel_initializer='glorot_normal' (looked up with keras.initializers.get), and every projection is
activated with that tanh, for which Glorot is the right scale."""
from tensorflow import keras
from tensorflow.keras import backend as K


class MultiHeadAttention(keras.layers.Layer):
    def __init__(self, head_num, activation="tanh", kernel_initializer="glorot_normal", **kwargs):
        self.head_num = head_num
        self.activation = keras.activations.get(activation)
        self.kernel_initializer = keras.initializers.get(kernel_initializer)
        super(MultiHeadAttention, self).__init__(**kwargs)

    def build(self, input_shape):
        feature_dim = int(input_shape[-1])
        self.Wq = self.add_weight(shape=(feature_dim, feature_dim), initializer=self.kernel_initializer, name="Wq")
        super(MultiHeadAttention, self).build(input_shape)

    def call(self, inputs):
        q = K.dot(inputs, self.Wq)
        if self.activation is not None:
            q = self.activation(q)
        return q
