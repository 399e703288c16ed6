"""Saying in words what else a delete removes ("12 stakeholders, 3 goals …")."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for translation; it is translated where it is used."""
    return text


def count_phrase(count: int, singular: str, plural: str) -> str:
    """ "1 goal" or "3 goals", each form translated on its own (no English .qm needed)."""
    if count == 1:
        return QCoreApplication.translate("Dependents", singular)
    return QCoreApplication.translate("Dependents", plural).replace("%1", str(count))


#: The phrase per table that a delete can reach: (singular, plural with %1 for the count).
_PHRASES: dict[str, tuple[str, str]] = {
    "stakeholder": (
        QT_TRANSLATE_NOOP("Dependents", "1 stakeholder"),
        QT_TRANSLATE_NOOP("Dependents", "%1 stakeholders"),
    ),
    "stakeholder_link": (
        QT_TRANSLATE_NOOP("Dependents", "1 informal line"),
        QT_TRANSLATE_NOOP("Dependents", "%1 informal lines"),
    ),
    "buying_center": (
        QT_TRANSLATE_NOOP("Dependents", "1 buying center"),
        QT_TRANSLATE_NOOP("Dependents", "%1 buying centers"),
    ),
    "buying_center_member": (
        QT_TRANSLATE_NOOP("Dependents", "1 buying-center membership"),
        QT_TRANSLATE_NOOP("Dependents", "%1 buying-center memberships"),
    ),
    "interaction": (
        QT_TRANSLATE_NOOP("Dependents", "1 interaction"),
        QT_TRANSLATE_NOOP("Dependents", "%1 interactions"),
    ),
    "interaction_stakeholder": (
        QT_TRANSLATE_NOOP("Dependents", "1 interaction attendance"),
        QT_TRANSLATE_NOOP("Dependents", "%1 interaction attendances"),
    ),
    "competitor": (
        QT_TRANSLATE_NOOP("Dependents", "1 competitor"),
        QT_TRANSLATE_NOOP("Dependents", "%1 competitors"),
    ),
    "need": (
        QT_TRANSLATE_NOOP("Dependents", "1 need"),
        QT_TRANSLATE_NOOP("Dependents", "%1 needs"),
    ),
    "swot_item": (
        QT_TRANSLATE_NOOP("Dependents", "1 SWOT entry"),
        QT_TRANSLATE_NOOP("Dependents", "%1 SWOT entries"),
    ),
    "account_team_role": (
        QT_TRANSLATE_NOOP("Dependents", "1 team role"),
        QT_TRANSLATE_NOOP("Dependents", "%1 team roles"),
    ),
    "score": (
        QT_TRANSLATE_NOOP("Dependents", "1 score"),
        QT_TRANSLATE_NOOP("Dependents", "%1 scores"),
    ),
    "business_unit": (
        QT_TRANSLATE_NOOP("Dependents", "1 business unit"),
        QT_TRANSLATE_NOOP("Dependents", "%1 business units"),
    ),
    "whitespace_cell": (
        QT_TRANSLATE_NOOP("Dependents", "1 whitespace cell"),
        QT_TRANSLATE_NOOP("Dependents", "%1 whitespace cells"),
    ),
    "opportunity": (
        QT_TRANSLATE_NOOP("Dependents", "1 opportunity"),
        QT_TRANSLATE_NOOP("Dependents", "%1 opportunities"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("Dependents", "1 goal"),
        QT_TRANSLATE_NOOP("Dependents", "%1 goals"),
    ),
    "goal_update": (
        QT_TRANSLATE_NOOP("Dependents", "1 goal update"),
        QT_TRANSLATE_NOOP("Dependents", "%1 goal updates"),
    ),
    "action_item": (
        QT_TRANSLATE_NOOP("Dependents", "1 action item"),
        QT_TRANSLATE_NOOP("Dependents", "%1 action items"),
    ),
    "review": (
        QT_TRANSLATE_NOOP("Dependents", "1 review"),
        QT_TRANSLATE_NOOP("Dependents", "%1 reviews"),
    ),
    "plan_snapshot": (
        QT_TRANSLATE_NOOP("Dependents", "1 plan snapshot"),
        QT_TRANSLATE_NOOP("Dependents", "%1 plan snapshots"),
    ),
    "revenue_entry": (
        QT_TRANSLATE_NOOP("Dependents", "1 revenue entry"),
        QT_TRANSLATE_NOOP("Dependents", "%1 revenue entries"),
    ),
}


def dependents_sentence(counts: Mapping[str, int]) -> str:
    """ "This also deletes …" for these row counts per table ("" when nothing else goes)."""
    parts = [
        count_phrase(count, *_PHRASES[table]) if table in _PHRASES else f"{count} × {table}"
        for table, count in sorted(counts.items(), key=lambda item: -item[1])
        if count
    ]
    if not parts:
        return ""
    return QCoreApplication.translate("Dependents", "This also deletes %1.").replace(
        "%1", ", ".join(parts)
    )
