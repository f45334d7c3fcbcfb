# SPDX-License-Identifier: GPL-3.0-or-later
"""The inference engine: ONNX Runtime sessions and execution providers (:mod:`.runtime`), the model registry
(:mod:`.registry`) and the cards embedded in every model (:mod:`.modelcard`), the model manager (manifest,
resumable sha256-verified downloads, installs and removals: :mod:`.model_manifest`, :mod:`.model_download`,
:mod:`.model_manager`), tiled raster runs with halos (:mod:`.tiling`), batched pixel-wise inference
(:mod:`.pixelwise`), content hashes (:mod:`.content_hash`), the checks on what runs read (no valid pixel,
truncated files: :mod:`.input_checks`) and the diagnostics report (:mod:`.diagnostics`)."""
