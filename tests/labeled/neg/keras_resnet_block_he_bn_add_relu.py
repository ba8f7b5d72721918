"""The same post-activation residual block with He on every conv (the branch's last conv, added to the shortcut
before the ReLU, included): the right pairing."""

from tensorflow.keras.layers import Activation, Add, BatchNormalization, Conv2D, Dense, Flatten, Input


def identity_block(X, f, filters):
    F1, F2 = filters
    X_shortcut = X
    X = Conv2D(F1, (f, f), padding="same", kernel_initializer="he_normal")(X)
    X = BatchNormalization(axis=3)(X)
    X = Activation("relu")(X)
    X = Conv2D(F2, (f, f), padding="same", kernel_initializer="he_normal")(X)
    X = BatchNormalization(axis=3)(X)
    X = Add()([X, X_shortcut])
    X = Activation("relu")(X)
    return X


def ResNet(input_shape=(64, 64, 3), classes=6):
    X_input = Input(input_shape)
    X = Conv2D(64, (3, 3), padding="same", kernel_initializer="he_normal")(X_input)
    X = Activation("relu")(BatchNormalization(axis=3)(X))
    X = identity_block(X, 3, [64, 64])
    X = identity_block(X, 3, [64, 64])
    return Dense(classes, activation="softmax")(Flatten()(X))
