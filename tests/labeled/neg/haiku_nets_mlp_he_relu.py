"""A Haiku policy network: hk.nets.MLP with He scaling (VarianceScaling(2.0, "fan_in")) before its default ReLU
activations, and a single-layer linear head with a small uniform init (an output layer, tanh-squashed)."""
import haiku as hk
import jax
import jax.numpy as jnp


def policy(obs):
    torso = hk.nets.MLP([256, 256], w_init=hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal"),
                        activate_final=True)
    head = hk.nets.MLP([6], w_init=hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform"))
    return jnp.tanh(head(torso(obs)))


policy_net = hk.without_apply_rng(hk.transform(policy))
params = policy_net.init(jax.random.PRNGKey(1), jnp.zeros((1, 17)))
