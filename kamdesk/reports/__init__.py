"""PDF rendering with reportlab: plain plan data in, PDF bytes out.

Public API: :func:`render_plan`, :func:`render_brief`, :data:`PLAN_SECTIONS` and
:data:`CLIENT_SECTIONS`. Nothing here touches the database or Qt.
"""

from kamdesk.reports.brief_document import render_brief
from kamdesk.reports.plan_document import CLIENT_SECTIONS, PLAN_SECTIONS, render_plan

__all__ = ["CLIENT_SECTIONS", "PLAN_SECTIONS", "render_brief", "render_plan"]
