"""A deeplearning.ai-style Keras block: the initializer *class* is a parameter defaulting to
glorot_uniform and is called per layer (initializer(seed=0)); the first conv feeds ReLU directly."""

from tensorflow.keras.initializers import glorot_uniform
from tensorflow.keras.layers import Activation, Conv2D, Input
from tensorflow.keras.models import Model


def conv_block(X, filters, initializer=glorot_uniform):
    X = Conv2D(filters, 3, padding="same", kernel_initializer=initializer(seed=0))(X)  # expect: INI101
    X = Activation("relu")(X)
    X = Conv2D(filters, 3, padding="same", kernel_initializer="he_normal")(X)
    return Activation("relu")(X)


inputs = Input((32, 32, 3))
outputs = conv_block(inputs, 64)
model = Model(inputs, outputs)
