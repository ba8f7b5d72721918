"""A policy-gradient agent's Gaussian heads: a zero `mean` Dense(1) and a zero `stddev` Dense(1) over a frozen
encoder, joined by a Lambda that samples the action. The heads feed no weight layer: they are the network's
outputs (zero output heads stay silent)."""

from tensorflow.keras.layers import Activation, Dense, Input, Lambda


def build_actor(encoder, state_dim, sample):
    inputs = Input(shape=(state_dim,), name="state")
    x = encoder(inputs)
    mean = Dense(1, activation="linear", kernel_initializer="zero", name="mean")(x)
    stddev = Dense(1, kernel_initializer="zero", name="stddev")(x)
    stddev = Activation("softplus", name="softplus")(stddev)
    return Lambda(sample, output_shape=(1,), name="action")([mean, stddev])
