"""Relationship kinds (亲属关系) and their inverses.

A relation is read "member is the owner's KIND": a binding with kind ``parent`` means
the member is the owner's parent. Which kinds may share is policy data
(``resources/policy.json``), not decided here.
"""

from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Term

CONTEXT = "relations"

#: kind -> (inverse kind, English label for translation). The eight are the 近亲属 of
#: 民法典 art. 1045; the national rule lets the first three share (父母、配偶、子女).
KINDS: dict[str, tuple[str, str]] = {
    "spouse": ("spouse", QT_TRANSLATE_NOOP("relations", "spouse (配偶)")),
    "parent": ("child", QT_TRANSLATE_NOOP("relations", "parent (父母)")),
    "child": ("parent", QT_TRANSLATE_NOOP("relations", "child (子女)")),
    "sibling": ("sibling", QT_TRANSLATE_NOOP("relations", "sibling (兄弟姐妹)")),
    "grandparent": ("grandchild", QT_TRANSLATE_NOOP("relations", "grandparent (祖父母、外祖父母)")),
    "grandchild": ("grandparent", QT_TRANSLATE_NOOP("relations", "grandchild (孙子女、外孙子女)")),
}

#: Words people type, in either language, for each kind.
ALIASES = {
    "配偶": "spouse",
    "夫妻": "spouse",
    "丈夫": "spouse",
    "妻子": "spouse",
    "husband": "spouse",
    "wife": "spouse",
    "父母": "parent",
    "父亲": "parent",
    "母亲": "parent",
    "father": "parent",
    "mother": "parent",
    "子女": "child",
    "儿子": "child",
    "女儿": "child",
    "son": "child",
    "daughter": "child",
    "兄弟姐妹": "sibling",
    "brother": "sibling",
    "sister": "sibling",
    "祖父母": "grandparent",
    "外祖父母": "grandparent",
    "孙子女": "grandchild",
    "外孙子女": "grandchild",
}


def parse_kind(text: str) -> str | None:
    """The kind a typed word names, or None."""
    word = (text or "").strip()
    if word.lower() in KINDS:
        return word.lower()
    return ALIASES.get(word) or ALIASES.get(word.lower())


def inverse(kind: str) -> str:
    """The owner's relation to the member when the member is the owner's ``kind``."""
    return KINDS[kind][0]


def term(kind: str) -> Term:
    return Term(CONTEXT, KINDS[kind][1])
