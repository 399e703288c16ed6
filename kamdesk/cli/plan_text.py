"""The assembled plan as readable plain text (``kamdesk plan ACCOUNT --format text``).

The text is derived from the same JSON-ready data as ``--format json``, section by section,
so every section a later version adds appears here without further work.
"""

from __future__ import annotations

from typing import Any

from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan import AccountPlan

SECTION_TITLES = {
    "meta": "Plan",
    "account": "Profile",
    "scorecard": "Scorecard",
    "competitors": "Competitors",
    "needs": "Needs and our response",
    "swot": "SWOT",
    "team": "Our team",
    "interactions": "History",
    "stakeholders": "Stakeholders",
    "links": "Informal lines",
    "buying_centers": "Buying centers",
    "departments_without_contact": "Departments without contact",
    "goals": "Goals",
    "actions": "Actions",
    "revenue": "Revenue",
    "revenue_summary": "Revenue summary",
    "reviews": "Reviews",
    "next_review": "Next review",
    "review_overdue": "Review overdue",
    "changes_since_last_review": "Changes since the last review",
    "whitespace": "Whitespace",
    "opportunities": "Opportunities",
    "pipeline": "Pipeline",
}
LONG_TEXT = 100


def plan_as_text(plan: AccountPlan) -> str:
    """Every non-empty section of the plan, with a heading each."""
    data = to_json_value(plan)
    lines: list[str] = []
    for key, value in data.items():
        if value in (None, [], {}, "", False):
            continue
        title = SECTION_TITLES.get(key, key.replace("_", " ").capitalize())
        lines.append(title)
        lines.append("=" * len(title))
        lines.extend(_block(value, indent=""))
        lines.append("")
    return "\n".join(lines)


def _block(value: Any, indent: str) -> list[str]:
    if isinstance(value, dict):
        return _mapping(value, indent)
    if isinstance(value, list):
        lines: list[str] = []
        for item in value:
            if isinstance(item, dict):
                entry = _mapping(item, indent + "  ")
                if entry:
                    lines.append(indent + "- " + entry[0].strip())
                    lines.extend(entry[1:])
            else:
                lines.append(f"{indent}- {_scalar(item)}")
        return lines
    return [indent + _scalar(value)]


def _mapping(value: dict[str, Any], indent: str) -> list[str]:
    lines: list[str] = []
    for key, item in value.items():
        if item in (None, [], {}, ""):
            continue
        label = key.replace("_", " ")
        if isinstance(item, dict | list):
            lines.append(f"{indent}{label}:")
            lines.extend(_block(item, indent + "  "))
        else:
            lines.append(f"{indent}{label}: {_scalar(item)}")
    return lines


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= LONG_TEXT * 4 else text[: LONG_TEXT * 4 - 1] + "…"
