"""An AlexNet-style Keras subclassed model: every conv kernel drawn N(0, 0.01). Each conv's fan-in is its kernel's
size times the filters of the conv before it (3x3 x 384 = 3,456: He 0.024, a tenth 0.0024), and the first
declares its input (11x11 x 3 = 363: He 0.074): 0.01 is above a tenth of He everywhere (RULES: known fan-in
decides; the 0.01 deep-stack clause is for unknown fan-in)."""

import tensorflow as tf


class ConvStack(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = tf.keras.layers.Conv2D(96, kernel_size=(11, 11), input_shape=(227, 227, 3), strides=(4, 4),
                                            activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))
        self.conv2 = tf.keras.layers.Conv2D(384, kernel_size=(3, 3), padding="same", activation="relu",
                                            kernel_initializer=tf.random_normal_initializer(stddev=0.01))
        self.conv3 = tf.keras.layers.Conv2D(384, kernel_size=(3, 3), padding="same", activation="relu",
                                            kernel_initializer=tf.random_normal_initializer(stddev=0.01))
        self.conv4 = tf.keras.layers.Conv2D(256, kernel_size=(3, 3), padding="same", activation="relu",
                                            kernel_initializer=tf.random_normal_initializer(stddev=0.01))
        self.pool = tf.keras.layers.MaxPool2D(pool_size=(3, 3), strides=(2, 2))

    def call(self, x):
        x = self.pool(self.conv1(x))
        x = self.conv2(x)
        x = self.conv3(x)
        return self.pool(self.conv4(x))
