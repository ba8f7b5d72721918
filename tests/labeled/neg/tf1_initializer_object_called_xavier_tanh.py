"""Recommender-model style TF1 code (NGCF / NMF): one Xavier initializer object is bound to a name
and called for every weight (`initializer([n, m])`); the MLP layers feed tanh, for which Xavier is right.
"""
import tensorflow as tf


class NMF(object):
    def __init__(self, n_users, n_items, emb_dim, weight_size):
        self.emb_dim = emb_dim
        self.weight_size_list = [2 * emb_dim] + weight_size
        self.n_layers = len(weight_size)
        self.weights = self._init_weights(n_users, n_items)

    def _init_weights(self, n_users, n_items):
        all_weights = dict()
        initializer = tf.contrib.layers.xavier_initializer()
        all_weights["user_embedding"] = tf.Variable(initializer([n_users, self.emb_dim]), name="user_embedding")
        all_weights["item_embedding"] = tf.Variable(initializer([n_items, self.emb_dim]), name="item_embedding")
        for i in range(self.n_layers):
            all_weights["W_%d" % i] = tf.Variable(
                initializer([self.weight_size_list[i], self.weight_size_list[i + 1]]), name="W_%d" % i)
            all_weights["b_%d" % i] = tf.Variable(tf.zeros([1, self.weight_size_list[i + 1]]), name="b_%d" % i)
        all_weights["h"] = tf.Variable(initializer([self.weight_size_list[-1], 1]), name="h")
        return all_weights

    def predict(self, u_e, i_e):
        z = [tf.concat([u_e, i_e], 1)]
        for i in range(self.n_layers):
            z.append(tf.nn.tanh(tf.matmul(z[i], self.weights["W_%d" % i]) + self.weights["b_%d" % i]))
        return tf.matmul(z[-1], self.weights["h"])
