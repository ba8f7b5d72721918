"""A super-resolution model in the style of ANTsPyNet's deep back-projection network: the up- and
down-projection blocks are functions nested in the model builder, called in a loop and concatenated. Every conv
takes glorot_uniform and feeds a PReLU whose slope starts at zero (a ReLU at init): He is the scale for it."""
from tensorflow.keras.layers import Add, Concatenate, Conv2D, Conv2DTranspose, Input, PReLU, Subtract
from tensorflow.keras.models import Model


def create_dbpn_model(input_image_size, number_of_filters=64, stages=3):

    def up_block(L):
        H0 = Conv2DTranspose(number_of_filters, (8, 8), strides=(4, 4), padding="same",
                             kernel_initializer="glorot_uniform")(L)  # expect: INI101
        H0 = PReLU(alpha_initializer="zero", shared_axes=[1, 2])(H0)
        L0 = Conv2D(number_of_filters, (8, 8), strides=(4, 4), padding="same",
                    kernel_initializer="glorot_uniform")(H0)  # expect: INI101
        L0 = PReLU(alpha_initializer="zero", shared_axes=[1, 2])(L0)
        H1 = Conv2DTranspose(number_of_filters, (8, 8), strides=(4, 4), padding="same",
                             kernel_initializer="glorot_uniform")(Subtract()([L0, L]))  # expect: INI101
        H1 = PReLU(alpha_initializer="zero", shared_axes=[1, 2])(H1)
        return Add()([H0, H1])

    inputs = Input(shape=input_image_size)
    x = Conv2D(number_of_filters, (3, 3), padding="same", kernel_initializer="glorot_uniform")(inputs)  # expect: INI101
    x = PReLU(alpha_initializer="zero", shared_axes=[1, 2])(x)
    blocks = []
    for _ in range(stages):
        x = up_block(x)
        blocks.append(x)
        x = Concatenate()(blocks)
    outputs = Conv2D(3, (3, 3), padding="same", kernel_initializer="glorot_uniform")(x)
    return Model(inputs=inputs, outputs=outputs)
