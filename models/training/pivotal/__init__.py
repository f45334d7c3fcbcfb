# SPDX-License-Identifier: GPL-3.0-or-later
"""Training side of the pivotal representation (variational encoder + physics-guided on-demand decoder).

Modules: ``emulator`` (frozen differentiable PROSAIL→S2 emulator), ``synth`` (synthetic multi-modal
chunks), ``nets`` (encoder, decoder, physics heads), ``train`` (CLI), ``export`` (ONNX + card),
``evaluate`` (metrics on held-out synthetic chunks and on the real Slovenia sample).
The ONNX contract is docs/latent_contract.md.
"""
