"""A TF1 training script that resumes from a checkpoint when there is one and otherwise runs the initializers:
a fresh run starts from the all-zero hidden weights, so the restore does not excuse them."""

import tensorflow as tf

n_in, n_hidden, n_out = 784, 256, 10
weights = {
    "h1": tf.Variable(tf.zeros([n_in, n_hidden])),  # expect: INI001
    "out": tf.Variable(tf.zeros([n_hidden, n_out])),
}
biases = {"h1": tf.Variable(tf.zeros([n_hidden])), "out": tf.Variable(tf.zeros([n_out]))}

x = tf.placeholder(tf.float32, [None, n_in])
y = tf.placeholder(tf.float32, [None, n_out])
hidden = tf.nn.relu(tf.matmul(x, weights["h1"]) + biases["h1"])
logits = tf.matmul(hidden, weights["out"]) + biases["out"]
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
saver = tf.train.Saver()

with tf.Session() as sess:
    ckpt = tf.train.get_checkpoint_state("checkpoints/")
    if ckpt and ckpt.model_checkpoint_path:
        saver.restore(sess, ckpt.model_checkpoint_path)
    else:
        sess.run(tf.global_variables_initializer())
    for step in range(1000):
        sess.run(train_op, feed_dict={x: [[0.0] * n_in], y: [[1.0] + [0.0] * (n_out - 1)]})
    saver.save(sess, "checkpoints/model")
