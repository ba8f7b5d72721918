"""Hidden Dense kernels drawn from TruncatedNormal(mean=0.1, stddev=0.05): the mean is twice the std, so
98 % of the weights are positive and every unit sums its inputs with the same sign (non-centred)."""

from tensorflow.keras.initializers import TruncatedNormal
from tensorflow.keras.layers import Dense, Input
from tensorflow.keras.models import Model


def build(n_feature):
    x = Input(shape=(n_feature,))
    h = Dense(256, activation="elu",
              kernel_initializer=TruncatedNormal(mean=0.1, stddev=0.05))(x)  # expect: INI005
    h = Dense(128, activation="elu")(h)
    y = Dense(1)(h)
    return Model(x, y)
