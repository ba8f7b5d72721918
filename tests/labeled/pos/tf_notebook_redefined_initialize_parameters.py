"""A course notebook exported as a script: `initialize_parameters` draws W1 and W2 with GlorotNormal, is written
again in a later cell (the graded version), and the forward pass reads both from the params dict and applies
ReLU. Two definitions of one function are one tensor per name, as in each run: both feed ReLU."""

import tensorflow as tf


def initialize_parameters():
    initializer = tf.keras.initializers.GlorotNormal(seed=1)  # expect: INI101
    W1 = tf.Variable(initializer(shape=(25, 12288)))
    b1 = tf.Variable(tf.zeros((25, 1)))
    W2 = tf.Variable(initializer(shape=(6, 25)))
    b2 = tf.Variable(tf.zeros((6, 1)))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def initialize_parameters():  # the graded cell, written again
    initializer = tf.keras.initializers.GlorotNormal(seed=1)  # expect: INI101
    W1 = tf.Variable(initializer(shape=(25, 12288)))
    b1 = tf.Variable(tf.zeros((25, 1)))
    W2 = tf.Variable(initializer(shape=(6, 25)))
    b2 = tf.Variable(tf.zeros((6, 1)))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    A1 = tf.keras.activations.relu(tf.math.add(tf.linalg.matmul(W1, X), b1))
    return tf.math.add(tf.linalg.matmul(W2, A1), b2)


def model(X, Y, learning_rate=0.0001, num_epochs=100):
    parameters = initialize_parameters()
    optimizer = tf.keras.optimizers.Adam(learning_rate)
    variables = list(parameters.values())
    for epoch in range(num_epochs):
        with tf.GradientTape() as tape:
            logits = forward_propagation(X, parameters)
            loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(Y, logits, from_logits=True))
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
    return parameters
