# SPDX-License-Identifier: GPL-3.0-or-later
"""What eolatent:decode tells at the end of a run about how its values were made: the sensors missing behind them
(quality flags 8 and 16), the optical variables filled from the windows with Sentinel-2
(:mod:`eolatent.core.decode.optical`), and the values held beyond the decoder's trained range
(:mod:`eolatent.core.decode.hold`)."""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..i18n import tr
from ..engine.tiling import warn
from .hold import MAX_DT_DAYS


def report_sensors(feedback, modalities: Sequence[str], no_sensor, filled: int, fill_optical: bool,
                   optical: Sequence[str], recorded: bool = True) -> None:
    """``no_sensor``: decoded chunk-dates, of which resting mostly on windows without Sentinel-2 (and left to the
    decoder's guess from radar), without Sentinel-1; ``filled``: pixel-dates whose ``optical`` variables were filled
    from the windows with Sentinel-2 (``fill_optical``: gap filling did so); ``recorded``: the latent records its
    sensors per window (its quality bands), without which the radar-only windows cannot be told apart."""
    if fill_optical and not recorded:
        warn(feedback, tr("this Sentinel-2 + Sentinel-1 latent records no sensors per window (encoded by an earlier "
                          "version, without quality bands): the optical variables of windows where only the radar "
                          "saw a chunk cannot be told apart and are the decoder's guess from radar there; encode the "
                          "stacks again to have them filled from the windows with Sentinel-2"))
    if fill_optical and filled and optical:
        feedback.info(tr("{count} pixel-date(s) of {variables} rest on windows where only the radar saw them: filled "
                         "in time from the nearest windows with a Sentinel-2 observation (quality flag 1, the 1-sigma "
                         "growing with the distance) instead of decoded from radar alone", count=int(filled),
                         variables=", ".join(optical)))
    if {"S1", "S2"} <= set(modalities) and np.any(no_sensor[1:]):     # single-sensor latents: warned already
        warn(feedback, tr("of the decoded chunk-dates, {s2:.1f} % rest mostly on windows without a Sentinel-2 "
                          "observation there (the optical variables are guessed from radar: quality flag 8) and "
                          "{s1:.1f} % on windows without a Sentinel-1 one (soil moisture guessed from optical: "
                          "flag 16)",
                          s2=100.0 * no_sensor[1] / no_sensor[0], s1=100.0 * no_sensor[2] / no_sensor[0])
             + (tr("; the chunks of that Sentinel-2 share have no Sentinel-2 observation in any window, so gap filling "
                   "has no date to fill their optical variables from") if fill_optical and no_sensor[1] else ""))


def report_held(feedback, count: int, rates: np.ndarray, variables: Sequence[str]) -> None:
    """``count`` chunk-dates decoded from a nearest window more than MAX_DT_DAYS away (their value held)."""
    if not count:
        return
    held = dict(count=count, days=MAX_DT_DAYS)
    if rates.any():
        feedback.info(tr("{count} chunk-date(s) lie more than {days:g} days from the centre of the nearest window "
                         "they are decoded from (gaps, cloudy windows): decoded at ±{days:g} days, the range the "
                         "decoder is trained on (the value is held, not extrapolated; the 1-sigma of {variables} "
                         "grows with the distance)", **held,
                         variables=", ".join(v for v, q in zip(variables, rates) if q > 0)))
    else:
        feedback.info(tr("{count} chunk-date(s) lie more than {days:g} days from the centre of the nearest window "
                         "they are decoded from (gaps, cloudy windows): decoded at ±{days:g} days, the range the "
                         "decoder is trained on (the value is held, not extrapolated)", **held))
