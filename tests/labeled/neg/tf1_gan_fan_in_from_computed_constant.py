"""A TF1 GAN tutorial's discriminator: its input size is computed at module level from another constant
(`input_size = image_size * image_size`, 784), so std 0.01 is known to be above a tenth of He (0.0051) there,
and at the 256-wide layers after it (0.0088)."""

import tensorflow as tf

image_size = 28
input_size = image_size * image_size

X = tf.placeholder(tf.float32, [None, input_size])
D_W1 = tf.Variable(tf.random_normal([input_size, 256], stddev=0.01))
D_b1 = tf.Variable(tf.zeros([256]))
D_h1 = tf.nn.relu(tf.matmul(X, D_W1) + D_b1)
D_W2 = tf.Variable(tf.random_normal([256, 256], stddev=0.01))
D_b2 = tf.Variable(tf.zeros([256]))
D_h2 = tf.nn.relu(tf.matmul(D_h1, D_W2) + D_b2)
D_W3 = tf.Variable(tf.random_normal([256, 1], stddev=0.01))
D_b3 = tf.Variable(tf.zeros([1]))
D_out = tf.nn.sigmoid(tf.matmul(D_h2, D_W3) + D_b3)

loss = -tf.reduce_mean(tf.log(D_out))
train = tf.train.AdamOptimizer(2e-4).minimize(loss, var_list=[D_W1, D_b1, D_W2, D_b2, D_W3, D_b3])
