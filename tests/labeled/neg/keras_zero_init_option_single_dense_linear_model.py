"""TFF bandits task (google-research style): a linear model whose only Dense layer is zero-initialised when
`zero_init` is on; the `if` and `else` arms are alternatives, so the zero Dense is the model's last layer
(a single-layer linear model has no hidden units to keep symmetric)."""
import tensorflow as tf


def get_keras_linear_model(only_digits=True, zero_init=True):
    output_size = 10 if only_digits else 62
    layers = [tf.keras.layers.Reshape(input_shape=(28, 28, 1), target_shape=(28 * 28,))]
    if zero_init:
        layers += [tf.keras.layers.Dense(output_size, kernel_initializer='zeros')]
    else:
        layers += [tf.keras.layers.Dense(output_size)]
    return tf.keras.models.Sequential(layers)


model = get_keras_linear_model()
model.compile(optimizer="sgd", loss="mse")
