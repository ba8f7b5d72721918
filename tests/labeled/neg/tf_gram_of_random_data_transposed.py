"""Random data multiplied by its own transpose (a Gram matrix for a kernel demo): no Variable, no layer, no
training step; the tensors are data, whatever their scale."""

import tensorflow as tf

X = tf.random.normal([100, 5], stddev=0.001)
gram = tf.matmul(X, tf.transpose(X))
print(gram.shape)
