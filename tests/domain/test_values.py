"""Problem, Term, Localized and IdInfo are frozen dataclasses: equal by fields, hashable, immutable,
copyable, picklable, and open to ``fields()``/``asdict()`` and pytest's field-by-field diff. (Not
slotted: on Python 3.11 a frozen slotted dataclass answers an assignment to a name that is not a
field with a TypeError from its own ``super()`` call instead of FrozenInstanceError.)"""

import copy
import dataclasses
import pickle
import subprocess
import sys
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
    first = dataclasses.fields(value)[0].name
    assert dataclasses.asdict(value)[first] == getattr(value, first)
    assert value != 1 and value != None and value != dataclasses.astuple(value)  # noqa: E711
    assert value == mock.ANY and [value] == [mock.ANY]  # another type's __eq__ is asked
    assert repr(value).startswith(type(value).__name__ + "(" + first + "=")
    for name in (first, "other"):
        with pytest.raises(AttributeError):
            setattr(value, name, "x")
        with pytest.raises(AttributeError):
            delattr(value, name)
    with pytest.raises(TypeError):
        value < value  # noqa: B015 - no order (order=False)


def test_values_of_different_classes_with_equal_fields_differ():
    assert Term("a", "b") != Localized((("a", "b"),)) and Problem("id.characters") != Term("id.characters", "")


def test_pytest_names_the_field_that_differs(tmp_path):
    """A failed comparison of two people or problems lists the differing fields, as pytest
    does for every dataclass (the home-made value classes showed two long reprs)."""
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        "from sbdesk.domain.messages import Problem\n"
        "from sbdesk.domain.models import Person\n"
        "def test_person():\n"
        "    assert Person(1, '11010519491231002X', '张三', '110105') == Person(1, '11010519491231002X', '张四', '110105')\n"
        "def test_problem():\n"
        "    assert Problem('id.length', length=3) == Problem('id.length', length=4)\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(probe)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    ).stdout
    # (how often the heading repeats is pytest's business: under CI=true it also fills the summary)
    assert "Differing attributes:" in out, out
    assert "['name']" in out and "['params']" in out, out


def test_a_damaged_person_names_its_column_as_a_field():
    """DamagedPerson's column is a field: in its repr, asdict() and pytest's diff, kept by replace()."""
    from sbdesk.domain.models import DamagedPerson

    person = DamagedPerson.of(7, "birth_date")
    assert "damaged='birth_date'" in repr(person)
    assert dataclasses.asdict(person)["damaged"] == "birth_date"
    assert dataclasses.replace(person, name="?").damaged == "birth_date"
    assert person != DamagedPerson.of(7, "name")
