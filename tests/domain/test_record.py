"""``record`` replaces ``dataclasses.dataclass`` for start-up's sake (41 ms of a window's start): each behaviour
sbdesk relies on is checked against the standard decorator on the same class body."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys

import pytest

from sbdesk.domain import record as rec


def make(decorator, field, frozen: bool):
    """The same class body under either decorator."""

    @decorator(frozen=frozen)
    class Sample:
        name: str
        age: int = 3
        tags: list = field(default_factory=list)
        secret: str = field(default="x", repr=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "seen", True)

    return Sample


BOTH = [(dataclasses.dataclass, dataclasses.field), (rec.record, rec.field)]


@pytest.mark.parametrize("frozen", [True, False])
def test_records_behave_as_dataclasses(frozen):
    std, ours = (make(d, f, frozen) for d, f in BOTH)
    for args, kwargs in [(("a",), {}), (("a", 5), {"secret": "s"}), ((), {"name": "b", "tags": [1]})]:
        s, o = std(*args, **kwargs), ours(*args, **kwargs)
        assert repr(s) == repr(o)
        assert (s.name, s.age, s.tags, s.secret, s.seen) == (o.name, o.age, o.tags, o.secret, o.seen)
    a, b = ours("a"), ours("a")
    assert a == b and a != ours("b") and a.tags is not b.tags  # a fresh list each time
    assert (a == std("a")) is False  # another class is never equal, as between two dataclasses
    assert (a.__eq__(object())) is NotImplemented
    if frozen:
        for cls in (std, ours):  # hashed by its fields: a list in one is unhashable in both
            with pytest.raises(TypeError):
                hash(cls("a"))
        assert hash(Point(1, (2,))) == hash(Point(1, (2,))) and len({Point(1), Point(1), Point(2)}) == 2
        with pytest.raises(AttributeError):
            a.name = "c"
        with pytest.raises(rec.FrozenInstanceError):
            del a.age
        with pytest.raises(AttributeError):
            a.other = 1  # as a frozen dataclass: nothing new either
    else:
        with pytest.raises(TypeError):
            hash(a)  # equal by value and changeable: unhashable, as a dataclass
        a.name = "c"
        assert a.name == "c" and a != b


@pytest.mark.parametrize("frozen", [True, False])
def test_wrong_arguments_fail_as_dataclasses_do(frozen):
    std, ours = (make(d, f, frozen) for d, f in BOTH)
    for args, kwargs in [((), {}), (("a", 1, [], "s", "extra"), {}), (("a",), {"name": "b"}), (("a",), {"colour": 1})]:
        with pytest.raises(TypeError):
            std(*args, **kwargs)
        with pytest.raises(TypeError):
            ours(*args, **kwargs)


def test_fields_are_stored_in_field_order_however_given():
    """The CLI prints a result's fields as JSON from its __dict__: the keys' order must not
    depend on which were given by keyword (found by the red team)."""
    std, ours = (make(d, f, True) for d, f in BOTH)
    for kwargs in [{"secret": "s", "name": "a"}, {"tags": [1], "name": "b", "age": 2}]:
        assert list(vars(ours(**kwargs))) == list(vars(std(**kwargs))) == ["name", "age", "tags", "secret", "seen"]


def test_replace_copies_through_init_and_refuses_unknown_names():
    sample = make(rec.record, rec.field, True)
    a = sample("a", 4, [1])
    b = rec.replace(a, age=5)
    assert (b.name, b.age, b.tags, b.seen) == ("a", 5, [1], True) and a.age == 4
    with pytest.raises(TypeError):
        rec.replace(a, colour=1)
    with pytest.raises(TypeError):
        rec.replace(object())


def test_copy_and_pickle_keep_the_value():
    a = Point(1, (2, 3))
    assert copy.copy(a) == a and copy.deepcopy(a) == a and pickle.loads(pickle.dumps(a)) == a  # noqa: S301 - our own bytes


@rec.record(frozen=True)
class Point:  # module level, so pickle finds it
    x: int
    rest: tuple = ()


def test_class_rules_as_dataclasses():
    with pytest.raises(TypeError):  # a field without a default after one with

        @rec.record
        class Bad:
            a: int = 1
            b: int

    with pytest.raises(ValueError):  # a shared mutable default

        @rec.record
        class Shared:
            a: list = []  # the mistake under test

    @rec.record(frozen=True)
    class Own:
        a: int

        def __repr__(self) -> str:
            return "mine"

    assert repr(Own(1)) == "mine"  # a method the class writes is kept

    @rec.record(frozen=True)
    class Child(Point):
        z: int = 0

    assert (
        Child(1, (), 2) == Child(x=1, z=2)
        and repr(Child(1)) == "test_class_rules_as_dataclasses.<locals>.Child(x=1, rest=(), z=0)"
    )


def test_match_statement_reads_fields_in_order():
    match Point(1, (2,)):
        case Point(x, rest):
            assert (x, rest) == (1, (2,))


def test_importing_records_loads_neither_dataclasses_nor_typing():
    """The point of the module: importing it loads neither dataclasses nor typing."""
    code = (
        "import sys; import sbdesk.domain.models; "
        "print(sorted(m for m in ('dataclasses', 'typing', 'inspect') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
