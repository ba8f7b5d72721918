"""RetinaNet's classification subnet (keras-retinanet): four 3x3 convs over 256 channels added in a loop with
RandomNormal(stddev=0.01). The fan-in of each is 3 x 3 x 256 = 2304, where 0.01 is a third of He's std: the
detection recipe, not a vanishing scale."""

import keras


def default_classification_model(num_classes, num_anchors, pyramid_feature_size=256,
                                 classification_feature_size=256, name="classification_submodel"):
    options = {"kernel_size": 3, "strides": 1, "padding": "same"}
    inputs = keras.layers.Input(shape=(None, None, pyramid_feature_size))
    outputs = inputs
    for i in range(4):
        outputs = keras.layers.Conv2D(
            filters=classification_feature_size,
            activation="relu",
            name="pyramid_classification_{}".format(i),
            kernel_initializer=keras.initializers.RandomNormal(mean=0.0, stddev=0.01, seed=None),
            bias_initializer="zeros",
            **options
        )(outputs)
    outputs = keras.layers.Conv2D(filters=num_classes * num_anchors, name="pyramid_classification", **options)(outputs)
    outputs = keras.layers.Reshape((-1, num_classes))(outputs)
    outputs = keras.layers.Activation("sigmoid")(outputs)
    return keras.models.Model(inputs=inputs, outputs=outputs, name=name)
