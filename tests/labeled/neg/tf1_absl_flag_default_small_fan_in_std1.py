"""A3T-GCN style TF1 script: the output weight's fan-in is an absl flag whose default (7) is small,
so N(1, 1) there is no saturating scale (RULES: std 1 with fan-in < 16 is fine)."""
import tensorflow as tf

flags = tf.app.flags
FLAGS = flags.FLAGS
flags.DEFINE_integer('seq_len', 7, 'time length of inputs.')
flags.DEFINE_integer('pre_len', 1, 'time length of prediction.')
seq_len = FLAGS.seq_len
pre_len = FLAGS.pre_len

inputs = tf.placeholder(tf.float32, shape=[None, seq_len])
labels = tf.placeholder(tf.float32, shape=[None, pre_len])
weights = {'out': tf.Variable(tf.random_normal([seq_len, pre_len], mean=1.0), name='weight_o')}
biases = {'out': tf.Variable(tf.random_normal([pre_len]), name='bias_o')}
pred = tf.matmul(inputs, weights['out']) + biases['out']
loss = tf.reduce_mean(tf.square(pred - labels))
train_op = tf.train.AdamOptimizer(0.001).minimize(loss)
