"""TF1 script sized by absl flags: the hidden weight's fan-in is the flag default 784, and a unit-normal
draw there explodes the pre-activations (std 1 with a known fan-in >= 16)."""
import tensorflow as tf

flags = tf.app.flags
FLAGS = flags.FLAGS
flags.DEFINE_integer('n_input', 784, 'input width.')
flags.DEFINE_integer('n_hidden', 256, 'hidden width.')
n_input = FLAGS.n_input

x = tf.placeholder(tf.float32, shape=[None, n_input])
y = tf.placeholder(tf.float32, shape=[None, 10])
w1 = tf.Variable(tf.random_normal([n_input, FLAGS.n_hidden]))  # expect: INI004
b1 = tf.Variable(tf.zeros([FLAGS.n_hidden]))
w2 = tf.Variable(tf.truncated_normal([FLAGS.n_hidden, 10], stddev=0.05))
h = tf.nn.relu(tf.matmul(x, w1) + b1)
logits = tf.matmul(h, w2)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
