"""A toy TF1 net whose layer sizes live in a local list (`hidden_node_count = [10, 10]`) and whose input width is
a call-site literal (2): std 1 at fan-ins 2 and 10 is under the fan-in-16 bar (RULES: known fan-in decides)."""

import tensorflow as tf


def dig_nn(batch_size, data_count, label_count):
    graph = tf.Graph()
    with graph.as_default():
        x = tf.placeholder(tf.float32, shape=(batch_size, data_count))
        y = tf.placeholder(tf.float32, shape=(batch_size, label_count))
        hidden_node_count = [10, 10]
        wi = tf.Variable(tf.truncated_normal([data_count, hidden_node_count[0]]))
        h1 = tf.nn.relu(tf.matmul(x, wi))
        w0 = tf.Variable(tf.truncated_normal([hidden_node_count[0], hidden_node_count[1]]))
        h2 = tf.nn.relu(tf.matmul(h1, w0))
        wo = tf.Variable(tf.truncated_normal([hidden_node_count[1], label_count]))
        logits = tf.matmul(h2, wo)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=y))
        optimizer = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
    return graph, optimizer


dig_nn(100, 2, 3)
