"""A TF2 PINN network keeping its layer weights in lists, drawn at unit scale, whose forward pass divides each
weight by its column norm before the product (weight normalisation with a trained gain): the scale the draw
sets never reaches the layer (RULES "Rescaled at run time")."""

import numpy as np
import tensorflow as tf


class NeuralNet:
    def __init__(self, layers):
        self.weights, self.biases, self.gammas = [], [], []
        for l in range(len(layers) - 1):
            W = np.random.normal(size=[layers[l], layers[l + 1]])
            self.weights.append(tf.Variable(W, dtype=tf.float32, trainable=True))
            self.biases.append(tf.Variable(np.zeros([1, layers[l + 1]]), dtype=tf.float32, trainable=True))
            self.gammas.append(tf.Variable(np.ones([1, layers[l + 1]]), dtype=tf.float32, trainable=True))
        self.num_layers = len(layers)

    def __call__(self, x):
        H = x
        for i, (W, b, g) in enumerate(zip(self.weights, self.biases, self.gammas)):
            V = W / tf.norm(W, axis=0, keepdims=True)
            H = g * tf.matmul(H, V) + b
            if i < self.num_layers - 2:
                H = tf.tanh(H)
        return H
