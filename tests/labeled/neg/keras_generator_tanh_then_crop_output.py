"""A GAN generator ends with a conv, a tanh and a crop to the image size: the crop holds no weights, so the tanh
is still the network's output link (RULES: pairing looks at hidden activations only), and He on the last conv
is no INI102. Nothing to report."""

from tensorflow.keras.layers import Activation, BatchNormalization, Conv2D, Cropping2D, Dense, LeakyReLU, Reshape
from tensorflow.keras.models import Sequential


def build_generator(latent_dim=100, channels=3):
    g = Sequential()
    g.add(Dense(8 * 8 * 128, input_dim=latent_dim, kernel_initializer="he_normal"))
    g.add(Reshape((8, 8, 128)))
    g.add(BatchNormalization())
    g.add(LeakyReLU(0.2))
    g.add(Conv2D(channels, 5, padding="same", kernel_initializer="he_normal"))
    g.add(Activation("tanh"))
    g.add(Cropping2D(cropping=((2, 2), (2, 2))))
    return g
