"""Haiku unit tests (absltest): parameters created with jnp.ones so the expected values are
known exactly. Test methods check the parameter plumbing, nothing is trained."""

import haiku as hk
import jax
import jax.numpy as jnp
from absl.testing import absltest, parameterized


class TransformTest(parameterized.TestCase):
    def test_params_are_ones(self):
        def f(x):
            w = hk.get_parameter("w", [3, 3], init=jnp.ones)
            return x @ w

        params = hk.transform(f).init(jax.random.PRNGKey(0), jnp.ones([1, 3]))
        self.assertEqual(params["~"]["w"].sum(), 9.0)

    @parameterized.parameters(jnp.float16, jnp.bfloat16)
    def test_dtype(self, dtype):
        mod = hk.transform(lambda x: hk.Linear(2, w_init=jnp.ones)(x))
        params = mod.init(None, jnp.ones([1, 2], dtype))
        self.assertEqual(params["linear"]["w"].dtype, dtype)


if __name__ == "__main__":
    absltest.main()
