"""Two sentences joined: no space after a Chinese full stop (it showed as "…。 当前…")."""

from sbdesk.domain.messages import sentences


def test_a_chinese_sentence_is_followed_without_a_space():
    assert sentences("已导出5条。", "当前登录身份只能查看。") == "已导出5条。当前登录身份只能查看。"


def test_an_english_sentence_is_followed_by_one_space():
    assert sentences("Exported 5 rows.", "", "Not recorded.") == "Exported 5 rows. Not recorded."
