"""Keras's classic VAE example: the decoder's last Dense (sigmoid, the output link) goes through a custom loss
layer that adds the VAE loss and returns its input unchanged, so the sigmoid is still the model's output."""

from keras import backend as K
from keras import initializers, metrics
from keras.layers import Dense, Input, Layer
from keras.models import Model

original_dim = 784
intermediate_dim = 256

x = Input(batch_shape=(100, original_dim))
h = Dense(intermediate_dim, activation="relu", kernel_initializer=initializers.he_normal())(x)
z_mean = Dense(2)(h)
z_log_var = Dense(2)(h)
decoder_h = Dense(intermediate_dim, activation="relu", kernel_initializer=initializers.he_normal())
decoder_mean = Dense(original_dim, activation="sigmoid", kernel_initializer=initializers.he_normal())
x_decoded_mean = decoder_mean(decoder_h(z_mean))


class CustomVariationalLayer(Layer):
    def vae_loss(self, x, x_decoded_mean):
        xent_loss = original_dim * metrics.binary_crossentropy(x, x_decoded_mean)
        kl_loss = -0.5 * K.sum(1 + z_log_var - K.square(z_mean) - K.exp(z_log_var), axis=-1)
        return K.mean(xent_loss + kl_loss)

    def call(self, inputs):
        x = inputs[0]
        x_decoded_mean = inputs[1]
        self.add_loss(self.vae_loss(x, x_decoded_mean), inputs=inputs)
        return x_decoded_mean


y = CustomVariationalLayer()([x, x_decoded_mean])
vae = Model(x, y)
vae.compile(optimizer="rmsprop", loss=None)
