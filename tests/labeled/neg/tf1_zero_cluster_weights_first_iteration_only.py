"""Transformer-XL's adaptive softmax (TF1): inside the loop over clusters, only the head cluster
(`if i == 0`) adds zero-initialised cluster logit rows, part of the output layer: one tensor, not a
blanket init of every layer."""
import tensorflow as tf


def adaptive_logits(hidden, cutoffs, d_embed, n_token, initializer):
    cutoff_ends = [0] + cutoffs + [n_token]
    logits = []
    for i in range(len(cutoff_ends) - 1):
        l_idx, r_idx = cutoff_ends[i], cutoff_ends[i + 1]
        with tf.variable_scope("cutoff_{}".format(i)):
            cur_W = tf.get_variable("lookup_table", [r_idx - l_idx, d_embed], initializer=initializer)
            cur_b = tf.get_variable("bias", [r_idx - l_idx], initializer=tf.zeros_initializer())
            if i == 0:
                cluster_W = tf.get_variable("cluster_W", [len(cutoffs), d_embed],
                                            initializer=tf.zeros_initializer())
                cluster_b = tf.get_variable("cluster_b", [len(cutoffs)], initializer=tf.zeros_initializer())
                cur_W = tf.concat([cur_W, cluster_W], 0)
                cur_b = tf.concat([cur_b, cluster_b], 0)
            logits.append(tf.einsum("ibd,nd->ibn", hidden, cur_W) + cur_b)
    return logits
