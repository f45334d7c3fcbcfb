# SPDX-License-Identifier: GPL-3.0-or-later
"""Which decoder reads a latent raster (core/decode/raster.py): its encoder's own or the one given, checked against
the latent, and the refusal of a latent that has none (Presto's), naming what can read it."""
from __future__ import annotations

import os
from typing import List

from ..engine.modelcard import ModelCardError
from ..i18n import tr
from ..latent import contract as lt


def _decoder_presets() -> List[str]:
    """Suffixes of the encoders that have a decoder in the model manifest (fine4, seed100)."""
    from ..engine.model_manifest import load_manifest

    found = {e.id[len("eolatent.decoder."):] for e in load_manifest().entries if e.id.startswith("eolatent.decoder.")}
    return [p for p in lt.PRESETS if p in found] + sorted(found - set(lt.PRESETS))


def no_decoder_error(lat, decoder_id: str) -> ValueError:
    """The error for a latent raster whose encoder has no decoder, neither installed nor in the model manifest, so that
    no install command can help (Presto, a statistical encoder, has none); it says what can read such a latent."""
    from ..engine.model_manifest import load_manifest

    suffix = lat.encoder_id.rsplit(".", 1)[-1]
    made = f"{lat.encoder_id} {lat.encoder_version}" if lat.encoder_version else lat.encoder_id
    why = tr("a statistical encoder") if suffix in lt.PRESETS else tr(
        "no model '{model}' is installed or in the model manifest; a decoder ONNX file of your own can be given as the "
        "decoder", model=decoder_id)
    presets = _decoder_presets() or list(lt.PRESETS[:1])
    space = lat.embedding_space.rsplit(".", 1)[-1]      # a distilled student's latents are read by its teacher's tower
    if any(e.id == f"eolatent.textquery.latent_{space}" for e in load_manifest().entries):
        tools = _either("classify, cluster, similarity", "textquery")
    else:
        tools = _either("classify, cluster", "similarity")
    return ValueError(tr("{kind} latents have no decoder ({why}; {file} was made by encoder {encoder}); decode needs a "
                         "{presets} latent ({command}) — use {tools} on this latent", kind=suffix, why=why,
                         file=os.path.basename(lat.path), encoder=made, presets=_either(*presets),
                         command=f"eolatent:encode MODEL={presets[0]}", tools=tools))


def _either(*names: str) -> str:
    """"a or b or c" in the user's language."""
    text = names[0]
    for name in names[1:]:
        text = tr("{first} or {second}", first=text, second=name)
    return text


def default_decoder_id(encoder_id: str) -> str:
    """The id of the decoder of the encoder ``encoder_id`` (eolatent.encoder.fine4 → eolatent.decoder.fine4)."""
    return "eolatent.decoder." + encoder_id.rsplit(".", 1)[-1]


def has_decoder(encoder_id: str) -> bool:
    """Whether latents of ``encoder_id`` have a decoder, installed or in the model manifest (a Presto latent has
    none: a statistical encoder)."""
    from ..engine.model_manifest import load_manifest

    decoder = default_decoder_id(encoder_id)
    try:
        lt.resolve_model(decoder, "decode")
        return True
    except ModelCardError:
        return bool(load_manifest().by_id(decoder))


def resolve_decoder(lat, decoder):
    """The decoder (ModelInfo) of the latent ``lat``: ``decoder`` (an id, a preset, an ONNX path) or, when empty, its
    encoder's own; refused where it decodes another encoder's latents, another version or another feature count."""
    if decoder is None or decoder == "":
        decoder = default_decoder_id(lat.encoder_id)
        try:
            info = lt.resolve_model(decoder, "decode")
        except ModelCardError:
            from ..engine.model_manifest import load_manifest

            if load_manifest().by_id(decoder):
                raise  # a decoder that exists but is not installed: the error says how to install it
            raise no_decoder_error(lat, decoder) from None
    else:
        info = lt.resolve_model(decoder, "decode")
    enc_id, size = lt.decoder_encoder_id(info)
    if enc_id != lat.encoder_id:
        raise ValueError(tr("decoder {model} {version} decodes latents of encoder {encoder}, but {file} was made by "
                            "encoder {latent_encoder} {latent_version}; use the decoder of {latent_encoder}",
                            model=info.id, version=info.version, encoder=enc_id or tr("(none declared)"),
                            file=os.path.basename(lat.path), latent_encoder=lat.encoder_id,
                            latent_version=lat.encoder_version))
    problem = lt.encoder_version_problem(info.input("latent").get("encoder_version"), lat.encoder_version, enc_id)
    if problem:
        raise ValueError(tr("decoder {model} {version}: {problem}", model=info.id, version=info.version,
                            problem=problem))
    if size is not None and size != lat.latent_size:
        raise ValueError(tr("decoder {model} expects {size} latent features, {file} has {count}",
                            model=info.id, size=size, file=os.path.basename(lat.path), count=lat.latent_size))
    return info
