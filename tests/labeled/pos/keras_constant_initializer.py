"""Keras layer with keras.initializers.Constant(0.5) as the kernel initializer
(every unit gets the same weights)."""

from tensorflow import keras

model = keras.Sequential([
    keras.layers.Dense(64, activation="relu", input_shape=(20,),
                       kernel_initializer=keras.initializers.Constant(0.5)),  # expect: INI002
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="rmsprop", loss="binary_crossentropy")
