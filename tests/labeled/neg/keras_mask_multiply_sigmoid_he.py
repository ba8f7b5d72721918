"""A U-Net that outputs a sigmoid mask multiplied with its input (`Multiply()([mask, input])`):
the sigmoid is the output link, not a hidden activation, so He on every conv (ReLU inside) is right."""

from tensorflow.keras.initializers import he_uniform
from tensorflow.keras.layers import BatchNormalization, Concatenate, Conv2D, Multiply


def apply_unet(input_tensor):
    kernel_initializer = he_uniform(seed=50)
    conv1 = Conv2D(16, (5, 5), activation="relu", padding="same", kernel_initializer=kernel_initializer)(input_tensor)
    batch1 = BatchNormalization(axis=-1)(conv1)
    merged = Concatenate(axis=-1)([batch1, input_tensor])
    mask = Conv2D(2, (4, 4), activation="sigmoid", padding="same", kernel_initializer=kernel_initializer)(merged)
    return Multiply(name="output")([mask, input_tensor])
