"""A TF1 evaluation script: the weights are declared with zeros only to build the graph, then a Saver made
without a var_list restores every variable from the trained checkpoint (the script exits if there is none)."""

import sys

import tensorflow as tf

n_in, n_hidden, n_out = 784, 256, 10
weights = {
    "h1": tf.Variable(tf.zeros([n_in, n_hidden])),
    "out": tf.Variable(tf.zeros([n_hidden, n_out])),
}
biases = {"h1": tf.Variable(tf.zeros([n_hidden])), "out": tf.Variable(tf.zeros([n_out]))}

x = tf.placeholder(tf.float32, [None, n_in])
hidden = tf.nn.relu(tf.matmul(x, weights["h1"]) + biases["h1"])
logits = tf.matmul(hidden, weights["out"]) + biases["out"]

with tf.Session() as sess:
    ckpt = tf.train.get_checkpoint_state("checkpoints/")
    if ckpt:
        saver = tf.train.Saver()
        saver.restore(sess, ckpt.model_checkpoint_path)
    else:
        print("no trained model")
        sys.exit(1)
    print(sess.run(logits, feed_dict={x: [[0.0] * n_in]}))
