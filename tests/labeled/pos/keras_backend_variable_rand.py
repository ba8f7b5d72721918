"""Keras-backend softmax regression written by hand: W = K.variable(np.random.rand(784, 10)) is a trained
variable (K.gradients updates it) drawn from U(0, 1): every weight positive, the logits all move together."""

import numpy as np
from keras import backend as K

dims, nb_classes = 784, 10
W = K.variable(np.random.rand(dims, nb_classes))  # expect: INI005
b = K.variable(np.zeros(nb_classes))
X = K.placeholder(shape=(None, dims))
out = K.softmax(K.dot(X, W) + b)
Y = K.placeholder(shape=(None, nb_classes))
loss = K.mean(K.categorical_crossentropy(Y, out))
grads = K.gradients(loss, [W, b])
updates = [(W, W - 0.01 * grads[0]), (b, b - 0.01 * grads[1])]
train = K.function(inputs=[X, Y], outputs=[loss], updates=updates)
