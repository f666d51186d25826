"""Who may do what. Every view declares the roles it serves; one check before each request
enforces it on the server, so no route can be forgotten (a test walks every route)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

ALL_ROLES = frozenset({"admin", "interviewer", "observer", "analyst"})
COLLECTORS = frozenset({"admin", "interviewer", "observer"})
# Who sees participants' identities and consent, and registers and corrects them.
FIELD_ROLES = ("admin", "interviewer")
# Analysts never see the private side's identities: no role set below includes them except
# where noted in the view.
KIND_ROLES: dict[str, frozenset[str]] = {
    "interview": frozenset({"admin", "interviewer"}),
    "observation": frozenset({"admin", "observer"}),
    "coding": frozenset({"admin", "observer"}),
}


def may_collect(role: str, kind: str) -> bool:
    """Whether a role may start or edit responses of an instrument kind."""
    return role in KIND_ROLES.get(kind, frozenset())


def roles(*allowed: str) -> Callable[[F], F]:
    """Declare which roles may use a view. Views without a declaration are refused to all."""
    unknown = set(allowed) - ALL_ROLES
    if unknown:
        raise ValueError(f"unknown roles {unknown}")

    def mark(view: F) -> F:
        view.casebook_roles = frozenset(allowed)  # type: ignore[attr-defined]
        return view

    return mark


def public(view: F) -> F:
    """Mark a view that needs no login (only the login page)."""
    view.casebook_public = True  # type: ignore[attr-defined]
    return view
