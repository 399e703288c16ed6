"""The plan assembled as before issue 14: through the ORM and the feature services.

The reference the Core plan reads are held to (tests/services/plans/test_core_plan_reads.py):
what the app's services show, assembled the way the plan was assembled before.
"""
