"""TF-slim model (facenet/SqueezeNet style): an arg_scope gives every conv and fully connected layer Xavier; slim's
layers default to activation_fn=tf.nn.relu, so every hidden layer of the scope feeds ReLU."""

import tensorflow as tf
import tensorflow.contrib.slim as slim


def inference(images, num_classes, weight_decay=0.0):
    with slim.arg_scope([slim.conv2d, slim.fully_connected],
                        weights_initializer=slim.xavier_initializer_conv2d(uniform=True),  # expect: INI101
                        weights_regularizer=slim.l2_regularizer(weight_decay),
                        normalizer_fn=slim.batch_norm):
        net = slim.conv2d(images, 96, [7, 7], stride=2, scope="conv1")
        net = slim.max_pool2d(net, [3, 3], stride=2, scope="maxpool1")
        net = slim.conv2d(net, 128, [3, 3], scope="conv2")
        net = slim.conv2d(net, num_classes, [1, 1], activation_fn=None, normalizer_fn=None, scope="conv10")
        logits = tf.reduce_mean(net, [1, 2])
    return logits
