"""Nature-DQN in Keras: RandomNormal(stddev=0.01) on every layer. Each fan-in is known from the input shape --
8x8x4, 4x4x32, 3x3x64, and 8x8x64 = 4096 for the Dense after Flatten (64 -> 16 -> 8 -> 8 with padding 'same')
-- and 0.01 is above a tenth of He for each: silent (RULES: known fan-in decides, not the deep-stack clause)."""

from keras import initializers
from keras.layers import Conv2D, Dense, Flatten
from keras.models import Sequential


def dqn_model():
    model = Sequential()
    model.add(Conv2D(32, (8, 8), strides=(4, 4), padding='same', input_shape=(64, 64, 4), activation='relu',
                     kernel_initializer=initializers.random_normal(stddev=0.01)))
    model.add(Conv2D(64, (4, 4), strides=(2, 2), padding='same', activation='relu',
                     kernel_initializer=initializers.random_normal(stddev=0.01)))
    model.add(Conv2D(64, (3, 3), strides=(1, 1), padding='same', activation='relu',
                     kernel_initializer=initializers.random_normal(stddev=0.01)))
    model.add(Flatten())
    model.add(Dense(512, activation='relu', kernel_initializer=initializers.random_normal(stddev=0.01)))
    model.add(Dense(2))
    model.compile(loss='mse', optimizer='adam')
    return model
