"""A graph attention layer in Keras (a GNN survey's reference code): the projection W is Glorot, as in the
GAT paper; LeakyReLU acts on the attention logits made with a second weight, and the layer returns the
attention-weighted projection as it is. The activation after W is whatever the model applies to the layer."""
import tensorflow as tf


class GraphAttnLayer(tf.keras.layers.Layer):
    def __init__(self, output_dim, alpha=0.2, **kwargs):
        super().__init__(**kwargs)
        self.output_dim = output_dim
        self.leakyrelu = tf.keras.layers.LeakyReLU(alpha)

    def build(self, input_shape):
        self.weight = self.add_weight(name="weight", shape=(input_shape[0][-1], self.output_dim),
                                      initializer="glorot_normal", trainable=True)
        self.attention = self.add_weight(name="attention", shape=(2 * self.output_dim, 1),
                                         initializer="glorot_normal", trainable=True)

    def call(self, inputs):
        x, adj = inputs
        x = tf.matmul(x, self.weight)
        n = int(adj.shape[1])
        feat_i = tf.reshape(tf.repeat(x, repeats=n), [n, n, self.output_dim])
        feat_j = tf.repeat(tf.expand_dims(x, axis=0), repeats=[n], axis=0)
        energy = tf.squeeze(tf.matmul(tf.concat([feat_i, feat_j], axis=2), self.attention), axis=2)
        energy = self.leakyrelu(energy)
        attn = tf.nn.softmax(tf.where(adj > 0, energy, -9e15 * tf.ones_like(energy)), axis=1)
        return tf.matmul(attn, x)
