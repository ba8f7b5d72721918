"""PPO actor from an RL tutorial (Keras functional API): three chained ReLU Dense layers all drawn with std 0.01;
the first one's fan-in is the environment's observation size, unknown here, so the 0.01 deep-stack clause
decides (the next two have known fan-in 512 and 256, where 0.01 is within a tenth of He)."""

from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import Model
from tensorflow.keras.optimizers import Adam
import tensorflow as tf


class Actor:
    def __init__(self, input_shape, action_space, lr):
        X_input = Input(input_shape)
        X = Dense(512, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(X_input)  # expect: INI003
        X = Dense(256, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(X)
        X = Dense(64, activation="relu", kernel_initializer=tf.random_normal_initializer(stddev=0.01))(X)
        output = Dense(action_space, activation="softmax")(X)
        self.model = Model(inputs=X_input, outputs=output)
        self.model.compile(loss="categorical_crossentropy", optimizer=Adam(lr=lr))
