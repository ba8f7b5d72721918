"""The same CartPole policy trained by REINFORCE: the weight is drawn once with `torch.rand` (all positive,
U(0, 1)) and then updated by gradient steps; `env.step` is the environment's, the update is the training."""

import gym
import torch

env = gym.make("CartPole-v0")
n_state = env.observation_space.shape[0]
n_action = env.action_space.n
weight = torch.rand(n_state, n_action)  # expect: INI005
learning_rate = 0.001

for episode in range(1000):
    state = env.reset()
    grads, rewards, is_done = [], [], False
    while not is_done:
        state = torch.from_numpy(state).float()
        z = torch.matmul(state, weight)
        probs = torch.nn.Softmax(dim=0)(z)
        action = int(torch.bernoulli(probs[1]).item())
        d_softmax = torch.diag(probs) - probs.view(-1, 1) * probs
        grad = state.view(-1, 1) * (d_softmax[action] / probs[action])
        grads.append(grad)
        state, reward, is_done, _ = env.step(action)
        rewards.append(reward)
    for i, grad in enumerate(grads):
        weight += learning_rate * grad * (len(rewards) - i)
