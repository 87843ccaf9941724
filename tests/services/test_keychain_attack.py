"""The keyring a folder's secret may be remembered in: never one that keeps it in clear."""

from __future__ import annotations

import keyring
import pytest

from sbdesk.services import keychain, keys
from sbdesk.services.errors import InputError
from tests.services.test_keys import PASSWORD, MemoryKeyring


class PlainTextKeyring(MemoryKeyring):
    """As keyrings.alt's file backends: a file in the home folder, priority under 1."""

    priority = 0.5  # type: ignore[assignment]


@pytest.fixture
def plain_ring():
    before = keyring.get_keyring()
    keyring.set_keyring(PlainTextKeyring())
    yield
    keyring.set_keyring(before)


def test_a_plain_text_keyring_is_no_keyring(plain_ring, tmp_path):
    assert not keys.keyring_available()
    with pytest.raises(InputError) as err:
        keys.create(tmp_path / "data", PASSWORD, remember=True)
    assert err.value.problems[0][1].code == "keys.no_keyring"
    assert not keychain.remember("folder", b"s" * 48)
