"""A TF1 GAN tutorial keeping each network's variables in a dict: `d_weights` / `g_weights` name
the discriminator and the generator (not gradients); the discriminator's hidden layer is drawn
with std 0.001 for a 784-wide input, far below 1/sqrt(784)/10."""
import tensorflow as tf

X = tf.placeholder(tf.float32, shape=[None, 784])
Z = tf.placeholder(tf.float32, shape=[None, 100])

d_weights = {
    "w1": tf.Variable(tf.random_normal([784, 128], stddev=0.001)),  # expect: INI003
    "b1": tf.Variable(tf.zeros([128])),
    "out": tf.Variable(tf.random_normal([128, 1], stddev=0.1)),
    "b2": tf.Variable(tf.zeros([1])),
}
g_weights = {
    "w1": tf.Variable(tf.random_normal([100, 128], stddev=0.1)),
    "b1": tf.Variable(tf.zeros([128])),
    "out": tf.Variable(tf.random_normal([128, 784], stddev=0.1)),
    "b2": tf.Variable(tf.zeros([784])),
}


def generator(z, w=g_weights):
    h = tf.tanh(tf.matmul(z, w["w1"]) + w["b1"])
    return tf.sigmoid(tf.matmul(h, w["out"]) + w["b2"])


def discriminator(x, w=d_weights):
    h = tf.tanh(tf.matmul(x, w["w1"]) + w["b1"])
    return tf.matmul(h, w["out"]) + w["b2"]


d_loss = -tf.reduce_mean(discriminator(X) - discriminator(generator(Z)))
d_train = tf.train.AdamOptimizer().minimize(d_loss, var_list=list(d_weights.values()))
g_train = tf.train.AdamOptimizer().minimize(-d_loss, var_list=list(g_weights.values()))
