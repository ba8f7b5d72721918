"""openai baselines ppo1 CnnPolicy: U.normc_initializer(1.0) (unit-norm columns, per-entry std
1/sqrt(fan_in): the LeCun scale) on the dense layer that feeds tf.nn.relu."""

import baselines.common.tf_util as U
import tensorflow as tf


def cnn_trunk(ob, n_actions):
    x = ob / 255.0
    x = tf.nn.relu(U.conv2d(x, 32, "l1", [8, 8], [4, 4], pad="VALID"))
    x = tf.nn.relu(U.conv2d(x, 64, "l2", [4, 4], [2, 2], pad="VALID"))
    x = U.flattenallbut0(x)
    x = tf.nn.relu(tf.layers.dense(x, 512, name="lin", kernel_initializer=U.normc_initializer(1.0)))  # expect: INI101
    logits = tf.layers.dense(x, n_actions, name="logits", kernel_initializer=U.normc_initializer(0.01))
    vpred = tf.layers.dense(x, 1, name="value", kernel_initializer=U.normc_initializer(1.0))[:, 0]
    return logits, vpred
