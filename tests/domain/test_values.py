"""Problem, Term, Localized and IdInfo are slotted classes, not frozen dataclasses (for start-up's sake);
they must still behave as those did: equal by fields, hashable, immutable, copyable, picklable."""

import copy
import pickle
from datetime import date
from unittest import mock

import pytest

from sbdesk.domain import idnumber
from sbdesk.domain.messages import Localized, Problem, Term

VALUES = [
    Problem("id.length", length=3),
    Term("relations", "spouse"),
    Localized((("en", "a"), ("zh_CN", "甲"))),
    idnumber.parse("11010519491231002X", date(2026, 1, 1)),
    idnumber.parse("1101", date(2026, 1, 1)),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_a_value_behaves_as_a_frozen_dataclass(value):
    twin = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own values, pickled and read back here
    assert twin == value and hash(twin) == hash(value) and not twin != value  # noqa: SIM202 - __ne__ is what is tested
    assert copy.copy(value) == value == copy.deepcopy(value)
    assert {value: 1}[twin] == 1 and len({value, twin, copy.copy(value)}) == 1
    assert value != 1 and value != None and value != tuple(value.__slots__)  # noqa: E711
    assert value == mock.ANY and [value] == [mock.ANY]  # another type's __eq__ is asked, as for a dataclass
    assert repr(value).startswith(type(value).__name__ + "(" + value.__slots__[0] + "=")
    for name in (value.__slots__[0], "other"):
        with pytest.raises(AttributeError):
            setattr(value, name, "x")
        with pytest.raises(AttributeError):
            delattr(value, name)
    with pytest.raises(TypeError):
        value < value  # noqa: B015 - no order, as a dataclass without order=True


def test_values_of_different_classes_with_equal_fields_differ():
    assert Term("a", "b") != Localized((("a", "b"),)) and Problem("id.characters") != Term("id.characters", "")
