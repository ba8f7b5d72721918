"""A Haiku TD3 critic: hk.nets.MLP applies one w_init to every layer and, by default, jax.nn.relu after every
layer but the last. VarianceScaling(1.0, "fan_in") is the LeCun scale sqrt(1/fan_in): each ReLU layer halves
the activation variance (He: VarianceScaling(2.0))."""
import haiku as hk
import jax
import jax.numpy as jnp


def critic(obs, action):
    h = jnp.concatenate([obs, action], axis=-1)
    q = hk.nets.MLP(
        [256, 256, 1],
        w_init=hk.initializers.VarianceScaling(1.0, "fan_in", "uniform"),  # expect: INI101
    )(h)
    return jnp.squeeze(q, axis=-1)


critic_net = hk.without_apply_rng(hk.transform(critic))
params = critic_net.init(jax.random.PRNGKey(0), jnp.zeros((1, 17)), jnp.zeros((1, 6)))
