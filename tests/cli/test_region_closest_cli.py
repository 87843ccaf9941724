"""A region typed by its initials on the command line is not a name, so the command is
refused; the names it offers instead come in the region boxes' order (the census decides
between cities of the same initials), not in code order, which put 赣州市 before 广州市."""

from __future__ import annotations

from datetime import date

import pytest

from sbdesk import cli
from tests.conftest import make_id


@pytest.mark.parametrize(("typed", "first"), [("gzs", "广东省广州市"), ("cds", "四川省成都市")])
def test_initials_on_the_command_line_offer_the_larger_city_first(tmp_path, capsys, typed, first):
    number = make_id(date(1980, 5, 1), "440104", 11)
    code = cli.main(
        ["person", "add", "--name", "张三", "--id-number", number, "--region", typed, "--data-dir", str(tmp_path)]
        + ["--lang", "zh_CN"]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1, err
    assert err.split("最接近的名称：", 1)[1].split("、")[0] == first, err
