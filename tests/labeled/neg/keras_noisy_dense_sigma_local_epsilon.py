"""TF2 RL NoisyNet layer: w_sigma starts at the constant 0.017 (sigma_0 of the paper) and scales a fresh
noise draw held in a local `w_epsilon`: the std of the weight's noise, not a weight matrix."""
import tensorflow as tf


class IndependentDense(tf.keras.layers.Dense):
    def build(self, input_shape):
        self.last_dim = int(input_shape[-1])
        self.mu_init = tf.random_uniform_initializer(-((3 / self.last_dim) ** 0.5), (3 / self.last_dim) ** 0.5)
        self.sigma_init = tf.constant_initializer(0.017)
        self.w_mu = self.add_weight("w_mu", [self.last_dim, self.units], initializer=self.mu_init, trainable=True)
        self.w_sigma = self.add_weight("w_sigma", [self.last_dim, self.units], initializer=self.sigma_init,
                                       trainable=True)
        self.built = True

    def call(self, inputs):
        w_epsilon = tf.random.normal((self.last_dim, self.units))
        w = self.w_mu + self.w_sigma * w_epsilon
        return self.activation(tf.matmul(inputs, w))
