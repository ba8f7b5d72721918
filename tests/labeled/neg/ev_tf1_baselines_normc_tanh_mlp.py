"""openai baselines ppo1 MlpPolicy: normc_initializer(1.0) (LeCun scale) on tanh hidden layers,
normc_initializer(0.01) on the policy mean head and normc_initializer(1.0) on the value head."""

import baselines.common.tf_util as U
import tensorflow as tf


def mlp_policy(ob, hid_size, num_hid_layers, n_actions):
    last_out = ob
    for i in range(num_hid_layers):
        last_out = tf.nn.tanh(tf.layers.dense(last_out, hid_size, name="vffc%i" % (i + 1),
                                              kernel_initializer=U.normc_initializer(1.0)))
    vpred = tf.layers.dense(last_out, 1, name="vffinal", kernel_initializer=U.normc_initializer(1.0))[:, 0]
    last_out = ob
    for i in range(num_hid_layers):
        last_out = tf.nn.tanh(tf.layers.dense(last_out, hid_size, name="polfc%i" % (i + 1),
                                              kernel_initializer=U.normc_initializer(1.0)))
    mean = tf.layers.dense(last_out, n_actions, name="final", kernel_initializer=U.normc_initializer(0.01))
    return mean, vpred
