# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers shared by the differentiable physics ports (PROSAIL, Water Cloud Model)."""
import torch


def prep(*args):
    """Cast args to tensors of one floating dtype/device (float64 unless all are another float type),
    broadcast together."""
    tensors = [a for a in args if isinstance(a, torch.Tensor)]
    dtypes = [t.dtype for t in tensors if t.is_floating_point()]
    dtype = torch.float64 if not dtypes else (torch.float64 if torch.float64 in dtypes else dtypes[0])
    device = tensors[0].device if tensors else None
    return torch.broadcast_tensors(*(torch.as_tensor(a, dtype=dtype, device=device) for a in args))
