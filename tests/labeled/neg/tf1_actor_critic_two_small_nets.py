"""An A2C script: an actor and a critic, each two layers drawn with stddev exactly 0.01, in one module. They
are two networks of two layers, not a stack of four (exactly 0.01 fires only on a deep stack of 3+ chained
layers, RULES), and the input width comes from the environment."""

import tensorflow as tf

INPUT_NODES, ACTIONS_COUNT, HIDDEN = env.observation_space.shape[0], 2, 20

actor_w1 = tf.Variable(tf.truncated_normal([INPUT_NODES, HIDDEN], stddev=0.01))
actor_w2 = tf.Variable(tf.truncated_normal([HIDDEN, ACTIONS_COUNT], stddev=0.01))
actor_in = tf.placeholder("float", [None, INPUT_NODES])
actor_out = tf.nn.softmax(tf.matmul(tf.nn.tanh(tf.matmul(actor_in, actor_w1)), actor_w2))

critic_w1 = tf.Variable(tf.truncated_normal([INPUT_NODES, HIDDEN], stddev=0.01))
critic_w2 = tf.Variable(tf.truncated_normal([HIDDEN, 1], stddev=0.01))
critic_in = tf.placeholder("float", [None, INPUT_NODES])
critic_out = tf.matmul(tf.nn.tanh(tf.matmul(critic_in, critic_w1)), critic_w2)

train_actor = tf.train.AdamOptimizer(1e-3).minimize(-tf.reduce_mean(tf.log(actor_out)))
train_critic = tf.train.AdamOptimizer(1e-3).minimize(tf.reduce_mean(tf.square(critic_out)))
