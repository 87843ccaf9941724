"""``record``: the part of ``dataclasses.dataclass`` sbdesk uses, without its class-time cost.

The standard decorator writes each class's ``__init__``, ``__eq__``, ``__repr__``, ``__hash__``
and a frozen class's ``__setattr__``/``__delattr__`` as source text and compiles it with
``exec``: about 1.7 ms a class, 41 ms of a window's start for the 24 classes its first
list needs. Here the methods are shared functions that read the class's field
list, so a class costs some microseconds. What a class gets is the dataclass's behaviour
for the options sbdesk uses (``frozen``, ``field(default=, default_factory=, repr=)``,
``__post_init__``, ``replace``); tests/domain/test_record.py holds the two side by side.
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # typing is not imported at run time (it slows the CLI's start)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    T = TypeVar("T")
else:

    def dataclass_transform(**_kwargs):
        return lambda function: function


__all__ = ["FrozenInstanceError", "field", "record", "replace"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """Assigning to a frozen record (an AttributeError, as dataclasses' own is)."""


class Field:
    __slots__ = ("default", "default_factory", "name", "repr")

    def __init__(self, default: Any, default_factory: Any, repr: bool) -> None:  # noqa: A002 - dataclasses' name
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default, self.default_factory, self.repr = default, default_factory, repr

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, default_factory={self.default_factory!r})"


def field(*, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True) -> Any:  # noqa: A002
    """A field's default or default factory, and whether repr shows it (as dataclasses.field)."""
    return Field(default, default_factory, repr)


@dataclass_transform(field_specifiers=(field,))
def record(cls: Any = None, /, *, frozen: bool = False) -> Any:
    """Class decorator: ``@record`` or ``@record(frozen=True)``, as ``@dataclass``."""

    def wrap(cls: type) -> type:
        return _process(cls, frozen)

    return wrap if cls is None else wrap(cls)


if TYPE_CHECKING:  # mypy checks replace()'s keywords against the fields, as for a dataclass
    from dataclasses import replace as replace
else:

    def replace(obj, /, **changes):
        """A copy of ``obj`` with ``changes``, made through ``__init__`` (so ``__post_init__``
        runs), as dataclasses.replace."""
        fields = getattr(type(obj), "__record_fields__", None)
        if fields is None:
            raise TypeError("replace() should be called on record instances")
        for f in fields:
            if f.name not in changes:
                changes[f.name] = obj.__dict__[f.name]
        return type(obj)(**changes)


def _process(cls: Any, frozen: bool) -> Any:
    fields: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            fields[f.name] = f
    for name in cls.__dict__.get("__annotations__", {}):
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(value, MISSING, True)
        f.name = name
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        if isinstance(value, Field):  # the class attribute is the default, or nothing (as dataclasses)
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    seen_default = False
    for f in fields.values():
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        seen_default = seen_default or has_default

    names = tuple(fields)
    cls.__record_fields__ = tuple(fields.values())
    cls.__match_args__ = names  # type: ignore[misc]  # set once, as dataclasses does
    values = (
        attrgetter(*names)
        if len(names) > 1
        else ((lambda obj: (getattr(obj, names[0]),)) if names else (lambda obj: ()))
    )
    _set(cls, "__init__", _make_init(cls, fields, names))
    _set(cls, "__repr__", _make_repr(cls, tuple(f.name for f in fields.values() if f.repr)))
    _set(cls, "__eq__", _make_eq(values))
    explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if frozen:
        if not explicit_hash:
            cls.__hash__ = _make_hash(values)
        for name, method in (
            ("__setattr__", _frozen_setattr(cls, names)),
            ("__delattr__", _frozen_delattr(cls, names)),
        ):
            if name in cls.__dict__:
                raise TypeError(f"cannot overwrite attribute {name} in class {cls.__name__}")
            setattr(cls, name, method)
    elif not explicit_hash:
        cls.__hash__ = None  # equal by value and changeable: not hashable (as dataclasses)
    return cls


def _set(cls: Any, name: str, method: Callable) -> None:
    if name not in cls.__dict__:  # a method the class writes itself is kept (as dataclasses)
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)


def _make_init(cls: Any, fields: dict[str, Field], names: tuple[str, ...]) -> Callable:
    count, qualname = len(names), cls.__qualname__
    defaults = {n: f.default for n, f in fields.items() if f.default is not MISSING}
    factories = {n: f.default_factory for n, f in fields.items() if f.default_factory is not MISSING}
    post_init = hasattr(cls, "__post_init__")

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        if kwargs or len(args) != count:  # else every field in order: a row from the store
            args = bind(args, kwargs)
        self.__dict__.update(zip(names, args, strict=True))  # in field order, as a dataclass's
        if post_init:
            self.__post_init__()

    def bind(args: tuple, kwargs: dict[str, Any]) -> tuple:
        """The fields' values in order from positions, keywords and defaults; the TypeErrors
        of a dataclass's __init__ for too many, doubled, unknown and missing arguments."""
        if len(args) > count:
            raise TypeError(
                f"{qualname}.__init__() takes {count + 1} positional arguments but {len(args) + 1} were given"
            )
        values, missing = list(args), []
        for name in names[len(args) :]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            elif name in factories:
                values.append(factories[name]())
            else:
                missing.append(name)
        for name in kwargs:  # left over: given by position too, or no such field
            problem = "got multiple values for argument" if name in fields else "got an unexpected keyword argument"
            raise TypeError(f"{qualname}.__init__() {problem} {name!r}")
        if missing:
            raise TypeError(
                f"{qualname}.__init__() missing {len(missing)} required argument"
                f"{'s' if len(missing) > 1 else ''}: " + ", ".join(repr(n) for n in missing)
            )
        return tuple(values)

    return __init__


def _make_repr(cls: Any, shown: tuple[str, ...]) -> Callable:
    def __repr__(self: Any) -> str:  # noqa: N807
        return f"{type(self).__qualname__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in shown) + ")"

    return __repr__


def _make_eq(values: Callable) -> Callable:
    def __eq__(self: Any, other: object) -> bool:  # noqa: N807
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    return __eq__


def _make_hash(values: Callable) -> Callable:
    def __hash__(self: Any) -> int:  # noqa: N807
        return hash(values(self))

    return __hash__


def _frozen_setattr(cls: Any, names: tuple[str, ...]) -> Callable:
    def __setattr__(self: Any, name: str, value: Any) -> None:  # noqa: N807
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: Any, names: tuple[str, ...]) -> Callable:
    def __delattr__(self: Any, name: str) -> None:  # noqa: N807
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__
