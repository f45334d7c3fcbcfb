# SPDX-License-Identifier: GPL-3.0-or-later
"""eolatent:decode's DATES (and --dates): a pasted column of dates (line breaks, tabs) was cut to its first date
with no warning, and a date followed by junk ("2015-07-20xyz") was read as its first ten characters (the
latent-algorithms audit)."""
from datetime import date

import pytest

from eolatent.core.decode.dates import parse_dates


@pytest.mark.parametrize("text", ["2015-07-20\n2015-08-25", "2015-07-20\t2015-08-25", "2015-07-20\r\n2015-08-25\n",
                                  " 2015-07-20 ; 2015-08-25,", "2015-07-20, 2015-08-25"])
def test_every_separator_a_user_pastes_gives_every_date(text):
    assert parse_dates(text) == [date(2015, 7, 20), date(2015, 8, 25)]


def test_a_date_with_a_time_is_its_day_and_junk_is_refused():
    assert parse_dates("2015-07-20T10:30:00Z 2015-08-25T23:59:59+02:00") == [date(2015, 7, 20), date(2015, 8, 25)]
    assert parse_dates(["2015-07-20", date(2015, 8, 25)]) == [date(2015, 7, 20), date(2015, 8, 25)]
    for bad in ("2015-07-20xyz", "2015-07-20,2015-08-25abc", "2015-13-01", "20-07-2015"):
        with pytest.raises(ValueError, match="is not a date; write it as YYYY-MM-DD"):
            parse_dates(bad)
    assert parse_dates("") == []
