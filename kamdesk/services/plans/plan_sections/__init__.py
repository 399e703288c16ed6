"""Builders of the sections of an account plan, one module per area of the method.

Each builder takes the session, the account and the :class:`PlanContext` and returns the
``AccountPlan`` fields it fills, as a dict; :mod:`kamdesk.services.plans.plan_assembly` merges them.
"""
